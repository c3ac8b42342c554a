/// The shape of every register file, declared once.
///
/// The loader checks keys against these specs (unknown keys with did-you-mean, missing required
/// keys); the format reference and the JSON Schema are generated from them. A key that is not
/// declared here cannot be read.
public struct RecordSpec: Sendable {
    public var name: String
    public var help: String
    public var keys: [KeySpec]
    /// Keys of which exactly one must be written (a recipient is a service, or a processor, …).
    public var exactlyOneOf: [String]
    /// Keys of this record, or of a list's records, that are required unless another key of this
    /// record has a value.
    public var requiredUnless: [ConditionalRequirement]

    public init(_ name: String, help: String, keys: [KeySpec], exactlyOneOf: [String] = [],
                requiredUnless: [ConditionalRequirement] = []) {
        self.name = name
        self.help = help
        self.keys = keys
        self.exactlyOneOf = exactlyOneOf
        self.requiredUnless = requiredUnless
    }

    public func key(_ name: String) -> KeySpec? { index(of: name).map { keys[$0] } }

    /// The keys of this record itself (not of a list's records) that are required unless `unless`
    /// says `value`.
    public var conditionalKeys: [ConditionalRequirement] { requiredUnless.filter { $0.list == nil } }

    /// The position of the key `name` in `keys`.
    public func index(of name: String) -> Int? { keys.firstIndex { $0.name == name } }
}

/// A key that is required unless the record's own key `unless` says `value`: a key of the record
/// itself (`list` nil), or of the records of its list `list`. In a fiche kept as processor, Art. 30(2)
/// asks for the categories of processing, transfers and security, not for the controller's legal
/// bases, data subjects, data, sources or recipients.
public struct ConditionalRequirement: Sendable {
    public var list: String?
    public var key: String
    public var unless: String
    public var value: String

    public init(list: String? = nil, key: String, unless: String, value: String) {
        self.list = list
        self.key = key
        self.unless = unless
        self.value = value
    }
}

/// One key of a record: its name, whether it is required, the shape of its value, and the label
/// and help that the schema, the scaffold and the documents show.
public struct KeySpec: Sendable {
    public var name: String
    public var required: Bool
    public var shape: Shape
    /// The French label used in the CNIL documents, and its English counterpart.
    public var label: KeyLabel
    /// One sentence for a data-protection officer: what to write here.
    public var help: String
    /// The legal text that asks for this information, cited when it is missing.
    public var article: String?

    public init(_ name: String, required: Bool = false, _ shape: Shape, label: KeyLabel, help: String, article: String? = nil) {
        self.name = name
        self.required = required
        self.shape = shape
        self.label = label
        self.help = help
        self.article = article
    }
}

/// What a key's value looks like.
public indirect enum Shape: Sendable {
    case text
    /// Lowercase letters, digits, `-` and `_`: the ids that other files refer to.
    case identifier
    case date
    case duration
    case country
    case boolean
    case vocabulary(VocabularySpec)
    case list(Shape)
    case record(RecordSpec)
    /// One of these exact words (e.g. `none` for "no transfer").
    case words([String])
    /// Any one of these shapes.
    case oneOf([Shape])
}

/// A closed list of values, as the schema and documentation need it.
public struct VocabularySpec: Sendable {
    public var name: String
    public var values: [(spelling: String, label: Phrase)]

    public init<V: Vocabulary>(_ type: V.Type) {
        name = V.vocabularyName
        values = V.allCases.map { ($0.rawValue, $0.label) }
    }
}

private func label(_ fr: String, _ en: String) -> KeyLabel { KeyLabel(fr: fr, en: en) }

/// A key's label in the register's format, for the schema, the editor and the scaffold (French,
/// as the DPO reads the YAML) with its English: the format's words, not a document's.
public struct KeyLabel: Sendable, Hashable {
    public var fr: String
    public var en: String
}

