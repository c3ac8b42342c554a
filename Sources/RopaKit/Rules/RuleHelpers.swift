extension Countries {
    /// "the United States (US)", for messages.
    static func describe(_ code: String) -> String {
        name(code, in: .en).map { "\($0) (\(code))" } ?? code
    }
}

extension Purpose {
    /// The purpose's prospection, when it canvasses consumers through `channel`.
    func canvassingConsumers(by channel: ProspectionChannel) -> Prospection? {
        guard let prospection, prospection.audience == .consumers, prospection.channels.contains(channel) else { return nil }
        return prospection
    }
}

extension Purpose {
    /// "legitimate interests", for messages; a processor's category of processing has no basis of its own.
    var basisInWords: String { legalBasis?.label.en.lowercased() ?? "no legal basis of its own" }
}
