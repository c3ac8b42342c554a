// RegisterLoader on whole directories: the model it builds, the checks across files, sorted and
// deterministic diagnostics, and parallel loading of many files.
import Foundation
import Testing
@testable import RopaKit

@Test func minimalRegisterLoads() throws {
    let loaded = RegisterLoader().load(directory: fixturePath("minimal"))
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.fileCount == 3)
    let register = try #require(loaded.register)
    #expect(register.organisation.controller.name == "Julien Martin EI")
    #expect(register.organisation.services.map(\.id) == ["direction"])
    #expect(register.processors.map(\.id) == ["hebergeur"])
    #expect(register.treatments.map(\.id) == ["one"])
    #expect(loaded.sources.keys.sorted() == ["organisation.yaml", "processors.yaml", "treatments/one.yaml"].map { fixturePath("minimal") + "/" + $0 })
}

@Test func exampleRegisterLoadsWithoutDiagnostics() throws {
    let directory = URL(fileURLWithPath: fixturePath("")).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("register").path
    let loaded = RegisterLoader().load(directory: directory)
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.filter { $0.severity == .error })")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/treatments").filter { $0.hasSuffix(".yaml") }
    #expect(!files.isEmpty)
    #expect(loaded.register?.treatments.count == files.count)
}

@Test func pathsInDiagnosticsAreAsTheUserWroteThem() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try directory.write("treatments/one.yaml", "id: one\n")
    for written in [directory.path, directory.path + "/"] {
        let loaded = RegisterLoader().load(directory: written)
        #expect(loaded.diagnostics.allSatisfy { $0.location.file == directory.path + "/treatments/one.yaml" }, "\(written)")
        #expect(!loaded.diagnostics.isEmpty)
    }
}

@Test func missingDirectoryIsAnInputFailure() throws {
    let loaded = RegisterLoader().load(directory: "/nonexistent/register")
    #expect(loaded.register == nil)
    #expect(loaded.diagnostics.map(\.id) == [DiagnosticID.registerNotFound])
    #expect(loaded.diagnostics.allSatisfy { $0.isInputFailure })
    #expect(loaded.diagnostics.first?.message == "the register directory '/nonexistent/register' does not exist")

    let file = RegisterLoader().load(directory: fixturePath("minimal/organisation.yaml"))
    #expect(file.diagnostics.map(\.id) == [DiagnosticID.registerNotFound])
}

@Test func limitsAreApplied() throws {
    let loaded = RegisterLoader(limits: LoadLimits(maxFileBytes: 300)).load(directory: fixturePath("minimal"))
    #expect(loaded.diagnostics.map(\.id).sorted() == [DiagnosticID.fileTooLarge, DiagnosticID.fileTooLarge])
    #expect(loaded.diagnostics.map { URL(fileURLWithPath: $0.location.file).lastPathComponent } == ["organisation.yaml", "one.yaml"])
}

// MARK: - Across files

@Test func incompleteProcessorStillCountsAsDefined() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try directory.write("processors.yaml", "processors:\n  - id: hebergeur\n    name: H\n    service: S\n    country: France\n")
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.diagnostics.map(\.summary) == ["5:14 invalid-country"], "no undefined reference to 'hebergeur'")
}

@Test func unreadableOrganisationDoesNotMakeServicesUndefined() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try directory.write("organisation.yaml", "organisation: [\n")
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.diagnostics.map(\.id) == [DiagnosticID.yamlSyntax], "\(loaded.diagnostics)")
    // The register is still there, its organisation unread but visible as one invalid entry.
    let organisation = try #require(loaded.register?.organisation)
    #expect(organisation.invalidEntries.map(\.key) == [InvalidEntry.wholeFile])
    #expect(organisation.invalidEntries.first?.text == "organisation: [")
}

@Test func missingFilesMakeReferencesUndefined() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try FileManager.default.removeItem(atPath: directory.path + "/processors.yaml")
    try FileManager.default.removeItem(atPath: directory.path + "/organisation.yaml")
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.diagnostics.map(\.id) == [DiagnosticID.missingOrganisation, DiagnosticID.undefinedReference, DiagnosticID.undefinedReference])
    #expect(loaded.diagnostics.dropFirst().map(\.message) == ["no service has the id 'direction'", "no processor has the id 'hebergeur'"])
}

