import Foundation

/// What ropa adds to the CNIL's workbook layout (`CNILWorkbookLayout`) when it writes a register
/// in it (`render --format ods`, `WorkbookExport`) and reads it back (`import`): columns beside
/// the CNIL's (the purposes' legal basis, the retention's details…), an extra section after the
/// transfers, and two extra sheets (the organisation's other facts, the processors).
///
/// One table for both directions, so that what the export writes the import reads. The labels
/// are the register format's own (`RegisterSchema`'s French labels, as docs/format.md prints
/// them) or the documents' French words: the workbook is the CNIL's, always in French.
enum RopaWorkbookLayout {
    static let words = Wording(.fr)

    private static func key(_ spec: RecordSpec, _ name: String) -> String { spec.key(name)?.label.fr ?? name }
    /// "Analyse d'impact (AIPD) — Date": a key of a group, where its own label would be vague.
    static func grouped(_ group: String, _ item: String) -> String { "\(group) — \(item)" }

    // MARK: Sheets

    static var organisationSheet: String { words[.workbookOrganisationSheet] }
    static var organisationTitle: String { words[.workbookOrganisationTitle] }
    static var processorsSheet: String { words[.workbookProcessorsSheet] }
    static var processorsTitle: String { words[.workbookProcessorsTitle] }

    // MARK: Fiches

    /// The section after the transfers, for what the CNIL's fiche has no place for.
    static var extrasSection: String { words[.workbookExtras] }
    /// Its columns after the label: which purpose, joint controller or rule a row is about; the value; details.
    static var extrasColumns: [String] { [words[.workbookRelatesTo], words[.workbookValue], words[.details]] }

    /// Titles ropa writes above a fiche's description: not the register's values.
    static func isTitleText(_ text: String) -> Bool {
        [words[.ficheKicker], words[.processorFicheKicker], words[.draftNotice], words[.publicVersion]]
            .contains { CNILWorkbookLayout.matches(text, $0) }
    }

    /// Columns added beside the CNIL's in a section of the fiche.
    enum Column: CaseIterable {
        case purposeName, legalBasis
        case retentionNote, retentionEvent, archivesReference, archivingSafeguards, authorisedBy, identifierCountry
        case condition, legalAuthority
        case age
        case recipientName, annex
        case transferProcessor, derogation, signed, impactAssessment, publicRecipient

        var label: String {
            let retention = key(RegisterSchema.personalData, "retention")
            return switch self {
            case .purposeName: key(RegisterSchema.purpose, "name")
            case .legalBasis: key(RegisterSchema.purpose, "legal_basis")
            case .retentionNote: grouped(retention, key(RegisterSchema.retention, "note"))
            case .retentionEvent: grouped(retention, key(RegisterSchema.retention, "event"))
            case .archivesReference: grouped(retention, key(RegisterSchema.retention, "archives_reference"))
            case .archivingSafeguards: grouped(retention, key(RegisterSchema.retention, "archiving_safeguards"))
            case .authorisedBy: key(RegisterSchema.personalData, "authorised_by")
            case .identifierCountry: key(RegisterSchema.personalData, "country")
            case .condition: key(RegisterSchema.sensitiveData, "condition")
            case .legalAuthority: key(RegisterSchema.sensitiveData, "legal_authority")
            case .age: key(RegisterSchema.dataSubject, "age")
            case .recipientName: key(RegisterSchema.contact, "name")
            case .annex: key(RegisterSchema.recipient, "annex")
            case .transferProcessor: key(RegisterSchema.transfer, "processor")
            case .derogation: key(RegisterSchema.transfer, "derogation")
            case .signed: key(RegisterSchema.transfer, "signed")
            case .impactAssessment: key(RegisterSchema.transfer, "impact_assessment")
            case .publicRecipient: key(RegisterSchema.transfer, "public_body")
            }
        }

        static func named(_ text: String) -> Column? { byLabel[CNILModel.matchingKey(text)] }
        /// Every cell of a fiche is looked up: the labels' keys are computed once.
        private static let byLabel = CNILWorkbookLayout.index(allCases, by: \.label)
    }

    /// The rows of the extra section: one fact each.
    enum Fact: CaseIterable {
        case id, role, description, software, department, category, rightsExercise
        case purposeKind, legitimateInterest, balancingTest, consentCollection, consentWithdrawal, onlineService, parentalConsent, legalText
        case prospectionChannels, prospectionAudience, softOptIn, bloctel
        case arrangement, arrangementEssence
        /// The company of a joint controller or a client, which the CNIL's actor rows have no column for.
        case actorCompany
        case source, processor
        case dpiaStatus, dpiaCriteria, dpiaCNILList, dpiaReference, dpiaDate, dpiaJustification
        case profiling, automatedDecision, legalEffect, automatedDetails, automatedSafeguards
        case waiver, notes

