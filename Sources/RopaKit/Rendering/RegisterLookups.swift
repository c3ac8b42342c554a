/// Lookups every output format needs, written once.
extension Register {
    /// A recipient as printed: the service's or processor's name for an id, else the name written.
    func displayName(of recipient: Recipient) -> String {
        switch recipient.kind {
        case .service: service(id: recipient.name)?.name ?? recipient.name
        case .processor: processor(id: recipient.name)?.name ?? recipient.name
        case .thirdCountry, .partner, .authority, .other: recipient.name
        }
    }

    /// The processors a treatment uses, as recipients or as transfer recipients, in order, once each.
    func processorIDs(of treatment: Treatment) -> [String] {
        var seen: [String] = []
        let ids = treatment.recipients.filter { $0.kind == .processor }.map(\.name) + treatment.transfers.compactMap(\.processor)
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
