extension String {
    /// The text without leading and trailing white space or line breaks (Unicode's white space, as
    /// Foundation's `.whitespacesAndNewlines`). Forms and sheets trim every value: Foundation's
    /// `trimmingCharacters` bridges each string to `NSString`, which cost a bulk import a fifth of
    /// its time. A value with nothing to trim is returned as it is, without a copy.
    public func trimmingSpace() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80
                ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
