import Foundation
import Testing
@testable import RopaKit

/// The schema and the loader come from the same specs; these tests prove they agree, with an
/// independent validator (Python's jsonschema), on valid files and on structurally broken ones.
@Suite struct SchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    struct Verdict: Decodable {
        var file: String
        var valid: Bool
        var errors: [String]
    }

    /// Runs the Python checker; fails (never skips) in CI when Python or jsonschema is missing.
    func check(_ files: [(RegisterFileKind, String)]) throws -> [String: Verdict] {
        let schemas = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-schema-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: schemas, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: schemas) }
        for kind in RegisterFileKind.allCases {
            try JSONSchemaGenerator().schema(for: kind).write(toFile: "\(schemas)/\(kind.schemaFileName)", atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "\(Self.packageRoot)/Tests/Support/schema_check.py", schemas] + files.map { "\($0.0.rawValue)=\($0.1)" }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "schema_check.py failed (is python3 with jsonschema and PyYAML installed? .ci/run installs them): \(errorText)")
        var verdicts: [String: Verdict] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let verdict = try JSONDecoder().decode(Verdict.self, from: Data(line.utf8))
            verdicts[verdict.file] = verdict
        }
        return verdicts
    }

    @Test func validRegisterPassesBothSchemaAndLoader() throws {
        let register = try TestRegister()
        defer { register.remove() }
        #expect(register.load().diagnostics.isEmpty)
        let files: [(RegisterFileKind, String)] = [(.organisation, register.directory + "/organisation.yaml"),
                                                   (.processors, register.directory + "/processors.yaml"),
                                                   (.treatment, register.directory + "/treatments/prospection.yaml")]
        for verdict in try check(files).values {
            #expect(verdict.valid, "\(verdict.file): \(verdict.errors)")
        }
    }

    /// The example register, every file of it, passes the schema.
    @Test func exampleRegisterPassesTheSchema() throws {
        let root = Self.packageRoot + "/register"
        let treatments = try FileManager.default.contentsOfDirectory(atPath: root + "/treatments").filter { $0.hasSuffix(".yaml") }
        try #require(!treatments.isEmpty)
        let files: [(RegisterFileKind, String)] = [(.organisation, root + "/organisation.yaml"), (.processors, root + "/processors.yaml")]
            + treatments.map { (.treatment, root + "/treatments/" + $0) }
        let verdicts = try check(files)
        #expect(verdicts.count == files.count)
        for verdict in verdicts.values {
            #expect(verdict.valid, "\(verdict.file): \(verdict.errors)")
        }
    }

    /// A processor's fiche needs no legal basis, a controller's does: the schema and the loader
    /// agree on both (the breadth fixtures, every file, and the CNIL's example fiche, whose
    /// purposes have none).
    @Test func aLegalBasisIsRequiredExceptInAProcessorsFiche() throws {
        let root = Self.packageRoot + "/Tests/Fixtures/breadth"
        var files: [(RegisterFileKind, String)] = []
        for area in ["employer", "commune", "association", "processor"] {
            files.append((.organisation, "\(root)/\(area)/organisation.yaml"))
            let treatments = try FileManager.default.contentsOfDirectory(atPath: "\(root)/\(area)/treatments").filter { $0.hasSuffix(".yaml") }
            files += treatments.map { (.treatment, "\(root)/\(area)/treatments/\($0)") }
        }
        let cnil = Self.packageRoot + "/Tests/Fixtures/real-registers/cnil-paie/treatments/paie.yaml"
        let verdicts = try check(files + [(.treatment, cnil)])
        for (_, file) in files {
            #expect(verdicts[file]?.valid == true, "\(file): \(verdicts[file]?.errors ?? [])")
        }
        #expect(verdicts[cnil]?.valid == false)
        #expect(verdicts[cnil]?.errors.contains { $0.contains("'legal_basis' is a required property") } == true)
    }

    /// Art. 30(2) asks a processor for the categories of processing, transfers and security, not
    /// for the controller's data subjects, data, sources or recipients: a processor's fiche may
    /// leave them out, a controller's may not. The schema and the loader agree.
    @Test func aProcessorsFicheNeedsNoDataSubjectsDataSourcesNorRecipients() throws {
        let processor = """
        id: support
        name: Support pour le compte des clients
        reference: ST-09
        created: 2024-07-01
        updated: 2026-10-01
        role: processor
        on_behalf_of:
          - name: Boulangerie Martin SARL
            email: gerance@boulangerie-martin.example
        purposes:
          - name: Assistance aux utilisateurs des clients
        transfers: none
        security:
          - measure: access_control

        """
        let controller = processor.replacingOccurrences(of: "role: processor\non_behalf_of:\n  - name: Boulangerie Martin SARL\n    email: gerance@boulangerie-martin.example\n", with: "")
            .replacingOccurrences(of: "utilisateurs des clients\n", with: "utilisateurs des clients\n    legal_basis: contract\n")
            .replacingOccurrences(of: "id: support\n", with: "id: controller\n").replacingOccurrences(of: "ST-09", with: "T-09")
        let register = try TestRegister(treatments: ["support": processor, "controller": controller])
        defer { register.remove() }
        let files = ["support", "controller"].map { (RegisterFileKind.treatment, "\(register.directory)/treatments/\($0).yaml") }
        let verdicts = try check(files)
        #expect(verdicts[files[0].1]?.valid == true, "\(verdicts[files[0].1]?.errors ?? [])")
        #expect(verdicts[files[1].1]?.valid == false)
        let loaded = register.load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(!errors.contains { $0.location.file.hasSuffix("support.yaml") }, "\(errors)")
        for key in ["data_subjects", "data", "sources", "recipients"] {
            #expect(verdicts[files[1].1]?.errors.contains { $0.contains("'\(key)' is a required property") } == true, "\(key)")
            #expect(errors.contains { $0.location.file.hasSuffix("controller.yaml") && $0.message.contains("needs '\(key)'") }, "\(key)")
        }
    }

    /// Structurally broken treatments: the schema refuses each one, and so does the loader.
    @Test(arguments: [
        ("unknown key", "reference: T-01", "reference: T-01\nsoftwares: CRM"),
        ("wrong type", "name: Prospection commerciale", "name: [a, b]"),
        ("missing required key", "transfers: none\n", "\n"),
        ("unknown enum value", "legal_basis: consent", "legal_basis: legitimate_interest"),
        ("bad date", "created: 2018-05-25", "created: 25/05/2018"),
        ("bad duration", "duration: 3 years", "duration: three years"),
        ("bad country", "transfers: none", "transfers:\n  - { recipient: X, country: France, safeguard: adequacy }"),
        ("empty required list", "data_subjects:\n  - category: prospects", "data_subjects: []"),
        ("two recipient kinds", "  - service: marketing", "  - service: marketing\n    partner: X"),
        ("bad id", "id: prospection", "id: Prospection Commerciale"),
    ])
    func brokenFileFailsSchemaAndLoader(_ name: String, _ original: String, _ replacement: String) throws {
        let yaml = TestRegister.treatment().replacingOccurrences(of: original, with: replacement)
        #expect(yaml != TestRegister.treatment(), "the mutation '\(name)' did not apply")
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        #expect(register.load().diagnostics.hasErrors, "the loader accepted: \(name)")
        let verdict = try #require(try check([(.treatment, register.directory + "/treatments/prospection.yaml")]).values.first)
        #expect(!verdict.valid, "the schema accepted: \(name)")
    }

    /// The schemas committed beside the example register are the ones ropa generates today.
    @Test(arguments: RegisterFileKind.allCases)
    func committedSchemaIsCurrent(_ kind: RegisterFileKind) throws {
        let path = "\(Self.packageRoot)/register/schema/\(kind.schemaFileName)"
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == JSONSchemaGenerator().schema(for: kind),
                "\(path) is stale: run `swift run ropa schema --output-dir register/schema`")
    }

    @Test func everyKeyAndValueHasALabelAndExplanation() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(JSONSchemaGenerator().schema(for: .treatment).utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(RegisterSchema.treatmentFile.keys.map(\.name)))
        for (key, property) in properties {
            #expect((property["title"] as? String)?.isEmpty == false, "\(key) has no title")
            #expect((property["description"] as? String)?.isEmpty == false, "\(key) has no description")
        }
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        let bases = try #require(definitions["legal_basis_values"])
        #expect((bases["enum"] as? [String])?.count == LegalBasis.allCases.count)
        #expect((bases["enumDescriptions"] as? [String])?.first == "Consentement — Consent")
    }
}
