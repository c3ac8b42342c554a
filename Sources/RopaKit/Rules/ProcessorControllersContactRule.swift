/// A fiche kept as processor names each controller with its contact details.
public struct ProcessorControllersContactRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "processor-controllers-contact",
        severity: .warning,
        title: "A fiche kept as processor gives each controller's contact details",
        reference: "RGPD art. 30(2)(a)",
        rationale: """
            The processor's record contains "the name and contact details of the processor or processors and of \
            each controller on behalf of which the processor is acting" (Art. 30(2)(a), fact sheet §2.1 [P]); \
            the CNIL's guide for processors lists "le nom et les coordonnées de chaque client" (§1.4 [P: SRC-ST]). \
            A fiche with `role: processor` must name the controllers (`on_behalf_of:`, required by the loader); \
            this rule wants an e-mail, a telephone number or an address for each.
            A processor's fiche records the categories of processing done for the controllers (its purposes, \
            without a legal basis of its own: the basis is the controller's), the transfers and the security \
            measures; the rules on legal bases, retention guidance, DPIAs and consent, which are controllers' \
            obligations, do not judge it. Transfers do: a processor's own transfers need their ground and their \
            impact assessment.
            """,
        triggeringExamples: [
            RuleExample("""
                role: processor
                on_behalf_of:
                  - name: ↓Garage Dupuis
                purposes:
                  - name: Calcul des bulletins de paie
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                role: processor
                on_behalf_of:
                  - name: Garage Dupuis
                    email: gerance@garage-dupuis.example
                purposes:
                  - name: Calcul des bulletins de paie
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard treatment.role == .processor else { return [] }
        return treatment.onBehalfOf.filter { !Proof.isGiven($0.email) && !Proof.isGiven($0.phone) && $0.address == nil }.map { controller in
            let placeholder = Proof.placeholder([("email", controller.email), ("phone", controller.phone)], in: controller.source)
            return Self.diagnostic(
                "the controller '\(controller.name)' is named without contact details\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? controller.source["name"],
                help: "add its 'email:', 'phone:' or 'address:' under 'on_behalf_of:'")
        }
    }
}
