import Foundation
import Testing
@testable import RopaKit

/// The CNIL's own workbook, untouched (Tests/Fixtures/cnil-model/), read as the importer will
/// meet it: cnil-register-facts.md §1.1 says what it must hold.
@Suite struct SpreadsheetCNILTests {
    static let original = fixturePath("cnil-model/registre-traitement-simplifie.ods")
    static let resaved = fixturePath("cnil-model/registre-traitement-simplifie-resaved-2024.ods")
    static let models = [original, resaved]
    static let placeholder = "Sélectionnez un élément dans cette liste déroulante ►"

    static func read(_ path: String) throws -> Workbook {
        try SpreadsheetReader.read(contentsOf: path).get()
    }

    /// The texts of one column of a sheet, from `row` down, until the first empty cell.
    static func column(_ letter: String, of sheet: Sheet, from row: Int) -> [String] {
        var texts: [String] = []
        var current = row
        while let cell = sheet[a1: "\(letter)\(current)"] {
            texts.append(cell.text)
            current += 1
        }
        return texts
    }

    @Test(arguments: models) func fiveSheetsInOrderTheListsHidden(path: String) throws {
        let workbook = try Self.read(path)
        #expect(workbook.format == .ods)
        #expect(workbook.sheets.map(\.name) == ["Tutoriel", "2_-_Liste_des_traitements", "3_-_Modèle_de_fiche_de_registre",
                                                "4_-_Exemple_de_fiche", "5_-_Listes"])
        #expect(workbook.sheets.map(\.isHidden) == [false, false, false, false, true])
    }

    /// §1.1.5, verbatim, each list with its first-entry placeholder.
    @Test(arguments: models) func theDropDownListsOfSheet5(path: String) throws {
        let lists = try #require(try Self.read(path).sheet(named: "5_-_Listes"))
        #expect(Self.column("A", of: lists, from: 1) == ["Garanties", Self.placeholder, "Clauses contractuelles types (CCT)",
                                                         "Règles d'entreprise contraignantes (BCR)", "Pays adéquat", "Privacy shield",
                                                         "Code de conduite", "Certification", "Dérogations (art 49)"])
        #expect(Self.column("F", of: lists, from: 1) == ["Catégories de personnes", Self.placeholder, "Salariés", "Services Internes",
                                                         "Clients", "Fournisseurs", "Prestataires", "Prospects", "Candidats",
                                                         "Autres (préciser)"])
        #expect(Self.column("H", of: lists, from: 1) == ["Destinataires", Self.placeholder, "Service interne qui traite les données",
                                                         "Sous-traitants",
                                                         "Destinataires dans des pays tiers ou organisations internationales",
                                                         "Partenaires institutionnels ou commerciaux", "Autre (Préciser)"])
        #expect(Self.column("J", of: lists, from: 1) == ["Mesures de sécurité techniques", Self.placeholder, "Mesures de traçabilité",
                                                         "Mesures de protection des logiciels", "Sauvegarde des données",
                                                         "Chiffrement des données", "Contrôle d'accès des utilisateurs",
                                                         "Contrôle des sous-traitants", "Autres mesures (à préciser)"])

        let countries = Self.column("C", of: lists, from: 3)
        let zones = Self.column("D", of: lists, from: 3)
        #expect(Self.column("C", of: lists, from: 1).prefix(2) == ["Pays", Self.placeholder])
        #expect(lists[a1: "D1"]?.text == "Zone")
        #expect(countries.count == 175)
        #expect(zones.count == 175)
        #expect(Set(zones) == ["adéquat", "Non adéquat"])
        let adequate = zip(countries, zones).filter { $0.1 == "adéquat" }.map(\.0)
        #expect(adequate == ["Andorre", "Argentine", "Canada", "Etats-Unis", "Guernesey", "Ile de Man", "Iles FEROE", "Israël",
                             "Jersey", "Nouvelle-Zélande", "Suisse", "Uruguay"])
        #expect(countries.last == "Zimbabwe")
    }

    /// §1.1.6: the example fiche. Its creation day is a date cell, its update day is text.
    @Test(arguments: models) func theExampleFicheOfSheet4(path: String) throws {
        let example = try #require(try Self.read(path).sheet(named: "4_-_Exemple_de_fiche"))
        #expect(example[a1: "B4"]?.text == "Gestion de la paie")
        #expect(example[a1: "B5"]?.text == "1 - Exemple")
        #expect(example[a1: "B6"]?.kind == .date(try #require(ISODate(year: 2018, month: 5, day: 26))))
        #expect(example[a1: "B6"]?.text == "26/05/2018")
        #expect(example[a1: "B7"]?.kind == .text)
        #expect(example[a1: "B7"]?.text == "13/05/2019")
        #expect(example[a1: "B10"]?.text == "Louise DUPONT")
        #expect(example[a1: "D10"]?.kind == .number(75001))
        #expect(example[a1: "B11"]?.text == "Martin HENRI")
        #expect(example[a1: "B12"]?.text == "N/A")
        #expect(example[a1: "E31"]?.text == "Banque d'Andorre")
        #expect(["B39", "C39", "D39", "F39"].map { example[a1: $0]?.text }
            == ["Banque d'Andorre", "Andorre", "Clauses contractuelles types (CCT)", "Contrat en date du 23/01/2018"])
        #expect(example[a1: "F39"]?.kind == .text)
        // The reference in H1 is a formula (`=B5`): its cached value is read.
        #expect(example[a1: "H1"]?.formula == "of:=[.B5]")
        #expect(example[a1: "H1"]?.text == "1 - Exemple")
        // Merged B4:H4.
        #expect(example.merge(startingAt: CellPosition(row: 4, column: 2)) == CellRange(a1: "B4:H4"))
        // The third security measure is where the two copies differ (§1.1.6).
        #expect(example[a1: "B36"]?.text == (path == Self.original ? "Contrôle d'accès des utilisateurs" : "Autres mesures (à préciser)"))
    }

    /// The list of treatments: its example row has two date cells; A1 has two paragraphs.
    @Test(arguments: models) func theListOfSheet2(path: String) throws {
        let list = try #require(try Self.read(path).sheet(named: "2_-_Liste_des_traitements"))
        #expect(list[a1: "A9"]?.text == "(EXEMPLE) Gestion de la paie")
        #expect(list[a1: "C9"]?.kind == .date(try #require(ISODate(year: 2018, month: 5, day: 26))))
        #expect(list[a1: "D9"]?.kind == .date(try #require(ISODate(year: 2019, month: 5, day: 13))))
        #expect(list[a1: "A1"]?.lines == ["Coordonnées du responsable de l’organisme",
                                          "(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)"])
        #expect(list[a1: "K2"]?.text == "► Délégué à la protection des données (DPO)")
        #expect(list[a1: "K2"]?.formula?.contains("HYPERLINK") == true)
    }

    /// Doubled spaces (`<text:s/>`) and the trailing no-break space are kept; the importer
    /// normalises.
    @Test(arguments: models) func labelsKeepTheirIrregularSpaces(path: String) throws {
        let model = try #require(try Self.read(path).sheet(named: "3_-_Modèle_de_fiche_de_registre"))
        #expect(model[a1: "A3"]?.text == "Description  du traitement  ")
        #expect(model[a1: "A35"]?.text == "Données révélant les convictions religieuses ou philosophiques\u{00A0}")
        #expect(model[a1: "A28"]?.text == "Données de connexion (adress IP, logs, etc.)")
        #expect(model[a1: "B5"]?.text == "ref-001")
        #expect(model[a1: "B44"]?.text == Self.placeholder)
    }

    /// Notes are stored inside their cell (14 on sheet 3, 9 on sheet 4): none of their help text
    /// may reach a cell's text.
    @Test(arguments: models) func cellNotesAreSkipped(path: String) throws {
        let texts = try Self.read(path).sheets.flatMap { $0.cells.values.map(\.text) }
        for help in ["Un « traitement de données personnelles » est une opération", "Exemple : salariés, clients, patients",
                     "Si le responsable du traitement est situé hors UE", "Cf. article 87 du règlement",
                     "Lister l'ensemble des personnes qui ont accès aux données", "Lister l’ensemble des personnes"] {
            #expect(!texts.contains { $0.contains(help) }, "\(help)")
        }
        #expect(!texts.contains { $0.contains("2019-09-17") })
    }

    /// The model declares rows down to 1,048,576 and 1,024 columns: only its ~650 non-empty
    /// cells are stored (`meta.xml` counts 645), in a fraction of a second.
    @Test(arguments: models) func repeatedEmptyRowsAreNotStored(path: String) throws {
        let start = Date()
        let workbook = try Self.read(path)
        #expect(Date().timeIntervalSince(start) < 5)
        let cells = workbook.sheets.map(\.cells.count).reduce(0, +)
        #expect((600...700).contains(cells), "\(cells)")
        let lastRow = workbook.sheets.flatMap(\.cells.keys).map(\.row).max() ?? 0
        #expect(lastRow < 200)
    }

    /// The same model saved as .xlsx by LibreOffice (Tests/Fixtures/spreadsheets/libreoffice/,
    /// made by make-fixtures.py) reads to the same sheets and the same texts. Sheet names are
    /// kept: the longest, sheet 3's, is exactly Excel's limit of 31 characters (a copy of it
    /// would be renamed `3_-_Modèle_de_fiche_de_regist-1`, see the model's README).
    @Test(arguments: [(original, "spreadsheets/libreoffice/registre-traitement-simplifie.xlsx"),
                      (resaved, "spreadsheets/libreoffice/registre-traitement-simplifie-resaved-2024.xlsx")])
    func theXLSXConversionReadsTheSame(ods: String, xlsx: String) throws {
        let fromODS = try Self.read(ods)
        let fromXLSX = try Self.read(fixturePath(xlsx))
        #expect(fromXLSX.format == .xlsx)
        #expect(fromXLSX.sheets.map(\.name) == fromODS.sheets.map(\.name))
        #expect(fromXLSX.sheets.map(\.isHidden) == fromODS.sheets.map(\.isHidden))
        #expect(fromXLSX.sheets.map(\.name).allSatisfy { $0.count <= 31 })
        for (odsSheet, xlsxSheet) in zip(fromODS.sheets, fromXLSX.sheets) {
            #expect(Set(xlsxSheet.cells.keys) == Set(odsSheet.cells.keys), "\(odsSheet.name)")
            #expect(Set(xlsxSheet.merges) == Set(odsSheet.merges), "\(odsSheet.name)")
            for (position, cell) in odsSheet.cells {
                let other = xlsxSheet[position]
                switch cell.kind {
                case .text, .error:
                    #expect(other?.lines == cell.lines, "\(odsSheet.address(of: position))")
                default:
                    // XLSX keeps no displayed text for numbers and dates: their values agree.
                    #expect(other?.kind == cell.kind, "\(odsSheet.address(of: position))")
                }
            }
        }
    }
}