/// The specs of every kind of register file and of each group of keys inside them.
public enum RegisterSchema {
    /// The word that says "there are none" for keys that must be written even when empty.
    public static let none = "none"
    /// What scaffolds write where the referent must fill something in; the loader reports it.
    /// The other words of an unfinished value are `Placeholder`'s.
    public static let placeholder = Placeholder.scaffold

    static let address = RecordSpec("address", help: "A postal address.", keys: [
        KeySpec("street", .text, label: label("Adresse", "Street"), help: "Number and street."),
        KeySpec("postal_code", .text, label: label("Code postal", "Postal code"), help: "Postal code, as text (\"04000\")."),
        KeySpec("city", .text, label: label("Ville", "City"), help: "City."),
        KeySpec("country", .country, label: label("Pays", "Country"), help: "ISO 3166-1 alpha-2 country code, such as FR."),
    ])

    static let contact = RecordSpec("contact", help: "A person or body and its contact details.", keys: [
        KeySpec("name", required: true, .text, label: label("Nom", "Name"), help: "Full name of the person or body."),
        KeySpec("company", .text, label: label("Société", "Company"), help: "The company, for an external DPO or a person acting for a body."),
        KeySpec("address", .record(address), label: label("Adresse", "Address"), help: "Postal address."),
        KeySpec("email", .text, label: label("Adresse mél", "E-mail"), help: "E-mail address."),
        KeySpec("phone", .text, label: label("Téléphone", "Phone"), help: "Telephone number."),
    ])

    static let dataProtectionContact = RecordSpec("data_protection_contact", help: "The DPO, or the referent of an organisation that need not designate one.", keys:
        [KeySpec("role", required: true, .vocabulary(.init(ContactRole.self)), label: label("Qualité", "Role"), help: "dpo, external_dpo or referent.")]
        + contact.keys)

    static let service = RecordSpec("service", help: "An internal service that receives data.", keys: [
        KeySpec("id", required: true, .identifier, label: label("Identifiant", "Id"), help: "Short id that treatments use to name this service as a recipient."),
        KeySpec("name", required: true, .text, label: label("Nom du service", "Service name"), help: "The service's name as printed in the register."),
        KeySpec("description", .text, label: label("Description", "Description"), help: "Who in this service has access, and why."),
    ])

    /// `organisation.yaml`: the controller and what holds for every treatment.
    public static let organisationFile = RecordSpec("organisation file", help: "The controller, its representative, its DPO or referent and its internal services.", keys: [
        KeySpec("organisation", required: true, .record(organisation), label: label("Responsable du traitement", "Controller"), help: "The organisation that keeps this register.", article: "RGPD art. 30(1)(a)"),
        KeySpec("jurisdiction", .country, label: label("Droit national applicable", "Jurisdiction"), help: "ISO code of the country whose national law and supervisory authority the register answers to (default: the organisation's address country); it decides which national checks run."),
        KeySpec("representative", .oneOf([.words([RegisterSchema.none]), .record(contact)]), label: label("Représentant", "Representative"), help: "EU representative (Art. 27), only if the organisation is established outside the EU; or none."),
        KeySpec("data_protection_contact", .oneOf([.words([RegisterSchema.none]), .record(dataProtectionContact)]), label: label("Délégué à la protection des données", "Data protection officer"), help: "The DPO, or the data-protection referent; or none to state that none is designated."),
        KeySpec("services", .list(.record(service)), label: label("Services internes", "Internal services"), help: "Internal services that receive data; treatments name them by id."),
        KeySpec("notice", .record(notice), label: label("Notice d'information", "Privacy notice"), help: "Organisation-wide texts of the information notice that the treatments do not hold (ropa notice).", article: "RGPD art. 12 à 14"),
    ])

    /// `notice:` in `organisation.yaml`: one optional text per topic.
    static let notice = RecordSpec("notice", help: "Organisation-wide texts of the information notice.",
                                   keys: NoticeTopic.allCases.map { KeySpec($0.rawValue, .text, label: label($0.label.fr, $0.label.en), help: $0.help) })

