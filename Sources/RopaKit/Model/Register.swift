/// The whole register: what `organisation.yaml`, `processors.yaml` and `treatments/*.yaml` say.
public struct Register: Sendable, Hashable {
    public var organisation: Organisation
    public var processors: [Processor]
    /// Sorted by reference, then id: the order of the "Liste des traitements". A treatment file
    /// that could not be read at all is here too, named after its file, with one invalid entry
    /// for the whole file: it stays visible in every output.
    public var treatments: [Treatment]
    /// What `processors.yaml` says that could not be loaded: processors with an error (key
    /// `processors`) or the whole file.
    public var invalidEntries: [InvalidEntry]
    /// Set by `publicVersion()`: what it left out is then printed as withheld, never as absent
    /// (a DPIA's criteria left out are not "none").
    public var isPublicVersion = false

    public init(organisation: Organisation, processors: [Processor] = [], treatments: [Treatment] = [],
                invalidEntries: [InvalidEntry] = []) {
        self.organisation = organisation
        self.processors = processors
        self.treatments = treatments
        self.invalidEntries = invalidEntries
    }

    /// The country whose national law applies (ISO code): `jurisdiction:`, else the country of the
    /// organisation's address; nil when the register says neither. National checks (the CNIL's
    /// référentiels, the French prospection and NIR rules) run only for their country.
    public var jurisdiction: String? {
        organisation.jurisdiction ?? organisation.controller.address?.country
    }

    /// Whether every file loaded without error.
    public var isComplete: Bool {
        invalidEntries.isEmpty && organisation.invalidEntries.isEmpty && treatments.allSatisfy(\.isComplete)
    }

    public func processor(id: String) -> Processor? { processors.first { $0.id == id } }
    public func service(id: String) -> Service? { organisation.services.first { $0.id == id } }
    public func treatment(id: String) -> Treatment? { treatments.first { $0.id == id } }

    /// Treatments done as controller or joint controller (Art. 30(1)), then as processor (Art. 30(2)).
    public var controllerTreatments: [Treatment] { treatments.filter { $0.role != .processor } }
    public var processorTreatments: [Treatment] { treatments.filter { $0.role == .processor } }
}