        var label: String {
            let file = RegisterSchema.treatmentFile
            let prospection = key(RegisterSchema.purpose, "prospection")
            let dpia = key(file, "dpia")
            let automated = key(file, "automated_decisions")
            return switch self {
            case .id: key(file, "id")
            case .role: key(file, "role")
            // The key's own label, "Description du traitement", is the CNIL's first section.
            case .description: words[.description]
            case .software: key(file, "software")
            case .department: key(file, "department")
            case .category: key(file, "category")
            case .rightsExercise: key(file, "rights_exercise")
            case .purposeKind: key(RegisterSchema.purpose, "kind")
            case .legitimateInterest: key(RegisterSchema.purpose, "legitimate_interest")
            case .balancingTest: key(RegisterSchema.purpose, "balancing_test")
            case .consentCollection: key(RegisterSchema.consent, "collection")
            case .consentWithdrawal: key(RegisterSchema.consent, "withdrawal")
            case .onlineService: key(RegisterSchema.consent, "online_service")
            case .parentalConsent: key(RegisterSchema.consent, "parental_consent")
            case .legalText: key(RegisterSchema.purpose, "legal_text")
            case .prospectionChannels: grouped(prospection, key(RegisterSchema.prospection, "channels"))
            case .prospectionAudience: grouped(prospection, key(RegisterSchema.prospection, "audience"))
            case .softOptIn: grouped(prospection, key(RegisterSchema.prospection, "soft_opt_in"))
            case .bloctel: grouped(prospection, key(RegisterSchema.prospection, "bloctel"))
            case .arrangement: key(RegisterSchema.jointController, "arrangement")
            case .arrangementEssence: key(RegisterSchema.jointController, "arrangement_essence")
            case .actorCompany: key(RegisterSchema.contact, "company")
            case .source: key(file, "sources")
            case .processor: words[.sectionProcessors]
            case .dpiaStatus: dpia
            case .dpiaCriteria: grouped(dpia, key(RegisterSchema.dpia, "criteria"))
            case .dpiaCNILList: grouped(dpia, key(RegisterSchema.dpia, "cnil_list"))
            case .dpiaReference: grouped(dpia, key(RegisterSchema.dpia, "reference"))
            case .dpiaDate: grouped(dpia, key(RegisterSchema.dpia, "date"))
            case .dpiaJustification: grouped(dpia, key(RegisterSchema.dpia, "justification"))
            case .profiling: grouped(automated, key(RegisterSchema.automatedDecisions, "profiling"))
            case .automatedDecision: grouped(automated, key(RegisterSchema.automatedDecisions, "automated_decision"))
            case .legalEffect: grouped(automated, key(RegisterSchema.automatedDecisions, "legal_effect"))
            case .automatedDetails: grouped(automated, key(RegisterSchema.automatedDecisions, "details"))
            case .automatedSafeguards: grouped(automated, key(RegisterSchema.automatedDecisions, "safeguards"))
            case .waiver: key(file, "waivers")
            case .notes: key(file, "notes")
            }
        }

        static func named(_ text: String) -> Fact? { byLabel[CNILModel.matchingKey(text)] }
        /// Every cell of a fiche is looked up: the labels' keys are computed once.
        private static let byLabel = CNILWorkbookLayout.index(allCases, by: \.label)
    }

    // MARK: The organisation's sheet

    /// Its rows: a label in column A, the value in B (a service: id, name, description in B–D).
    enum OrganisationFact: CaseIterable {
        case editionDate, version, name, company, head, registration, website, publicBody, jurisdiction, contactRole, representativeCompany
        case servicesHeader, service

        var label: String {
            let organisation = RegisterSchema.organisation
            let file = RegisterSchema.organisationFile
            return switch self {
            case .editionDate: words[.editionDate]
            case .version: words[.version]
            case .name: words[.organisationName]
            case .company: key(organisation, "company")
            case .head: key(organisation, "head")
            case .registration: key(organisation, "registration")
            case .website: key(organisation, "website")
            case .publicBody: key(organisation, "public_body")
            case .jurisdiction: key(file, "jurisdiction")
            case .contactRole: grouped(key(file, "data_protection_contact"), key(RegisterSchema.dataProtectionContact, "role"))
            // Sheet 2's representative block has no company field (the DPO's has).
            case .representativeCompany: grouped(key(file, "representative"), key(RegisterSchema.contact, "company"))
            case .servicesHeader: key(file, "services")
            case .service: key(RegisterSchema.recipient, "service")
            }
        }

