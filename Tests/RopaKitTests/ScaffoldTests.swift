import Foundation
import Testing
@testable import RopaKit

@Suite struct ScaffoldTests {
    let date = ISODate(year: 2026, month: 11, day: 28) ?? ISODate(daysSinceEpoch: 0)

    /// A fresh register has only "fill this in" problems: nothing else is wrong with the skeleton.
    @Test func newRegisterValidatesWithOnlyPlaceholders() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for file in RegisterScaffold(date: date).newRegister() {
            let path = directory + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let loaded = RegisterLoader().load(directory: directory)
        #expect(!loaded.diagnostics.isEmpty)
        #expect(loaded.diagnostics.allSatisfy { $0.id == DiagnosticID.placeholder }, "\(loaded.diagnostics.map(\.message))")
        // Every required key of a treatment is present in the skeleton, with its French label as comment.
        let treatment = try #require(RegisterScaffold(date: date).newRegister().first { $0.path == "treatments/example.yaml" })
        for key in RegisterSchema.treatmentFile.keys {
            #expect(treatment.contents.contains("\(key.name):"), "\(key.name) is missing from the skeleton")
            #expect(treatment.contents.contains(key.label.fr))
        }
        #expect(treatment.contents.hasPrefix("# yaml-language-server: $schema=../schema/treatment.schema.json\n"))
        #expect(treatment.contents.contains("created: 2026-11-28"))
    }

    /// Filling in the placeholders of a skeleton gives a register without any error.
    @Test func filledSkeletonIsValid() throws {
        var text = RegisterScaffold(date: date).newTreatment(id: "newsletter").contents
        let answers = [
            "name: TODO": "name: Lettre d'information", "reference: TODO": "reference: T-9",
            "  - name: TODO": "  - name: Envoi de la lettre", "legal_basis: TODO": "legal_basis: contract",
            "  - category: TODO  # employees": "  - category: clients  # employees",
            "  - category: TODO  # identification": "  - category: identification  # identification",
            "duration: TODO": "duration: 3 years", "from: TODO": "from: end_of_relationship",
            "  - kind: TODO": "  - kind: direct", "  - service: TODO": "  - service: marketing",
            "  - measure: TODO": "  - measure: backup",
        ]
        for (placeholder, answer) in answers {
            text = text.replacingOccurrences(of: placeholder, with: answer)
        }
        let register = try TestRegister(treatments: ["newsletter": text])
        defer { register.remove() }
        let loaded = register.load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map { "\($0.location) \($0.message)" })")
        #expect(loaded.register?.treatments.first?.purposes.first?.legalBasis == .contract)
    }

    @Test func copiedTreatmentGetsNewIdDatesAndReferenceToFill() {
        let copy = RegisterScaffold(date: date).copiedTreatment(id: "clients-2", from: TestRegister.treatment())
        #expect(copy.path == "treatments/clients-2.yaml")
        #expect(copy.contents.contains("id: clients-2\n"))
        #expect(copy.contents.contains("reference: TODO\n"))
        #expect(copy.contents.contains("created: 2026-11-28\nupdated: 2026-11-28\n"))
        #expect(copy.contents.contains("legal_basis: consent"))
    }
}
