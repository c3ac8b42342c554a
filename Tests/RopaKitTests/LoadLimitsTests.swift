import Foundation
import Testing
@testable import RopaKit

/// The limits that keep any input within bounded time and memory, each checked through the
/// loader, and the in-memory entry point they are checked with.
@Suite struct LoadLimitsTests {
    static func file(_ name: String, _ text: String) -> RegisterFile {
        RegisterFile(path: "register/\(name)", bytes: Array(text.utf8))
    }

    static func load(treatments: [RegisterFile], limits: LoadLimits = .default) -> LoadedRegister {
        RegisterLoader(limits: limits).load(
            organisation: file("organisation.yaml", TestRegister.organisation),
            processors: file("processors.yaml", TestRegister.processors),
            treatments: treatments, root: "register")
    }

    static func treatment(_ id: String, reference: String = "T-01") -> RegisterFile {
        file("treatments/\(id).yaml", TestRegister.treatment(id: id, reference: reference))
    }

    @Test func inMemoryRegisterLoadsLikeTheSameFilesOnDisk() throws {
        let loaded = Self.load(treatments: [Self.treatment("prospection")])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.register?.treatments.map(\.id) == ["prospection"])
        #expect(loaded.fileCount == 3)

        let disk = try TestRegister()
        defer { disk.remove() }
        let fromDisk = disk.load()
        #expect(fromDisk.diagnostics.isEmpty)
        #expect(fromDisk.register?.treatments.first?.name == loaded.register?.treatments.first?.name)
    }

    @Test func missingOrganisationInMemoryIsReported() {
        let loaded = RegisterLoader().load(organisation: nil, treatments: [Self.treatment("prospection")], root: "register")
        #expect(loaded.diagnostics.map(\.id).contains(DiagnosticID.missingOrganisation))
        #expect(loaded.register?.organisation.invalidEntries.first?.problems.map(\.id) == [DiagnosticID.missingOrganisation])
        #expect(loaded.register?.treatments.map(\.id) == ["prospection"])
    }

    @Test func fileOverTheSizeLimitIsRefusedUnread() {
        let loaded = Self.load(treatments: [Self.treatment("prospection")], limits: LoadLimits(maxFileBytes: 300))
        let refused = loaded.diagnostics.filter { $0.id == DiagnosticID.fileTooLarge }
        #expect(refused.map(\.location.file).contains("register/treatments/prospection.yaml"))
        #expect(refused.first?.help?.contains("--max-file-size") == true)
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = "id: deep\nnotes: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        let loaded = Self.load(treatments: [Self.file("treatments/deep.yaml", deep)])
        let limit = loaded.diagnostics.first { $0.id == DiagnosticID.yamlLimit }
        #expect(limit?.message.contains("32 levels") == true)
        #expect(limit?.location.file == "register/treatments/deep.yaml")
    }

    @Test func moreValuesThanTheLimitAreRefused() {
        let wide = "id: wide\nnotes: [" + Array(repeating: "x", count: 500).joined(separator: ", ") + "]\n"
        let loaded = Self.load(treatments: [Self.file("treatments/wide.yaml", wide)], limits: LoadLimits(maxNodesPerFile: 100))
        let limit = loaded.diagnostics.first { $0.id == DiagnosticID.yamlLimit }
        #expect(limit?.message.contains("more than 100 values") == true)
        #expect(limit?.help?.contains("--max-nodes") == true)
    }

    @Test func filesPastTheFileCountAreNotRead() {
        let treatments = (1...4).map { Self.treatment("t\($0)", reference: "T-\($0)") }
        let loaded = Self.load(treatments: treatments, limits: LoadLimits(maxFiles: 4))
        let limit = loaded.diagnostics.filter { $0.id == DiagnosticID.registerTooLarge }
        #expect(limit.count == 1)
        #expect(limit.first?.location.file == "register/treatments/t3.yaml")
        #expect(limit.first?.message.contains("this file and the 1 after it are not read") == true)
        #expect(limit.first?.help?.contains("--max-files") == true)
        #expect(loaded.fileCount == 4)
        // Not read, but not lost: each stands in the register, marked, with the reason.
        #expect(loaded.register?.treatments.map(\.id) == ["t1", "t2", "t3", "t4"])
        #expect(loaded.register?.treatments.filter { !$0.isComplete }.map(\.id) == ["t3", "t4"])
        #expect(loaded.register?.treatments.last?.invalidEntries.first?.problems.map(\.id) == [DiagnosticID.registerTooLarge])
    }

    @Test func filesPastTheRegisterSizeAreNotRead() {
        let treatments = (1...3).map { Self.treatment("t\($0)", reference: "T-\($0)") }
        let organisationAndProcessors = TestRegister.organisation.utf8.count + TestRegister.processors.utf8.count
        let oneTreatment = treatments[0].bytes.count
        let limits = LoadLimits(maxRegisterBytes: organisationAndProcessors + oneTreatment + oneTreatment / 2)
        let loaded = Self.load(treatments: treatments, limits: limits)
        let limit = loaded.diagnostics.first { $0.id == DiagnosticID.registerTooLarge }
        #expect(limit?.location.file == "register/treatments/t2.yaml")
        #expect(limit?.help?.contains("--max-register-size") == true)
        #expect(loaded.register?.treatments.filter(\.isComplete).map(\.id) == ["t1"])
        #expect(loaded.register?.treatments.count == 3, "the files not read stay visible")
    }

    @Test func aFileShowsAtMostAThousandProblems() {
        let keys = (0..<1_500).map { "unknown_\($0): 1" }.joined(separator: "\n")
        let loaded = Self.load(treatments: [Self.file("treatments/junk.yaml", keys)])
        let inFile = loaded.diagnostics.filter { $0.location.file == "register/treatments/junk.yaml" }
        let unknown = inFile.filter { $0.id == DiagnosticID.unknownKey }
        #expect(unknown.count <= 1_000)
        let summary = inFile.first { $0.id == DiagnosticID.tooManyProblems }
        #expect(summary?.message.contains("more problems than the 1000 shown") == true)
    }

    @Test func loadingStopsOnceTheRegisterHasTooManyProblems() {
        let broken = (1...5).map { Self.file("treatments/b\($0).yaml", "id: b\($0)\nname: [1]\nwhat: 1\nwho: 2\n") }
        let loaded = Self.load(treatments: broken, limits: LoadLimits(maxDiagnostics: 6))
        let stop = loaded.diagnostics.filter { $0.id == DiagnosticID.tooManyProblems && $0.message.contains("not checked") }
        #expect(stop.count == 1)
        #expect(stop.first?.message.contains("not checked") == true)
        #expect(stop.first?.help?.contains("--max-diagnostics") == true)
        #expect(!loaded.diagnostics.contains { $0.location.file == "register/treatments/b5.yaml" && $0.id != DiagnosticID.tooManyProblems })
        // The same files are checked in every run, whatever the threads do.
        let again = Self.load(treatments: broken, limits: LoadLimits(maxDiagnostics: 6))
        #expect(again.diagnostics == loaded.diagnostics)
    }

    @Test func duplicateKeysInALargeGroupAreFoundWithTheirFirstPlace() throws {
        let keys = (0..<20).map { "k\($0): 1" } + ["k3: 2", "k17: 3"]
        let output = YAMLParser.parse(Array(keys.joined(separator: "\n").utf8), file: "f.yaml")
        let duplicates = output.diagnostics.filter { $0.id == DiagnosticID.duplicateKey }
        #expect(duplicates.map(\.location.line) == [21, 22])
        #expect(duplicates.map { $0.notes.first?.location?.line } == [4, 18])
    }

    @Test func treatmentsComeInReferenceOrderWithNumbersAsNumbers() {
        let references = ["T-10", "t-2", "T-1", "A-3", "T-02b"]
        let treatments = references.enumerated().map { Self.treatment("t\($0.offset)", reference: $0.element) }
        let loaded = Self.load(treatments: treatments)
        #expect(loaded.register?.treatments.map(\.reference) == ["A-3", "T-1", "t-2", "T-02b", "T-10"])
    }

    @Test func sourceMapKeepsEveryKeyPosition() {
        let start = SourceLocation(file: "f.yaml", line: 3, column: 1)
        let map = SourceMap(location: start, values: ["id": .init(file: "f.yaml", line: 3, column: 5),
                                                     "name": .init(file: "f.yaml", line: 4, column: 7)])
        #expect(map["name"] == SourceLocation(file: "f.yaml", line: 4, column: 7))
        #expect(map["absent"] == start)
        #expect(map.has("id") && !map.has("absent"))
        #expect(map.values.count == 2)
    }
}