    static let organisation = RecordSpec("organisation", help: "The controller.", keys: contact.keys + [
        KeySpec("head", .text, label: label("Responsable de l'organisme", "Head of the organisation"), help: "The person legally responsible for the organisation."),
        KeySpec("registration", .text, label: label("Immatriculation", "Registration"), help: "SIREN, RCS or other registration number."),
        KeySpec("website", .text, label: label("Site web", "Website"), help: "The organisation's website."),
        KeySpec("public_body", .boolean, label: label("Autorité ou organisme public", "Public authority or body"), help: "true for a public authority or body (a commune, an administration, a public establishment): it may keep public archives permanently, and Art. 6(1)(f) does not ground its tasks."),
    ])

    static let contract = RecordSpec("contract", help: "The Art. 28 contract with a processor.", keys: [
        KeySpec("reference", .text, label: label("Référence du contrat", "Contract reference"), help: "Where the signed Art. 28 contract or DPA is filed."),
        KeySpec("signed", .date, label: label("Date de signature", "Signed on"), help: "Date of signature, YYYY-MM-DD."),
        KeySpec("link", .text, label: label("Lien", "Link"), help: "Link to the contract or the provider's DPA."),
    ])

    static let processor = RecordSpec("processor", help: "A processor (sous-traitant, Art. 28).", keys: [
        KeySpec("id", required: true, .identifier, label: label("Identifiant", "Id"), help: "Short id that treatments use to name this processor."),
        KeySpec("name", required: true, .text, label: label("Nom", "Name"), help: "The processor's name."),
        KeySpec("service", required: true, .text, label: label("Prestation", "Service"), help: "What the processor does for you."),
        KeySpec("country", required: true, .country, label: label("Pays de traitement", "Country of processing"), help: "ISO 3166-1 alpha-2 code of the country where it processes the data."),
        KeySpec("contact", .record(contact), label: label("Coordonnées", "Contact"), help: "Its contact details."),
        KeySpec("contract", .record(contract), label: label("Contrat de sous-traitance (art. 28)", "Processing agreement (Art. 28)"), help: "The Art. 28 contract."),
        KeySpec("dpf_certified", .boolean, label: label("Certifié Data Privacy Framework", "DPF certified"), help: "For a US processor: true if it is on the Data Privacy Framework list."),
        KeySpec("sub_processors", .list(.text), label: label("Sous-traitants ultérieurs", "Sub-processors"), help: "Sub-processors it uses, by name."),
    ])

    /// `processors.yaml`: the processors, defined once.
    public static let processorsFile = RecordSpec("processors file", help: "The processors the organisation uses.", keys: [
        KeySpec("processors", required: true, .list(.record(processor)), label: label("Sous-traitants", "Processors"), help: "One entry per processor."),
    ])

    static let consent = RecordSpec("consent", help: "How consent is collected and withdrawn.", keys: [
        KeySpec("collection", .text, label: label("Recueil du consentement", "How consent is collected"), help: "Where and how consent is asked (form, checkbox, banner)."),
        KeySpec("withdrawal", .text, label: label("Retrait du consentement", "How consent is withdrawn"), help: "How the person withdraws it, as easily as it was given."),
        KeySpec("online_service", .boolean, label: label("Service en ligne proposé directement aux personnes", "Online service offered directly"), help: "true when consent is asked for an information society service offered directly to the persons (a website, an app): children's consent then follows Art. 8.", article: "RGPD art. 8"),
        KeySpec("parental_consent", .text, label: label("Consentement du titulaire de l'autorité parentale", "Parental consent"), help: "For children below the age of digital consent: how the holder(s) of parental responsibility give or authorise consent (in France, jointly with a child under 15).", article: "RGPD art. 8 ; loi Informatique et Libertés, art. 45"),
    ])

