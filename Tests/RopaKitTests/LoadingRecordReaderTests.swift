// RecordReader and the model reading built on it: keys checked against their specs, values read
// with did-you-mean, retention shapes, and every problem of a file collected in one pass.
import Foundation
import Testing
@testable import RopaKit

private typealias S = RegisterSchema

// MARK: - Keys

@Test func unknownKeyNearAKnownOneSuggestsIt() throws {
    let (_, diagnostics) = try readRecord("name: X\nemial: x@example.fr\n", as: S.contact) { _, record in record }
    #expect(diagnostics.map(\.summary) == ["2:1 unknown-key"])
    #expect(diagnostics.first?.message == "unknown key 'emial' in a contact")
    #expect(diagnostics.first?.help == "did you mean 'email'?")
}

@Test func unknownKeyFarFromAllListsTheKeys() throws {
    let (_, diagnostics) = try readRecord("city: Digne\nplanet: Mars\n", as: S.address) { _, record in record }
    #expect(diagnostics.map(\.summary) == ["2:1 unknown-key"])
    #expect(diagnostics.first?.help == "the keys of an address are: street, postal_code, city, country")
    let (_, many) = try readRecord("planet: Mars\n", as: RegisterSchema.treatmentFile) { _, record in record }
    let help = try #require(many.first { $0.id == "unknown-key" }?.help)
    #expect(help.hasPrefix("the keys of a treatment file are: id, name, reference, created, updated, role"))
}

@Test func missingRequiredKeysAreEachReported() throws {
    let (value, diagnostics) = try readRecord("company: ACME\n", as: S.contact) { reader, record in reader.contact(record) }
    #expect(value == nil)
    #expect(diagnostics.map(\.summary) == ["1:1 missing-key"])
    #expect(diagnostics.first?.message == "A contact needs 'name' (Nom)")

    let (partial, treatment) = try read("id: x\n") { reader, root in reader.treatmentFile(root, fileID: "x") }
    let missing = treatment.filter { $0.id == DiagnosticID.missingKey }.map(\.message)
    let required = ["name", "reference", "created", "updated", "purposes", "data_subjects", "data", "sources", "recipients", "transfers", "security"]
    for key in required {
        #expect(missing.contains { $0.contains("'\(key)'") }, "\(key) is required")
    }
    #expect(missing.count == 11)
    // The treatment is kept, each missing key an invalid entry with no lines to quote.
    let kept = try #require(partial)
    #expect(kept.id == "x")
    #expect(kept.invalidEntries.map(\.key) == required)
    #expect(kept.invalidEntries.allSatisfy { $0.text.isEmpty && $0.problems.count == 1 })
}

@Test func requiredKeyWrittenEmptyIsMissing() throws {
    let (_, diagnostics) = try readRecord("name:\nemail: x@example.fr\n", as: S.contact) { reader, record in reader.contact(record) }
    #expect(diagnostics.map(\.summary) == ["1:6 missing-key"], "reported on the empty value")
}

@Test func recordWhereATextIsWritten() throws {
    let (value, diagnostics) = try read("organisation: Julien\n") { reader, root in reader.organisationFile(root) }
    #expect(diagnostics.map(\.summary) == ["1:15 wrong-type"])
    // Kept, without a name, with the line that failed: a draft says what is wrong.
    #expect(value?.controller.name == "")
    #expect(value?.invalidEntries.map(\.key) == ["organisation"])
    #expect(value?.invalidEntries.first?.text == "organisation: Julien")
    #expect(diagnostics.first?.message == "expected an organisation here (a group of 'key: value' lines), found a text")
}

// MARK: - Values

@Test func textWhereAListIsWritten() throws {
    let (value, diagnostics) = try readRecord("name: [a, b]\nemail: x\n", as: S.contact) { reader, record in reader.contact(record) }
    #expect(value == nil)
    #expect(diagnostics.map(\.summary) == ["1:7 wrong-type"])
    #expect(diagnostics.first?.message == "'name' must be a text, found a list")
}

@Test func textsAreTrimmed() throws {
    let (value, diagnostics) = try readRecord("name: \"  Julien  \"\nemail: x\n", as: S.contact) { reader, record in reader.contact(record) }
    #expect(diagnostics.isEmpty)
    #expect(value?.name == "Julien")
}

