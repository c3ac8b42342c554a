/// Every fixed word a register document prints, by name; the words themselves are in the
/// translation tables (`translations/<language>.json`, key `word.<case>`). Templates reach them as
/// `{{labels.<case>}}`; Swift code as `wording[.case]`. A label that a template names but that is
/// not a case here would print as nothing, so a test checks every template against this list.
///
/// The French table keeps the CNIL model register's labels verbatim (sheet 2 "Liste des
/// traitements" and sheet 3 "Modèle de fiche de registre" of the July 2019 workbook).
public enum Word: String, CaseIterable, Sendable {
    // Cover page and contact blocks (sheet 2 header).
    case documentTitle, legalReference, editionDate, version, versionNote, versionProof, treatmentCount, draftNotice, draftExplanation
    case contents, contactsTitle, controllerHeading, controllerHeadingNote, representativeHeading, noRepresentative
    case dpoHeading, referentHeading, noDataProtectionContact
    case organisationName, head, name, company, dpoCompany, address, postalCode, city, country, phone, email
    case registration, website, role, generatedBy
    // List of processing activities (sheet 2).
    case listTitle, listIdentification, listName, listReference, listCreated, listUpdated, listPurpose
    case listSensitive, listSensitiveChoice, yes, no, noTreatment
    // One fiche (sheet 3), in the CNIL's order.
    case fichesTitle, fichesNote, ficheKicker
    case sectionDescription, descCreated, descUpdated, descRole, descSoftware, description, descDepartment, descCategory, descRights
    case sectionActors, actor, actorController, actorDPO, actorReferent, actorDPOCompany, actorRepresentative, actorJoint
    case jointArrangement
    case sectionPurposes, mainPurpose, subPurpose, purpose, legalBasis, details
    case legitimateInterest, balancingTest, consentCollection, consentWithdrawal, legalText
    case purposeKind, consentOnlineService, parentalConsent, jointArrangementEssence, transferPublicRecipient, transferImpactAssessment
    case prospectionChannels, prospectionAudience, softOptIn, bloctel
    case sectionData, category, retention, nirNotCollected, nirAuthorisedBy, archivesReference, archivingSafeguards
    case sectionSensitive, sensitiveCondition, legalAuthority, noSensitiveData
    case sectionSubjects, sectionRecipients, recipientType, recipient, noRecipient, recipientsAnnex
    case sectionSecurity, securityType, noSecurity
    case sectionTransfers, transferSafeguard, transferDocumentation, noTransfer
    // What the CNIL fiche lacks but Art. 30 or a careful auditor wants.
    case complementsTitle, complementsNote
    case sectionSources, source, sectionProcessors, processor, processorService, contract, noContract, signedOn, noProcessor
    case sectionDPIA, dpiaStatus, dpiaCriteria, dpiaCNILList, dpiaReference, dpiaDate, dpiaJustification, noCriterion, notStated
    case sectionAutomated, profiling, automatedDecision, legalEffect, safeguards
    case sectionWaivers, waiverRule, waiverReason, sectionNotes
    // Processor-side register (Art. 30(2)).
    case processorPartTitle, processorPartNote, processorListTitle, processorFicheKicker, processorStatedTitle, processorStatedNote
    case actorProcessor, actorClient, sectionProcessingCategories, processingCategory, sectionSubProcessors, subProcessors
    case noClient, noSubProcessor
    // Annexes.
    case annexesTitle, annexRetention, annexRetentionNote, treatment, duration, event, endAction
    case annexProcessors, annexProcessorsNote, processorCountry, contractReference, contractDate, dpfCertified, usedBy
    case annexTransfers, annexTransfersNote, noTransferInRegister, annexServices, annexServicesNote, service, serviceDescription, noService
    // Information notice (GDPR Arts. 13–14), public register, access-request extract.
    case noticeTitle, noticeLegalReference, noticeAudience, noticeWhoTitle, noticeTreatmentsTitle, noticeTreatmentsNote
    case noticePurposes, noticeData, noticeSources, noticeRecipients, noticeTransfers, noticeTransfersCopy
    case noticeAutomated, noticeNoAutomated, noticeRightsTitle, noticeRightsIntro, noticeExerciseTitle, noticeComplaintTitle
    case noticeComplaintText, noticeOtherTitle, noticeMandatoryTitle
    case noticeTreatmentRights, rightHowTo, rightConcerns, rightNoTreatment, rightsUndetermined, rightUndetermined
    case noticeSummaryTitle, noticeSummaryNote, summaryPurposes, summaryBases, summaryDurations
    case summaryRecipients, summaryContact, summaryOtherPeople
    case publicVersion, publicExplanation, publicWithheld
    case subjectTitle, subjectIntro, scheduleTitle, scheduleNote, sensitiveMark
    // What could not be loaded (drafts only: a document with errors is refused unless --draft).
    case nothing, internalContact
    case invalidEntry, invalidEntries, invalidFile, invalidSourceLabel, undetermined, unnamedTreatment, otherInvalid
    case dash, page, colon
    // Headers of the CSV exports.
    case csvID, csvCategoryCode, csvOnBehalfOf, csvDataProtection, csvPurposes, csvDPIA, csvDocumentStatus
    // The CNIL workbook (`--format ods`): what ropa adds to the CNIL's model, marked as such.
    case workbookExtras, workbookRelatesTo, workbookValue
    case workbookOrganisationSheet, workbookOrganisationTitle, workbookProcessorsSheet, workbookProcessorsTitle

    /// The word's entry in the translation tables, `word.<case>`.
    public var text: Phrase { Phrase("word." + rawValue) }
}

/// The words of one language, as templates see them (`{{labels.listTitle}}`) and as the view
/// models ask for them: labels, sentences with placeholders, plural forms.
public struct Wording: Sendable, TemplateObject {
    public let language: Language
    private let table: Translation

    public init(_ language: Language) {
        self.language = language
        table = Translation.of(language)
    }

    public subscript(word: Word) -> String { table.words[word] ?? Translation.missing(word.text.key) }

    public subscript(key: TextKey) -> String { table.text(key.rawValue) }

    public subscript(phrase: Phrase) -> String { table.text(phrase.key) }

    /// The text of `key` with its placeholders filled: `format(.retentionFrom, ["event": …])`.
    public func format(_ key: TextKey, _ values: [String: String]) -> String { table.format(key.rawValue, values) }

    /// The form of a plural key that `count` takes, with `{count}` and `values` filled.
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        table.plural(key, count: count, values)
    }

    public func plural(_ key: TextKey, count: Int, _ values: [String: String] = [:]) -> String {
        table.plural(key.rawValue, count: count, values)
    }

    public func templateValue(forKey key: String) -> TemplateValue? {
        Word(rawValue: key).map { .text(self[$0]) }
    }

    /// "Label : value" with the language's colon (a non-breaking space before it in French).
    public func labeled(_ label: String, _ value: String) -> String {
        label + self[.colon] + " " + value
    }
}
