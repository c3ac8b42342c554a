/// Retention periods in words, as a reader of the register expects them:
/// "3 ans à compter du dernier contact", "jusqu'à la transaction, puis archivage intermédiaire
/// de 13 mois à compter de la date de débit", and the English equivalents.
public enum RetentionWords {
    /// "3 ans", "13 mois", "1 week". French uses the singular for 0 and 1, English for 1 only.
    public static func duration(_ duration: Duration, in language: Language) -> String {
        let amount = duration.amount
        switch language {
        case .fr:
            let singular = amount <= 1
            let unit = switch duration.unit {
            case .days: singular ? "jour" : "jours"
            case .weeks: singular ? "semaine" : "semaines"
            case .months: "mois"
            case .years: singular ? "an" : "ans"
            }
            return "\(amount) \(unit)"
        case .en:
            let unit = switch duration.unit {
            case .days: "day"
            case .weeks: "week"
            case .months: "month"
            case .years: "year"
            }
            return "\(amount) \(unit)\(amount == 1 ? "" : "s")"
        }
    }

    /// The whole retention in one phrase: the period, then the end action unless it is plain deletion
    /// (deletion is what a retention period means when nothing else is said).
    public static func summary(_ retention: Retention, in language: Language) -> String {
        let period = period(retention, in: language)
        guard retention.then != .delete else { return period }
        return period + (language == .fr ? ", puis " : ", then ") + end(retention, in: language)
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
            return duration(length, in: language) + " " + event(retention, start, in: language)
        case .until(let end):
            return event(retention, end, until: true, in: language)
        case .indefinite:
            return language == .fr ? "durée indéterminée" : "indefinitely"
        }
    }

    /// Only the length: "3 ans", "jusqu'à l'événement", "durée indéterminée".
    public static func length(_ retention: Retention, in language: Language) -> String {
        switch retention.period {
        case .fixed(let length, _): duration(length, in: language)
        case .until: language == .fr ? "jusqu'à l'événement" : "until the event"
        case .indefinite: language == .fr ? "durée indéterminée" : "indefinitely"
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
        let start = from(archive.from.label[language], in: language)
        var text = switch language {
        case .fr: "archivage intermédiaire de \(duration(archive.duration, in: language)) \(start)"
        case .en: "intermediate archiving for \(duration(archive.duration, in: language)) \(start)"
        }
        if let purpose = archive.purpose, !purpose.isEmpty { text += " (\(purpose))" }
        if let final = finalDisposition(retention, in: language) { text += (language == .fr ? ", puis " : ", then ") + final }
        return text
    }

    private static func event(_ retention: Retention, _ start: RetentionStart, until: Bool = false, in language: Language) -> String {
        var words = start.label[language]
        if start == .event, let details = retention.eventDetails, !details.isEmpty { words = details }
        return until ? self.until(words, in: language) : from(words, in: language)
    }

    /// "à compter de" + the event, with French contractions: du, des, de la, de l'.
    static func from(_ event: String, in language: Language) -> String {
        guard language == .fr else { return "from " + event }
        return "à compter " + contract(event, de: true)
    }

    /// "jusqu'à" + the event, with French contractions: jusqu'au, jusqu'aux, jusqu'à la, jusqu'à l'.
    static func until(_ event: String, in language: Language) -> String {
        guard language == .fr else { return "until " + event }
        return "jusqu'" + contract(event, de: false)
    }

    /// "de"/"à" followed by a noun phrase, contracted with its article as French requires.
    private static func contract(_ phrase: String, de: Bool) -> String {
        let lower = phrase.lowercased()
        func rest(_ count: Int) -> Substring { phrase.dropFirst(count) }
        if lower.hasPrefix("le ") { return (de ? "du " : "au ") + rest(3) }
        if lower.hasPrefix("les ") { return (de ? "des " : "aux ") + rest(4) }
        if lower.hasPrefix("la ") || lower.hasPrefix("l'") || lower.hasPrefix("l’") {
            return (de ? "de " : "à ") + phrase
        }
        if let first = lower.first, "aeiouyhàâéèêëîïôùûü".contains(first) {
            return (de ? "d'" : "à ") + phrase
        }
        return (de ? "de " : "à ") + phrase
    }
}
