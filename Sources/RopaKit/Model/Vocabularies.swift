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

    /// The point of Art. 6(1) this basis is.
    public var article: String {
        switch self {
        case .consent: "RGPD art. 6(1)(a)"
        case .contract: "RGPD art. 6(1)(b)"
        case .legalObligation: "RGPD art. 6(1)(c)"
        case .vitalInterests: "RGPD art. 6(1)(d)"
        case .publicTask: "RGPD art. 6(1)(e)"
        case .legitimateInterests: "RGPD art. 6(1)(f)"
        }
    }

    public var label: LocalizedText {
        switch self {
        case .consent: .init(fr: "Consentement", en: "Consent")
        case .contract: .init(fr: "Exécution d'un contrat ou de mesures précontractuelles", en: "Performance of a contract")
        case .legalObligation: .init(fr: "Respect d'une obligation légale", en: "Legal obligation")
        case .vitalInterests: .init(fr: "Sauvegarde des intérêts vitaux", en: "Vital interests")
        case .publicTask: .init(fr: "Mission d'intérêt public", en: "Public task")
        case .legitimateInterests: .init(fr: "Intérêt légitime", en: "Legitimate interests")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .employees: .init(fr: "Salariés", en: "Employees")
        case .internalServices: .init(fr: "Services internes", en: "Internal services")
        case .clients: .init(fr: "Clients", en: "Clients")
        case .suppliers: .init(fr: "Fournisseurs", en: "Suppliers")
        case .serviceProviders: .init(fr: "Prestataires", en: "Service providers")
        case .prospects: .init(fr: "Prospects", en: "Prospects")
        case .candidates: .init(fr: "Candidats", en: "Job applicants")
        case .users: .init(fr: "Membres et utilisateurs", en: "Members and users")
        case .other: .init(fr: "Autres", en: "Others")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .identification: .init(fr: "État civil, identité, données d'identification, images", en: "Civil status, identity, identification data, images")
        case .personalLife: .init(fr: "Vie personnelle (habitudes de vie, situation familiale, etc.)", en: "Personal life (lifestyle, family situation, etc.)")
        case .professionalLife: .init(fr: "Vie professionnelle (CV, situation professionnelle, formation, etc.)", en: "Professional life (CV, employment, training, etc.)")
        case .economicFinancial: .init(fr: "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)", en: "Economic and financial information (income, financial situation, tax situation, etc.)")
        case .connection: .init(fr: "Données de connexion (adresse IP, logs, etc.)", en: "Connection data (IP address, logs, etc.)")
        case .location: .init(fr: "Données de localisation (déplacements, données GPS, GSM, etc.)", en: "Location data (movements, GPS, GSM, etc.)")
        case .internet: .init(fr: "Internet (cookies, traceurs, données de navigation, mesure d'audience, etc.)", en: "Internet (cookies, trackers, browsing data, audience measurement, etc.)")
        case .nir: .init(fr: "Numéro de Sécurité Sociale (ou NIR)", en: "French social security number (NIR)")
        case .nationalID: .init(fr: "Numéro d'identification national", en: "National identification number")
        case .other: .init(fr: "Autres catégories de données", en: "Other categories of data")
        }
    }
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

    /// Criminal data answer to Art. 10, the others to Art. 9.
    public var isArticle9: Bool { self != .criminal }

    public var label: LocalizedText {
        switch self {
        case .racialOrEthnicOrigin: .init(fr: "Données révélant l'origine raciale ou ethnique", en: "Racial or ethnic origin")
        case .politicalOpinions: .init(fr: "Données révélant les opinions politiques", en: "Political opinions")
        case .religiousOrPhilosophicalBeliefs: .init(fr: "Données révélant les convictions religieuses ou philosophiques", en: "Religious or philosophical beliefs")
        case .tradeUnionMembership: .init(fr: "Données révélant l'appartenance syndicale", en: "Trade-union membership")
        case .genetic: .init(fr: "Données génétiques", en: "Genetic data")
        case .biometric: .init(fr: "Données biométriques aux fins d'identifier une personne physique de manière unique", en: "Biometric data to uniquely identify a person")
        case .health: .init(fr: "Données concernant la santé", en: "Health data")
        case .sexLifeOrOrientation: .init(fr: "Données concernant la vie sexuelle ou l'orientation sexuelle", en: "Sex life or sexual orientation")
        case .criminal: .init(fr: "Données relatives à des condamnations pénales ou infractions", en: "Criminal convictions and offences")
        }
    }
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

    public var article: String {
        switch self {
        case .explicitConsent: "RGPD art. 9(2)(a)"
        case .employmentSocialSecurity: "RGPD art. 9(2)(b)"
        case .vitalInterests: "RGPD art. 9(2)(c)"
        case .nonProfitBody: "RGPD art. 9(2)(d)"
        case .madePublic: "RGPD art. 9(2)(e)"
        case .legalClaims: "RGPD art. 9(2)(f)"
        case .substantialPublicInterest: "RGPD art. 9(2)(g)"
        case .healthOrSocialCare: "RGPD art. 9(2)(h)"
        case .publicHealth: "RGPD art. 9(2)(i)"
        case .archivingResearchStatistics: "RGPD art. 9(2)(j)"
        }
    }

    public var label: LocalizedText {
        switch self {
        case .explicitConsent: .init(fr: "Consentement explicite", en: "Explicit consent")
        case .employmentSocialSecurity: .init(fr: "Obligations en matière de droit du travail et de protection sociale", en: "Employment and social-security law")
        case .vitalInterests: .init(fr: "Sauvegarde des intérêts vitaux", en: "Vital interests")
        case .nonProfitBody: .init(fr: "Activités légitimes d'un organisme à but non lucratif", en: "Legitimate activities of a not-for-profit body")
        case .madePublic: .init(fr: "Données manifestement rendues publiques par la personne", en: "Data manifestly made public by the person")
        case .legalClaims: .init(fr: "Constatation, exercice ou défense d'un droit en justice", en: "Legal claims")
        case .substantialPublicInterest: .init(fr: "Motifs d'intérêt public important", en: "Substantial public interest")
        case .healthOrSocialCare: .init(fr: "Médecine préventive ou du travail, prise en charge sanitaire ou sociale", en: "Preventive or occupational medicine, health or social care")
        case .publicHealth: .init(fr: "Intérêt public dans le domaine de la santé publique", en: "Public interest in public health")
        case .archivingResearchStatistics: .init(fr: "Archives d'intérêt public, recherche scientifique ou historique, statistiques", en: "Archiving, research or statistics in the public interest")
        }
    }
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

    public var isDirect: Bool { self == .direct }

    public var label: LocalizedText {
        switch self {
        case .direct: .init(fr: "Collecte directe auprès de la personne", en: "Collected from the person")
        case .dataBroker: .init(fr: "Entreprise spécialisée (achat ou location de fichiers)", en: "Data broker (list bought or rented)")
        case .partner: .init(fr: "Partenaire ou fournisseur", en: "Partner or supplier")
        case .publicSource: .init(fr: "Source publique", en: "Publicly available source")
        case .thirdParty: .init(fr: "Autre tiers", en: "Other third party")
        case .other: .init(fr: "Autre origine", en: "Other source")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .service: .init(fr: "Service interne qui traite les données", en: "Internal service handling the data")
        case .processor: .init(fr: "Sous-traitant", en: "Processor")
        case .thirdCountry: .init(fr: "Destinataires dans des pays tiers ou organisations internationales", en: "Recipients in third countries or international organisations")
        case .partner: .init(fr: "Partenaires institutionnels ou commerciaux", en: "Institutional or commercial partners")
        case .authority: .init(fr: "Autorité légalement habilitée", en: "Authority entitled by law")
        case .other: .init(fr: "Autre destinataire", en: "Other recipient")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .traceability: .init(fr: "Mesures de traçabilité", en: "Traceability (logging)")
        case .softwareProtection: .init(fr: "Mesures de protection des logiciels", en: "Software protection")
        case .backup: .init(fr: "Sauvegarde des données", en: "Data backup")
        case .encryption: .init(fr: "Chiffrement des données", en: "Encryption")
        case .accessControl: .init(fr: "Contrôle d'accès des utilisateurs", en: "User access control")
        case .processorControl: .init(fr: "Contrôle des sous-traitants", en: "Processor oversight")
        case .other: .init(fr: "Autres mesures", en: "Other measures")
        }
    }
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

    public var article: String {
        switch self {
        case .adequacy: "RGPD art. 45"
        case .dataPrivacyFramework: "RGPD art. 45 ; décision d'exécution (UE) 2023/1795"
        case .standardContractualClauses: "RGPD art. 46(2)(c)"
        case .bindingCorporateRules: "RGPD art. 46(2)(b) et 47"
        case .codeOfConduct: "RGPD art. 46(2)(e)"
        case .certification: "RGPD art. 46(2)(f)"
        case .adHocClauses: "RGPD art. 46(3)(a)"
        case .administrativeArrangement: "RGPD art. 46(3)(b)"
        case .publicAuthorityInstrument: "RGPD art. 46(2)(a)"
        case .derogation: "RGPD art. 49"
        case .privacyShield: "RGPD art. 45 ; Privacy Shield UE–États-Unis, invalidé par la CJUE le 16 juillet 2020 (C-311/18)"
        }
    }

    public var label: LocalizedText {
        switch self {
        case .adequacy: .init(fr: "Pays adéquat (décision d'adéquation)", en: "Adequacy decision")
        case .dataPrivacyFramework: .init(fr: "Data Privacy Framework UE–États-Unis (destinataire certifié)", en: "EU–US Data Privacy Framework (certified recipient)")
        case .standardContractualClauses: .init(fr: "Clauses contractuelles types (CCT)", en: "Standard contractual clauses (SCC)")
        case .bindingCorporateRules: .init(fr: "Règles d'entreprise contraignantes (BCR)", en: "Binding corporate rules (BCR)")
        case .codeOfConduct: .init(fr: "Code de conduite", en: "Code of conduct")
        case .certification: .init(fr: "Certification", en: "Certification")
        case .adHocClauses: .init(fr: "Clauses contractuelles ad hoc autorisées", en: "Authorised ad hoc contractual clauses")
        case .administrativeArrangement: .init(fr: "Arrangement administratif entre autorités", en: "Administrative arrangement between authorities")
        case .publicAuthorityInstrument: .init(fr: "Instrument juridique contraignant entre autorités publiques", en: "Binding instrument between public authorities")
        case .derogation: .init(fr: "Dérogation (art. 49)", en: "Derogation (Art. 49)")
        case .privacyShield: .init(fr: "Privacy Shield UE–États-Unis (invalidé le 16 juillet 2020)", en: "EU–US Privacy Shield (invalidated on 16 July 2020)")
        }
    }
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

    public var article: String {
        switch self {
        case .explicitConsent: "RGPD art. 49(1)(a)"
        case .contractWithSubject: "RGPD art. 49(1)(b)"
        case .contractInSubjectInterest: "RGPD art. 49(1)(c)"
        case .publicInterest: "RGPD art. 49(1)(d)"
        case .legalClaims: "RGPD art. 49(1)(e)"
        case .vitalInterests: "RGPD art. 49(1)(f)"
        case .publicRegister: "RGPD art. 49(1)(g)"
        case .compellingLegitimateInterests: "RGPD art. 49(1), second alinéa"
        }
    }

    public var label: LocalizedText {
        switch self {
        case .explicitConsent: .init(fr: "Consentement explicite après information sur les risques", en: "Explicit consent after being informed of the risks")
        case .contractWithSubject: .init(fr: "Exécution d'un contrat avec la personne", en: "Contract with the data subject")
        case .contractInSubjectInterest: .init(fr: "Contrat conclu dans l'intérêt de la personne", en: "Contract in the data subject's interest")
        case .publicInterest: .init(fr: "Motifs importants d'intérêt public", en: "Important reasons of public interest")
        case .legalClaims: .init(fr: "Droits en justice", en: "Legal claims")
        case .vitalInterests: .init(fr: "Sauvegarde des intérêts vitaux", en: "Vital interests")
        case .publicRegister: .init(fr: "Transfert au départ d'un registre public", en: "Transfer from a public register")
        case .compellingLegitimateInterests: .init(fr: "Intérêts légitimes impérieux (transfert ponctuel)", en: "Compelling legitimate interests (one-off transfer)")
        }
    }
}

