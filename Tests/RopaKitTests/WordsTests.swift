import Testing
@testable import RopaKit

@Suite struct DateWordsTests {
    @Test(arguments: [
        (ISODate(year: 2018, month: 5, day: 25), "25 mai 2018", "25 May 2018"),
        (ISODate(year: 2026, month: 12, day: 1), "1er décembre 2026", "1 December 2026"),
        (ISODate(year: 2024, month: 12, day: 31), "31 décembre 2024", "31 December 2024"),
        (ISODate(year: 2023, month: 8, day: 15), "15 août 2023", "15 August 2023"),
    ])
    func datesInWords(date: ISODate?, french: String, english: String) throws {
        let date = try #require(date)
        #expect(DateWords.format(date, in: .fr) == french)
        #expect(DateWords.format(date, in: .en) == english)
    }
}

@Suite struct RetentionWordsTests {
    let source = SourceMap(location: .start(of: "t.yaml"))

    @Test func fixedDurationFromAnEvent() {
        let retention = Retention(period: .fixed(Duration(3, .years), from: .lastContact), source: source)
        #expect(RetentionWords.summary(retention, in: .fr) == "3 ans à compter du dernier contact")
        #expect(RetentionWords.summary(retention, in: .en) == "3 years from the last contact")
    }

    @Test func untilAnEventThenIntermediateArchive() {
        let archive = Retention.Archive(duration: Duration(13, .months), from: .debit, source: source)
        let retention = Retention(period: .until(.transaction), then: .archive, archive: archive, source: source)
        #expect(RetentionWords.summary(retention, in: .fr)
            == "jusqu’à la transaction, puis archivage intermédiaire de 13 mois à compter de la date de débit")
        #expect(RetentionWords.summary(retention, in: .en)
            == "until the transaction, then intermediate archiving for 13 months from the debit date")
        #expect(RetentionWords.length(retention, in: .fr) == "jusqu’à l’événement")
        #expect(RetentionWords.event(retention, in: .fr) == "jusqu’à la transaction")
        #expect(RetentionWords.end(retention, in: .fr) == "archivage intermédiaire de 13 mois à compter de la date de débit")
    }

    @Test func frenchContractsTheArticle() {
        #expect(RetentionWords.from("le dernier contact", in: .fr) == "à compter du dernier contact")
        #expect(RetentionWords.from("les achats", in: .fr) == "à compter des achats")
        #expect(RetentionWords.from("la collecte", in: .fr) == "à compter de la collecte")
        #expect(RetentionWords.from("l'exercice du droit", in: .fr) == "à compter de l'exercice du droit")
        #expect(RetentionWords.from("expiration du contrat", in: .fr) == "à compter d’expiration du contrat")
        #expect(RetentionWords.until("le dernier contact", in: .fr) == "jusqu’au dernier contact")
        #expect(RetentionWords.until("les achats", in: .fr) == "jusqu’aux achats")
    }

    @Test func singularAndPlural() {
        #expect(RetentionWords.duration(Duration(1, .years), in: .fr) == "1 an")
        #expect(RetentionWords.duration(Duration(2, .weeks), in: .fr) == "2 semaines")
        #expect(RetentionWords.duration(Duration(1, .days), in: .en) == "1 day")
        #expect(RetentionWords.duration(Duration(6, .months), in: .en) == "6 months")
        #expect(RetentionWords.duration(Duration(1, .months), in: .fr) == "1 mois")
    }

    @Test func eventInWordsReplacesTheGenericEvent() {
        let retention = Retention(period: .fixed(Duration(5, .years), from: .event), eventDetails: "la fin de la garantie",
                                  then: .anonymise, source: source)
        #expect(RetentionWords.summary(retention, in: .fr) == "5 ans à compter de la fin de la garantie, puis anonymisation")
    }

    /// An event the register describes is a register value: quoted in English, never translated.
    @Test func anEventInTheRegistersWordsStaysAsWritten() {
        let retention = Retention(period: .fixed(Duration(1, .years), from: .event), eventDetails: "la clôture du signalement", source: source)
        #expect(RetentionWords.summary(retention, in: .fr) == "1 an à compter de la clôture du signalement")
        #expect(RetentionWords.summary(retention, in: .en) == "1 year from “la clôture du signalement”")
        let until = Retention(period: .until(.event), eventDetails: "le départ du salarié", source: source)
        #expect(RetentionWords.summary(until, in: .fr) == "jusqu’au départ du salarié")
        #expect(RetentionWords.summary(until, in: .en) == "until “le départ du salarié”")
    }

    @Test func indefiniteIsSaid() {
        let retention = Retention(period: .indefinite, source: source)
        #expect(RetentionWords.summary(retention, in: .fr) == "durée indéterminée")
    }
}

@Suite struct WordingTests {
    @Test func everyLabelExistsInBothLanguages() {
        for word in Word.allCases {
            #expect(!word.text.fr.isEmpty && !word.text.en.isEmpty, "\(word)")
        }
    }