    static let prospection = RecordSpec("prospection", help: "How a prospection purpose reaches people, and what makes each channel lawful.", keys: [
        KeySpec("channels", required: true, .list(.vocabulary(.init(ProspectionChannel.self))), label: label("Canaux de prospection", "Prospection channels"), help: "The channels used: email, sms, automated_call, fax, phone, post.", article: "CPCE art. L34-5"),
        KeySpec("audience", .vocabulary(.init(ProspectionAudience.self)), label: label("Public visé", "Audience"), help: "consumers (B to C, the default) or professionals (B to B)."),
        KeySpec("soft_opt_in", .boolean, label: label("Exception clients (soft opt-in)", "Soft opt-in"), help: "true when existing clients receive e-mails or SMS about analogous products without prior consent, with an easy way to object (CPCE L34-5)."),
        KeySpec("bloctel", .text, label: label("Consultation de Bloctel", "Bloctel check"), help: "For phone prospection of consumers: how and how often numbers are checked against the Bloctel list.", article: "Code de la consommation art. L223-1"),
    ])

    static let purpose = RecordSpec("purpose", help: "One purpose and its legal basis.", keys: [
        KeySpec("name", required: true, .text, label: label("Finalité", "Purpose"), help: "What the data are used for, in one line."),
        KeySpec("legal_basis", .vocabulary(.init(LegalBasis.self)), label: label("Base légale", "Legal basis"), help: "The Art. 6(1) basis of this purpose; required, except in a fiche kept as processor (role: processor), where the basis is the controller's.", article: "RGPD art. 6(1)"),
        KeySpec("kind", .vocabulary(.init(PurposeKind.self)), label: label("Nature du traitement (référentiels CNIL)", "Kind of processing"), help: "What kind of processing the purpose is, when the CNIL has guidance for it (recruitment, payroll, video_surveillance, whistleblowing…): it decides which retention durations and DPIA requirements apply."),
        KeySpec("legitimate_interest", .text, label: label("Intérêt légitime poursuivi", "Legitimate interest pursued"), help: "For legitimate_interests: the interest pursued."),
        KeySpec("balancing_test", .text, label: label("Mise en balance des intérêts", "Balancing test"), help: "For legitimate_interests: where the balancing test is documented."),
        KeySpec("consent", .record(consent), label: label("Consentement", "Consent"), help: "For consent: how it is collected and withdrawn."),
        KeySpec("legal_text", .text, label: label("Texte applicable", "Legal text"), help: "The text behind the basis: the law for legal_obligation or public_task (required there), the contract's terms for contract, any text for another basis."),
        KeySpec("prospection", .record(prospection), label: label("Prospection", "Prospection"), help: "For a prospection purpose: the channels and the audience."),
    ])

    static let dataSubject = RecordSpec("data subject", help: "A category of persons concerned.", keys: [
        KeySpec("category", required: true, .vocabulary(.init(DataSubjectCategory.self)), label: label("Catégorie de personnes", "Category of persons"), help: "Who the data are about."),
        KeySpec("details", .text, label: label("Précisions", "Details"), help: "Anything that makes the category precise."),
        KeySpec("age", .vocabulary(.init(AgeGroup.self)), label: label("Tranche d'âge", "Age group"), help: "under_13, from_13_to_14, from_15_to_17, minors (age not stated) or adults; write one category per age group when children are concerned.", article: "RGPD art. 8"),
    ])

    static let archive = RecordSpec("archive", help: "The intermediate archive phase.", keys: [
        KeySpec("duration", required: true, .duration, label: label("Durée d'archivage", "Archive duration"), help: "How long the archive is kept, e.g. 13 months."),
        KeySpec("from", required: true, .vocabulary(.init(RetentionStart.self)), label: label("Point de départ", "Counted from"), help: "The event the archive period runs from."),
        KeySpec("purpose", .text, label: label("Objet de l'archivage", "Why archived"), help: "Why the data are archived (evidence, legal obligation)."),
        KeySpec("then", .vocabulary(.init(RetentionEnd.self)), label: label("Sort final", "Final disposition"), help: "What happens when the archive period ends: delete (default), anonymise, permanent_archive or selection."),
    ])

