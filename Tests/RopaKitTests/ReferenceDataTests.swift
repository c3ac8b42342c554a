import Testing
@testable import RopaKit

private func date(_ text: String) -> ISODate {
    ISODate(parsing: text) ?? ISODate(daysSinceEpoch: 0)
}

// MARK: - Countries

@Test func countriesHaveAll249AssignedCodes() {
    #expect(Countries.names.count == 250, "249 ISO codes and XK (Kosovo)")
    for (code, label) in Countries.names {
        #expect(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }, "\(code)")
        #expect(!label.fr.isEmpty && !label.en.isEmpty, "\(code)")
    }
}

@Test func countryNamesInBothLanguages() {
    #expect(Countries.name("FR", in: .fr) == "France")
    #expect(Countries.name("FR", in: .en) == "France")
    #expect(Countries.name("US", in: .fr) == "États-Unis")
    #expect(Countries.name("US", in: .en) == "United States")
    #expect(Countries.name("GB", in: .fr) == "Royaume-Uni")
    #expect(Countries.name("GB", in: .en) == "United Kingdom")
    #expect(Countries.name("BR", in: .fr) == "Brésil")
    #expect(Countries.name("BR", in: .en) == "Brazil")
    #expect(Countries.name("KR", in: .fr) == "Corée du Sud")
    #expect(Countries.name("KR", in: .en) == "South Korea")
    #expect(Countries.name("XX", in: .en) == nil)
}

@Test func countryCodeValidity() {
    #expect(Countries.isValid("FR"))
    #expect(Countries.isValid("GR"))
    #expect(!Countries.isValid("fr"))
    #expect(!Countries.isValid("EL"))   // the EU's code for Greece, not ISO
    #expect(!Countries.isValid("UK"))   // reserved, not assigned: the UK is GB
    #expect(!Countries.isValid("FRA"))
    #expect(!Countries.isValid(""))
}

/// Name lookups (`Countries.code(named:)`) need each name to point to one code.
@Test func noTwoCountriesShareAName() {
    var seen: [String: String] = [:]
    for (code, label) in Countries.names {
        for name in Set([label.fr, label.en]).map({ $0.lowercased() }) {
            #expect(seen[name] == nil, "\(name): \(code) and \(seen[name] ?? "")")
            seen[name] = code
        }
    }
}

@Test func eeaHas30MemberStates() {
    #expect(Countries.eea.count == 30)
    for code in ["NO", "IS", "LI", "FR", "DE", "GR", "HR"] {
        #expect(Countries.isInEEA(code), "\(code)")
    }
    for code in ["CH", "GB", "FO", "GL", "GG", "JE", "IM", "US"] {
        #expect(!Countries.isInEEA(code), "\(code)")
    }
    #expect(Countries.eea.allSatisfy(Countries.isValid))
}

// MARK: - Adequacy

@Test func brazilIsAdequateFrom26January2026() {
    #expect(AdequacyDecisions.decision(for: "BR", on: date("2026-01-25")) == nil)
    #expect(AdequacyDecisions.decision(for: "BR", on: date("2026-01-26"))?.scope == .full)
}

@Test func ukIsAdequateUntil27December2031() {
    #expect(AdequacyDecisions.decision(for: "GB", on: date("2031-12-27")) != nil)
    #expect(AdequacyDecisions.decision(for: "GB", on: date("2031-12-28")) == nil)
    // Before the renewal, the 2021 decision applies; after it, the renewal.
    #expect(AdequacyDecisions.decision(for: "GB", on: date("2024-01-01"))?.adopted == date("2021-06-28"))
    #expect(AdequacyDecisions.decision(for: "GB", on: date("2026-01-01"))?.adopted == date("2025-12-19"))
    #expect(AdequacyDecisions.decision(for: "GB", on: date("2021-06-27")) == nil)
}

@Test func scopes() {
    let today = AdequacyDecisions.asOf
    #expect(AdequacyDecisions.decision(for: "US", on: today)?.scope == .dataPrivacyFrameworkCertifiedOnly)
    #expect(AdequacyDecisions.decision(for: "CA", on: today)?.scope == .commercialOrganisationsUnderPIPEDA)
    #expect(AdequacyDecisions.decision(for: "JP", on: today)?.scope == .privateSectorAPPI)
    #expect(AdequacyDecisions.decision(for: "CN", on: today) == nil)
    #expect(AdequacyDecisions.decision(for: "FR", on: today) == nil)
}

@Test func everyListedCountryIsAdequateOnTheDateOfTheData() {
    let expected: Set<String> = ["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US", "BR"]
    #expect(Set(AdequacyDecisions.all.map(\.country)) == expected)
    for code in expected {
        #expect(AdequacyDecisions.decision(for: code, on: AdequacyDecisions.asOf) != nil, "\(code)")
    }
}

@Test func everyDecisionIsAValidNonEEACountryWithASource() {
    for decision in AdequacyDecisions.all {
        #expect(Countries.isValid(decision.country), "\(decision.country)")
        #expect(!Countries.isInEEA(decision.country), "\(decision.country)")
        #expect(decision.source.hasPrefix("cnil-register-facts.md §5.1"), "\(decision.country)")
        #expect(!decision.decision.isEmpty)
    }
}

@Test func dateLiteralsAreReal() {
    // The file's date helper falls back to 1970-01-01 on a malformed literal; none may have.
    let epoch = ISODate(daysSinceEpoch: 0)
    let dates = AdequacyDecisions.all.flatMap { [$0.adopted, $0.validUntil] }.compactMap { $0 } + [AdequacyDecisions.asOf]
    #expect(dates.count == 10)
    for day in dates {
        #expect(day != epoch)
        #expect(day <= AdequacyDecisions.asOf || day == date("2031-12-27"), "\(day)")
    }
    for decision in AdequacyDecisions.all {
        if let adopted = decision.adopted, let validUntil = decision.validUntil {
            #expect(adopted < validUntil, "\(decision.country)")
        }
    }
}