        static func named(_ text: String) -> OrganisationFact? { byLabel[CNILModel.matchingKey(text)] }
        /// Every cell of a fiche is looked up: the labels' keys are computed once.
        private static let byLabel = CNILWorkbookLayout.index(allCases, by: \.label)
    }

    /// The columns of a service's row after its label.
    static var serviceColumns: [String] {
        [key(RegisterSchema.service, "id"), key(RegisterSchema.service, "name"), key(RegisterSchema.service, "description")]
    }

    /// "Notice d'information — Où exercer vos droits": one row per text of the notice.
    static func noticeLabel(_ topic: NoticeTopic) -> String {
        grouped(key(RegisterSchema.organisationFile, "notice"), words[topic.label])
    }

    // MARK: The processors' sheet

    /// Its table's columns, one processor per row.
    enum ProcessorColumn: CaseIterable {
        case id, name, service, country, contractReference, contractSigned, contractLink, dpfCertified, subProcessors
        case contactName, contactCompany, contactStreet, contactPostalCode, contactCity, contactCountry, contactPhone, contactEmail

        var label: String {
            let processor = RegisterSchema.processor
            let contract = RegisterSchema.contract
            let contact = key(processor, "contact")
            return switch self {
            case .id: key(processor, "id")
            case .name: key(processor, "name")
            case .service: key(processor, "service")
            case .country: key(processor, "country")
            case .contractReference: key(contract, "reference")
            case .contractSigned: key(contract, "signed")
            case .contractLink: grouped(key(processor, "contract"), key(contract, "link"))
            case .dpfCertified: key(processor, "dpf_certified")
            case .subProcessors: key(processor, "sub_processors")
            case .contactName: grouped(contact, key(RegisterSchema.contact, "name"))
            case .contactCompany: grouped(contact, key(RegisterSchema.contact, "company"))
            case .contactStreet: grouped(contact, key(RegisterSchema.address, "street"))
            case .contactPostalCode: grouped(contact, key(RegisterSchema.address, "postal_code"))
            case .contactCity: grouped(contact, key(RegisterSchema.address, "city"))
            case .contactCountry: grouped(contact, key(RegisterSchema.address, "country"))
            case .contactPhone: grouped(contact, key(RegisterSchema.contact, "phone"))
            case .contactEmail: grouped(contact, key(RegisterSchema.contact, "email"))
            }
        }

        static func named(_ text: String) -> ProcessorColumn? { byLabel[CNILModel.matchingKey(text)] }
        /// Every cell of a fiche is looked up: the labels' keys are computed once.
        private static let byLabel = CNILWorkbookLayout.index(allCases, by: \.label)
    }

    // MARK: Statements

    /// What a cell says instead of a value: that there is none, that the register does not say,
    /// that it could not be known (a part that failed to load), or that it is not published.
    enum Statement: Equatable, Sendable {
        /// `nothing`: there is none ("Néant").
        case nothing, notApplicable, notStated, undetermined, withheld
    }

    /// The statement a cell makes, if it is one: the documents' own sentences ("Néant", "Aucun
    /// transfert…", "Non renseigné", "Non déterminé — voir l'erreur (…)") and what a DPO types
    /// in the CNIL's workbook ("N/A", "Sans objet", "-").
    static func statement(_ text: String) -> Statement? {
        let key = CNILModel.matchingKey(trimmingSpacesAndFullStops(text))
        if key.hasPrefix(undeterminedKey) { return .undetermined }
        if key.hasPrefix("sans objet") { return .notApplicable }
        return statementsByKey[key]
    }

    /// The text without the spaces and full stops at either end ("Néant." is "Néant"): Foundation's
    /// `trimmingCharacters(in:)` without its cost, since every cell is asked.
    private static func trimmingSpacesAndFullStops(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isTrimmed = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "." }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The documents' sentences by the key `statement` compares, computed once: every cell is asked.
    private static let statementsByKey: [String: Statement] = {
        func key(_ word: Word) -> String { CNILModel.matchingKey(trimmingSpacesAndFullStops(words[word])) }
        var table: [String: Statement] = [:]
        for typed in ["n/a", "na", "-", "—", "aucun", "aucune", "neant"] { table[typed] = .nothing }
        let nones: [Word] = [.nothing, .noTransfer, .noSensitiveData, .noRecipient, .noSecurity, .noProcessor, .noClient,
                             .noRepresentative, .noDataProtectionContact]
        for word in nones { table[key(word)] = .nothing }
        table[key(.internalContact)] = .notApplicable
        table[key(.publicWithheld)] = .withheld
        table[key(.notStated)] = .notStated
        return table
    }()
    private static let undeterminedKey = CNILModel.matchingKey(words[.undetermined])
}
