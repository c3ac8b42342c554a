/// One processing activity ("traitement"): one fiche of the CNIL model register, one YAML file.
public struct Treatment: Sendable, Hashable {
    /// Stable identifier, also the file name (`treatments/<id>.yaml`); the file's name when the
    /// file's own `id` could not be read.
    public var id: String
    /// Empty only when the file's name could not be read (see `invalidEntries`).
    public var name: String
    /// The register's own number ("N° / RÉF"); empty only when it could not be read.
    public var reference: String
    /// Nil only when the file's date could not be read (see `invalidEntries`).
    public var created: ISODate?
    public var updated: ISODate?
    public var role: TreatmentRole
    public var description: String?
    /// The software or application used, when it helps to identify the treatment.
    public var software: String?
    /// The department or service that carries out the processing.
    public var department: String?
    /// The domain the treatment belongs to ("Ressources humaines"), to group a large register.
    public var category: String?
    /// How people exercise their rights for this treatment, when it differs from the organisation's.
    public var rightsExercise: String?
    /// Other controllers who decide the purposes and means jointly (Art. 26).
    public var jointControllers: [JointController]
    /// For a treatment carried out as processor (Art. 30(2)): the controllers it serves.
    public var onBehalfOf: [Contact]
    /// In order: the first is the main purpose, the others its sub-purposes.
    public var purposes: [Purpose]
    public var dataSubjects: [DataSubject]
    public var data: [PersonalData]
    public var sensitiveData: [SensitiveData]
    public var sources: [DataSource]
    public var recipients: [Recipient]
    /// Empty when the file says `transfers: none`: the key is required, so "no transfer outside
    /// the EEA" is always an explicit statement, never an omission.
    public var transfers: [Transfer]
    public var security: [SecurityMeasure]
    public var dpia: DPIA?
    public var automatedDecisions: AutomatedDecisions?
    public var waivers: [Waiver]
    public var notes: String?
    /// What the file says that could not be loaded, by key: shown marked in drafts, and the
    /// reason no output states that the parts concerned are empty.
    public var invalidEntries: [InvalidEntry]
    public var source: SourceMap

    public init(id: String, name: String, reference: String, created: ISODate?, updated: ISODate?,
                role: TreatmentRole = .controller, description: String? = nil, software: String? = nil,
                department: String? = nil, category: String? = nil, rightsExercise: String? = nil,
                jointControllers: [JointController] = [], onBehalfOf: [Contact] = [], purposes: [Purpose] = [],
                dataSubjects: [DataSubject] = [], data: [PersonalData] = [], sensitiveData: [SensitiveData] = [],
                sources: [DataSource] = [], recipients: [Recipient] = [], transfers: [Transfer] = [],
                security: [SecurityMeasure] = [], dpia: DPIA? = nil, automatedDecisions: AutomatedDecisions? = nil,
                waivers: [Waiver] = [], notes: String? = nil, invalidEntries: [InvalidEntry] = [], source: SourceMap) {
        self.id = id
        self.name = name
        self.reference = reference
        self.created = created
        self.updated = updated
        self.role = role
        self.description = description
        self.software = software
        self.department = department
        self.category = category
        self.rightsExercise = rightsExercise
        self.jointControllers = jointControllers
        self.onBehalfOf = onBehalfOf
        self.purposes = purposes
        self.dataSubjects = dataSubjects
        self.data = data
        self.sensitiveData = sensitiveData
        self.sources = sources
        self.recipients = recipients
        self.transfers = transfers
        self.security = security
        self.dpia = dpia
        self.automatedDecisions = automatedDecisions
        self.waivers = waivers
        self.notes = notes
        self.invalidEntries = invalidEntries
        self.source = source
    }

    /// Whether everything the file says was loaded: the rules judge only complete treatments,
    /// since a finding about a part that failed to load could state the opposite of the file.
    public var isComplete: Bool { invalidEntries.isEmpty }

    /// Whether the fiche's "Données sensibles ?" column says yes: Art. 9 or Art. 10 data. The NIR
    /// is not counted: the CNIL's own example fiche lists it among ordinary data and answers "Non";
    /// its own rules (`nir-authorised`) apply to it.
    public var hasSensitiveData: Bool {
        !sensitiveData.isEmpty
    }
}

/// A controller who determines the purposes and means jointly with the organisation (Art. 26).
public struct JointController: Sendable, Hashable {
    public var contact: Contact
    /// Where the Art. 26 arrangement between the joint controllers is kept.
    public var arrangement: String?
    /// The essence of the arrangement — who informs the persons, who answers their requests —
    /// which Art. 26(2) requires to be made available to them: printed, also in a public register.
    public var arrangementEssence: String?

    public init(contact: Contact, arrangement: String? = nil, arrangementEssence: String? = nil) {
        self.contact = contact
        self.arrangement = arrangement
        self.arrangementEssence = arrangementEssence
    }
}

