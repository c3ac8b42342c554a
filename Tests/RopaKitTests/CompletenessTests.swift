import Testing
@testable import RopaKit

/// What a document may be (`Completeness`): final, a working version, or refused, for each
/// request — the default of the register, `--final` (and the notice, the public register), `--draft`.
@Suite struct CompletenessTests {
    static let contract = SourceLocation(file: "processors.yaml", line: 23, column: 18)
    static let phone = SourceLocation(file: "organisation.yaml", line: 19, column: 10)
    static let placeholder = Diagnostic(id: DiagnosticID.incompleteValue, severity: .warning, message: "'reference' says…", at: contract)
    static let phonePlaceholder = Diagnostic(id: DiagnosticID.incompleteValue, severity: .warning, message: "'phone' says…", at: phone)
    /// A rule's finding about the placeholder: unfinished, not wrong.
    static let ruleOnPlaceholder = Diagnostic(id: "processor-contract", message: "'reference' is a placeholder", at: contract)
    static let otherError = Diagnostic(id: "transfer-ground", message: "no ground", at: SourceLocation(file: "t.yaml", line: 3, column: 1))

    @Test func aCompleteRegisterIsFinalWhateverIsAsked() {
        let complete = Completeness(diagnostics: [])
        #expect(complete.isFinal)
        #expect(complete.outcome(of: .final) == .final)
        #expect(complete.outcome(of: .standard) == .final)
        #expect(complete.outcome(of: .draft) == .workingVersion)
    }

    @Test func placeholdersMakeAWorkingVersionThatFinalRefuses() {
        let unfinished = Completeness(diagnostics: [Self.placeholder, Self.ruleOnPlaceholder, Self.phonePlaceholder])
        #expect(!unfinished.isFinal)
        #expect(unfinished.otherErrors.isEmpty)
        #expect(unfinished.outcome(of: .standard) == .workingVersion)
        #expect(unfinished.outcome(of: .final) == nil)
        #expect(unfinished.unfinished == Unfinished(values: 2, errors: 1))
        #expect(unfinished.problems.map(\.location) == [Self.phone, Self.contract, Self.contract])
    }

    @Test func anotherErrorIsRefusedUnlessDraft() {
        let wrong = Completeness(diagnostics: [Self.otherError])
        #expect(wrong.outcome(of: .standard) == nil)
        #expect(wrong.outcome(of: .final) == nil)
        #expect(wrong.outcome(of: .draft) == .workingVersion)
    }

    /// The public register does not print contract references: a placeholder there, and the
    /// rule's finding about it, do not keep it from being final; the telephone does.
    @Test func whatTheDocumentLeavesOutDoesNotCount() {
        let diagnostics = [Self.placeholder, Self.ruleOnPlaceholder]
        let published = Completeness(diagnostics: diagnostics) { $0 != Self.contract }
        #expect(published.isFinal)
        #expect(published.outcome(of: .final) == .final)
        let withPhone = Completeness(diagnostics: diagnostics + [Self.phonePlaceholder]) { $0 != Self.contract }
        #expect(withPhone.outcome(of: .final) == nil)
        #expect(withPhone.unfinished == Unfinished(values: 1, errors: 0))
    }

    @Test func theBannerSaysWhatIsMissingInTheDocumentsLanguage() {
        let french = Wording(.fr), english = Wording(.en)
        let counts = Unfinished(values: 51, errors: 1)
        #expect(counts.headerNotice(in: french) == "Document incomplet — version de travail — 51 valeurs incomplètes, 1 erreur")
        #expect(counts.sentence(in: english)?.hasPrefix("What is missing: 51 incomplete values, 1 error") == true)
        #expect(Unfinished.none.sentence(in: french) == nil)
        #expect(Unfinished.none.headerNotice(in: french) == french[.draftNotice])
    }
}
