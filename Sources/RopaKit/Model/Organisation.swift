/// A postal address. `country` is an ISO 3166-1 alpha-2 code.
public struct Address: Sendable, Hashable {
    public var street: String?
    public var postalCode: String?
    public var city: String?
    public var country: String?

    public init(street: String? = nil, postalCode: String? = nil, city: String? = nil, country: String? = nil) {
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.country = country
    }
}

/// Name and contact details of a person or body, as Art. 30(1)(a) asks for each actor.
public struct Contact: Sendable, Hashable {
    public var name: String
    /// The company, for an external DPO or a body represented by a person.
    public var company: String?
    public var address: Address?
    public var email: String?
    public var phone: String?
    public var source: SourceMap

    public init(name: String, company: String? = nil, address: Address? = nil, email: String? = nil, phone: String? = nil, source: SourceMap) {
        self.name = name
        self.company = company
        self.address = address
        self.email = email
        self.phone = phone
        self.source = source
    }
}

/// The controller and the facts that hold for every treatment (file `organisation.yaml`).
public struct Organisation: Sendable, Hashable {
    /// The organisation as controller: its name and contact details.
    public var controller: Contact
    /// The person who heads the organisation ("responsable de l'organisme"), when named.
    public var head: String?
    /// SIREN, RCS or any registration number.
    public var registration: String?
    public var website: String?
    /// A public authority or body (a commune, an administration): `public_body: true`.
    public var isPublicBody: Bool
    /// The EU representative (Art. 27), required only for a controller outside the EU. Nil when
    /// the file says `representative: none`, or says nothing (`source.has("representative")`).
    public var representative: Contact?
    /// Nil when the file says `data_protection_contact: none`, or says nothing: only the first
    /// is a statement that no DPO or referent is designated.
    public var dataProtectionContact: DataProtectionContact?
    public var services: [Service]
    /// The organisation-wide texts of the information notice (`notice:`).
    public var notice: NoticeTexts
    /// The country whose national law and supervisory authority the register answers to, when the
    /// file says it (`jurisdiction:`); see `Register.jurisdiction`.
    public var jurisdiction: String?
    /// What `organisation.yaml` says that could not be loaded, by key (a controller without a
    /// name: key `organisation`). The controller's `name` is then empty.
    public var invalidEntries: [InvalidEntry]
    public var source: SourceMap

    public init(controller: Contact, head: String? = nil, registration: String? = nil, website: String? = nil,
                isPublicBody: Bool = false, representative: Contact? = nil, dataProtectionContact: DataProtectionContact? = nil,
                services: [Service] = [], notice: NoticeTexts = NoticeTexts(), jurisdiction: String? = nil,
                invalidEntries: [InvalidEntry] = [], source: SourceMap) {
        self.controller = controller
        self.head = head
        self.registration = registration
        self.website = website
        self.isPublicBody = isPublicBody
        self.representative = representative
        self.dataProtectionContact = dataProtectionContact
        self.services = services
        self.notice = notice
        self.jurisdiction = jurisdiction
        self.invalidEntries = invalidEntries
        self.source = source
    }
}

/// The DPO, or the data-protection referent of an organisation that need not designate a DPO.
public struct DataProtectionContact: Sendable, Hashable {
    public var role: ContactRole
    public var contact: Contact

    public init(role: ContactRole, contact: Contact) {
        self.role = role
        self.contact = contact
    }
}

/// An internal service (department) that receives data; treatments refer to it by id.
public struct Service: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var source: SourceMap

    public init(id: String, name: String, description: String? = nil, source: SourceMap) {
        self.id = id
        self.name = name
        self.description = description
        self.source = source
    }
}

/// A processor (sous-traitant, GDPR Art. 28), defined once and referred to by id.
public struct Processor: Sendable, Hashable {
    public var id: String
    public var name: String
    /// What it does for the organisation ("hébergement", "routage des courriels").
    public var service: String
    /// ISO 3166-1 alpha-2 code of the country where the data are processed.
    public var country: String
    public var contact: Contact?
    public var contract: Contract?
    /// For a US processor: whether it is certified under the EU–US Data Privacy Framework.
    public var dpfCertified: Bool?
    public var subProcessors: [String]
    public var source: SourceMap

    public init(id: String, name: String, service: String, country: String, contact: Contact? = nil,
                contract: Contract? = nil, dpfCertified: Bool? = nil, subProcessors: [String] = [], source: SourceMap) {
        self.id = id
        self.name = name
        self.service = service
        self.country = country
        self.contact = contact
        self.contract = contract
        self.dpfCertified = dpfCertified
        self.subProcessors = subProcessors
        self.source = source
    }

    /// The Art. 28(3) contract (or data-processing agreement).
    public struct Contract: Sendable, Hashable {
        public var reference: String?
        public var signed: ISODate?
        public var link: String?
        public var source: SourceMap

        public init(reference: String? = nil, signed: ISODate? = nil, link: String? = nil, source: SourceMap) {
            self.reference = reference
            self.signed = signed
            self.link = link
            self.source = source
        }
    }
}