@Test("Vocabulary values: exact, near miss, far miss", arguments: [
    ("consent", nil, nil),
    ("consnet", "did you mean 'consent'?", 1),
    ("Consent", "did you mean 'consent'?", 1),
    ("legitimate_interest", "did you mean 'legitimate_interests'?", 1),
    ("because", "the legal basis must be one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests", 1),
] as [(String, String?, Int?)])
func vocabularyValues(_ written: String, _ help: String?, _ errors: Int?) throws {
    let (value, diagnostics) = try readRecord("name: Vente\nlegal_basis: \(written)\n", as: S.purpose) { reader, record in
        reader.vocabulary(record, "legal_basis", LegalBasis.self)
    }
    #expect(diagnostics.count == (errors ?? 0))
    if let help {
        #expect(value == nil)
        #expect(diagnostics.first?.summary == "2:14 invalid-value")
        #expect(diagnostics.first?.help == help)
    } else {
        #expect(value == .consent)
    }
}

@Test("Country codes and their help", arguments: [
    ("FR", nil),
    ("fr", "write country codes in capitals: 'FR'"),
    ("France", "use the ISO 3166-1 two-letter code: 'FR'"),
    ("États-Unis", "use the ISO 3166-1 two-letter code: 'US'"),
    ("Germany", "use the ISO 3166-1 two-letter code: 'DE'"),
    ("UK", "use an ISO 3166-1 alpha-2 code such as FR, DE, US or GB"),
    ("FRA", "use an ISO 3166-1 alpha-2 code such as FR, DE, US or GB"),
] as [(String, String?)])
func countries(_ written: String, _ help: String?) throws {
    let (value, diagnostics) = try readRecord("country: \(written)\n", as: S.address) { reader, record in reader.country(record, "country") }
    if let help {
        #expect(value == nil)
        #expect(diagnostics.map(\.summary) == ["1:10 invalid-country"])
        #expect(diagnostics.first?.help == help)
    } else {
        #expect(value == written)
        #expect(diagnostics.isEmpty)
    }
}

@Test("Dates", arguments: [
    ("2018-05-25", true), ("2024-02-29", true), ("2023-02-29", false), ("2026-02-30", false),
    ("2018-13-01", false), ("2018-5-25", false), ("25/05/2018", false), ("2018-05-25T10:00:00Z", false), ("hier", false),
])
func dates(_ written: String, _ valid: Bool) throws {
    let (value, diagnostics) = try readRecord("signed: \(written)\n", as: S.contract) { reader, record in reader.date(record, "signed") }
    #expect((value != nil) == valid)
    #expect(diagnostics.map(\.summary) == (valid ? [] : ["1:9 invalid-date"]))
}

@Test("Booleans", arguments: [
    ("true", true as Bool?), ("False", false), ("\"true\"", nil), ("yes", nil), ("1", nil),
])
func booleans(_ written: String, _ expected: Bool?) throws {
    let (value, diagnostics) = try readRecord("profiling: \(written)\nautomated_decision: false\n", as: S.automatedDecisions) { reader, record in
        reader.bool(record, "profiling")
    }
    #expect(value == expected)
    #expect(diagnostics.map(\.id) == (expected == nil ? [DiagnosticID.wrongType] : []))
}

@Test func identifiersSuggestAValidSpelling() throws {
    let (value, diagnostics) = try readRecord("id: Gestion des Clients\nname: X\n", as: S.service) { reader, record in
        reader.identifier(record, "id")
    }
    #expect(value == nil)
    #expect(diagnostics.map(\.summary) == ["1:5 invalid-identifier"])
    #expect(diagnostics.first?.help?.hasSuffix("e.g. 'gestion-des-clients'") == true)
}

@Test func noneOrAList() throws {
    let spec = S.treatmentFile
    let (none, noneDiagnostics) = try readRecord("transfers: none\n", as: spec) { reader, record in reader.noneOrList(record, "transfers") }
    #expect(none == [] && noneDiagnostics.filter { $0.id != DiagnosticID.missingKey }.isEmpty)
    let (other, otherDiagnostics) = try readRecord("transfers: aucun\n", as: spec) { reader, record in reader.noneOrList(record, "transfers") }
    #expect(other == nil)
    #expect(otherDiagnostics.filter { $0.id == DiagnosticID.invalidValue }.map(\.summary) == ["1:12 invalid-value"])
}

// MARK: - Retention

private func retention(_ yaml: String) throws -> (value: Retention?, diagnostics: [Diagnostic]) {
    try readRecord(yaml, as: S.retention) { reader, record in reader.retention(record) }
}

