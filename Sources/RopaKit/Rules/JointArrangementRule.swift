/// Each joint controller comes with the Art. 26 arrangement and the essence the persons may know.
public struct JointArrangementRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "joint-arrangement",
        severity: .warning,
        title: "A joint controller comes with the arrangement between the controllers and its essence",
        reference: "RGPD art. 26(1) et 26(2)",
        rationale: """
            Joint controllers "determine their respective responsibilities … in particular as regards the \
            exercising of the rights of the data subject and their respective duties to provide the information \
            referred to in Articles 13 and 14, by means of an arrangement between them"; "the essence of the \
            arrangement shall be made available to the data subject" (Art. 26(1) and (2) [S: the text as \
            reproduced by gdprhub.eu; EDPB Guidelines 07/2020 §177: the person must know, for instance, which \
            controller is the contact point]). For each entry of `joint_controllers:` the register says where \
            the arrangement is (`arrangement:`) and what the persons may know of it (`arrangement_essence:`: \
            who informs them, who answers their requests); the fiche prints both, and the public version of the \
            register keeps the essence. Each that is missing is a warning.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                role: joint_controller
                joint_controllers:
                  - name: ↓Ligue régionale
                    email: contact@ligue.example
                """),
            RuleExample("""
                role: joint_controller
                joint_controllers:
                  - name: ↓Ligue régionale
                    email: contact@ligue.example
                    arrangement: convention d'organisation du 2025-09-01
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                role: joint_controller
                joint_controllers:
                  - name: Ligue régionale
                    email: contact@ligue.example
                    arrangement: convention d'organisation du 2025-09-01, art. 4
                    arrangement_essence: Le club informe les familles et répond à leurs demandes, à rgpd@club.example ; la Ligue tient les résultats
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.jointControllers.compactMap { joint in
            var missing: [String] = []
            if !Proof.isGiven(joint.arrangement) { missing.append("where the Art. 26 arrangement is ('arrangement:')") }
            if !Proof.isGiven(joint.arrangementEssence) { missing.append("its essence, which the persons may know ('arrangement_essence:')") }
            guard !missing.isEmpty else { return nil }
            let placeholder = Proof.placeholder([("arrangement", joint.arrangement), ("arrangement_essence", joint.arrangementEssence)],
                                                in: joint.contact.source)
            return Self.diagnostic(
                "the register does not say, for the joint controller '\(joint.contact.name)', \(missing.joined(separator: " nor "))\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? joint.contact.source["name"],
                help: "write 'arrangement:' (where the agreement between the controllers is kept) and 'arrangement_essence:' (who informs the persons, who answers their requests, the contact point)")
        }
    }
}
