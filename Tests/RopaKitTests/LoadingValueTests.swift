// The small values the loader parses: ISO dates and their day arithmetic, durations in English
// and French, and the edit distance behind "did you mean".
import Testing
@testable import RopaKit

// MARK: - ISODate

@Test("Valid dates", arguments: ["2018-05-25", "2024-02-29", "2000-02-29", "1900-01-01", "2999-12-31", "2026-04-30"])
func validDates(_ text: String) throws {
    let date = try #require(ISODate(parsing: text))
    #expect(date.description == text, "prints back as written")
}

@Test("Invalid dates", arguments: [
    "2026-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
    "2026-1-05", "26-01-05", "2026/01/05", "05-01-2026", "2026-01-05T10:00", "2026-01-05 ", " 2026-01-05",
    "2026-01-5", "20260105", "", "2026--01-05", "1899-12-31", "3000-01-01", "２０２６-01-05", "+026-01-05", "2026-0a-05",
])
func invalidDates(_ text: String) {
    #expect(ISODate(parsing: text) == nil, "\(text.debugDescription)")
}

@Test func daysSinceEpoch() throws {
    #expect(try #require(ISODate(parsing: "1970-01-01")).daysSinceEpoch == 0)
    #expect(try #require(ISODate(parsing: "1970-01-02")).daysSinceEpoch == 1)
    #expect(try #require(ISODate(parsing: "1969-12-31")).daysSinceEpoch == -1)
    #expect(try #require(ISODate(parsing: "2000-03-01")).daysSinceEpoch == 11_017)
    #expect(try #require(ISODate(parsing: "2018-05-25")).daysSinceEpoch == 17_676)
    #expect(try #require(ISODate(parsing: "1900-01-01")).daysSinceEpoch == -25_567)
    let leapYear = try #require(ISODate(parsing: "2024-12-31")).daysSinceEpoch - (try #require(ISODate(parsing: "2024-01-01")).daysSinceEpoch)
    #expect(leapYear == 365)
}

@Test func daysRoundTripOverTwoCenturies() {
    var previous: ISODate?
    for days in stride(from: -25_567, through: 47_481, by: 1) {  // 1900-01-01 … 2099-12-31
        let date = ISODate(daysSinceEpoch: days)
        guard date.daysSinceEpoch == days, ISODate(parsing: date.description) == date else {
            Issue.record("day \(days) gives \(date), which does not map back")
            return
        }
        if let previous, !(previous < date) {
            Issue.record("\(previous) should come before \(date)")
            return
        }
        previous = date
    }
    #expect(previous?.description == "2099-12-31")
}

@Test func dateOrder() throws {
    let created = try #require(ISODate(parsing: "2018-05-25"))
    let updated = try #require(ISODate(parsing: "2018-05-26"))
    #expect(created < updated)
    #expect(!(updated < created))
    #expect(!(created < created))
    #expect(try #require(ISODate(parsing: "2017-12-31")) < created)
    #expect(ISODate(year: 2018, month: 5, day: 25) == created)
}

// MARK: - Duration

@Test("Durations in English and French", arguments: [
    ("3 years", 3, Duration.Unit.years), ("1 year", 1, .years), ("3 ans", 3, .years), ("1 an", 1, .years),
    ("2 années", 2, .years), ("1 année", 1, .years), ("5 y", 5, .years),
    ("13 months", 13, .months), ("1 month", 1, .months), ("13 mois", 13, .months),
    ("2 weeks", 2, .weeks), ("1 week", 1, .weeks), ("2 semaines", 2, .weeks), ("1 semaine", 1, .weeks),
    ("30 days", 30, .days), ("1 day", 1, .days), ("30 jours", 30, .days), ("1 jour", 1, .days), ("90 d", 90, .days),
    ("3 Years", 3, .years), ("3 ANS", 3, .years), ("  3   years ", 3, .years), ("0 days", 0, .days), ("1000 years", 1000, .years),
] as [(String, Int, Duration.Unit)])
func durations(_ text: String, _ amount: Int, _ unit: Duration.Unit) {
    #expect(Duration(parsing: text) == Duration(amount, unit))
}

@Test("Not durations", arguments: [
    "3years", "three years", "3", "years", "-1 days", "1001 days", "3.5 years", "3 yaers", "3 ans et demi",
    "", "indefinite", "1 fortnight", "3 années-lumière", "٣ years",
])
func notDurations(_ text: String) {
    #expect(Duration(parsing: text) == nil, "\(text.debugDescription)")
}

@Test func durationWordsAndOrder() {
    #expect(Duration(3, .years).description == "3 years")
    #expect(Duration(1, .years).description == "1 year")
    #expect(Duration(1, .months).description == "1 month")
    #expect(Duration(13, .months) > Duration(1, .years))
    #expect(Duration(6, .months) < Duration(1, .years))
    #expect(Duration(2, .weeks) < Duration(15, .days))
    #expect(!(Duration(12, .months) < Duration(1, .years)) && !(Duration(1, .years) < Duration(12, .months)),
            "12 months and 1 year are the same length")
}

// MARK: - Suggestion

@Test func editDistance() {
    func distance(_ a: String, _ b: String, limit: Int = 10) -> Int {
        Suggestion.editDistance(Array(a), Array(b), limit: limit)
    }
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "") == 3)
    #expect(distance("same", "same") == 0)
    #expect(distance("teh", "the") == 1, "a transposition is one edit")
    #expect(distance("consnet", "consent") == 1)
    #expect(distance("flaw", "lawn") == 2)
    #expect(distance("données", "donnees") == 1)
    #expect(distance("abcdefgh", "zyxwvuts", limit: 2) == 3, "stops past the limit")
    #expect(distance("a", "abcdef", limit: 2) == 3, "length difference alone is past the limit")
}

@Test func closestCandidate() {
    let keys = ["name", "email", "phone", "address", "company"]
    #expect(Suggestion.closest(to: "nmae", in: keys) == "name")
    #expect(Suggestion.closest(to: "emial", in: keys) == "email")
    #expect(Suggestion.closest(to: "Adress", in: keys) == "address", "case does not count")
    #expect(Suggestion.closest(to: "colour", in: keys) == nil)
    #expect(Suggestion.closest(to: "x", in: keys) == nil)
    #expect(Suggestion.closest(to: "nam", in: ["name", "nom"]) == "name", "the first of equally close candidates")
    #expect(Suggestion.closest(to: "anything", in: [String]()) == nil)
}

@Test func helpSentence() {
    #expect(Suggestion.help(for: "contrat", in: LegalBasis.spellings, what: "legal basis") == "did you mean 'contract'?")
    #expect(Suggestion.help(for: "zzz", in: ["a", "b"], what: "key") == "the key must be one of: a, b")
    let many = (1...13).map { "value\($0)word" }
    #expect(Suggestion.help(for: "zzz", in: many, what: "key") == "see docs/format.md for the allowed values of this key")
}
