/// Reads back a retention period in the words ropa prints it (`RetentionWords.summary`): "3 ans à
/// compter de la fin de la relation contractuelle", "jusqu'à la transaction, puis archivage
/// intermédiaire de 13 mois à compter de la date de débit (preuve…)". `ropa import` reads so a
/// workbook that `render --format ods` wrote, structure and all.
///
/// Nothing is guessed: each reading is printed again and kept only when it gives the very same
/// words. A text ropa did not write is left to `WorkbookText.retention`, or kept in words.
enum RetentionReading {
    /// What the workbook gives beside the words, in columns of their own (`RopaWorkbookLayout.Column`).
    struct Extras: Hashable {
        var event: String?
        var archivesReference: String?
        var archivingSafeguards: String?
        var note: String?
    }

    static func read(_ text: String, extras: Extras = Extras(), in language: Language = .fr, source: SourceMap,
                     phrasebook: Phrasebook? = nil) -> Retention? {
        let book = phrasebook.flatMap { $0.language == language ? $0 : nil } ?? Phrasebook(language)
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        // Documents print the summary with a capital letter, and French ones with the typographic
        // apostrophe (« jusqu’à ») where a workbook typed by hand has the straight one: a text
        // with only straight apostrophes is also read with typographic ones, and the words taken
        // from it get their straight apostrophes back, as written.
        let straightOnly = trimmed.contains("'") && !trimmed.contains("’")
        var variants = [trimmed] + (trimmed.lowercasedFirst == trimmed ? [] : [trimmed.lowercasedFirst])
        if straightOnly { variants += variants.map { $0.replacingOccurrences(of: "'", with: "’") } }
        for variant in variants {
            let restoresApostrophes = straightOnly && variant.contains("’")
            func printsVariant(_ retention: Retention) -> Bool {
                let printed = RetentionWords.summary(retention, in: language)
                return printed == variant || (restoresApostrophes && printed.replacingOccurrences(of: "'", with: "’") == variant)
            }
            for candidate in Reader(book: book, source: source).retentions(variant) {
                var retention = restoresApostrophes ? candidate.replacingApostrophes : candidate
                // The columns beside the words say the event's and the archives' own words: a
                // reading that gives other words is another reading, and would drop them.
                if !agrees(retention.eventDetails, with: extras.event) || !agrees(retention.archivesReference, with: extras.archivesReference) {
                    continue
                }
                retention.eventDetails = retention.eventDetails ?? extras.event
                retention.archivesReference = retention.archivesReference ?? extras.archivesReference
                retention.archivingSafeguards = extras.archivingSafeguards
                retention.note = extras.note
                if printsVariant(retention) { return retention }
                // A workbook written before the words beside a named start were printed in
                // brackets has them in their column only: "à compter de la dernière activité".
                if candidate.eventDetails == nil, retention.eventDetails != nil, retention.startsAtNamedEvent {
                    var unbracketed = retention
                    unbracketed.eventDetails = nil
                    if printsVariant(unbracketed) { return retention }
                }
            }
        }
        return nil
    }

    /// Whether a reading's own words are those of the column beside the text (or either is silent).
    private static func agrees(_ own: String?, with column: String?) -> Bool {
        guard let own, !own.isEmpty, let column, !column.isEmpty else { return true }
        func plain(_ text: String) -> String { text.replacingOccurrences(of: "’", with: "'") }
        return plain(own) == plain(column)
    }

    /// The words of the retention sentences that do not depend on the text read, made once per
    /// import: every cell of a large workbook would otherwise fill the same templates again.
    struct Phrasebook: Sendable {
        let language: Language
        let words: Wording
        let untilStem: String
        let fromStem: String
        let periodSeparator: String
        let archivePieces: [String]?
        let thenSeparator: String
        /// "jusqu'à la fin de la relation contractuelle" → its start, and the same for "à compter de".
        let untilStarts: [String: [RetentionStart]]
        let fromStarts: [String: [RetentionStart]]
        let fromTexts: [(text: String, start: RetentionStart)]
        let untilTexts: [(text: String, start: RetentionStart)]
        /// "3 ans" → 3 years, for every amount a retention may have: worded once per import, not
        /// once for each unit at each place a sentence could be cut.
        let durationTexts: [String: [Duration]]

