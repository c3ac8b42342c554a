/// Lookups every output format needs, written once.
extension Register {
    /// A recipient as printed: the service's or processor's name for an id, else the name written;
    /// for a category of recipients (no name), the words that describe it.
    func displayName(of recipient: Recipient, in language: Language) -> String {
        guard let name = recipient.name else { return recipient.details ?? recipient.annex ?? recipient.kind.label[language] }
        return switch recipient.kind {
        case .service: service(id: name)?.name ?? name
        case .processor: processor(id: name)?.name ?? name
        case .thirdCountry, .partner, .authority, .other: name
        }
    }

    /// The processors a treatment uses, as recipients or as transfer recipients, in order, once each.
    func processorIDs(of treatment: Treatment) -> [String] {
        var seen: [String] = []
        let ids = treatment.recipients.filter { $0.kind == .processor }.compactMap(\.name) + treatment.transfers.compactMap(\.processor)
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}

extension Register {
    /// The date the register is as of: the latest `updated` of its fiches (a fiche never updated
    /// counts by its `created`). A document says "Version du 28 novembre 2026" with it, which a
    /// reader compares at a glance, where the fingerprint needs the files. Nil for a register
    /// with no dated fiche.
    public var latestUpdate: ISODate? {
        treatments.compactMap { $0.updated ?? $0.created }.max()
    }
}