    static let retention = RecordSpec("retention", help: "How long the data are kept, and what happens then.", keys: [
        KeySpec("duration", .oneOf([.duration, .words(Retention.indefiniteSpellings)]), label: label("Durée de conservation", "Retention period"), help: "A length such as '3 years' or '13 months', counted from 'from'."),
        KeySpec("from", .vocabulary(.init(RetentionStart.self)), label: label("À compter de", "Counted from"), help: "The event the duration runs from."),
        KeySpec("until", .vocabulary(.init(RetentionStart.self)), label: label("Jusqu'à", "Until"), help: "Instead of a duration: kept until this event."),
        KeySpec("event", .text, label: label("Événement", "Event"), help: "With from/until: event, the event in words."),
        KeySpec("then", .vocabulary(.init(RetentionEnd.self)), label: label("Au terme", "Then"), help: "What happens at the end of the active period: delete (default), anonymise, archive (intermediate), permanent_archive or selection."),
        KeySpec("archive", .record(archive), label: label("Archivage intermédiaire", "Intermediate archive"), help: "With then: archive, the archive phase."),
        KeySpec("archives_reference", .text, label: label("Référence du service d'archives", "Archives reference"), help: "For permanent_archive or selection: the archives service and its decision (tableau de gestion, visa)."),
        KeySpec("archiving_safeguards", .text, label: label("Garanties de l'archivage (art. 89)", "Archiving safeguards (Art. 89)"), help: "For permanent_archive or selection: the Art. 89(1) safeguards (minimisation, pseudonymisation, restricted access).", article: "RGPD art. 89(1)"),
        KeySpec("note", .text, label: label("Précisions", "Note"), help: "Anything the structure cannot say."),
    ], exactlyOneOf: ["duration", "until"])

    static let personalData = RecordSpec("data category", help: "A category of personal data and its retention.", keys: [
        KeySpec("category", required: true, .vocabulary(.init(DataCategory.self)), label: label("Catégorie de données", "Data category"), help: "The CNIL category."),
        KeySpec("details", .text, label: label("Description", "Description"), help: "The data actually collected in this category."),
        KeySpec("retention", required: true, .record(retention), label: label("Durée de conservation", "Retention"), help: "How long these data are kept.", article: "RGPD art. 30(1)(f)"),
        KeySpec("authorised_by", .text, label: label("Texte autorisant le NIR", "Text authorising the NIR"), help: "For the NIR or another national identification number: the text that authorises its use (LIL art. 30 for the NIR; Art. 87)."),
        KeySpec("country", .country, label: label("Pays de l'identifiant", "Country of the identifier"), help: "For national_id: the country that issues it (FR is the NIR)."),
    ])

    static let sensitiveData = RecordSpec("sensitive data", help: "Special-category (Art. 9) or criminal (Art. 10) data.", keys: [
        KeySpec("category", required: true, .vocabulary(.init(SensitiveDataCategory.self)), label: label("Catégorie", "Category"), help: "The Art. 9(1) category, or criminal."),
        KeySpec("details", .text, label: label("Description", "Description"), help: "The data actually collected."),
        KeySpec("condition", .vocabulary(.init(Article9Condition.self)), label: label("Exception (art. 9.2)", "Art. 9(2) condition"), help: "The Art. 9(2) exception that allows the processing."),
        KeySpec("legal_authority", .text, label: label("Fondement (art. 10 ou texte)", "Legal authority"), help: "For criminal data: the authority or the law that allows it; else the law relied on."),
        KeySpec("retention", required: true, .record(retention), label: label("Durée de conservation", "Retention"), help: "How long these data are kept.", article: "RGPD art. 30(1)(f)"),
    ])

    static let dataSource = RecordSpec("source", help: "Where the data come from.", keys: [
        KeySpec("kind", required: true, .vocabulary(.init(SourceKind.self)), label: label("Origine", "Source"), help: "direct, or the kind of indirect source."),
        KeySpec("details", .text, label: label("Précisions", "Details"), help: "Which source, precisely."),
    ])

