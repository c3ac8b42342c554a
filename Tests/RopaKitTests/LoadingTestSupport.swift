// Helpers for the loader's unit tests: parse a YAML text, read it with a RecordReader, find the
// fixtures, make a throw-away register directory.
import Foundation
import Testing
@testable import RopaKit

/// The file name every parsed text gets in these tests.
let testFile = "test.yaml"

func parse(_ yaml: String, limits: LoadLimits = .default) -> YAMLParser.Output {
    YAMLParser.parse(Array(yaml.utf8), file: testFile, limits: limits)
}

/// The tree of a text that must parse without any diagnostic.
func tree(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLNode {
    let output = parse(yaml)
    #expect(output.diagnostics.isEmpty, "\(output.diagnostics)", sourceLocation: sourceLocation)
    return try #require(output.root, sourceLocation: sourceLocation)
}

/// Reads a YAML text with a fresh RecordReader; returns what `body` read and every diagnostic.
func read<T>(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
             _ body: (inout RecordReader, YAMLNode) -> T) throws -> (value: T, diagnostics: [Diagnostic]) {
    let root = try tree(yaml, sourceLocation: sourceLocation)
    var reader = RecordReader(source: yaml)
    let value = body(&reader, root)
    return (value, reader.diagnostics)
}

/// Reads a YAML text as a record of `spec`, then lets `body` read values from it.
func readRecord<T>(_ yaml: String, as spec: RecordSpec, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                   _ body: (inout RecordReader, Record) -> T?) throws -> (value: T?, diagnostics: [Diagnostic]) {
    try read(yaml, sourceLocation: sourceLocation) { reader, root in
        reader.record(root, as: spec).flatMap { body(&reader, $0) }
    }
}

extension Diagnostic {
    /// `line:col id`, compact for comparing lists of diagnostics.
    var summary: String { "\(location.line):\(location.column) \(id)" }
}

/// `Tests/Fixtures/<name>`, found from this source file.
func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

/// A directory under the system's temporary directory, removed on deinit.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-unit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Copies `Tests/Fixtures/<fixture>`'s content into this directory.
    func copy(fixture: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: fixturePath(fixture)) {
            try FileManager.default.copyItem(atPath: fixturePath(fixture) + "/" + name, toPath: path + "/" + name)
        }
    }
}