/// One purpose and its lawful basis: GDPR bases are per purpose, not per treatment.
public struct Purpose: Sendable, Hashable {
    public var name: String
    /// Nil only in a fiche kept as processor (Art. 30(2)), whose purposes are the categories of
    /// processing done for the controllers: the legal basis is theirs. The loader requires it
    /// everywhere else.
    public var legalBasis: LegalBasis?
    /// What kind of processing the purpose is, when the CNIL has guidance for that kind.
    public var kind: PurposeKind?
    /// For `legitimate_interests`: the interest pursued (Art. 13(1)(d)).
    public var legitimateInterest: String?
    /// For `legitimate_interests`: where the balancing test is documented.
    public var balancingTest: String?
    /// For `consent`: how consent is collected and how it is withdrawn.
    public var consent: ConsentRecord?
    /// For `legal_obligation` or `public_task`: the text that imposes it.
    public var legalText: String?
    /// For a prospection purpose: its channels and audience.
    public var prospection: Prospection?
    public var source: SourceMap

    public init(name: String, legalBasis: LegalBasis?, kind: PurposeKind? = nil, legitimateInterest: String? = nil, balancingTest: String? = nil,
                consent: ConsentRecord? = nil, legalText: String? = nil, prospection: Prospection? = nil, source: SourceMap) {
        self.name = name
        self.legalBasis = legalBasis
        self.kind = kind
        self.legitimateInterest = legitimateInterest
        self.balancingTest = balancingTest
        self.consent = consent
        self.legalText = legalText
        self.prospection = prospection
        self.source = source
    }
}

/// How consent is collected and withdrawn, for a purpose based on consent (Art. 7).
public struct ConsentRecord: Sendable, Hashable {
    public var collection: String?
    public var withdrawal: String?
    /// Consent is asked for an information society service offered directly to the persons (Art. 8).
    public var onlineService: Bool
    /// How the holder(s) of parental responsibility give or authorise consent for a child (Art. 8;
    /// in France jointly with a child under 15, LIL art. 45).
    public var parentalConsent: String?
    public var source: SourceMap

    public init(collection: String? = nil, withdrawal: String? = nil, onlineService: Bool = false, parentalConsent: String? = nil,
                source: SourceMap) {
        self.collection = collection
        self.withdrawal = withdrawal
        self.onlineService = onlineService
        self.parentalConsent = parentalConsent
        self.source = source
    }
}

/// A category of persons whose data the treatment processes (Art. 30(1)(c)).
public struct DataSubject: Sendable, Hashable {
    public var category: DataSubjectCategory
    public var details: String?
    /// The persons' age group, when the register says it (children, Art. 8).
    public var age: AgeGroup?
    public var source: SourceMap

    public init(category: DataSubjectCategory, details: String? = nil, age: AgeGroup? = nil, source: SourceMap) {
        self.category = category
        self.details = details
        self.age = age
        self.source = source
    }
}

/// One category of ordinary personal data, with its retention (Art. 30(1)(c) and (f)).
public struct PersonalData: Sendable, Hashable {
    public var category: DataCategory
    public var details: String?
    public var retention: Retention?
    /// For the NIR: the décret that authorises this controller and purpose (LIL art. 30); for
    /// another national identifier, the national text (Art. 87).
    public var authorisedBy: String?
    /// For `national_id`: the country that issues the identifier.
    public var country: String?
    public var source: SourceMap

    public init(category: DataCategory, details: String? = nil, retention: Retention? = nil, authorisedBy: String? = nil,
                country: String? = nil, source: SourceMap) {
        self.category = category
        self.details = details
        self.retention = retention
        self.authorisedBy = authorisedBy
        self.country = country
        self.source = source
    }

    /// The French NIR, written as `nir` or as a national identifier of France.
    public var isNIR: Bool { category == .nir || (category == .nationalID && country == "FR") }
}

/// Special-category (Art. 9) or criminal (Art. 10) data, with the condition that allows it.
public struct SensitiveData: Sendable, Hashable {
    public var category: SensitiveDataCategory
    public var details: String?
    /// The Art. 9(2) exception; nil for criminal data, which need `legalAuthority` instead.
    public var condition: Article9Condition?
    /// For criminal data: official authority or the law that authorises it (Art. 10).
    /// For Art. 9(2)(b), (g)–(j): the Union or French law relied on.
    public var legalAuthority: String?
    public var retention: Retention?
    public var source: SourceMap

    public init(category: SensitiveDataCategory, details: String? = nil, condition: Article9Condition? = nil,
                legalAuthority: String? = nil, retention: Retention? = nil, source: SourceMap) {
        self.category = category
        self.details = details
        self.condition = condition
        self.legalAuthority = legalAuthority
        self.retention = retention
        self.source = source
    }
}

/// Where the data come from: the persons themselves or another source (Arts. 13 and 14).
public struct DataSource: Sendable, Hashable {
    public var kind: SourceKind
    public var details: String?
    public var source: SourceMap

    public init(kind: SourceKind, details: String? = nil, source: SourceMap) {
        self.kind = kind
        self.details = details
        self.source = source
    }
}

