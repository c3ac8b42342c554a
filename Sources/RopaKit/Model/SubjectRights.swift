/// A right of the people whose data are processed, as the GDPR and the French law give it.
public enum SubjectRight: String, CaseIterable, Sendable {
    case access, rectification, erasure, restriction, portability, objection
    case marketingObjection = "marketing_objection"
    case withdrawal
    case automatedDecision = "automated_decision"
    case postMortem = "post_mortem"

    /// The right's short name ("droit d'accès"), from the translation tables (`right.<name>.name`).
    public var name: Phrase { Phrase("right.\(rawValue).name") }
    /// What the right gives and when, with its article, as a notice prints it (`right.<name>.text`).
    public var text: Phrase { Phrase("right.\(rawValue).text") }
}

/// Which rights a treatment gives, read from what the register says of it: its legal bases, its
/// prospection, its automated decisions, the law that applies. A notice prints exactly these, so
/// it never promises a right that does not apply to a treatment, nor leaves out one that does;
/// the organisation's own words about a right (`notice: *_terms`) say how to exercise it, never
/// its scope.
///
/// - Arts. 15, 16, 17 and 18 (access, rectification, erasure, restriction) apply to every
///   treatment, erasure and restriction in the cases those articles list;
/// - Art. 20(1)(a) portability: processing based on consent (Art. 6(1)(a) or explicit consent,
///   9(2)(a)) or on a contract (6(1)(b));
/// - Art. 21(1) objection: processing based on a public task (6(1)(e)) or legitimate interests (6(1)(f));
/// - Art. 21(2) objection to direct marketing, whatever the basis: a purpose of prospection;
/// - Art. 7(3) withdrawal of consent: processing based on consent, or sensitive data processed on
///   explicit consent;
/// - Art. 22 not to be subject to a decision based solely on automated processing that produces
///   legal or similarly significant effects: a treatment that takes such decisions;
/// - loi Informatique et Libertés art. 85, directives after death: French law (also when the
///   register names no country: the notice is the CNIL's model).
///
/// Sources: Regulation (EU) 2016/679, Arts. 7(3), 15–18 and 20–22 (the primary text; Art. 20(1)(a)
/// checked on 2026-12-01 against gdprhub.eu's reproduction of it — a secondary copy — the others
/// not re-checked that day); loi Informatique et Libertés arts. 84–86 as in
/// cnil-register-facts.md §6.2 (secondary source there). The fact sheet does not list the
/// conditions of Arts. 15–22 themselves.
///
/// Not modelled: Art. 21(6), objection to research or statistics under Art. 89(1); Art. 21(2) for
/// direct marketing that the register does not mark as prospection (profiling for advertising).
public struct SubjectRights: Sendable, Equatable {
    /// The rights, in the order of the GDPR's articles.
    public let rights: [SubjectRight]
    /// True when what the rights depend on is not known — a purpose's legal basis (not stated,
    /// or its entry failed to load), the sensitive data's conditions, the automated decisions —:
    /// the rights that depend on it cannot be told, and the notice says so rather than leave
    /// them out.
    public let dependOnUndeterminedBasis: Bool

    /// The rights that depend on the legal bases or on what the treatment does.
    public static let dependent: [SubjectRight] = [.portability, .objection, .marketingObjection, .withdrawal, .automatedDecision]

    public init(of treatment: Treatment, jurisdiction: String?) {
        let bases = treatment.purposes.compactMap(\.legalBasis)
        let explicitConsent = treatment.sensitiveData.contains { $0.condition == .explicitConsent }
        let consent = bases.contains(.consent) || explicitConsent
        var rights: [SubjectRight] = [.access, .rectification, .erasure, .restriction]
        if consent || bases.contains(.contract) { rights.append(.portability) }
        if bases.contains(.publicTask) || bases.contains(.legitimateInterests) { rights.append(.objection) }
        if treatment.purposes.contains(where: { $0.prospection != nil }) { rights.append(.marketingObjection) }
        if consent { rights.append(.withdrawal) }
        if let decisions = treatment.automatedDecisions, decisions.automatedDecision, decisions.legalEffect {
            rights.append(.automatedDecision)
        }
        if jurisdiction == nil || jurisdiction == "FR" { rights.append(.postMortem) }
        self.rights = rights
        let failed: Set<String> = ["purposes", "sensitive_data", "automated_decisions", InvalidEntry.wholeFile]
        // An automated decision whose effect the file does not state: Art. 22 may apply.
        let effectUnknown = treatment.automatedDecisions.map { $0.automatedDecision && !$0.source.has("legal_effect") } ?? false
        dependOnUndeterminedBasis = bases.count < treatment.purposes.count || effectUnknown
            || treatment.invalidEntries.contains { failed.contains($0.key) }
    }
}
