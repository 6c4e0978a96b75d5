extension BinaryInteger {
    /// `1,223`: thousands separated by commas, as both Thai and English readers expect.
    public var grouped: String {
        let digits = String(self.magnitude)
        var result = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (self < 0 ? "-" : "") + String(result.reversed())
    }
}