@Test func duplicateIdsAndReferencesAcrossFiles() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    let one = try String(contentsOfFile: fixturePath("minimal/treatments/one.yaml"), encoding: .utf8)
    try directory.write("treatments/2024/one.yaml", one)
    try directory.write("treatments/two.yaml", one.replacingOccurrences(of: "id: one", with: "id: two"))
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.diagnostics.map { "\($0.location.file.dropFirst(directory.path.count + 1)):\($0.summary)" } == [
        "treatments/one.yaml:1:5 duplicate-id",
        "treatments/one.yaml:3:12 duplicate-reference",
        "treatments/two.yaml:3:12 duplicate-reference",
    ])
    #expect(loaded.diagnostics.map { $0.notes.first?.location?.file.hasSuffix("treatments/2024/one.yaml") } == [true, true, true])
}

@Test func sourcesAreSafeToQuote() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try directory.write("treatments/one.yaml", "id: one\r\nname: a\u{1B}b\r\nold: mac\rlast\n")
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.sources[directory.path + "/treatments/one.yaml"] == "id: one\nname: a\u{FFFD}b\nold: mac\nlast\n")
}

// MARK: - Order and parallel loading

/// A treatment file `t<n>.yaml`; every tenth has a bad date on line 4.
private func generatedTreatment(_ number: Int) -> String {
    """
    id: t\(number)
    name: Traitement \(number)
    reference: T-\(number)
    created: \(number % 10 == 0 ? "2026-02-30" : "2018-05-25")
    updated: 2026-01-10
    purposes:
      - name: Finalité \(number)
        legal_basis: contract
    data_subjects:
      - category: clients
    data:
      - category: identification
        retention: { duration: \(number % 7 + 1) years, from: end_of_relationship }
    sources:
      - kind: direct
    recipients:
      - service: direction
    transfers: none
    security:
      - measure: backup

    """
}

@Test func threeHundredFilesLoadInParallelAsExpected() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    try FileManager.default.removeItem(atPath: directory.path + "/treatments/one.yaml")
    for number in 1...300 {
        try directory.write("treatments/t\(number).yaml", generatedTreatment(number))
    }
    let loaded = RegisterLoader().load(directory: directory.path)
    #expect(loaded.fileCount == 302)

    let expectedErrors = stride(from: 10, through: 300, by: 10).map { "\(directory.path)/treatments/t\($0).yaml:4:10 invalid-date" }
    #expect(loaded.diagnostics.map { "\($0.location.file):\($0.summary)" } == expectedErrors.sorted(), "sorted by path, every bad file once")

    let register = try #require(loaded.register)
    #expect(register.treatments.count == 300, "a file with an error is kept, its bad date an invalid entry")
    let expectedOrder = (1...300).map { "t\($0)" }
    #expect(register.treatments.map(\.id) == expectedOrder, "register order: references compared as numbers (T-2 before T-10)")
    #expect(register.treatments.filter { !$0.isComplete }.map(\.id) == stride(from: 10, through: 300, by: 10).map { "t\($0)" })
    for treatment in register.treatments {
        let number = Int(treatment.id.dropFirst())!
        #expect(treatment.data.first?.retention?.period == .fixed(Duration(number % 7 + 1, .years), from: .endOfRelationship),
                "\(treatment.id) holds its own data, not another file's")
    }
    #expect(loaded.sources.count == 302)
}

@Test func twoLoadsGiveIdenticalResults() throws {
    let directory = try TemporaryDirectory()
    try directory.copy(fixture: "minimal")
    for name in try FileManager.default.contentsOfDirectory(atPath: fixturePath("bad")).sorted() where name.hasSuffix(".yaml") {
        guard name != "country-name-processors.yaml" else { continue }
        try directory.write("treatments/\(name)", try String(contentsOfFile: fixturePath("bad/\(name)"), encoding: .utf8))
    }
    let first = RegisterLoader().load(directory: directory.path)
    let second = RegisterLoader().load(directory: directory.path)
    #expect(first.diagnostics.count > 25)
    #expect(first.diagnostics == second.diagnostics)
    #expect(first.register == second.register)
    #expect(first.diagnostics == first.diagnostics.sortedByLocation())
    let text = TextReporter().report(first.diagnostics, sources: first.sources)
    #expect(text == TextReporter().report(second.diagnostics, sources: second.sources))
}
