// The closed vocabularies of a register. Labels mirror the CNIL model register
// ("registre simplifié", July 2019, sheet "5 - Listes") where it has a list, and the
// GDPR's own wording elsewhere; see docs/format.md for the sources.

/// GDPR Art. 6(1): the lawful basis of one purpose.
public enum LegalBasis: String, Vocabulary {
    case consent
    case contract
    case legalObligation = "legal_obligation"
    case vitalInterests = "vital_interests"
    case publicTask = "public_task"
    case legitimateInterests = "legitimate_interests"

    public static let vocabularyName = "legal basis"
    public static let tableKey = "legal_basis"

    /// The point of Art. 6(1) this basis is.
    public var article: Phrase { phrase("article") }
}

/// Who the processing concerns. CNIL list "Catégories de personnes", plus "users" for online services.
public enum DataSubjectCategory: String, Vocabulary {
    case employees
    case internalServices = "internal_services"
    case clients
    case suppliers
    case serviceProviders = "service_providers"
    case prospects
    case candidates
    case users
    case other

    public static let vocabularyName = "data-subject category"
    public static let tableKey = "data_subject_category"
}

/// Categories of ordinary personal data: the rows of the CNIL fiche, plus the two extra
/// categories of the CNIL's 2018 model ("Vie professionnelle", "Internet").
public enum DataCategory: String, Vocabulary {
    case identification
    case personalLife = "personal_life"
    case professionalLife = "professional_life"
    case economicFinancial = "economic_financial"
    case connection
    case location
    case internet
    /// The French NIR: a national identifier with rules of its own (the CNIL model's own row).
    case nir
    /// Another country's national identification number (Art. 87), with its `country:`.
    case nationalID = "national_id"
    case other

    public static let vocabularyName = "data category"
    public static let tableKey = "data_category"
}

/// Special categories of GDPR Art. 9(1), plus criminal-offence data of Art. 10
/// (a distinct regime that the CNIL fiche lists with them).
public enum SensitiveDataCategory: String, Vocabulary {
    case racialOrEthnicOrigin = "racial_or_ethnic_origin"
    case politicalOpinions = "political_opinions"
    case religiousOrPhilosophicalBeliefs = "religious_or_philosophical_beliefs"
    case tradeUnionMembership = "trade_union_membership"
    case genetic
    case biometric
    case health
    case sexLifeOrOrientation = "sex_life_or_orientation"
    case criminal

    public static let vocabularyName = "sensitive-data category"
    public static let tableKey = "sensitive_data_category"

    /// Criminal data answer to Art. 10, the others to Art. 9.
    public var isArticle9: Bool { self != .criminal }
}

/// GDPR Art. 9(2): the exceptions that allow processing special-category data.
public enum Article9Condition: String, Vocabulary {
    case explicitConsent = "explicit_consent"
    case employmentSocialSecurity = "employment_social_security"
    case vitalInterests = "vital_interests"
    case nonProfitBody = "non_profit_body"
    case madePublic = "made_public"
    case legalClaims = "legal_claims"
    case substantialPublicInterest = "substantial_public_interest"
    case healthOrSocialCare = "health_or_social_care"
    case publicHealth = "public_health"
    case archivingResearchStatistics = "archiving_research_statistics"

    public static let vocabularyName = "Art. 9(2) condition"
    public static let tableKey = "article9_condition"

    public var article: Phrase { phrase("article") }
}

/// Where the data come from. Art. 14 asks the source when data are not collected from the person.
public enum SourceKind: String, Vocabulary {
    case direct
    case dataBroker = "data_broker"
    case partner
    case publicSource = "public_source"
    case thirdParty = "third_party"
    case other

    public static let vocabularyName = "source of the data"
    public static let tableKey = "source_kind"

    public var isDirect: Bool { self == .direct }
}

/// Recipient types of the CNIL model register (list "Destinataires"), split as the CNIL's 2018
/// model does, plus authorities (Art. 4(9) recipients that receive data on request).
public enum RecipientKind: String, Vocabulary {
    case service
    case processor
    /// A recipient in a third country or an international organisation, named in place (the CNIL
    /// model's "Destinataires dans des pays tiers ou organisations internationales").
    case thirdCountry = "third_country"
    case partner
    case authority
    case other

    public static let vocabularyName = "recipient type"
    public static let tableKey = "recipient_kind"
}

/// Types of security measure of the CNIL model register (list "Mesures de sécurité techniques").
public enum SecurityMeasureKind: String, Vocabulary {
    case traceability
    case softwareProtection = "software_protection"
    case backup
    case encryption
    case accessControl = "access_control"
    case processorControl = "processor_control"
    case other

    public static let vocabularyName = "security measure"
    public static let tableKey = "security_measure"
}

