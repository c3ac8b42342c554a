import Foundation
import Testing
@testable import RopaKit

/// Inputs found by fuzzing (Fuzz/run.sh), or written to attack a limit, each run through the same
/// pipeline as the fuzz target: load in memory → rules → every reporter. Each must finish quickly,
/// without a crash, and with the diagnostics it deserves. A finding of a fuzz campaign is added here
/// as bytes, with what it found.
@Suite struct FuzzRegressionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// A diagnostic id the input must produce.
        var expected: String?

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // First finding of the first run: LeakSanitizer reported the record specs (`static let`,
        // built once) as leaked. A false positive, since Swift keeps tag bits in spare pointer bits;
        // Fuzz/lsan.supp now suppresses allocations made by one-time initialisers only.
        Case(name: "comment only (LSan report on the one-time tables)",
             bytes: Array("# Gestion des clients: à remplir\n".utf8), expected: DiagnosticID.fileEmpty),
        // Limits: each would otherwise cost seconds and hundreds of megabytes for a small file.
        Case(name: "60,000 unknown keys", bytes: Array((0..<60_000).map { "k\($0): 1\n" }.joined().utf8),
             expected: DiagnosticID.tooManyProblems),
        Case(name: "220,000 values, past the node limit", bytes: Array((0..<110_000).map { "k\($0): 1\n" }.joined().utf8),
             expected: DiagnosticID.yamlLimit),
        Case(name: "100,000 duplicate keys", bytes: Array(String(repeating: "id: x\n", count: 100_000).utf8),
             expected: DiagnosticID.tooManyProblems),
        Case(name: "a flat list of 199,000 items", bytes: Array(("id: x\nnotes: [" + Array(repeating: "0", count: 199_000).joined(separator: ",") + "]\n").utf8),
             expected: DiagnosticID.wrongType),
        Case(name: "brackets 5,000 deep", bytes: Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8),
             expected: DiagnosticID.yamlLimit),
        Case(name: "billion laughs", bytes: Array("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n".utf8), expected: DiagnosticID.yamlAlias),
        Case(name: "NUL-separated files, the last one empty", bytes: Array("organisation:\n  name: X\n\0processors: []\n\0\0".utf8),
             expected: nil),
        Case(name: "invalid UTF-8 in a key", bytes: [0x69, 0x64, 0xFF, 0x3A, 0x20, 0x78, 0x0A], expected: DiagnosticID.yamlEncoding),
        Case(name: "control characters in a quoted text", bytes: Array("id: \"a\\e[31mb\\0\"\n".utf8), expected: DiagnosticID.yamlEncoding),
    ]

    @Test(arguments: cases)
    func inputIsHandled(_ input: Case) {
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = Self.run(input.bytes)
        #expect(clock.now - start < .seconds(20), "took \(clock.now - start)")
        if let expected = input.expected {
            #expect(diagnostics.contains { $0.id == expected }, "\(diagnostics.prefix(5))")
        }
        #expect(diagnostics.count <= LoadLimits.default.maxDiagnostics + 10)
    }

    /// What the fuzz target does with its input (Fuzz/Sources/ropa-fuzz/FuzzTarget.swift).
    static func run(_ bytes: [UInt8]) -> [Diagnostic] {
        let parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        let organisation = parts.count < 3 ? Array(TestRegister.organisation.utf8) : parts[0]
        let processors = parts.count < 3 ? Array(TestRegister.processors.utf8) : parts[1]
        let treatments = parts.count < 3 ? parts : Array(parts[2...])
        let loaded = RegisterLoader().load(
            organisation: RegisterFile(path: "register/organisation.yaml", bytes: organisation),
            processors: RegisterFile(path: "register/processors.yaml", bytes: processors),
            treatments: treatments.enumerated().map { RegisterFile(path: "register/treatments/t\($0.offset).yaml", bytes: $0.element) },
            root: "register")
        var diagnostics = loaded.diagnostics
        if let model = loaded.register {
            diagnostics = (diagnostics + RuleEngine().check(model, context: RuleContext(date: ISODate(year: 2026, month: 6, day: 1)!)))
                .sortedByLocation()
        }
        let context = ReportContext(toolVersion: "test", fileCount: loaded.fileCount, checks: DiagnosticID.catalogue)
        _ = TextReporter(useColour: true).report(diagnostics, sources: loaded.sources)
        _ = JSONReporter().report(diagnostics, context: context)
        _ = SARIFReporter().report(diagnostics, context: context)
        _ = GitHubReporter().report(diagnostics, context: context)
        return diagnostics
    }
}
