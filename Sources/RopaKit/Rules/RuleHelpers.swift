extension ISODate {
    /// The same day `months` months later (earlier when negative), clamped to the month's last day.
    func addingMonths(_ months: Int) -> ISODate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return ISODate(year: newYear, month: newMonth, day: min(day, ISODate.daysIn(month: newMonth, year: newYear))) ?? self
    }
}

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