/// The legal ground of a transfer outside the EEA (GDPR Arts. 45, 46, 49).
///
/// `privacy_shield` is kept so that a register written before 16 July 2020, or imported from the
/// CNIL's 2019 workbook, says what it said; `transfer-ground` refuses it for any date from the
/// CJEU's judgment invalidating it (C-311/18, fact sheet §1.1.5).
public enum TransferSafeguard: String, Vocabulary {
    case adequacy
    case dataPrivacyFramework = "data_privacy_framework"
    case standardContractualClauses = "standard_contractual_clauses"
    case bindingCorporateRules = "binding_corporate_rules"
    case codeOfConduct = "code_of_conduct"
    case certification
    case adHocClauses = "ad_hoc_clauses"
    case administrativeArrangement = "administrative_arrangement"
    case publicAuthorityInstrument = "public_authority_instrument"
    case derogation
    case privacyShield = "privacy_shield"

    public static let vocabularyName = "transfer safeguard"
    public static let tableKey = "transfer_safeguard"

    public var article: Phrase { phrase("article") }
}

/// GDPR Art. 49(1): derogations for specific situations.
public enum Article49Derogation: String, Vocabulary {
    case explicitConsent = "explicit_consent"
    case contractWithSubject = "contract_with_subject"
    case contractInSubjectInterest = "contract_in_subject_interest"
    case publicInterest = "public_interest"
    case legalClaims = "legal_claims"
    case vitalInterests = "vital_interests"
    case publicRegister = "public_register"
    case compellingLegitimateInterests = "compelling_legitimate_interests"

    public static let vocabularyName = "Art. 49 derogation"
    public static let tableKey = "article49_derogation"

    public var article: Phrase { phrase("article") }
}

/// The organisation's role for one treatment (GDPR Arts. 4(7), 26 and 4(8)).
public enum TreatmentRole: String, Vocabulary {
    case controller
    case jointController = "joint_controller"
    case processor

    public static let vocabularyName = "role"
    public static let tableKey = "treatment_role"
}

/// The kind of person who answers data-protection questions for the organisation.
public enum ContactRole: String, Vocabulary {
    case dpo
    case externalDPO = "external_dpo"
    case referent

    public static let vocabularyName = "data-protection contact"
    public static let tableKey = "contact_role"
}

/// The event a retention period runs from.
public enum RetentionStart: String, Vocabulary {
    case collection
    case lastContact = "last_contact"
    case endOfRelationship = "end_of_relationship"
    case lastActivity = "last_activity"
    case transaction
    case debit
    case objection
    case consentWithdrawal = "consent_withdrawal"
    case deposit
    case event

    public static let vocabularyName = "start of the retention period"
    /// Its labels are noun phrases with their article ("le dernier contact"), as they follow
    /// "à compter de" / "from": the French table's sentences contract them ("du dernier contact").
    public static let tableKey = "retention_start"
}

/// What happens to the data when a phase of their life cycle ends (CNIL: base active, archivage
/// intermédiaire, then the final disposition — for public archives the "sort final": conservation
/// définitive, tri or élimination; fact sheet §3.5b).
public enum RetentionEnd: String, Vocabulary {
    case delete
    case anonymise
    /// Intermediate archiving (archivage intermédiaire): only at the end of the active phase.
    case archive
    /// Permanent archiving (archivage définitif, conservation définitive) in public archives, for
    /// archiving in the public interest under Art. 89(1) safeguards.
    case permanentArchive = "permanent_archive"
    /// Selection by the archives service (tri): part is kept permanently, the rest destroyed.
    case selection

    public static let vocabularyName = "end-of-retention action"
    public static let tableKey = "retention_end"
}

/// Where a DPIA (analyse d'impact, GDPR Art. 35) stands for one treatment.
public enum DPIAStatus: String, Vocabulary {
    case notRequired = "not_required"
    case required
    case inProgress = "in_progress"
    case done

    public static let vocabularyName = "DPIA status"
    public static let tableKey = "dpia_status"
}

/// The nine EDPB (WP248 rev.01) criteria, as worded by the CNIL in délibération n° 2018-326.
public enum DPIACriterion: String, Vocabulary {
    case evaluationOrScoring = "evaluation_or_scoring"
    case automatedDecisionWithLegalEffect = "automated_decision_with_legal_effect"
    case systematicMonitoring = "systematic_monitoring"
    case sensitiveOrHighlyPersonalData = "sensitive_or_highly_personal_data"
    case largeScale = "large_scale"
    case matchingOrCombiningDatasets = "matching_or_combining_datasets"
    case vulnerableDataSubjects = "vulnerable_data_subjects"
    case innovativeUse = "innovative_use"
    case preventsExercisingRight = "prevents_exercising_right"

    public static let vocabularyName = "DPIA criterion"
    public static let tableKey = "dpia_criterion"
}
