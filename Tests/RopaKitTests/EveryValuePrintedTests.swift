import Foundation
import Testing
@testable import RopaKit

/// Never lose what a file says, value by value: every free text and every date a register's files
/// hold (each scalar under a key whose shape is text or date, found by walking the files with the
/// register's own specs) is printed by the full register — the organisation's notice texts by the notice — in
/// Markdown and in HTML, for the example register and every fixture register. Compared on letters
/// and digits only, so that escaping, typography and line breaks do not matter. This test found
/// a processor's contact, its fiche's data, persons and sources, the words beside a named
/// retention start, the Art. 89 safeguards, the unused internal services and the signing date of
/// a transfer's clauses printed nowhere.
@Suite struct EveryValuePrintedTests {
    static let registers = ["register", "Tests/Fixtures/breadth/association", "Tests/Fixtures/breadth/commune",
                            "Tests/Fixtures/breadth/employer", "Tests/Fixtures/breadth/processor", "Tests/Fixtures/injection",
                            "Tests/Fixtures/real-registers/be-ville", "Tests/Fixtures/real-registers/cnil-paie",
                            "Tests/Fixtures/real-registers/es-consorcio"]

    /// A text value of a file, and where it is.
    struct Found {
        var path: String
        var location: RopaKit.SourceLocation
        var text: String
    }

    static func texts(in node: YAMLNode, shape: Shape, path: String, into found: inout [Found]) {
        switch (shape, node.content) {
        case (.text, .scalar(let text, _)):
            found.append(Found(path: path, location: node.location, text: text))
        case (.date, .scalar(let text, _)):
            // A date is printed in words ("23 janvier 2018").
            if let day = ISODate(parsing: text) { found.append(Found(path: path, location: node.location, text: DateWords.format(day, in: .fr))) }
        case (.oneOf(let shapes), _):
            // A text among other shapes (`transfers: none` or a list) is looked for as text
            // only when no other shape is a list or a record that could hold it.
            for shape in shapes {
                if case .list = shape, case .sequence = node.content { texts(in: node, shape: shape, path: path, into: &found) }
                if case .record = shape, case .mapping = node.content { texts(in: node, shape: shape, path: path, into: &found) }
                if case .text = shape, case .scalar = node.content { texts(in: node, shape: shape, path: path, into: &found) }
            }
        case (.list(let item), .sequence(let items)):
            for (index, child) in items.enumerated() { texts(in: child, shape: item, path: "\(path)[\(index)]", into: &found) }
        case (.record(let spec), .mapping(let pairs)):
            for pair in pairs {
                guard let key = spec.key(pair.keyText) else { continue }
                texts(in: pair.value, shape: key.shape, path: path + "." + pair.keyText, into: &found)
            }
        default:
            break
        }
    }

    /// Letters and digits, lowercased, with the entities HTML escapes decoded first.
    static func letters(_ text: String) -> String {
        let decoded = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return String(decoded.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    @Test(arguments: registers)
    func everyTextOfTheFilesIsPrinted(register: String) throws {
        let root = RenderingSupport.packageRoot + "/" + register
        var found: [Found] = []
        let files = [("organisation.yaml", RegisterSchema.organisationFile), ("processors.yaml", RegisterSchema.processorsFile)]
            + (try FileManager.default.contentsOfDirectory(atPath: root + "/treatments")).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { ("treatments/" + $0, RegisterSchema.treatmentFile) }
        for (file, spec) in files {
            guard let bytes = FileManager.default.contents(atPath: root + "/" + file) else { continue }
            guard let tree = YAMLParser.parse(Array(bytes), file: file).root else { continue }
            Self.texts(in: tree, shape: .record(spec), path: file, into: &found)
        }
        #expect(found.count > 10, "the walk finds the register's texts")
        // A register with errors is rendered too, as the working version `--draft` prints.
        let loaded = try #require(RegisterLoader().load(directory: root).register)
        func render(_ format: OutputFormat, _ document: DocumentKind) throws -> String {
            let options = RenderOptions(format: format, language: .fr, date: RenderingSupport.date, draft: true, document: document)
            return Self.letters(try DocumentRenderer(options: options).render(loaded))
        }
        for format in [OutputFormat.markdown, .html] {
            let register = try render(format, .register)
            // The organisation's words for its notice (`notice:`) are the notice's, not the register's.
            let notice = try render(format, .notice)
            for value in found where !Self.letters(value.text).isEmpty {
                let document = value.path.hasPrefix("organisation.yaml.notice.") ? notice : register
                // An event's article merges with "à compter de" ("le versement" → "du versement").
                var text = value.text
                if value.path.hasSuffix(".event"), let article = ["le ", "les "].first(where: text.hasPrefix) { text.removeFirst(article.count) }
                #expect(document.contains(Self.letters(text)),
                        "\(format): \(value.path) (\(value.location)) is not printed: \(String(value.text.prefix(80)))")
            }
        }
    }
}
