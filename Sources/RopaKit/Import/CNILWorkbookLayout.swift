/// How the CNIL's model workbook is laid out: the labels of its sections, rows and columns, as
/// its sheets 2 and 3 write them (cnil-register-facts.md §1.1.2–§1.1.4). Fiches are read by these
/// labels, never by row numbers: a DPO's copy moves rows, and the CNIL's own example (sheet 4)
/// leaves some sections out.
enum CNILWorkbookLayout {
    /// The model's own labels that the reader finds cells by and the writer (`WorkbookExport`)
    /// writes: one spelling for both directions.
    enum Label {
        static let listIdentification = "Identification du traitement"
        static let listPurpose = "Finalité du traitement"
        static let listSensitive = "Données sensibles ?"
        static let description = "Description"
        static let details = "Précisions"
        static let retention = "Durée de conservation"
        static let recipientType = "Type de destinataire"
        static let securityType = "Type de mesure de sécurité"
        static let transferRecipient = "Destinataire"
        static let country = "Pays"
        static let safeguard = "Type de Garanties"
        static let documentation = "Liens vers la documentation"
        /// Rows numbered "Catégorie de personnes 1", "Destinataire 2"…
        static let subjectRow = "Catégorie de personnes"
        static let recipientRow = "Destinataire"
        static let securityRow = "Mesure de sécurité"
        static let transferRow = "Organisme destinataire"
    }

    /// The parts of a fiche, by the label that opens each in column A.
    enum Section: CaseIterable {
        case description, actors, purposes, data, sensitive, subjects, recipients, security, transfers
        /// Not the CNIL's: the section ropa adds after the transfers (`RopaWorkbookLayout`).
        case extras

        var label: String {
            switch self {
            case .description: "Description du traitement"
            case .actors: "Acteurs"
            case .purposes: "Finalité(s) du traitement effectué"
            case .data: "Catégories de données personnelles concernées"
            case .sensitive: "Données sensibles"
            case .subjects: "Catégories de personnes concernées"
            case .recipients: "Destinataires"
            case .security: "Mesures de sécurité"
            case .transfers: "Transferts hors UE"
            case .extras: RopaWorkbookLayout.extrasSection
            }
        }
    }

    /// The actors' rows of "Acteurs".
    enum Actor: CaseIterable {
        case controller, dpo, dpoCompany, representative, jointControllers

        var label: String {
            switch self {
            case .controller: "Responsable du traitement"
            case .dpo: "Délégué à la protection des données"
            case .dpoCompany: "Société du DPO (si celui-ci est externe)"
            case .representative: "Représentant"
            case .jointControllers: "Responsable(s) conjoint(s)"
            }
        }
    }

    /// The columns of "Acteurs", as its header row writes them, with the contact field of each.
    static let actorColumns: [(label: String, field: String)] = [
        ("Nom", "name"), ("Adresse", "street"), ("Code Postal", "postal_code"), ("Ville", "city"), ("Pays", "country"),
        ("Téléphone", "phone"), ("Adresse mél", "email"),
    ]

    /// The rows of "Description du traitement" (sheet 3's wording, and sheet 2's for the dates).
    static let descriptionRows: [(labels: [String], field: String)] = [
        (["Nom du traitement"], "name"),
        (["N° / RÉF"], "reference"),
        (["Date de création du traitement", "Date de création de la fiche"], "created"),
        (["Mise à jour du traitement", "Dernière mise à jour de la fiche"], "updated"),
    ]

    /// Texts of the model itself, not of a register: titles, introductions, the help panel.
    /// (Column headers are read where they stand, as the sections' headers.)
    static let modelTexts = [
        "Modèle de fiche de registre à compléter", "Exemple de fiche de registre",
        "Consulter les guides et définitions sur le site de la CNIL",
    ]
    static let modelTextPrefixes = ["►", "Cet onglet est un modèle", "Cet exemple est basé sur un traitement fictif"]

    /// Whether a label (normalised with `CNILModel.matchingKey`) is `label`, allowing the numbered
    /// rows ("Sous-finalité 3", "Destinataire 2") when `numbered`.
    static func matches(_ text: String, _ label: String, numbered: Bool = false) -> Bool {
        switch CNILModel.compareKeys(text, label) {
        case .same: return true
        case .different: return false
        case .extended where !numbered: return false
        case .extended, .undecided:
            let key = CNILModel.matchingKey(text)
            let wanted = CNILModel.matchingKey(label)
            if key == wanted { return true }
            guard numbered, key.hasPrefix(wanted + " ") else { return false }
            return key.dropFirst(wanted.count + 1).allSatisfy(\.isNumber)
        }
    }

    /// The section a row's first cell opens, if it is a section's label: the row's key is made
    /// once and looked up, not compared with every section's label (this runs for every row).
    static func section(opening text: String) -> Section? {
        sectionsByKey[CNILModel.matchingKey(text)]
    }

    private static let sectionsByKey = index(Section.allCases, by: \.label)

    static func isModelText(_ text: String) -> Bool {
        let key = CNILModel.matchingKey(text)
        return modelTextKeys.contains(key) || modelTextPrefixKeys.contains { key.hasPrefix($0) }
    }

    /// The model's texts as `matches` compares them, computed once: every cell of a workbook is
    /// compared with all of them.
    private static let modelTextKeys = Set(modelTexts.map(CNILModel.matchingKey))
    private static let modelTextPrefixKeys = modelTextPrefixes.map(CNILModel.matchingKey)

    /// A lookup of a list of labels by the key `matches` compares (the first label wins).
    static func index<T>(_ items: [T], by label: (T) -> String) -> [String: T] {
        Dictionary(items.map { (CNILModel.matchingKey(label($0)), $0) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Sheet 2

    /// The blocks of sheet 2's header, by the label in column A.
    enum HeaderBlock: CaseIterable {
        case controller, representative, dpo

        var label: String {
            switch self {
            case .controller: "Coordonnées du responsable de l'organisme"
            case .representative: "Coordonnées du représentant"
            case .dpo: "Coordonnées du délégué à la protection des données (DPO)"
            }
        }
    }

    /// The field labels of sheet 2's header blocks; the value is in the next cell of the row.
    static let headerFields: [(label: String, field: String)] = [
        ("Nom :", "last_name"), ("Prénom :", "first_name"), ("Adresse :", "street"), ("Adresse mél :", "email"),
        ("Code postal :", "postal_code"), ("Ville :", "city"), ("Téléphone :", "phone"), ("Société (si DPO externe) :", "company"),
        // Not the CNIL's: ropa adds the country, which an EU representative's address needs.
        ("Pays :", "country"),
    ]

    /// The columns of sheet 2's list of treatments.
    static let listColumns: [(label: String, field: String)] = [
        ("Nom du traitement", "name"), ("N° / RÉF", "reference"), ("Date de création de la fiche", "created"),
        ("Dernière mise à jour de la fiche", "updated"), ("Finalité du traitement", "purpose"), ("Oui/non", "sensitive"),
    ]
}
