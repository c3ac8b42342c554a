/// Reads PDF values from bytes (ISO 32000-1 §7.2–7.3). Bounded: nesting deeper than
/// `maxDepth` or more than `maxValues` values in one object stops the parse with nil, and every
/// read stays inside the buffer, so that unexpected bytes give "not understood", never a crash
/// or a long loop. It reads the output of a PDF engine ropa ran, but makes no assumption that
/// the output is well formed.
struct PDFLexer {
    let bytes: [UInt8]
    var position: Int
    static let maxDepth = 32
    static let maxValues = 200_000
    private var valuesRead = 0

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x00 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    /// Skips whitespace and comments.
    mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// A bare word (`obj`, `true`, `R`, a number), without moving past it when `peek`.
    mutating func keyword() -> String? {
        skipSpace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]),
              position - start < 64 {
            position += 1
        }
        guard position > start else { return nil }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Whether the next word is `word`; moves past it only when it is.
    mutating func accept(_ word: String) -> Bool {
        let saved = position
        if keyword() == word { return true }
        position = saved
        return false
    }

    /// An unsigned integer of at most 18 digits.
    mutating func unsigned() -> Int? {
        skipSpace()
        var value = 0
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, position - start < 18 {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return position > start ? value : nil
    }

    /// `N G obj` then the object; nil when the bytes there are not an object.
    mutating func indirectObject() -> (PDFReference, PDFValue)? {
        guard let number = unsigned(), let generation = unsigned(), accept("obj") else { return nil }
        guard let value = value(depth: 0) else { return nil }
        return (PDFReference(number, generation), value)
    }

    /// One value; an `N G R` reference is recognised after a number.
    mutating func value(depth: Int) -> PDFValue? {
        valuesRead += 1
        guard depth <= Self.maxDepth, valuesRead <= Self.maxValues else { return nil }
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            return name()
        case UInt8(ascii: "("):
            return literalString()
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return dictionary(depth: depth) }
            return hexString()
        case UInt8(ascii: "["):
            position += 1
            var values: [PDFValue] = []
            while true {
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(values)
                }
                guard let element = value(depth: depth + 1) else { return nil }
                values.append(element)
            }
        default:
            guard let word = keyword() else { return nil }
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return number(word)
            }
        }
    }

    private mutating func number(_ word: String) -> PDFValue? {
        if let integer = Int(word) {
            // `N G R`: look ahead for a generation and an R; otherwise the number stands alone.
            let saved = position
            if integer >= 0, let generation = unsigned(), accept("R") {
                return .reference(PDFReference(integer, generation))
            }
            position = saved
            return .integer(integer)
        }
        if let real = Double(word), real.isFinite { return .real(real) }
        return nil
    }

    private mutating func dictionary(depth: Int) -> PDFValue? {
        position += 2
        var entries: [(key: String, value: PDFValue)] = []
        while true {
            skipSpace()
            guard position + 1 < bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return .dictionary(entries)
            }
            guard case .name(let key)? = name(), let entry = value(depth: depth + 1) else { return nil }
            entries.append((key, entry))
        }
    }

    private mutating func name() -> PDFValue? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "/") else { return nil }
        position += 1
        var decoded: [UInt8] = []
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            if bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
               let high = Self.hexDigit(bytes[position + 1]), let low = Self.hexDigit(bytes[position + 2]) {
                decoded.append(high << 4 | low)
                position += 3
            } else {
                decoded.append(bytes[position])
                position += 1
            }
        }
        return .name(String(decoding: decoded, as: UTF8.self))
    }

    private mutating func literalString() -> PDFValue? {
        position += 1
        var out: [UInt8] = []
        var open = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                open += 1
                out.append(byte)
            case UInt8(ascii: ")"):
                open -= 1
                if open == 0 { return .string(out) }
                out.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0D:
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A: break
                case 0x30...0x37:
                    var code = Int(escaped - 0x30)
                    for _ in 0..<2 where position < bytes.count && (0x30...0x37).contains(bytes[position]) {
                        code = code * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: code))
                default: out.append(escaped)
                }
            default:
                out.append(byte)
            }
        }
        return nil
    }

    private mutating func hexString() -> PDFValue? {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return .string(stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] })
            }
            if Self.isWhitespace(byte) { continue }
            guard let digit = Self.hexDigit(byte) else { return nil }
            digits.append(digit)
        }
        return nil
    }

    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
