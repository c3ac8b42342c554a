import Foundation

// The CNIL's model register workbook ("registre simplifié", .ods, July 2019) as data: the values of
// its drop-down lists (sheet "5_-_Listes") and its fixed data-category rows (sheet 3), each mapped
// to the one ropa vocabulary value it means. Importing a workbook, exporting to it and the tests
// that read the CNIL's own file all use these tables.
//
// Source: the workbook itself (shared/reference/cnil-model/registre-traitement-simplifie.ods, read
// 2026-11-30) and cnil-register-facts.md §1.1.4–§1.1.5 [P]. Labels are verbatim, the CNIL's typos
// included ("adress IP"); matching ignores case, accents, repeated spaces and the kind of apostrophe.

/// The CNIL model workbook's lists and rows, each with the vocabulary value it maps to.
public enum CNILModel {
    /// What a drop-down cell holds when nothing was chosen (each list's first entry).
    public static let placeholder = "Sélectionnez un élément dans cette liste déroulante ►"

    /// List "Garanties" (sheet 5, column A).
    public static let safeguards: [(label: String, value: TransferSafeguard)] = [
        ("Clauses contractuelles types (CCT)", .standardContractualClauses),
        ("Règles d'entreprise contraignantes (BCR)", .bindingCorporateRules),
        ("Pays adéquat", .adequacy),
        ("Privacy shield", .privacyShield),
        ("Code de conduite", .codeOfConduct),
        ("Certification", .certification),
        ("Dérogations (art 49)", .derogation),
    ]

    /// List "Catégories de personnes" (sheet 5, column F).
    public static let personCategories: [(label: String, value: DataSubjectCategory)] = [
        ("Salariés", .employees),
        ("Services Internes", .internalServices),
        ("Clients", .clients),
        ("Fournisseurs", .suppliers),
        ("Prestataires", .serviceProviders),
        ("Prospects", .prospects),
        ("Candidats", .candidates),
        ("Autres (préciser)", .other),
    ]

    /// List "Destinataires" (sheet 5, column H).
    public static let recipientTypes: [(label: String, value: RecipientKind)] = [
        ("Service interne qui traite les données", .service),
        ("Sous-traitants", .processor),
        ("Destinataires dans des pays tiers ou organisations internationales", .thirdCountry),
        ("Partenaires institutionnels ou commerciaux", .partner),
        ("Autre (Préciser)", .other),
    ]

    /// List "Mesures de sécurité techniques" (sheet 5, column J).
    public static let securityMeasures: [(label: String, value: SecurityMeasureKind)] = [
        ("Mesures de traçabilité", .traceability),
        ("Mesures de protection des logiciels", .softwareProtection),
        ("Sauvegarde des données", .backup),
        ("Chiffrement des données", .encryption),
        ("Contrôle d'accès des utilisateurs", .accessControl),
        ("Contrôle des sous-traitants", .processorControl),
        ("Autres mesures (à préciser)", .other),
    ]

    /// Sheet 3, "Catégories de données personnelles concernées": fixed rows, not a list.
    public static let dataCategoryRows: [(label: String, value: DataCategory)] = [
        ("État civil, identité, données d'identification, images…", .identification),
        ("Vie personnelle (habitudes de vie, situation familiale, etc.)", .personalLife),
        ("Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)", .economicFinancial),
        ("Données de connexion (adress IP, logs, etc.)", .connection),
        ("Données de localisation (déplacements, données GPS, GSM, etc.)", .location),
        ("Numéro de Sécurité Sociale (ou NIR)", .nir),
    ]

    /// Sheet 3, "Données sensibles": fixed rows.
    public static let sensitiveDataRows: [(label: String, value: SensitiveDataCategory)] = [
        ("Données révélant l'origine raciale ou ethnique", .racialOrEthnicOrigin),
        ("Données révélant les opinions politiques", .politicalOpinions),
        ("Données révélant les convictions religieuses ou philosophiques", .religiousOrPhilosophicalBeliefs),
        ("Données révélant l'appartenance syndicale", .tradeUnionMembership),
        ("Données génétiques", .genetic),
        ("Données biométriques aux fins d'identifier une personne physique de manière unique", .biometric),
        ("Données concernant la santé", .health),
        ("Données concernant la vie sexuelle ou l'orientation sexuelle", .sexLifeOrOrientation),
        ("Données relatives à des condamnations pénales ou infractions", .criminal),
    ]