        init(_ language: Language) {
            self.language = language
            let words = Wording(language)
            self.words = words
            func stem(_ key: TextKey) -> String {
                let contracted = words.format(key, ["event": "le x"])
                let plain = words.format(key, ["event": "x"])
                return String(zip(contracted, plain).prefix { $0 == $1 }.map(\.0))
            }
            untilStem = stem(.retentionUntilStated)
            fromStem = stem(.retentionFromStated)
            periodSeparator = Self.literals(.retentionPeriod, ["duration", "event"], words)?[1] ?? " "
            archivePieces = Self.literals(.retentionArchive, ["duration", "event"], words)
            thenSeparator = Self.literals(.retentionThen, ["before", "after"], words)?[1] ?? ", "
            untilStarts = Dictionary(grouping: RetentionStart.allCases) { RetentionWords.until($0.label[language], in: language) }
            fromTexts = RetentionStart.allCases.map { (RetentionWords.from($0.label[language], in: language), $0) }
            untilTexts = RetentionStart.allCases.map { (RetentionWords.until($0.label[language], in: language), $0) }
            fromStarts = Dictionary(grouping: RetentionStart.allCases) { RetentionWords.from($0.label[language], in: language) }
            durationTexts = Dictionary(grouping: (0...Self.largestAmount).flatMap { amount in Duration.Unit.allCases.map { Duration(amount, $0) } }) {
                RetentionWords.duration($0, in: language)
            }
        }

        /// The largest amount read back: a retention of more than 1,000 units is no reading.
        static let largestAmount = 1000

        /// The texts a template puts around its placeholders (none may take a grammar filter):
        /// `{before}, puis {after}` gives `["", ", puis ", ""]`.
        static func literals(_ key: TextKey, _ names: [String], _ words: Wording) -> [String]? {
            let markers = names.indices.map { String(UnicodeScalar(UInt8(1 + $0))) }
            let filled = words.format(key, Dictionary(uniqueKeysWithValues: zip(names, markers)))
            var pieces: [String] = []
            var rest = Substring(filled)
            for marker in markers {
                guard let range = rest.range(of: marker) else { return nil }
                pieces.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
            return pieces + [String(rest)]
        }
    }

    private struct Reader {
        let book: Phrasebook
        let source: SourceMap
        var language: Language { book.language }
        var words: Wording { book.words }

        /// Every structure whose words could be `text`; `read` keeps the one that prints as it.
        func retentions(_ text: String) -> [Retention] {
            let separator = book.thenSeparator
            // Readings with a structured end first, and those with fewer words of their own: "3 ans
            // à compter de la collecte, puis anonymisation" is a duration and an end, though an
            // event named "la collecte, puis anonymisation" prints the same words.
            var results: [Retention] = []
            for (before, after) in splits(text, at: separator) {
                for (period, event) in periods(before) {
                    for end in ends(after) {
                        results.append(Retention(period: period, eventDetails: event, then: end.then, archive: end.archive,
                                                 archivesReference: end.reference, source: source))
                    }
                }
            }
            results += periods(text).map { Retention(period: $0.period, eventDetails: $0.event, source: source) }
            // The reading with the fewest words of its own: the structure says the rest.
            func ownWords(_ retention: Retention) -> Int {
                [retention.eventDetails, retention.archive?.purpose, retention.archivesReference].compactMap { $0?.count }.reduce(0, +)
            }
            return results.enumerated().sorted { (ownWords($0.element), $0.offset) < (ownWords($1.element), $1.offset) }.map(\.element)
        }

        /// "3 ans à compter de …", "jusqu'à …", "durée indéterminée", with the event's own words.
        func periods(_ text: String) -> [(period: Retention.Period, event: String?)] {
            var results: [(Retention.Period, String?)] = []
            if text == words[.retentionIndefinite] { results.append((.indefinite, nil)) }
            if text.hasPrefix(words[.retentionIndefinite] + " ("), text.hasSuffix(")") {
                let details = String(text.dropFirst(words[.retentionIndefinite].count + 2).dropLast())
                if !details.isEmpty { results.append((.indefinite, details)) }
            }
            for start in book.untilStarts[text] ?? [] {
                results.append((.until(start), nil))
            }
            results += bracketed(text, in: book.untilTexts).map { (.until($0.start), $0.details) }
            for phrase in phrases(text, after: book.untilStem) where words.format(.retentionUntilStated, ["event": phrase]) == text {
                results.append((.until(.event), phrase))
            }
            for (length, event) in splits(text, at: book.periodSeparator) {
                for duration in durations(length) {
                    for start in book.fromStarts[event] ?? [] {
                        results.append((.fixed(duration, from: start), nil))
                    }
                    results += bracketed(event, in: book.fromTexts).map { (.fixed(duration, from: $0.start), $0.details) }
                    for phrase in phrases(event, after: book.fromStem) where words.format(.retentionFromStated, ["event": phrase]) == event {
                        results.append((.fixed(duration, from: .event), phrase))
                    }
                }
            }
            return results
        }