    @Test func englishArticlesLeaveNoFrench() {
        let references = LegalBasis.allCases.map(\.article) + Article9Condition.allCases.map(\.article)
            + TransferSafeguard.allCases.map(\.article) + Article49Derogation.allCases.map(\.article)
            + [StandardClauses.decision(signed: StandardClauses.newClausesFrom, toProcessor: true),
               StandardClauses.decision(signed: ISODate(daysSinceEpoch: 0), toProcessor: true),
               StandardClauses.decision(signed: ISODate(daysSinceEpoch: 0), toProcessor: false)]
        for reference in references {
            let text = reference[.en]
            #expect(!text.contains("RGPD") && !text.contains("alinéa") && !text.contains("décision") && !text.contains(" et "), "\(text)")
        }
        #expect(LegalBasis.consent.article[.en] == "GDPR Art. 6(1)(a)")
        #expect(LegalBasis.consent.article[.fr] == "RGPD art. 6(1)(a)")
    }

    @Test func standardClausesNameTheirDecisionInTheDocumentsLanguage() throws {
        let signed = try #require(ISODate(year: 2022, month: 3, day: 1))
        let source = SourceMap(location: .start(of: "t.yaml"))
        let transfer = Transfer(recipient: "Acme", country: "US", safeguard: .standardContractualClauses, signed: signed, source: source)
        let register = Register(organisation: Organisation(controller: Contact(name: "Julien", source: source), source: source))
        #expect(transfer.safeguardReference(in: register, language: .fr) == "RGPD art. 46(2)(c) ; décision d’exécution (UE) 2021/914")
        #expect(transfer.safeguardReference(in: register, language: .en) == "GDPR Art. 46(2)(c); Implementing Decision (EU) 2021/914")
    }

    @Test func anExtractCountsItsTreatmentsWithTheLanguagesPluralRule() {
        let french = Wording(.fr), english = Wording(.en)
        let key = TextKey.extractNote
        #expect(french.plural(key, count: 1, ["total": "12"]) == "Extrait du registre : 1 traitement sur 12")
        #expect(french.plural(key, count: 0, ["total": "12"]) == "Extrait du registre : 0 traitement sur 12")
        #expect(french.plural(key, count: 2, ["total": "12"]) == "Extrait du registre : 2 traitements sur 12")
        #expect(english.plural(key, count: 1, ["total": "12"]) == "Extract of the record: 1 processing activity out of 12")
        #expect(english.plural(key, count: 0, ["total": "12"]) == "Extract of the record: 0 processing activities out of 12")
    }
}

/// A retention's own words are printed wherever the structure has them, and read back as they
/// were written — by the workbook of this version, and by one written before the words beside a
/// named start were printed in brackets.
@Suite struct RetentionWordsReadBackTests {
    let source = SourceMap(location: .start(of: "t.yaml"))

    @Test func wordsBesideANamedStartArePrintedAndReadBack() throws {
        let retention = Retention(period: .fixed(Duration(1, .years), from: .lastActivity), eventDetails: "le dernier échange avec la personne",
                                  source: source)
        let printed = RetentionWords.summary(retention, in: .fr)
        #expect(printed == "1 an à compter de la dernière activité (le dernier échange avec la personne)")
        #expect(RetentionWords.summary(retention, in: .en).hasSuffix("(le dernier échange avec la personne)"))
        let read = try #require(RetentionReading.read(printed, source: source))
        #expect(read.period == retention.period && read.eventDetails == retention.eventDetails)
    }

    /// The wording of workbooks exported before: the words in their column only.
    @Test func anOlderWorkbooksColumnGivesTheWords() throws {
        let read = try #require(RetentionReading.read("1 an à compter de la dernière activité", extras: .init(event: "le dernier échange"),
                                                      source: source))
        #expect(read.period == .fixed(Duration(1, .years), from: .lastActivity))
        #expect(read.eventDetails == "le dernier échange")
    }

    /// Words in brackets that the column contradicts: no reading drops either.
    @Test func wordsTheColumnContradictsAreNoReading() {
        #expect(RetentionReading.read("1 an à compter de la dernière activité (A)", extras: .init(event: "B"), source: source) == nil)
    }

    @Test func anIndefiniteDurationKeepsItsWords() throws {
        let retention = Retention(period: .indefinite, eventDetails: "tant que le compte est ouvert", source: source)
        let printed = RetentionWords.summary(retention, in: .fr)
        #expect(printed.hasSuffix("(tant que le compte est ouvert)"))
        let read = try #require(RetentionReading.read(printed, source: source))
        #expect(read.period == .indefinite && read.eventDetails == "tant que le compte est ouvert")
    }

    /// An archives reference is printed beside the data unless the summary names it (after a
    /// permanent archive or a selection), whatever words the summary happens to contain.
    @Test func anArchivesReferenceIsNeverTakenForWordsOfTheSummary() {
        let builder = ModelBuilder(register: Register(organisation: Organisation(controller: Contact(name: "X", source: source), source: source)),
                                   wording: Wording(.fr))
        let plain = Retention(period: .fixed(Duration(3, .years), from: .endOfRelationship), archivesReference: "relation", source: source)
        #expect(builder.retentionExtras(plain).contains { $0.1 == "relation" })
        let archived = Retention(period: .fixed(Duration(3, .years), from: .endOfRelationship), then: .permanentArchive,
                                 archivesReference: "AD 04, TG 2020", source: source)
        #expect(RetentionWords.summary(archived, in: .fr).contains("AD 04, TG 2020"))
        #expect(!builder.retentionExtras(archived).contains { $0.1 == "AD 04, TG 2020" })
    }
}
