/// A PDF object as far as ropa needs one: enough of ISO 32000-1 §7.3 to read a catalog, a page
/// tree and named destinations, and to write the few objects of an incremental update. Streams
/// are never decoded: only the dictionary in front of one is read.
public enum PDFValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    /// A name without its slash, its `#xx` escapes decoded (`/fiche-a` is "fiche-a").
    case name(String)
    /// A string's bytes (literal `(…)` or hexadecimal `<…>`), escapes decoded.
    case string([UInt8])
    case array([PDFValue])
    /// Keys without their slash, in the order written (so that a rewritten object keeps it).
    case dictionary([(key: String, value: PDFValue)])
    case reference(PDFReference)

    public static func == (lhs: PDFValue, rhs: PDFValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.real(let a), .real(let b)): a == b
        case (.name(let a), .name(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.dictionary(let a), .dictionary(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        case (.reference(let a), .reference(let b)): a == b
        default: false
        }
    }

    /// The value of `key` in a dictionary; nil for anything else.
    public subscript(key: String) -> PDFValue? {
        guard case .dictionary(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    public var integer: Int? { if case .integer(let value) = self { value } else { nil } }
    public var reference: PDFReference? { if case .reference(let value) = self { value } else { nil } }
    public var array: [PDFValue]? { if case .array(let value) = self { value } else { nil } }
    public var nameValue: String? { if case .name(let value) = self { value } else { nil } }

    /// A text string (§7.9.2.2): UTF-16BE after a byte-order mark, else taken as Latin-1 (close
    /// enough to PDFDocEncoding for the names of anchors and titles ropa writes).
    public var text: String? {
        guard case .string(let bytes) = self else { return nil }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// A dictionary with `key` set to `value` (replaced where it was, else added at the end).
    public func setting(_ key: String, to value: PDFValue) -> PDFValue {
        guard case .dictionary(var entries) = self else { return self }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append((key, value))
        }
        return .dictionary(entries)
    }

    /// A text string as ropa writes it: UTF-16BE with its byte-order mark, so that any title
    /// (accents, "—") survives whatever the reader's encoding.
    public static func text(_ string: String) -> PDFValue {
        .string([0xFE, 0xFF] + string.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    }
}

/// `12 0 R`: an indirect object's number and generation.
public struct PDFReference: Sendable, Hashable {
    public var number: Int
    public var generation: Int

    public init(_ number: Int, _ generation: Int = 0) {
        self.number = number
        self.generation = generation
    }
}

/// Writing values back (§7.3): strings as hexadecimal, so that no byte needs escaping; names
/// with `#xx` for anything outside the regular characters.
extension PDFValue {
    public var serialized: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .integer(let value): out += Array(String(value).utf8)
        case .real(let value):
            // A PDF real has no exponent; five decimals are well below a point's hundredth.
            let scaled = (value * 100_000).rounded()
            let sign = scaled < 0 ? "-" : ""
            let magnitude = abs(scaled)
            guard magnitude < 1e15 else {
                out += Array("0".utf8)
                return
            }
            let whole = Int(magnitude) / 100_000
            let fraction = Int(magnitude) % 100_000
            var text = "\(sign)\(whole)"
            if fraction != 0 {
                var digits = String(fraction)
                digits = String(repeating: "0", count: 5 - digits.count) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                text += "." + digits
            }
            out += Array(text.utf8)
        case .name(let name): out += PDFValue.nameBytes(name)
        case .string(let bytes):
            out.append(UInt8(ascii: "<"))
            let hex = Array("0123456789ABCDEF".utf8)
            for byte in bytes {
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
            out.append(UInt8(ascii: ">"))
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let entries):
            out += Array("<<".utf8)
            for (key, value) in entries {
                out += PDFValue.nameBytes(key)
                out.append(UInt8(ascii: " "))
                value.write(to: &out)
                out.append(UInt8(ascii: "\n"))
            }
            out += Array(">>".utf8)
        case .reference(let reference):
            out += Array("\(reference.number) \(reference.generation) R".utf8)
        }
    }

    static func nameBytes(_ name: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "/")]
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in name.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "#"), !PDFLexer.isDelimiter(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "#"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return out
    }
}