        /// What follows ", puis": an intermediate archive (and its own end), or a final disposition.
        func ends(_ text: String) -> [(then: RetentionEnd, archive: Retention.Archive?, reference: String?)] {
            var results = dispositions(text).map { (then: $0.end, archive: Retention.Archive?.none, reference: $0.reference) }
            guard let pieces = book.archivePieces, text.hasPrefix(pieces[0]) else { return results }
            let thenSeparator = book.thenSeparator
            for (length, rest) in splits(String(text.dropFirst(pieces[0].count)), at: pieces[1]) {
                for duration in durations(length) {
                    for (from, start) in book.fromTexts {
                        guard rest.hasPrefix(from) else { continue }
                        let tail = String(rest.dropFirst(from.count))
                        for (head, final) in [(tail, nil)] + splits(tail, at: thenSeparator).map({ ($0.0, Optional($0.1)) }) {
                            var purpose: String?
                            if !head.isEmpty {
                                guard head.hasPrefix(" ("), head.hasSuffix(")") else { continue }
                                purpose = String(head.dropFirst(2).dropLast())
                            }
                            let finals = final.map { dispositions($0).map { (Optional($0.end), $0.reference) } } ?? [(nil, nil)]
                            for (end, reference) in finals {
                                let archive = Retention.Archive(duration: duration, from: start, purpose: purpose, then: end, source: source)
                                results.append((.archive, archive, reference))
                            }
                        }
                    }
                }
            }
            return results
        }

        /// A named start with the register's own words in brackets after it, as `RetentionWords`
        /// prints `from: last_activity` with `event:`: "à compter de la dernière activité (…)".
        func bracketed(_ text: String, in starts: [(text: String, start: RetentionStart)]) -> [(start: RetentionStart, details: String)] {
            guard text.hasSuffix(")") else { return [] }
            return starts.compactMap { named in
                guard named.start != .event, text.hasPrefix(named.text + " (") else { return nil }
                let details = String(text.dropFirst(named.text.count + 2).dropLast())
                return details.isEmpty ? nil : (named.start, details)
            }
        }

        /// "anonymisation", "conservation définitive — Archives départementales, TG 2020".
        func dispositions(_ text: String) -> [(end: RetentionEnd, reference: String?)] {
            var results: [(RetentionEnd, String?)] = []
            for end in RetentionEnd.allCases where end != .archive {
                let label = end.label[language]
                if text == label { results.append((end, nil)) }
                if end == .permanentArchive || end == .selection, text.hasPrefix(label + " — ") {
                    results.append((end, String(text.dropFirst(label.count + 3))))
                }
            }
            return results
        }

        /// "3 ans", "13 mois", "1 week": the amount, and each unit whose words match.
        func durations(_ text: String) -> [Duration] {
            book.durationTexts[text] ?? []
        }

        /// The event's own words that a contraction ("du", "de la", "d'") may have merged into
        /// the sentence: each ending of the text at a word boundary, with each article; none when
        /// the text does not start as the sentence does.
        func phrases(_ text: String, after stem: String) -> [String] {
            guard text.hasPrefix(stem) else { return [] }
            var results: [String] = []
            let characters = Array(text)
            // The event's words start right after the stem and its contraction ("u ", "e la ",
            // "es ", "e l'"): endings further on cannot be the event, and each costs a sentence
            // to fill and compare.
            let lastStart = min(characters.count, stem.count + 8)
            for index in characters.indices.prefix(lastStart) where index == 0 || [" ", "'", "’"].contains(characters[index - 1]) {
                let ending = String(characters[index...])
                results += [ending, "le " + ending, "la " + ending, "les " + ending, "l'" + ending]
            }
            return results
        }

        /// The text cut in two at each place `separator` occurs.
        func splits(_ text: String, at separator: String) -> [(String, String)] {
            guard !separator.isEmpty else { return [] }
            var results: [(String, String)] = []
            var searchStart = text.startIndex
            while let range = text.range(of: separator, range: searchStart..<text.endIndex) {
                results.append((String(text[..<range.lowerBound]), String(text[range.upperBound...])))
                searchStart = text.index(after: range.lowerBound)
            }
            return results
        }
    }
}

private extension Retention {
    /// A duration from, or a period until, a start ropa names (not `event`, whose words are the sentence's).
    var startsAtNamedEvent: Bool {
        switch period {
        case .fixed(_, let start), .until(let start): start != .event
        case .indefinite: true
        }
    }

    /// The words read from the text with straight apostrophes, as the workbook wrote them.
    var replacingApostrophes: Retention {
        var copy = self
        func straight(_ text: String?) -> String? { text?.replacingOccurrences(of: "’", with: "'") }
        copy.eventDetails = straight(eventDetails)
        copy.archivesReference = straight(archivesReference)
        copy.archive?.purpose = straight(archive?.purpose)
        return copy
    }
}
