/// Organisation-wide texts of the information notice (GDPR Arts. 12–14) that the register itself
/// does not hold: how people exercise their rights, how their identity is checked, the cookie
/// policy, … Written once in `organisation.yaml` under `notice:`, in the register's language.
///
/// Each topic is one optional key; its labels are the notice's headings and the schema's labels.
public enum NoticeTopic: String, CaseIterable, Sendable {
    case scope
    case rightsContact = "rights_contact"
    case identityCheck = "identity_check"
    case responseTime = "response_time"
    case accessTerms = "access_terms"
    case rectificationTerms = "rectification_terms"
    case erasureTerms = "erasure_terms"
    case restrictionTerms = "restriction_terms"
    case portabilityTerms = "portability_terms"
    case objectionTerms = "objection_terms"
    case postMortemTerms = "post_mortem_terms"
    case mandatoryAnswers = "mandatory_answers"
    case cookiePolicy = "cookie_policy"
    case processorsCommitment = "processors_commitment"
    case securityCommitment = "security_commitment"
    case breachNotification = "breach_notification"
    case referentRole = "referent_role"
    case changes
    case moreInformation = "more_information"

    /// The heading this text gets in the notice, and the label of its key: `notice_topic.<key>`
    /// in the translation tables.
    public var label: Phrase { Phrase("notice_topic." + rawValue) }

    /// What to write, for the schema, the format reference and the editor.
    public var help: String {
        switch self {
        case .scope: "Which treatments and which people this notice covers (policy preamble and scope)."
        case .rightsContact: "Where and how people send a request to exercise their rights: postal address, e-mail, form."
        case .identityCheck: "How the requester's identity is checked (e.g. copy of an identity document), and when."
        case .responseTime: "How soon requests are answered (GDPR Art. 12(3): one month, extendable by two)."
        case .accessTerms: "Conditions of the right of access (Art. 15): copies, electronic form, limits."
        case .rectificationTerms: "How data are updated or rectified (Art. 16)."
        case .erasureTerms: "When erasure applies and when it does not (Art. 17)."
        case .restrictionTerms: "When restriction of processing applies (Art. 18)."
        case .portabilityTerms: "When portability applies and in what format (Art. 20)."
        case .objectionTerms: "How to object, notably to prospection (Art. 21)."
        case .postMortemTerms: "How people give directives on their data after death (French law, LIL arts. 84–85)."
        case .mandatoryAnswers: "How forms show which answers are mandatory, and the consequences of not answering (Art. 13(2)(e))."
        case .cookiePolicy: "Where the cookie policy is (a link or a sentence)."
        case .processorsCommitment: "What the organisation commits to about its processors (Art. 28), in public words."
        case .securityCommitment: "The security commitment as published (no internal detail)."
        case .breachNotification: "The commitment to notify breaches to the CNIL and to the people concerned (Arts. 33–34)."
        case .referentRole: "What the DPO or referent does for people who write to them."
        case .changes: "How the notice changes and how people are told."
        case .moreInformation: "Where to ask for more information."
        }
    }
}

/// The texts written under `notice:` in `organisation.yaml`; a topic not written is absent.
public struct NoticeTexts: Sendable, Hashable {
    public var texts: [NoticeTopic: String]

    public init(_ texts: [NoticeTopic: String] = [:]) {
        self.texts = texts
    }

    public subscript(topic: NoticeTopic) -> String? { texts[topic] }
}