/// Who receives the data. Services and processors are references to ids defined once for the
/// organisation; partners, authorities and others are named in place.
public struct Recipient: Sendable, Hashable {
    public var kind: RecipientKind
    /// The service or processor id, or the name of a partner, authority or other recipient; nil
    /// for a category of recipients written by its type only (`type: processor`).
    public var name: String?
    public var details: String?
    /// Where the recipients of this entry are listed by name ("Annexe 2").
    public var annex: String?
    public var source: SourceMap

    public init(kind: RecipientKind, name: String?, details: String? = nil, annex: String? = nil, source: SourceMap) {
        self.kind = kind
        self.name = name
        self.details = details
        self.annex = annex
        self.source = source
    }
}

/// A transfer of personal data outside the EEA (Art. 30(1)(e)).
public struct Transfer: Sendable, Hashable {
    /// The receiving organisation, by name.
    public var recipient: String
    /// When the recipient is one of the organisation's processors: its id.
    public var processor: String?
    /// ISO 3166-1 alpha-2 code of the destination.
    public var country: String
    public var safeguard: TransferSafeguard
    /// For `derogation`: which Art. 49 case.
    public var derogation: Article49Derogation?
    /// Where the safeguard is documented (contract, SCC module, link).
    public var documentation: String?
    /// When the contract carrying the safeguard was signed: it decides which standard contractual
    /// clauses it can be (those of 2001/2004/2010 before 27 September 2021, else 2021/914).
    public var signed: ISODate?
    /// Where the transfer impact assessment is documented (EDPB Recommendations 01/2020).
    public var impactAssessment: String?
    /// The recipient is a public authority or body: outside adequacy decisions limited to
    /// commercial organisations or certified companies.
    public var publicBody: Bool
    public var source: SourceMap

    public init(recipient: String, processor: String? = nil, country: String, safeguard: TransferSafeguard,
                derogation: Article49Derogation? = nil, documentation: String? = nil, signed: ISODate? = nil,
                impactAssessment: String? = nil, publicBody: Bool = false, source: SourceMap) {
        self.recipient = recipient
        self.processor = processor
        self.country = country
        self.safeguard = safeguard
        self.derogation = derogation
        self.documentation = documentation
        self.signed = signed
        self.impactAssessment = impactAssessment
        self.publicBody = publicBody
        self.source = source
    }
}

/// A technical or organisational security measure (Art. 30(1)(g), Art. 32).
public struct SecurityMeasure: Sendable, Hashable {
    public var kind: SecurityMeasureKind
    public var details: String?
    public var source: SourceMap

    public init(kind: SecurityMeasureKind, details: String? = nil, source: SourceMap) {
        self.kind = kind
        self.details = details
        self.source = source
    }
}

/// The data-protection impact assessment (AIPD, GDPR Art. 35) for one treatment.
public struct DPIA: Sendable, Hashable {
    public var status: DPIAStatus
    /// Which of the nine EDPB criteria the treatment meets, as declared by the referent.
    public var criteria: [DPIACriterion]
    /// Which types of the CNIL list of processing that require a DPIA (délibération n° 2018-327)
    /// the treatment belongs to.
    public var cnilList: [CNILDPIAType]
    /// Where the DPIA is kept.
    public var reference: String?
    public var date: ISODate?
    /// Why no DPIA is needed when criteria are met, or anything else worth saying.
    public var justification: String?
    public var source: SourceMap

    public init(status: DPIAStatus, criteria: [DPIACriterion] = [], cnilList: [CNILDPIAType] = [], reference: String? = nil,
                date: ISODate? = nil, justification: String? = nil, source: SourceMap) {
        self.status = status
        self.criteria = criteria
        self.cnilList = cnilList
        self.reference = reference
        self.date = date
        self.justification = justification
        self.source = source
    }
}

/// Profiling and automated individual decisions (GDPR Arts. 4(4), 13(2)(f) and 22).
public struct AutomatedDecisions: Sendable, Hashable {
    public var profiling: Bool
    public var automatedDecision: Bool
    /// Whether a decision produces legal effects or similarly significant effects (Art. 22(1)).
    public var legalEffect: Bool
    public var details: String?
    /// Art. 22(3): human intervention, expressing one's view, contesting the decision.
    public var safeguards: String?
    public var source: SourceMap

    public init(profiling: Bool = false, automatedDecision: Bool = false, legalEffect: Bool = false,
                details: String? = nil, safeguards: String? = nil, source: SourceMap) {
        self.profiling = profiling
        self.automatedDecision = automatedDecision
        self.legalEffect = legalEffect
        self.details = details
        self.safeguards = safeguards
        self.source = source
    }
}

/// A rule set aside for one treatment, with the written reason (accountability, Art. 5(2)).
public struct Waiver: Sendable, Hashable {
    public var rule: String
    public var reason: String
    public var source: SourceMap

    public init(rule: String, reason: String, source: SourceMap) {
        self.rule = rule
        self.reason = reason
        self.source = source
    }
}