/// The organisation's role for one treatment (GDPR Arts. 4(7), 26 and 4(8)).
public enum TreatmentRole: String, Vocabulary {
    case controller
    case jointController = "joint_controller"
    case processor

    public static let vocabularyName = "role"

    public var label: LocalizedText {
        switch self {
        case .controller: .init(fr: "Responsable du traitement", en: "Controller")
        case .jointController: .init(fr: "Responsable conjoint du traitement", en: "Joint controller")
        case .processor: .init(fr: "Sous-traitant (art. 30(2))", en: "Processor (Art. 30(2))")
        }
    }
}

/// The kind of person who answers data-protection questions for the organisation.
public enum ContactRole: String, Vocabulary {
    case dpo
    case externalDPO = "external_dpo"
    case referent

    public static let vocabularyName = "data-protection contact"

    public var label: LocalizedText {
        switch self {
        case .dpo: .init(fr: "Délégué à la protection des données (DPO)", en: "Data protection officer (DPO)")
        case .externalDPO: .init(fr: "Délégué à la protection des données externe", en: "External data protection officer")
        case .referent: .init(fr: "Référent à la protection des données", en: "Data protection referent")
        }
    }
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

    /// Words that follow "à compter de" / "from".
    public var label: LocalizedText {
        switch self {
        case .collection: .init(fr: "la collecte", en: "collection")
        case .lastContact: .init(fr: "le dernier contact", en: "the last contact")
        case .endOfRelationship: .init(fr: "la fin de la relation contractuelle", en: "the end of the contractual relationship")
        case .lastActivity: .init(fr: "la dernière activité", en: "the last activity")
        case .transaction: .init(fr: "la transaction", en: "the transaction")
        case .debit: .init(fr: "la date de débit", en: "the debit date")
        case .objection: .init(fr: "l'exercice du droit d'opposition", en: "the exercise of the right to object")
        case .consentWithdrawal: .init(fr: "le retrait du consentement", en: "the withdrawal of consent")
        case .deposit: .init(fr: "le dépôt du traceur", en: "the placing of the tracker")
        case .event: .init(fr: "l'événement indiqué", en: "the event stated")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .delete: .init(fr: "suppression", en: "deletion")
        case .anonymise: .init(fr: "anonymisation", en: "anonymisation")
        case .archive: .init(fr: "archivage intermédiaire", en: "intermediate archiving")
        case .permanentArchive: .init(fr: "conservation définitive (archives publiques)", en: "permanent archiving (public archives)")
        case .selection: .init(fr: "tri par le service d'archives (conservation définitive d'une partie, élimination du reste)",
                               en: "selection by the archives service (part kept permanently, the rest destroyed)")
        }
    }
}

