import Foundation
@testable import RopaKit

/// Paths inside the package and a loaded fixture register, for the rendering tests.
enum RenderingSupport {
    /// The package root: this file is `Tests/RopaKitTests/RenderingSupport.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let injection = packageRoot + "/Tests/Fixtures/injection"
    static let example = packageRoot + "/register"
    static let templates = packageRoot + "/templates"
    static let date = ISODate(year: 2026, month: 12, day: 1) ?? ISODate(daysSinceEpoch: 0)

    /// Loads a register that must have no error.
    static func load(_ directory: String) throws -> (Register, version: String) {
        let loaded = RegisterLoader().load(directory: directory)
        guard let register = loaded.register, !loaded.diagnostics.hasErrors else {
            throw Problem(description: TextReporter().report(loaded.diagnostics, sources: loaded.sources))
        }
        return (register, RegisterFingerprint.version(of: loaded, directory: directory))
    }

    static func render(_ directory: String, _ format: OutputFormat, language: Language = .fr, draft: Bool = false,
                       treatments: [String] = [], templates: String? = nil, document: DocumentKind = .register,
                       isPublic: Bool = false, audience: String? = nil) throws -> String {
        let (register, version) = try load(directory)
        let options = RenderOptions(format: format, language: language, date: date, draft: draft, treatmentIDs: treatments,
                                    templatesDirectory: templates, version: version, document: document,
                                    publicVersion: isPublic, audience: audience)
        return try DocumentRenderer(options: options).render(register)
    }

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-render-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }
}
