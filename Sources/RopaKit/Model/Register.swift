/// The whole register: what `organisation.yaml`, `processors.yaml` and `treatments/*.yaml` say.
public struct Register: Sendable, Hashable {
    public var organisation: Organisation
    public var processors: [Processor]
    /// Sorted by reference, then id: the order of the "Liste des traitements".
    public var treatments: [Treatment]

    public init(organisation: Organisation, processors: [Processor] = [], treatments: [Treatment] = []) {
        self.organisation = organisation
        self.processors = processors
        self.treatments = treatments
    }

    public func processor(id: String) -> Processor? { processors.first { $0.id == id } }
    public func service(id: String) -> Service? { organisation.services.first { $0.id == id } }
    public func treatment(id: String) -> Treatment? { treatments.first { $0.id == id } }

    /// Treatments done as controller or joint controller (Art. 30(1)), then as processor (Art. 30(2)).
    public var controllerTreatments: [Treatment] { treatments.filter { $0.role != .processor } }
    public var processorTreatments: [Treatment] { treatments.filter { $0.role == .processor } }
}
