/// How a prospection purpose reaches people (`purposes[].prospection`): the channels, the
/// audience, and what makes each channel lawful. The prospection rules read it.
///
/// ```yaml
/// purposes:
///   - name: Prospection des clients par courriel
///     legal_basis: legitimate_interests
///     prospection:
///       channels: [email, sms]
///       soft_opt_in: true
/// ```
public struct Prospection: Sendable, Hashable {
    public var channels: [ProspectionChannel]
    /// Consumers unless the file says `audience: professionals`.
    public var audience: ProspectionAudience
    /// Electronic prospection of existing clients about analogous products, without prior
    /// consent, with an easy way to object (CPCE art. L34-5, "soft opt-in").
    public var softOptIn: Bool
    /// For telephone prospection of consumers: how numbers are checked against Bloctel.
    public var bloctel: String?
    public var source: SourceMap

    public init(channels: [ProspectionChannel], audience: ProspectionAudience = .consumers, softOptIn: Bool = false,
                bloctel: String? = nil, source: SourceMap) {
        self.channels = channels
        self.audience = audience
        self.softOptIn = softOptIn
        self.bloctel = bloctel
        self.source = source
    }
}

/// The means of a prospection campaign. E-mail, SMS, automated calls and fax are the
/// electronic channels of CPCE art. L34-5; live telephone calls and post are not.
public enum ProspectionChannel: String, Vocabulary {
    case email
    case sms
    case automatedCall = "automated_call"
    case fax
    case phone
    case post

    public static let vocabularyName = "prospection channel"
    public static let tableKey = "prospection_channel"

    /// Covered by CPCE art. L34-5: prior consent, unless the soft opt-in applies.
    public var isElectronic: Bool {
        switch self {
        case .email, .sms, .automatedCall, .fax: true
        case .phone, .post: false
        }
    }
}

/// Whom a prospection purpose addresses: the rules of CPCE L34-5 and of Bloctel protect consumers.
public enum ProspectionAudience: String, Vocabulary {
    case consumers
    case professionals

    public static let vocabularyName = "prospection audience"
    public static let tableKey = "prospection_audience"
}