@Test func retentionDurationFrom() throws {
    let (value, diagnostics) = try retention("duration: 3 years\nfrom: last_contact\n")
    #expect(diagnostics.isEmpty)
    #expect(value?.period == .fixed(Duration(3, .years), from: .lastContact))
    #expect(value?.then == .delete)
    #expect(value?.archive == nil)
}

@Test func retentionUntil() throws {
    let (value, diagnostics) = try retention("until: end_of_relationship\nthen: anonymise\n")
    #expect(diagnostics.isEmpty)
    #expect(value?.period == .until(.endOfRelationship))
    #expect(value?.then == .anonymise)
}

@Test("Indefinite retention, in each accepted spelling", arguments: Retention.indefiniteSpellings)
func retentionIndefinite(_ spelling: String) throws {
    let (value, diagnostics) = try retention("duration: \(spelling)\n")
    #expect(diagnostics.isEmpty)
    #expect(value?.period == .indefinite)
}

@Test func retentionWithArchive() throws {
    let (value, diagnostics) = try retention("""
        duration: 13 months
        from: debit
        then: archive
        archive:
          duration: 5 ans
          from: end_of_relationship
          purpose: preuve
        """)
    #expect(diagnostics.isEmpty)
    #expect(value?.then == .archive)
    #expect(value?.archive?.duration == Duration(5, .years))
    #expect(value?.archive?.from == .endOfRelationship)
    #expect(value?.archive?.purpose == "preuve")

    let (implied, impliedDiagnostics) = try retention("duration: 1 year\nfrom: collection\narchive:\n  duration: 1 year\n  from: collection\n")
    #expect(impliedDiagnostics.isEmpty)
    #expect(implied?.then == .archive, "an archive phase implies 'then: archive'")
}

@Test("Retention shapes that do not hold together", arguments: [
    ("duration: 3 years\nuntil: objection\n", ["2:8 conflicting-keys"]),
    ("until: objection\nfrom: collection\n", ["2:7 conflicting-keys"]),
    ("duration: 3 years\n", ["1:11 missing-key"]),
    ("then: delete\n", ["1:1 missing-key"]),
    ("duration: 3 years\nfrom: collection\nthen: archive\n", ["3:7 missing-key"]),
    ("duration: 3 years\nfrom: collection\nthen: delete\narchive:\n  duration: 1 year\n  from: collection\n", ["5:3 conflicting-keys"]),
    ("duration: 1 year\nfrom: event\n", ["1:1 missing-key"]),
    ("duration: 3 yaers\nfrom: collection\n", ["1:11 invalid-duration"]),
    ("duration: 3 years\nfrom: last_contct\n", ["2:7 invalid-value"]),
] as [(String, [String])])
func retentionConflicts(_ yaml: String, _ expected: [String]) throws {
    let (_, diagnostics) = try retention(yaml)
    #expect(diagnostics.map(\.summary).sorted() == expected, "\(diagnostics.map(\.message))")
}

@Test func retentionNearMissSuggestion() throws {
    let (_, diagnostics) = try retention("duration: 3 years\nfrom: last_contct\n")
    #expect(diagnostics.first?.help == "did you mean 'last_contact'?")
}

// MARK: - Recipients, transfers

@Test("A recipient is exactly one kind", arguments: [
    ("service: direction\n", nil),
    ("partner: La Poste\ndetails: colis\n", nil),
    ("details: colis\n", "1:1 missing-key"),
    ("service: direction\nprocessor: hebergeur\n", "1:1 conflicting-keys"),
    ("processor: Hébergeur SAS\n", "1:12 invalid-identifier"),
    ("other:\n", "1:7 missing-key"),
] as [(String, String?)])
func recipients(_ yaml: String, _ expected: String?) throws {
    let (value, diagnostics) = try readRecord(yaml, as: S.recipient) { reader, record in reader.recipient(record) }
    #expect(diagnostics.map(\.summary) == (expected.map { [$0] } ?? []))
    #expect((value != nil) == (expected == nil))
}

/// The Privacy Shield is what a register of 2019 says: it loads (the rule `transfer-ground` refuses
/// it from 16 July 2020); a near spelling gets a did-you-mean.
@Test func privacyShieldLoadsAndItsSpellingsAreSuggested() throws {
    let (value, diagnostics) = try readRecord("recipient: X\ncountry: US\nsafeguard: privacy_shield\n", as: S.transfer) { reader, record in
        reader.transfer(record)
    }
    #expect(value?.safeguard == .privacyShield && diagnostics.isEmpty)
    for spelling in ["privacy shield", "privacy-shield"] {
        let (value, diagnostics) = try readRecord("recipient: X\ncountry: US\nsafeguard: \(spelling)\n", as: S.transfer) { reader, record in
            reader.transfer(record)
        }
        #expect(value == nil)
        #expect(diagnostics.first?.help == "did you mean 'privacy_shield'?")
    }
}