/// Where a DPIA (analyse d'impact, GDPR Art. 35) stands for one treatment.
public enum DPIAStatus: String, Vocabulary {
    case notRequired = "not_required"
    case required
    case inProgress = "in_progress"
    case done

    public static let vocabularyName = "DPIA status"

    public var label: LocalizedText {
        switch self {
        case .notRequired: .init(fr: "Non requise", en: "Not required")
        case .required: .init(fr: "Requise, à réaliser", en: "Required, not yet carried out")
        case .inProgress: .init(fr: "En cours", en: "In progress")
        case .done: .init(fr: "Réalisée", en: "Carried out")
        }
    }
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

    public var label: LocalizedText {
        switch self {
        case .evaluationOrScoring: .init(fr: "Évaluation/scoring (y compris le profilage)", en: "Evaluation or scoring (including profiling)")
        case .automatedDecisionWithLegalEffect: .init(fr: "Prise de décision automatisée avec un effet juridique ou similaire", en: "Automated decision with legal or similar effect")
        case .systematicMonitoring: .init(fr: "Surveillance systématique de personnes", en: "Systematic monitoring")
        case .sensitiveOrHighlyPersonalData: .init(fr: "Données sensibles ou à caractère hautement personnel", en: "Sensitive or highly personal data")
        case .largeScale: .init(fr: "Données traitées à grande échelle", en: "Data processed on a large scale")
        case .matchingOrCombiningDatasets: .init(fr: "Croisement ou combinaison de données", en: "Matching or combining datasets")
        case .vulnerableDataSubjects: .init(fr: "Données concernant des personnes vulnérables", en: "Vulnerable data subjects")
        case .innovativeUse: .init(fr: "Utilisation innovante ou nouvelles solutions technologiques", en: "Innovative use or new technology")
        case .preventsExercisingRight: .init(fr: "Exclusion du bénéfice d'un droit, d'un service ou d'un contrat", en: "Prevents exercising a right or using a service or contract")
        }
    }
}