    /// A recipient names exactly one of these keys.
    static let recipient = RecordSpec("recipient", help: "Who receives the data: exactly one of service, processor, third_country, partner, authority or other, or a category of them (type).", keys: [
        KeySpec("service", .identifier, label: label("Service interne", "Internal service"), help: "The id of a service of organisation.yaml."),
        KeySpec("processor", .identifier, label: label("Sous-traitant", "Processor"), help: "The id of a processor of processors.yaml."),
        KeySpec("third_country", .text, label: label("Destinataire dans un pays tiers ou organisation internationale", "Recipient in a third country or international organisation"), help: "A recipient outside the EEA or an international organisation, by name; its transfer goes under 'transfers:'."),
        KeySpec("partner", .text, label: label("Partenaire", "Partner"), help: "An institutional or commercial partner, by name."),
        KeySpec("authority", .text, label: label("Autorité", "Authority"), help: "An authority entitled by law, by name."),
        KeySpec("other", .text, label: label("Autre destinataire", "Other recipient"), help: "Any other recipient, by name."),
        KeySpec("type", .vocabulary(.init(RecipientKind.self)), label: label("Type de destinataire", "Recipient type"), help: "Instead of a name: a category of recipients of this type, described in 'details' (Art. 30(1)(d) asks for categories)."),
        KeySpec("details", .text, label: label("Précisions", "Details"), help: "Which data, why, under what conditions."),
        KeySpec("annex", .text, label: label("Liste en annexe", "Listed in annex"), help: "Where the recipients of this entry are listed by name (an annex of the register, a document)."),
    ], exactlyOneOf: RecipientKind.allCases.map(\.rawValue) + ["type"])

    static let transfer = RecordSpec("transfer", help: "A transfer outside the EEA.", keys: [
        KeySpec("recipient", required: true, .text, label: label("Organisme destinataire", "Recipient"), help: "The receiving organisation."),
        KeySpec("processor", .identifier, label: label("Sous-traitant", "Processor"), help: "Its processor id, when the recipient is one of your processors."),
        KeySpec("country", required: true, .country, label: label("Pays", "Country"), help: "ISO 3166-1 alpha-2 code of the destination."),
        KeySpec("safeguard", required: true, .vocabulary(.init(TransferSafeguard.self)), label: label("Type de garanties", "Safeguard"), help: "The legal ground of the transfer."),
        KeySpec("derogation", .vocabulary(.init(Article49Derogation.self)), label: label("Dérogation (art. 49)", "Derogation (Art. 49)"), help: "With safeguard: derogation, which Art. 49 case."),
        KeySpec("documentation", .text, label: label("Liens vers la documentation", "Documentation"), help: "Where the safeguard is documented."),
        KeySpec("signed", .date, label: label("Date du contrat", "Contract date"), help: "For clauses or another contract: when it was signed (it decides which version of the standard clauses applies)."),
        KeySpec("impact_assessment", .text, label: label("Analyse d'impact du transfert", "Transfer impact assessment"), help: "For clauses, BCR or another Art. 46 tool: where the assessment of the destination's law and practice, and of any supplementary measures, is documented.", article: "CEPD, recommandations 01/2020"),
        KeySpec("public_body", .boolean, label: label("Destinataire public", "Public recipient"), help: "true when the recipient is a public authority or body: adequacy decisions limited to commercial organisations (Canada), the private sector (Japan) or certified companies (United States) do not cover it."),
    ])

    static let securityMeasure = RecordSpec("security measure", help: "A security measure.", keys: [
        KeySpec("measure", required: true, .vocabulary(.init(SecurityMeasureKind.self)), label: label("Type de mesure de sécurité", "Security measure"), help: "The CNIL type of measure."),
        KeySpec("details", .text, label: label("Précisions", "Details"), help: "What is actually done."),
    ])