    /// List "Pays" (sheet 5, column C): names written without accents on capitals and with
    /// older names; those that are not a country's French or English short name in `Countries`.
    /// The list's "adéquat" column is out of date (fact sheet §1.1.5) and is not used.
    static let countryNameExceptions: [String: String] = [
        "Biélorussie": "BY",
        "Congo": "CG",
        "Kirghizstan": "KG",
        "Kosovo": "XK",
        "Macédoine": "MK",
        "Marshall": "MH",
        "Rép. dém. du Congo": "CD",
        "Salomon": "SB",
        "Swaziland": "SZ",
    ]

    /// The ISO code of a country as the workbook's list (or a DPO) writes it in French or English.
    public static func countryCode(named name: String) -> String? {
        let wanted = matchingKey(name)
        if let code = countryNameExceptions.first(where: { matchingKey($0.key) == wanted })?.value { return code }
        return countryCodesByName[wanted]
    }

    /// A country as the workbook's list names it: its spelling there when it differs from
    /// `Countries`' French name, else that name (the list matches it, accents aside).
    public static func countryName(_ code: String) -> String {
        countryNameExceptions.sorted { $0.key < $1.key }.first { $0.value == code }?.key ?? Countries.names[code]?.fr ?? code
    }

    /// The label a vocabulary value has in one of the CNIL's lists, else ropa's own French label.
    static func label<V: Vocabulary>(of value: V, in list: [(label: String, value: V)]) -> String {
        list.first { $0.value == value }?.label ?? value.label.fr
    }

    private static let countryCodesByName: [String: String] = {
        var table: [String: String] = [:]
        for (code, name) in Countries.names.sorted(by: { $0.key < $1.key }) {
            table[matchingKey(name.fr)] = table[matchingKey(name.fr)] ?? code
            table[matchingKey(name.en)] = table[matchingKey(name.en)] ?? code
        }
        return table
    }()

    /// The vocabulary value of a label of one of the lists above, matched loosely.
    public static func value<V>(of label: String, in list: [(label: String, value: V)]) -> V? {
        list.first { sameKey($0.label, label) }?.value
    }

    /// Whether a cell holds the "nothing chosen" placeholder.
    public static func isPlaceholder(_ text: String) -> Bool { sameKey(text, placeholder) }

