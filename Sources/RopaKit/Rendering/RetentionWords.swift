/// Retention periods in words, as a reader of the register expects them:
/// "3 ans à compter du dernier contact", "jusqu'à la transaction, puis archivage intermédiaire
/// de 13 mois à compter de la date de débit", and the English equivalents; the words and the
/// sentences are those of the translation tables (`duration.*`, `retention.*`).
public enum RetentionWords {
    /// "3 ans", "13 mois", "1 week": the unit's plural form for the amount, by the language's rule.
    public static func duration(_ duration: Duration, in language: Language) -> String {
        Wording(language).plural(duration.unit.pluralKey, count: duration.amount)
    }

    /// The whole retention in one phrase: the period, then the end action unless it is plain deletion
    /// (deletion is what a retention period means when nothing else is said).
    public static func summary(_ retention: Retention, in language: Language) -> String {
        let period = period(retention, in: language)
        guard retention.then != .delete else { return period }
        return Wording(language).format(.retentionThen, ["before": period, "after": end(retention, in: language)])
    }

    /// The final disposition after an intermediate archive, with the archives service when given:
    /// "puis conservation définitive (archives publiques ; Archives départementales, TG 2020)".
    static func finalDisposition(_ retention: Retention, in language: Language) -> String? {
        let final = retention.finalDisposition
        guard final != .delete else { return nil }
        var text = final.label[language]
        if final == .permanentArchive || final == .selection, let reference = retention.archivesReference, !reference.isEmpty {
            text += " — " + reference
        }
        return text
    }

    /// "3 ans à compter du dernier contact", "jusqu'à la transaction", "durée indéterminée".
    public static func period(_ retention: Retention, in language: Language) -> String {
        switch retention.period {
        case .fixed(let length, let start):
            return Wording(language).format(.retentionPeriod, ["duration": duration(length, in: language),
                                                               "event": event(retention, start, in: language)])
        case .until(let end):
            return event(retention, end, until: true, in: language)
        case .indefinite:
            // Words given with an indefinite duration say until what: they are never dropped.
            let indefinite = Wording(language)[.retentionIndefinite]
            return retention.eventDetails.flatMap { $0.isEmpty ? nil : "\(indefinite) (\($0))" } ?? indefinite
        }
    }

    /// Whether `summary` names the archives service (`archives_reference`): only after a
    /// permanent archive or a selection. Elsewhere the reference is printed beside the summary.
    static func namesArchivesReference(_ retention: Retention) -> Bool {
        (retention.finalDisposition == .permanentArchive || retention.finalDisposition == .selection)
            && !(retention.archivesReference ?? "").isEmpty
    }

    /// Only the length: "3 ans", "jusqu'à l'événement", "durée indéterminée".
    public static func length(_ retention: Retention, in language: Language) -> String {
        switch retention.period {
        case .fixed(let length, _): duration(length, in: language)
        case .until: Wording(language)[.retentionUntilLength]
        case .indefinite: Wording(language)[.retentionIndefinite]
        }
    }

    /// Only the event: "à compter du dernier contact", "jusqu'à la transaction"; empty when indefinite.
    public static func event(_ retention: Retention, in language: Language) -> String {
        switch retention.period {
        case .fixed(_, let start): event(retention, start, in: language)
        case .until(let end): event(retention, end, until: true, in: language)
        case .indefinite: ""
        }
    }

    /// What happens at the end: "suppression", "anonymisation", "archivage intermédiaire de 13 mois
    /// à compter de la date de débit (preuve de la transaction)".
    public static func end(_ retention: Retention, in language: Language) -> String {
        guard retention.then == .archive, let archive = retention.archive else {
            return finalDisposition(retention, in: language) ?? retention.then.label[language]
        }
        let wording = Wording(language)
        var text = wording.format(.retentionArchive, ["duration": duration(archive.duration, in: language),
                                                      "event": from(archive.from.label[language], in: language)])
        if let purpose = archive.purpose, !purpose.isEmpty { text += " (\(purpose))" }
        if let final = finalDisposition(retention, in: language) { text = wording.format(.retentionThen, ["before": text, "after": final]) }
        return text
    }

    /// The event in words; an event the register describes itself (`event:`) is a register value,
    /// never translated, and has sentences of its own: "from “la clôture du signalement”". Words
    /// given beside a named start (`from: last_activity` and `event:`) follow it in brackets: they
    /// say which activity, and are never dropped.
    private static func event(_ retention: Retention, _ start: RetentionStart, until: Bool = false, in language: Language) -> String {
        let details = retention.eventDetails.flatMap { $0.isEmpty ? nil : $0 }
        if start == .event, let details {
            return Wording(language).format(until ? .retentionUntilStated : .retentionFromStated, ["event": details])
        }
        let named = until ? self.until(start.label[language], in: language) : from(start.label[language], in: language)
        return details.map { "\(named) (\($0))" } ?? named
    }

    /// "à compter de" + the event, with French contractions (du, des, de la, de l'): `retention.from`.
    static func from(_ event: String, in language: Language) -> String {
        Wording(language).format(.retentionFrom, ["event": event])
    }

    /// "jusqu'à" + the event, with French contractions (jusqu'au, jusqu'aux, jusqu'à la, jusqu'à l'): `retention.until`.
    static func until(_ event: String, in language: Language) -> String {
        Wording(language).format(.retentionUntil, ["event": event])
    }
}
