import Foundation
import Testing
@testable import RopaKit

/// The translation tables (`translations/<language>.json`): each one complete, none with a word
/// too many, the same placeholders in every language, and only grammar ropa knows.
@Suite struct TranslationTableTests {
    /// Every key the code asks for, from the Swift side: words, sentences, plural forms, months,
    /// duration units, vocabulary values and their articles, notice headings, countries.
    static let expectedKeys: Set<String> = {
        var keys = Set(Word.allCases.map(\.text.key))
        for key in TextKey.allCases {
            keys.formUnion(key.isPlural ? [key.rawValue + ".one", key.rawValue + ".other"] : [key.rawValue])
        }
        for unit in Duration.Unit.allCases { keys.formUnion([unit.pluralKey + ".one", unit.pluralKey + ".other"]) }
        keys.formUnion((1...12).map { "date.month.\($0)" })
        keys.formUnion(vocabularies.flatMap { $0.values.map(\.label.key) })
        let articles = LegalBasis.allCases.map(\.article) + Article9Condition.allCases.map(\.article)
            + TransferSafeguard.allCases.map(\.article) + Article49Derogation.allCases.map(\.article)
        keys.formUnion(articles.map(\.key))
        keys.formUnion(NoticeTopic.allCases.map(\.label.key))
        keys.formUnion(SubjectRight.allCases.flatMap { [$0.name.key, $0.text.key] })
        keys.formUnion(Countries.names.values.map(\.key))
        return keys
    }()

    /// Every vocabulary a register file uses, found by walking the format's specs.
    static let vocabularies: [VocabularySpec] = {
        var found: [VocabularySpec] = []
        var seen: Set<String> = []
        func walk(_ shape: Shape) {
            switch shape {
            case .vocabulary(let vocabulary): if seen.insert(vocabulary.name).inserted { found.append(vocabulary) }
            case .list(let inner): walk(inner)
            case .record(let record): record.keys.forEach { walk($0.shape) }
            case .oneOf(let shapes): shapes.forEach(walk)
            default: break
            }
        }
        for file in [RegisterSchema.organisationFile, RegisterSchema.processorsFile, RegisterSchema.treatmentFile] {
            walk(.record(file))
        }
        return found
    }()

    static func table(_ language: Language) -> [String: String] { Translation.of(language).texts }

    @Test func theLanguagesAreTheEmbeddedTables() {
        #expect(Language.allCases.map(\.rawValue) == Translation.tables.keys.sorted())
        #expect(Language.allCases.contains(.fr) && Language.allCases.contains(.en), "ropa relies on fr.json and en.json")
        #expect(Language(rawValue: "fr") == .fr)
        #expect(Language(rawValue: "xx") == nil, "a language exists only with its table")
    }

    @Test(arguments: Language.allCases)
    func everyLanguageHasEveryKeyAndNoOther(language: Language) {
        let keys = Set(Self.table(language).keys)
        let missing = Self.expectedKeys.subtracting(keys).sorted()
        let extra = keys.subtracting(Self.expectedKeys).sorted()
        #expect(missing.isEmpty, "translations/\(language).json lacks \(missing.count) keys: \(missing.joined(separator: ", "))")
        #expect(extra.isEmpty, "translations/\(language).json has keys no code asks for: \(extra.joined(separator: ", "))")
        #expect(Self.vocabularies.count >= 19, "the walk over the format's specs found \(Self.vocabularies.count) vocabularies")
    }

    @Test(arguments: Language.allCases)
    func everyTextIsWritten(language: Language) {
        for (key, text) in Self.table(language) where text.trimmingCharacters(in: .whitespaces).isEmpty {
            Issue.record("translations/\(language).json: \(key) is empty")
        }
    }

    /// `{count}` in French is `{count}` in English: a placeholder one language lacks or adds would
    /// print as written, or drop a value. Filters (`{event|de}`) are each language's own.
    @Test(arguments: Language.allCases)
    func placeholdersAreTheSameInEveryLanguage(language: Language) {
        let reference = Self.table(.fr)
        for (key, text) in Self.table(language) {
            guard let french = reference[key] else { continue }
            let names = Set(Translation.placeholders(in: text).map(\.name))
            let frenchNames = Set(Translation.placeholders(in: french).map(\.name))
            #expect(names == frenchNames, "\(key): \(language) has {\(names.sorted().joined(separator: "}, {"))}, fr {\(frenchNames.sorted().joined(separator: "}, {"))}")
        }
    }