@Test func derogationNeedsItsCase() throws {
    let (_, diagnostics) = try readRecord("recipient: X\ncountry: US\nsafeguard: derogation\n", as: S.transfer) { reader, record in
        reader.transfer(record)
    }
    #expect(diagnostics.map(\.summary) == ["3:12 missing-key"])
}

// MARK: - Whole files

@Test func treatmentFileReadsFully() throws {
    let yaml = try String(contentsOfFile: fixturePath("minimal/treatments/one.yaml"), encoding: .utf8)
    let (value, diagnostics) = try read(yaml) { reader, root in reader.treatmentFile(root, fileID: "one") }
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let treatment = try #require(value)
    #expect(treatment.id == "one")
    #expect(treatment.created == ISODate(year: 2018, month: 5, day: 25))
    #expect(treatment.purposes.map(\.legalBasis) == [.contract])
    #expect(treatment.recipients.map(\.kind) == [.service, .processor])
    #expect(treatment.transfers.isEmpty)
    #expect(treatment.data.first?.retention?.period == .fixed(Duration(3, .years), from: .endOfRelationship))
    #expect(treatment.source["reference"] == RopaKit.SourceLocation(file: testFile, line: 3, column: 12))
}

@Test func everyProblemOfAFileInOnePass() throws {
    let yaml = try String(contentsOfFile: fixturePath("bad/five-problems.yaml"), encoding: .utf8)
    let (value, diagnostics) = try read(yaml) { reader, root in reader.treatmentFile(root, fileID: "five-problems") }
    #expect(diagnostics.map(\.summary) == ["5:10 invalid-date", "9:18 invalid-value", "16:17 invalid-duration", "25:14 invalid-country"])
    // Nothing is dropped: each entry with a problem is kept with its lines, the rest loads.
    let treatment = try #require(value)
    #expect(!treatment.isComplete)
    #expect(treatment.invalidEntries.map(\.key) == ["created", "purposes", "data", "transfers"])
    #expect(treatment.invalidEntries.map(\.location.line) == [5, 8, 13, 24])
    #expect(treatment.invalidEntries[0].text == "created: 2018-13-01")
    #expect(treatment.invalidEntries[3].text == "  - recipient: Example Inc.\n    country: usa\n    safeguard: standard_contractual_clauses")
    #expect(treatment.invalidEntries.map { $0.problems.map(\.id) } == [["invalid-date"], ["invalid-value"], ["invalid-duration"], ["invalid-country"]])
    #expect(treatment.created == nil && treatment.updated == ISODate(year: 2026, month: 1, day: 10))
    #expect(treatment.purposes.isEmpty && treatment.data.isEmpty && treatment.transfers.isEmpty)
    #expect(treatment.recipients.count == 2 && treatment.security.count == 1)
}

@Test func namesAreGatheredFromIncompleteEntries() throws {
    let yaml = try String(contentsOfFile: fixturePath("bad/five-problems.yaml"), encoding: .utf8)
    var reader = RecordReader()
    #expect(reader.treatmentFile(try tree(yaml), fileID: "five-problems")?.isComplete == false, "the treatment is incomplete...")
    #expect(reader.names.treatmentIDs.map(\.value) == ["five-problems"], "...but its id,")
    #expect(reader.names.treatmentReferences.map(\.value) == ["T-912"], "its reference")
    #expect(reader.names.references.map(\.name.value) == ["direction", "hebergeurr"], "and its references are known")
    #expect(reader.names.references.map(\.name.location.line) == [21, 22])

    var processors = RecordReader()
    let file = "processors:\n  - id: hebergeur\n    name: H\n    service: S\n    country: France\n  - id: Bad Id\n"
    let read = try #require(processors.processorsFile(try tree(file)))
    #expect(read.processors == [])
    #expect(read.invalid.map(\.location.line) == [2, 6], "both processors kept as invalid entries")
    #expect(processors.names.declaresProcessors)
    #expect(processors.names.processorIDs.map(\.value) == ["hebergeur"], "declared though its country is wrong")
}
