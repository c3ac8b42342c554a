// Issue 11: references and ids that a reader cannot tell apart are the same. `T-50`, `T-50` with a
// zero-width space, `Т-50` with a Cyrillic Т and `T‑50` with a non-breaking hyphen all print as
// "T-50"; the register must not hold two of them.
import Testing
@testable import RopaKit

@Suite struct LookAlikeTests {
    private func load(_ treatments: [(id: String, reference: String)]) -> LoadedRegister {
        RegisterLoader().load(
            organisation: RegisterFile(path: "organisation.yaml", bytes: Array(TestRegister.organisation.utf8)),
            processors: RegisterFile(path: "processors.yaml", bytes: Array(TestRegister.processors.utf8)),
            treatments: treatments.map { treatment in
                RegisterFile(path: "treatments/\(treatment.id).yaml",
                             bytes: Array(TestRegister.treatment(id: treatment.id, reference: "\"\(treatment.reference)\"").utf8))
            })
    }

    @Test func lookAlikeReferencesAreDuplicatesShownVisiblyAtBothPlaces() throws {
        let loaded = load([("a", "T-50"), ("b", "T-50\u{200B}"), ("c", "\u{0422}-50"), ("d", "T\u{2011}50")])
        let duplicates = loaded.diagnostics.filter { $0.id == DiagnosticID.duplicateReference }
        #expect(duplicates.map(\.message) == [
            "the treatment reference 'T-50<U+200B>' only looks like 'T-50', used already: here <U+200B> ZERO WIDTH SPACE, there nothing",
            "the treatment reference 'Т-50' only looks like 'T-50', used already: here <U+0422> CYRILLIC CAPITAL LETTER TE, there <U+0054> LATIN CAPITAL LETTER T",
            "the treatment reference 'T‑50' only looks like 'T-50', used already: here <U+2011> NON-BREAKING HYPHEN, there <U+002D> HYPHEN-MINUS",
        ])
        #expect(duplicates.map(\.location.file) == ["treatments/b.yaml", "treatments/c.yaml", "treatments/d.yaml"])
        #expect(duplicates.allSatisfy { $0.location.line == 3 && $0.location.column == 12 && $0.severity == .error })
        for duplicate in duplicates {
            #expect(duplicate.notes.map(\.message) == ["'T-50' is used here"])
            #expect(duplicate.notes.first?.location == SourceLocation(file: "treatments/a.yaml", line: 3, column: 12))
            #expect(duplicate.help?.contains("cannot tell apart") == true)
        }
    }

    @Test func exactDuplicatesKeepTheirMessageAndDifferentReferencesPass() {
        let loaded = load([("a", "T-50"), ("b", "T-50"), ("c", "T-51"), ("d", "T-5O")])
        #expect(loaded.diagnostics.filter { $0.id == DiagnosticID.duplicateReference }.map(\.message) == [
            "the treatment reference 'T-50' is used twice",
        ])
    }

    @Test func theFirstInFileOrderIsTheOneShownAsUsedAlready() {
        let loaded = load([("a", "\u{0422}-50"), ("b", "T-50")])
        let duplicate = loaded.diagnostics.first { $0.id == DiagnosticID.duplicateReference }
        #expect(duplicate?.location.file == "treatments/b.yaml")
        #expect(duplicate?.message.hasSuffix("here <U+0054> LATIN CAPITAL LETTER T, there <U+0422> CYRILLIC CAPITAL LETTER TE") == true)
    }

    /// Ids are restricted to a-z, 0-9, '-' and '_': a look-alike id is refused as invalid before it
    /// could collide, so it is reported once, and not also as a duplicate.
    @Test func lookAlikeIdsAreInvalidIdentifiersNotDuplicates() {
        let loaded = load([("prospection", "T-01"), ("pr\u{043E}spection", "T-02")])
        #expect(loaded.diagnostics.contains { $0.id == DiagnosticID.invalidIdentifier && $0.location.file == "treatments/pr\u{043E}spection.yaml" })
        #expect(!loaded.diagnostics.contains { $0.id == DiagnosticID.duplicateID })
    }

    @Test func theDifferenceNamesEachCharacter() {
        #expect(ReferenceChecks.difference("ab\u{200B}\u{200C}c", "abc") == "here <U+200B> ZERO WIDTH SPACE <U+200C> ZERO WIDTH NON-JOINER, there nothing")
        #expect(ReferenceChecks.difference("x", "x\u{0000}") == "here nothing, there <U+0000>")
    }
}
