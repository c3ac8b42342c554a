import Testing
@testable import RopaKit

@Suite struct DiffTests {
    @Test func changesAreSpelledOut() throws {
        let old = try TestRegister(treatments: ["prospection": TestRegister.treatment(),
                                                "gone": TestRegister.treatment(id: "gone", reference: "T-05")])
        let new = try TestRegister(treatments: [
            "prospection": TestRegister.treatment(retention: "5 years", extraRecipient: "\n  - partner: Partenaires commerciaux"),
            "fresh": TestRegister.treatment(id: "fresh", reference: "T-07"),
        ])
        defer { old.remove(); new.remove() }
        let diff = RegisterDiff(old: try #require(old.load().register), new: try #require(new.load().register))
        #expect(diff.added.map(\.id) == ["fresh"])
        #expect(diff.removed.map(\.id) == ["gone"])
        let changes = try #require(diff.changed.first { $0.id == "prospection" }).changes
        #expect(changes == [
            "retention of *prospection / identification*: 3 years from the last contact → 5 years from the last contact",
            "new recipient: *partner Partenaires commerciaux*",
        ])
        let text = diff.report(.text, old: "a", new: "b")
        #expect(text.contains("+ new treatment fresh"))
        #expect(text.contains("- removed treatment gone"))
        #expect(text.contains("    - retention of prospection / identification: 3 years from the last contact → 5 years from the last contact"))
        let markdown = diff.report(.markdown, old: "a", new: "b")
        #expect(markdown.contains("**Changed: Prospection commerciale** (`prospection`)"))
        #expect(markdown.contains("- retention of *prospection / identification*: 3 years"))
        #expect(diff.report(.json, old: "a", new: "b").contains("\"format_version\" : 1"))
    }

    @Test func sameReferenceNewIdIsARename() throws {
        let old = try TestRegister(treatments: ["prospection": TestRegister.treatment()])
        let new = try TestRegister(treatments: ["prospects": TestRegister.treatment(id: "prospects")])
        defer { old.remove(); new.remove() }
        let diff = RegisterDiff(old: try #require(old.load().register), new: try #require(new.load().register))
        #expect(diff.renamed == [.init(from: "prospection", to: .init(id: "prospects", name: "Prospection commerciale", reference: "T-01"))])
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
    }

    @Test func unchangedRegisterHasNoDiff() throws {
        let register = try TestRegister()
        defer { register.remove() }
        let model = try #require(register.load().register)
        #expect(RegisterDiff(old: model, new: model).isEmpty)
        #expect(RegisterDiff(old: model, new: model).report(.text, old: "a", new: "b").hasPrefix("No change"))
    }

    @Test func changedFileWithSameUpdatedDateIsFlagged() throws {
        let old = try TestRegister()
        let new = try TestRegister(treatments: ["prospection": TestRegister.treatment(retention: "4 years")])
        let moved = try TestRegister(treatments: ["prospection": TestRegister.treatment(retention: "4 years", updated: "2026-11-01")])
        defer { old.remove(); new.remove(); moved.remove() }
        let warnings = UpdatedDateCheck.check(old: old.load(), new: new.load(), since: "HEAD~1")
        #expect(warnings.map(\.id) == ["updated-not-moved"])
        #expect(warnings.first?.location.line == 5)
        #expect(UpdatedDateCheck.check(old: old.load(), new: moved.load(), since: "HEAD~1").isEmpty)
    }
}