    static let dpia = RecordSpec("dpia", help: "The data-protection impact assessment (Art. 35).", keys: [
        KeySpec("status", required: true, .vocabulary(.init(DPIAStatus.self)), label: label("Analyse d'impact (AIPD)", "DPIA"), help: "not_required, required, in_progress or done."),
        KeySpec("criteria", .list(.vocabulary(.init(DPIACriterion.self))), label: label("Critères du CEPD rencontrés", "EDPB criteria met"), help: "Which of the nine EDPB criteria the treatment meets."),
        KeySpec("cnil_list", .list(.vocabulary(.init(CNILDPIAType.self))), label: label("Liste CNIL des traitements soumis à AIPD", "CNIL list of processing requiring a DPIA"), help: "The types of the CNIL list (délibération n° 2018-327) the treatment belongs to.", article: "CNIL, délibération n° 2018-327"),
        KeySpec("reference", .text, label: label("Référence de l'AIPD", "DPIA reference"), help: "Where the DPIA is kept."),
        KeySpec("date", .date, label: label("Date", "Date"), help: "When the DPIA was completed."),
        KeySpec("justification", .text, label: label("Justification", "Justification"), help: "Why no DPIA is needed, or anything else worth saying."),
    ])

    static let automatedDecisions = RecordSpec("automated decisions", help: "Profiling and automated decisions (Arts. 4(4), 22).", keys: [
        KeySpec("profiling", required: true, .boolean, label: label("Profilage", "Profiling"), help: "true if personal aspects are evaluated (Art. 4(4))."),
        KeySpec("automated_decision", required: true, .boolean, label: label("Décision automatisée", "Automated decision"), help: "true if decisions are taken by automated means only."),
        KeySpec("legal_effect", .boolean, label: label("Effet juridique ou similaire", "Legal or similar effect"), help: "true if such a decision has legal or similarly significant effects (Art. 22)."),
        KeySpec("details", .text, label: label("Description", "Description"), help: "The logic involved and its consequences."),
        KeySpec("safeguards", .text, label: label("Garanties (art. 22.3)", "Safeguards (Art. 22(3))"), help: "Human intervention, right to express one's view and to contest."),
    ])

    static let jointController = RecordSpec("joint controller", help: "A joint controller (Art. 26).", keys: contact.keys + [
        KeySpec("arrangement", .text, label: label("Accord (art. 26)", "Arrangement (Art. 26)"), help: "Where the joint-controllership arrangement is kept."),
        KeySpec("arrangement_essence", .text, label: label("Grandes lignes de l'accord (art. 26.2)", "Essence of the arrangement (Art. 26(2))"), help: "What the persons must be able to know of the arrangement: who informs them, who answers their requests, the contact point.", article: "RGPD art. 26(2)"),
    ])

    static let waiver = RecordSpec("waiver", help: "A rule set aside for this treatment, with its reason.", keys: [
        KeySpec("rule", required: true, .identifier, label: label("Règle", "Rule"), help: "The id of the rule set aside."),
        KeySpec("reason", required: true, .text, label: label("Justification", "Reason"), help: "Why, in full: it is printed in the register."),
    ])

