// Issue 11, "never crash": the date arithmetic holds for any Int a library caller passes.
import Foundation
import Testing
@testable import RopaKit

/// Dates hold for any Int: no overflow trap, and no date outside 1900...2999.
@Suite struct DateBoundsTests {
    let day = ISODate(year: 2026, month: 1, day: 31) ?? .earliest

    @Test func addingMonthsNeverOverflows() {
        #expect(day.addingMonths(1) == ISODate(year: 2026, month: 2, day: 28))
        #expect(day.addingMonths(-13) == ISODate(year: 2024, month: 12, day: 31))
        #expect(day.addingMonths(Int.max) == .latest)
        #expect(day.addingMonths(Int.min) == .earliest)
        #expect(day.addingMonths(12 * 1_000) == .latest, "past 2999 is later than any date, never the date itself")
        #expect(ISODate.latest.addingMonths(1) == .latest)
        #expect(ISODate.earliest.addingMonths(-1) == .earliest)
    }

    @Test func daysSinceEpochIsClamped() {
        #expect(ISODate(daysSinceEpoch: Int.max) == .latest)
        #expect(ISODate(daysSinceEpoch: Int.min) == .earliest)
        #expect(ISODate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(ISODate.latest.description == "2999-12-31")
    }

    @Test func sourceDateEpochHasTheBoundsOfDate() throws {
        func resolve(_ epoch: String) throws -> ISODate {
            try ReferenceDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": epoch], now: Date())
        }
        #expect(try resolve("32503679999") == .latest)
        for epoch in ["32503680000", "9223372036854775807", "-1", "soon"] {
            #expect(throws: ReferenceDate.Invalid.self, "\(epoch)") { try resolve(epoch) }
        }
        #expect(throws: ReferenceDate.Invalid.self) { try ReferenceDate.resolve("3000-01-01", environment: [:], now: Date()) }
    }

    /// A library caller may pass any review period: huge is "never overdue", and nothing traps.
    @Test func reviewPeriodOfAnyLength() throws {
        let register = try TestRegister(treatments: ["prospection": TestRegister.treatment(updated: "2020-01-10")])
        defer { register.remove() }
        let model = try #require(register.load().register)
        let date = ISODate(year: 2026, month: 6, day: 1) ?? .latest
        func overdue(_ months: Int) -> Bool {
            RuleEngine().check(model, context: RuleContext(date: date, reviewPeriodMonths: months)).contains { $0.id == "review-overdue" }
        }
        #expect(overdue(12))
        #expect(!overdue(1_200))
        #expect(!overdue(Int.max))
        #expect(overdue(Int.min))
    }
}