    @Test(arguments: Language.allCases)
    func onlyKnownGrammarIsAskedFor(language: Language) {
        for (key, text) in Self.table(language) {
            for placeholder in Translation.placeholders(in: text) {
                guard let filter = placeholder.filter else { continue }
                #expect(Grammar.filters.contains(filter), "translations/\(language).json, \(key): no grammar '\(filter)' (known: \(Grammar.filters.sorted()))")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func thePluralRuleIsAListOfCounts(language: Language) throws {
        let rule = try #require(Self.table(language)[TextKey.pluralOne.rawValue])
        let counts = rule.split { $0 == " " || $0 == "," }
        #expect(!counts.isEmpty && counts.allSatisfy { Int($0) != nil }, "\(language): grammar.plural.one is '\(rule)'")
    }

    @Test func placeholdersAreFilledAndUnknownOnesShow() {
        #expect(Translation.fill("{count} ans", ["count": "3"]) == "3 ans")
        #expect(Translation.fill("à compter {event|de}", ["event": "le dernier contact"]) == "à compter du dernier contact")
        #expect(Translation.fill("{what} remains", [:]) == "{what} remains")
        #expect(Translation.fill("no placeholder", ["count": "3"]) == "no placeholder")
        #expect(Translation.placeholders(in: "{a} and {b|de}") == [.init("a"), .init("b|de")])
    }

    @Test func aMissingKeyShowsItselfRatherThanNothing() {
        #expect(Phrase("word.noSuchWord")[.en] == "⟦word.noSuchWord⟧")
    }
}

/// The example register in English: every word the documents generate is English; the register's
/// own values (French here) stay as written, and are the only French left.
@Suite struct EnglishDocumentTests {
    typealias S = RenderingSupport

    /// Lowercased words of three letters or more: shorter ones ("de", "la") are noise.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 3 }.map(String.init))
    }

    static func spaced(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// What a reader sees, unescaped: no CSS, no markup, no link targets (anchors are ids, not
    /// words), entities and Markdown's backslashes undone, CSV's doubled quotes single.
    static func visibleText(_ document: String) -> String {
        var text = document
        for (pattern, replacement) in [("<style>[\\s\\S]*?</style>", " "), ("<br>", " "), ("<[^>]*>", " "), ("\\]\\(#[^)]*\\)", "] "),
                                       ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&"),
                                       ("\\\\(.)", "$1"), ("\"\"", "\"")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return spaced(text)
    }

    /// Every text the register holds (names, descriptions, notes, `event:`…), found by walking
    /// the loaded model: these are never translated.
    static func registerTexts(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { registerTexts($0.value) }
    }

    /// The French table's words that English does not share, looked for in each English document
    /// once the register's own texts are taken out of it, longest first.
    @Test func englishDocumentsHoldNoGeneratedFrench() throws {
        let (register, _) = try S.load(S.example)
        let values = Set(Self.registerTexts(register).map(Self.spaced).filter { $0.count >= 3 }).sorted { $0.count > $1.count }
        let english = Self.words(Translation.of(.en).texts.values.joined(separator: " "))
        let french = Self.words(Translation.of(.fr).texts.values.joined(separator: " ")).subtracting(english)
        #expect(french.count > 500, "the French table's own words: \(french.count)")
        let documents: [(String, OutputFormat, DocumentKind)] = [
            ("register.html", .html, .register), ("register.md", .markdown, .register), ("register.csv", .csv, .register),
            ("notice.html", .html, .notice), ("notice.md", .markdown, .notice),
            ("retention.md", .markdown, .retentionSchedule), ("retention.csv", .csv, .retentionSchedule),
        ]
        for (name, format, document) in documents {
            var text = Self.visibleText(try S.render(S.example, format, language: .en, document: document))
            for value in values where text.contains(value) {
                text = text.replacingOccurrences(of: value, with: " ")
            }
            let found = Self.words(text).intersection(french)
            #expect(found.isEmpty, "English \(name) prints French words that are not the register's: \(found.sorted().joined(separator: ", "))")
        }
    }

    /// The issue's example: "1 year from la clôture du signalement" mixed generated English with
    /// the register's French. The register's words are now quoted, never run into the sentence.
    @Test func anEventTheRegisterDescribesIsQuoted() throws {
        let text = try S.render(S.example, .markdown, language: .en)
        #expect(text.contains("1 year from “la clôture du signalement”"))
        #expect(!text.contains("from la "))
    }
}
