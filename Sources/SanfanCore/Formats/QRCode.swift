/// A QR code (ISO/IEC 18004) for a short text such as a verify link: byte mode, error correction
/// level M (about 15% of the symbol may be damaged or covered), versions 1 to 10, so up to 213
/// bytes. Sanfan prints it on certificates; `Tests/browser` decodes the printed code with zxing-cpp
/// and follows it to the verify page.
///
/// Written here because no QR package is available to this build. The steps follow the standard:
/// encode the data, add Reed–Solomon error correction per block, interleave, place the modules
/// around the function patterns, try the eight masks and keep the one with the lowest penalty,
/// and write the format (and version) information.
public struct QRCode: Sendable, Equatable {
    /// `size` × `size` modules, row by row; `true` is dark.
    public let size: Int
    public let modules: [[Bool]]
    public let version: Int
    public let mask: Int

    public enum Failure: Error, Equatable {
        case tooLong(bytes: Int)
    }

    /// Level M's blocks per version: error-correction codewords per block, and the data
    /// codewords of each block (short blocks first).
    static let blocks: [(ecc: Int, data: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]),
        (16, [27, 27, 27, 27]), (18, [31, 31, 31, 31]), (22, [38, 38, 39, 39]),
        (22, [36, 36, 36, 37, 37]), (26, [43, 43, 43, 43, 44]),
    ]

    /// Centres of the alignment patterns per version.
    static let alignment: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    public init(_ text: String) throws {
        let bytes = Array(text.utf8)
        // Mode (4 bits), count (8 bits, 16 from version 10), then the bytes.
        guard
            let version = (1...10).first(where: { v in
                let capacity = Self.blocks[v - 1].data.reduce(0, +)
                let countBits = v < 10 ? 8 : 16
                return (4 + countBits + 8 * bytes.count + 7) / 8 <= capacity
            })
        else { throw Failure.tooLong(bytes: bytes.count) }
        self.version = version
        size = 17 + 4 * version
        let codewords = Self.codewords(bytes, version: version)

        var grid = Grid(size: size)
        grid.drawFunctionPatterns(version: version, alignment: Self.alignment[version - 1])
        grid.place(codewords)
        var best: (penalty: Int, mask: Int, modules: [[Bool]])?
        for mask in 0..<8 {
            var candidate = grid
            candidate.apply(mask: mask)
            candidate.drawFormat(mask: mask)
            let penalty = candidate.penalty()
            if best == nil || penalty < best!.penalty { best = (penalty, mask, candidate.modules) }
        }
        mask = best!.mask
        modules = best!.modules
    }

    /// The data bits in codewords, padded, split into blocks, each with its error correction,
    /// interleaved as the symbol carries them.
    static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        let capacity = layout.data.reduce(0, +)
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var data: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: [UInt8] = [0xEC, 0x11]
        while data.count < capacity {
            data.append(pad[0])
            pad.swapAt(0, 1)
        }

        let divisor = ReedSolomon.divisor(degree: layout.ecc)
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for length in layout.data {
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let eccBlocks = dataBlocks.map { ReedSolomon.remainder($0, divisor) }
        var result: [UInt8] = []
        for i in 0..<(layout.data.max() ?? 0) {
            for block in dataBlocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<layout.ecc {
            for block in eccBlocks { result.append(block[i]) }
        }
        return result
    }

    /// The symbol as SVG, with the four-module quiet zone a scanner needs around it.
    public func svg(moduleSize: Int = 4, title: String = "") -> String {
        let quiet = 4
        let side = (size + 2 * quiet) * moduleSize
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark {
                path +=
                    "M\((x + quiet) * moduleSize),\((y + quiet) * moduleSize)h\(moduleSize)v\(moduleSize)h-\(moduleSize)z"
            }
        }
        let label = title.isEmpty ? "" : "<title>\(Self.escape(title))</title>"
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(side)" height="\(side)" \
            role="img" shape-rendering="crispEdges">\(label)<rect width="100%" height="100%" fill="#fff"/>\
            <path fill="#000" d="\(path)"/></svg>
            """
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Reed–Solomon over GF(2⁸) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z & 0xFF)
    }

    /// The generator polynomial's coefficients (highest first, the leading 1 left out).
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], _ divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}

/// The module grid while it is being drawn: which modules belong to function patterns, which
/// carry data.
struct Grid {
    let size: Int
    var modules: [[Bool]]
    var isFunction: [[Bool]]

    init(size: Int) {
        self.size = size
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
    }

    mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y][x] = dark
        isFunction[y][x] = true
    }

    mutating func drawFunctionPatterns(version: Int, alignment: [Int]) {
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = cx + dx
                    let y = cy + dy
                    guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                    let distance = max(abs(dx), abs(dy))
                    set(x, y, distance != 2 && distance != 4)
                }
            }
        }
        let last = alignment.count - 1
        for (i, cx) in alignment.enumerated() {
            for (j, cy) in alignment.enumerated() {
                // Not over the finder patterns.
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserve the format areas (drawn for real per mask) and write the version information.
        drawFormat(mask: 0)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 == 1
                let a = size - 11 + i % 3
                let b = i / 3
                set(a, b, dark)
                set(b, a, dark)
            }
        }
    }

    /// Level M (format bits 00) with `mask`, BCH-protected, in both copies, and the dark module.
    mutating func drawFormat(mask: Int) {
        let data = 0b00 << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    /// The codewords' bits in the zigzag order, two columns at a time from the right.
    mutating func place(_ codewords: [UInt8]) {
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for j in 0..<2 {
                    let x = right - j
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    guard !isFunction[y][x] else { continue }
                    if index < codewords.count * 8 {
                        modules[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] {
                let invert: Bool =
                    switch mask {
                    case 0: (x + y) % 2 == 0
                    case 1: y % 2 == 0
                    case 2: x % 3 == 0
                    case 3: (x + y) % 3 == 0
                    case 4: (x / 3 + y / 2) % 2 == 0
                    case 5: x * y % 2 + x * y % 3 == 0
                    case 6: (x * y % 2 + x * y % 3) % 2 == 0
                    default: ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                if invert { modules[y][x].toggle() }
            }
        }
    }

    /// The standard's four penalty rules: runs, 2×2 blocks, finder-like patterns, and balance.
    func penalty() -> Int {
        var total = 0
        func lines() -> [[Bool]] {
            modules + (0..<size).map { x in (0..<size).map { y in modules[y][x] } }
        }
        let finderLike: [Bool] = [true, false, true, true, true, false, true]
        for line in lines() {
            var run = 1
            for i in 1..<line.count {
                if line[i] == line[i - 1] {
                    run += 1
                } else {
                    if run >= 5 { total += 3 + run - 5 }
                    run = 1
                }
            }
            if run >= 5 { total += 3 + run - 5 }
            for i in 0...(line.count - 7) where (0..<7).allSatisfy({ line[i + $0] == finderLike[$0] }) {
                let before = i >= 4 && line[(i - 4)..<i].allSatisfy { !$0 }
                let after = i + 11 <= line.count && line[(i + 7)..<(i + 11)].allSatisfy { !$0 }
                if before || after { total += 40 }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = modules[y][x]
                if modules[y][x + 1] == colour && modules[y + 1][x] == colour && modules[y + 1][x + 1] == colour {
                    total += 3
                }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let percent = dark * 100 / (size * size)
        total += abs(percent - 50) / 5 * 10
        return total
    }
}