    /// A label as compared: lowercased, without accents, apostrophes and ellipses unified, hyphens
    /// read as spaces ("Hong-Kong", "Hong Kong"), every run of white space (no-break spaces
    /// included) one space, trimmed.
    ///
    /// The import compares every cell of a workbook with every label, so this runs millions of
    /// times on a large workbook: each character is folded from a table made once (ASCII, the
    /// Latin letters, general punctuation); a text with anything else (a combining accent, a
    /// symbol) takes Foundation's folding of the whole text, which the table reproduces.
    static func matchingKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var bytes = KeyBytes(text)
        while let byte = bytes.next() { key.append(byte) }
        return bytes.isUnfoldable ? foldedKey(text) : String(decoding: key, as: UTF8.self)
    }

    /// Whether two texts have the same `matchingKey`, without making either: the keys are
    /// compared byte by byte as they are folded, so a cell and a label that differ (nearly every
    /// comparison of an import) are told apart at their first letters.
    static func sameKey(_ text: String, _ other: String) -> Bool {
        switch compareKeys(text, other) {
        case .same: true
        case .different, .extended: false
        case .undecided: matchingKey(text) == matchingKey(other)
        }
    }

    /// How the key of a text compares with the key of another (`compareKeys`).
    enum KeyComparison {
        case same, different
        /// The key of the text is the other's key, a space, and more ("sous finalite 2").
        case extended
        /// A scalar the table does not fold: make both keys (`matchingKey`) to tell.
        case undecided
    }

    static func compareKeys(_ text: String, _ other: String) -> KeyComparison {
        var mine = KeyBytes(text), theirs = KeyBytes(other)
        while true {
            let byte = mine.next(), wanted = theirs.next()
            if mine.isUnfoldable || theirs.isUnfoldable { return .undecided }
            guard byte == wanted else {
                // The differing byte is the current scalar's, unless the scalar right after it
                // joins it (a combining mark): only the whole text's folding can say then. A
                // scalar further on joins its own neighbours, after the difference.
                guard mine.nextIsFoldable, theirs.nextIsFoldable else { return .undecided }
                return wanted == nil && byte == UInt8(ascii: " ") ? .extended : .different
            }
            if byte == nil { return .same }
        }
    }

    /// The bytes of a text's key, one at a time; `isUnfoldable` once a scalar the table does not
    /// fold is met (the key is then Foundation's folding of the whole text, `foldedKey`).
    struct KeyBytes {
        private var scalars: String.UnicodeScalarView.Iterator
        private let latin = CNILModel.latinFolds
        private var pending = Fold(count: 0)
        private var pendingIndex: UInt8 = 0
        private var spaceOwed = false
        private var started = false
        private(set) var isUnfoldable = false

        init(_ text: String) { scalars = text.unicodeScalars.makeIterator() }

        mutating func next() -> UInt8? {
            if pendingIndex < pending.count {
                defer { pendingIndex += 1 }
                return withUnsafeBytes(of: pending.bytes) { $0[Int(pendingIndex)] }
            }
            while let scalar = scalars.next() {
                guard let fold = CNILModel.fold(of: scalar.value, in: latin) else {
                    isUnfoldable = true
                    return nil
                }
                switch fold.count {
                case Fold.separator:
                    spaceOwed = started
                case 0:
                    continue
                default:
                    started = true
                    pending = fold
                    if spaceOwed {
                        spaceOwed = false
                        pendingIndex = 0
                        return UInt8(ascii: " ")
                    }
                    pendingIndex = 1
                    return fold.bytes.0
                }
            }
            return nil
        }

        /// Whether the scalar after the current one, if any, is in the table.
        var nextIsFoldable: Bool {
            var rest = scalars
            return rest.next().map { CNILModel.fold(of: $0.value, in: latin) != nil } ?? true
        }
    }

    /// The table's fold of a scalar; nil when it has none.
    private static func fold(of value: UInt32, in latin: [Fold?]) -> Fold? {
        value < 0x250 ? latin[Int(value)] : punctuationFolds[value]
    }

    /// What one scalar becomes in a key: up to 4 folded, unified UTF-8 bytes, or a separator.
    /// A plain value (no array inside), so that reading the table costs no reference counting.
    fileprivate struct Fold: Sendable {
        static let separator: UInt8 = .max
        /// The number of bytes, or `separator`.
        var count: UInt8
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    }

    /// The fold of one scalar, from Foundation's folding of it alone; nil when the scalar may join
    /// its neighbours into one character (then only the whole text's folding is right), or
    /// folds to more than 4 bytes.
    private static func fold(of value: Int) -> Fold? {
        guard let scalar = UnicodeScalar(value) else { return nil }
        let characters = Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        if characters.count == 1, characters[0].isWhitespace || characters[0] == "-" { return Fold(count: Fold.separator) }
        guard !characters.contains(where: { $0.isWhitespace || $0 == "-" }) else { return nil }
        var key = KeyBuilder(capacity: 4)
        for character in characters { key.add(character) }
        let bytes = Array(key.result.utf8)
        guard bytes.count <= 4 else { return nil }
        var fold = Fold(count: UInt8(bytes.count))
        withUnsafeMutableBytes(of: &fold.bytes) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        return fold
    }

    /// The folds of U+0000–U+024F: ASCII and the Latin letters.
    fileprivate static let latinFolds: [Fold?] = (0..<0x250).map(fold(of:))

    /// The folds of general punctuation (typographic spaces and quotes, "…"), but the invisible
    /// joiners and marks (U+200B–U+200F, U+2060–U+206F), which join characters.
    fileprivate static let punctuationFolds: [UInt32: Fold] = Dictionary(uniqueKeysWithValues: (0x2000..<0x2060)
        .filter { !(0x200B...0x200F).contains($0) }
        .compactMap { value in fold(of: value).map { (UInt32(value), $0) } })

    /// `matchingKey` through Foundation's folding of the whole text.
    static func foldedKey(_ text: String) -> String {
        var key = KeyBuilder(capacity: text.utf8.count)
        for character in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) { key.add(character) }
        return key.result
    }

    /// The key, one folded character at a time: runs of spaces and hyphens become one space,
    /// none at either end; quotes and ellipses unified.
    private struct KeyBuilder {
        var result = ""
        var pendingSpace = false

        init(capacity: Int) { result.reserveCapacity(capacity) }

        mutating func add(_ character: Character) {
            if character.isWhitespace || character == "-" {
                pendingSpace = !result.isEmpty
                return
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            switch character {
            case "’", "‘", "`", "´": result.append("'")
            case "…": result.append("...")
            default: result.append(character)
            }
        }
    }

}