    /// `treatments/<id>.yaml`: one processing activity.
    public static let treatmentFile = RecordSpec("treatment file", help: "One processing activity (fiche de registre).", keys: [
        KeySpec("id", required: true, .identifier, label: label("Identifiant", "Id"), help: "Stable id; the file is named after it."),
        KeySpec("name", required: true, .text, label: label("Nom du traitement", "Name of the processing"), help: "The treatment's name, by purpose rather than by software.", article: "RGPD art. 30(1)(b)"),
        KeySpec("reference", required: true, .text, label: label("N° / RÉF", "No. / Ref."), help: "The register's number for this treatment."),
        KeySpec("created", required: true, .date, label: label("Date de création", "Created"), help: "When the fiche was created, YYYY-MM-DD."),
        KeySpec("updated", required: true, .date, label: label("Mise à jour", "Last updated"), help: "When the fiche was last updated, YYYY-MM-DD."),
        KeySpec("role", .vocabulary(.init(TreatmentRole.self)), label: label("Qualité de l'organisme", "Role"), help: "controller (default), joint_controller or processor."),
        KeySpec("description", .text, label: label("Description du traitement", "Description"), help: "What the processing does, in a few lines."),
        KeySpec("software", .text, label: label("Logiciel ou application", "Software"), help: "The software used, if it helps identify the treatment."),
        KeySpec("department", .text, label: label("Service en charge", "Department in charge"), help: "The department or service that carries out the processing (as public registers state it)."),
        KeySpec("category", .text, label: label("Catégorie thématique", "Thematic category"), help: "The domain the treatment belongs to (Ressources humaines, Action sociale, Urbanisme…), to group a large register."),
        KeySpec("rights_exercise", .text, label: label("Exercice des droits", "How to exercise one's rights"), help: "How people exercise their rights for this treatment, when it differs from the organisation's (a service, an address, a form)."),
        KeySpec("joint_controllers", .list(.record(jointController)), label: label("Responsable(s) conjoint(s)", "Joint controllers"), help: "With role joint_controller: the other controllers."),
        KeySpec("on_behalf_of", .list(.record(contact)), label: label("Pour le compte de", "On behalf of"), help: "With role processor: the controllers you act for (Art. 30(2)(a))."),
        KeySpec("purposes", required: true, .list(.record(purpose)), label: label("Finalité(s) du traitement effectué", "Purposes"), help: "The main purpose first, then sub-purposes; each with its legal basis.", article: "RGPD art. 30(1)(b)"),
        KeySpec("data_subjects", .list(.record(dataSubject)), label: label("Catégories de personnes concernées", "Categories of data subjects"), help: "Who the data are about.", article: "RGPD art. 30(1)(c)"),
        KeySpec("data", .list(.record(personalData)), label: label("Catégories de données personnelles concernées", "Categories of personal data"), help: "Each category with its retention.", article: "RGPD art. 30(1)(c)"),
        KeySpec("sensitive_data", .oneOf([.words([RegisterSchema.none]), .list(.record(sensitiveData))]), label: label("Données sensibles", "Sensitive data"), help: "Art. 9 and Art. 10 data, each with its condition; or none."),
        KeySpec("sources", .list(.record(dataSource)), label: label("Origine des données", "Source of the data"), help: "Where the data come from."),
        KeySpec("recipients", .list(.record(recipient)), label: label("Destinataires", "Recipients"), help: "Who receives the data.", article: "RGPD art. 30(1)(d)"),
        KeySpec("transfers", required: true, .oneOf([.words([RegisterSchema.none]), .list(.record(transfer))]), label: label("Transferts hors UE", "Transfers outside the EU"), help: "none, or each transfer outside the EEA.", article: "RGPD art. 30(1)(e)"),
        KeySpec("security", required: true, .list(.record(securityMeasure)), label: label("Mesures de sécurité", "Security measures"), help: "The security measures.", article: "RGPD art. 30(1)(g)"),
        KeySpec("dpia", .record(dpia), label: label("Analyse d'impact (AIPD)", "DPIA"), help: "Whether a DPIA is needed and where it is."),
        KeySpec("automated_decisions", .record(automatedDecisions), label: label("Décision automatisée et profilage", "Automated decisions and profiling"), help: "Profiling and automated decisions."),
        KeySpec("waivers", .list(.record(waiver)), label: label("Dérogations aux règles", "Waivers"), help: "Rules set aside for this treatment, each with its reason."),
        KeySpec("notes", .text, label: label("Observations", "Notes"), help: "Anything else worth recording."),
    ], requiredUnless: [ConditionalRequirement(list: "purposes", key: "legal_basis", unless: "role", value: TreatmentRole.processor.rawValue)]
        + ["data_subjects", "data", "sources", "recipients"].map {
            ConditionalRequirement(key: $0, unless: "role", value: TreatmentRole.processor.rawValue)
        })
}
