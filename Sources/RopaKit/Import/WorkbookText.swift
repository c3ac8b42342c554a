import Foundation

/// The texts a DPO types into the CNIL workbook's free cells, read into register values where they
/// say something ropa can structure: dates, and retention periods written in words.
enum WorkbookText {
    /// A day from a date cell, or from text written `26/05/2018`, `26/05/18`, `26-05-2018` or
    /// `2018-05-26`.
    static func date(_ cell: Cell) -> ISODate? {
        if case .date(let day) = cell.kind { return day }
        let text = cell.text.trimmingWhitespace
        if let iso = ISODate(parsing: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return ISODate(year: year, month: month, day: day)
    }

    /// "Contrat en date du 23/01/2018", "signé le 2018-01-23": the first date written in a text.
    static func firstDate(in text: String) -> ISODate? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }) {
            let trimmed = String(word).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if trimmed.count >= 8, let day = date(Cell(lines: [trimmed])) { return day }
        }
        return nil
    }

    /// A retention period in words, when it has the shape "N unit à compter de <event>" (or
    /// "après", "suivant") or "durée du contrat + N ans"; nil otherwise (the words are then kept).
    static func retention(_ text: String) -> (duration: Duration, from: RetentionStart, event: String?)? {
        let lowered = text.lowercased().trimmingWhitespace.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        // "durée du contrat + 3 ans", "durée de la relation contractuelle augmentée de 3 ans"
        for marker in ["+", "augmentée de", "plus"] {
            if (lowered.hasPrefix("durée du contrat") || lowered.hasPrefix("durée de la relation")),
               let range = lowered.range(of: marker), let duration = Duration(parsing: String(lowered[range.upperBound...]).trimmingWhitespace) {
                return (duration, .endOfRelationship, nil)
            }
        }
        let words = lowered.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count >= 2, let duration = Duration(parsing: words[0] + " " + words[1]) else { return nil }
        guard words.count == 3 else { return nil }
        var rest = words[2]
        for connector in ["à compter de la ", "à compter du ", "à compter des ", "à compter de l'", "à compter de l’", "à compter de ",
                          "après la ", "après le ", "après l'", "après ", "suivant la ", "suivant le ", "suivant "] where rest.hasPrefix(connector) {
            rest = String(rest.dropFirst(connector.count))
            let article = connector.hasSuffix("du ") ? "le " : connector.hasSuffix("des ") ? "les " : connector.hasSuffix("la ") ? "la "
                : connector.hasSuffix("l'") || connector.hasSuffix("l’") ? "l'" : connector.hasSuffix("le ") ? "le " : ""
            let event = article + rest
            return (duration, start(of: event) ?? .event, start(of: event) == nil ? event : nil)
        }
        return nil
    }

    /// The events ropa names itself, recognised in words.
    private static func start(of event: String) -> RetentionStart? {
        let known: [(String, RetentionStart)] = [
            ("la fin de la relation contractuelle", .endOfRelationship), ("la fin du contrat", .endOfRelationship),
            ("la fin de la relation commerciale", .endOfRelationship), ("le dernier contact", .lastContact),
            ("la collecte", .collection), ("la transaction", .transaction), ("la date de débit", .debit), ("le débit", .debit),
        ]
        return known.first { CNILModel.sameKey($0.0, event) }?.1
    }
}
