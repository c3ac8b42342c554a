import Foundation
import Testing
@testable import RopaKit

/// Every value of the CNIL model workbook's drop-down lists, read from the CNIL's own files, maps
/// to exactly one vocabulary value (`CNILModel`), and every fixed row of its fiche is known.
@Suite struct CNILModelTests {
    static let workbooks = ["registre-traitement-simplifie.ods", "registre-traitement-simplifie-resaved-2024.ods"]

    static func workbook(_ name: String) throws -> Workbook {
        let path = RenderingSupport.packageRoot + "/Tests/Fixtures/cnil-model/" + name
        switch SpreadsheetReader.read(contentsOf: path) {
        case .success(let workbook): return workbook
        case .failure(let failure): throw RenderingSupport.Problem(description: failure.description)
        }
    }

    /// The values of one column of sheet 5, below its header and the placeholder.
    static func list(_ sheet: Sheet, column: Int) -> [String] {
        let cells = sheet.cells.filter { $0.key.column == column && $0.key.row > 1 }.sorted { $0.key.row < $1.key.row }
        return cells.map(\.value.text).filter { !CNILModel.isPlaceholder($0) && !$0.isEmpty }
    }

    @Test(arguments: workbooks)
    func everyListValueMapsToOneVocabularyValue(file: String) throws {
        let lists = try #require(try Self.workbook(file).sheet(named: "5_-_Listes"))
        let safeguards = Self.list(lists, column: 1)
        let countries = Self.list(lists, column: 3)
        let persons = Self.list(lists, column: 6)
        let recipients = Self.list(lists, column: 8)
        let measures = Self.list(lists, column: 10)
        #expect(safeguards.count == 7 && persons.count == 8 && recipients.count == 5 && measures.count == 7 && countries.count == 175)
        for value in safeguards { #expect(CNILModel.value(of: value, in: CNILModel.safeguards) != nil, "Garanties: \(value)") }
        for value in persons { #expect(CNILModel.value(of: value, in: CNILModel.personCategories) != nil, "Personnes: \(value)") }
        for value in recipients { #expect(CNILModel.value(of: value, in: CNILModel.recipientTypes) != nil, "Destinataires: \(value)") }
        for value in measures { #expect(CNILModel.value(of: value, in: CNILModel.securityMeasures) != nil, "Mesures: \(value)") }
        for value in countries {
            let code = CNILModel.countryCode(named: value)
            #expect(code.map(Countries.isValid) == true, "Pays: \(value) → \(code ?? "nothing")")
        }
        // Exactly one: no two list values map to the same vocabulary value.
        #expect(Set(safeguards.compactMap { CNILModel.value(of: $0, in: CNILModel.safeguards) }).count == safeguards.count)
        #expect(Set(recipients.compactMap { CNILModel.value(of: $0, in: CNILModel.recipientTypes) }).count == recipients.count)
        #expect(Set(countries.compactMap(CNILModel.countryCode(named:))).count == countries.count)
    }

    /// The fiche's fixed rows (sheet 3) are the ones `CNILModel` maps.
    @Test(arguments: workbooks)
    func theFichesFixedRowsAreKnown(file: String) throws {
        let fiche = try #require(try Self.workbook(file).sheet(named: "3_-_Modèle_de_fiche_de_registre"))
        let texts = Set(fiche.cells.values.map { CNILModel.matchingKey($0.text) })
        for (label, _) in CNILModel.dataCategoryRows + CNILModel.sensitiveDataRows.map({ ($0.label, DataCategory.other) }) {
            #expect(texts.contains(CNILModel.matchingKey(label)), "sheet 3 has the row '\(label)'")
        }
    }

    @Test func aFewCountriesByTheirWorkbookSpelling() {
        #expect(CNILModel.countryCode(named: "Etats-Unis") == "US")
        #expect(CNILModel.countryCode(named: "Iles FEROE") == "FO")
        #expect(CNILModel.countryCode(named: "Andorre") == "AD")
        #expect(CNILModel.countryCode(named: "Swaziland") == "SZ")
        #expect(CNILModel.countryCode(named: "Kosovo") == "XK")
        #expect(CNILModel.countryCode(named: "Atlantide") == nil)
    }

    /// The import's fast key (a table per character) is Foundation's folding of the whole text,
    /// on every cell of the CNIL's workbooks and on random texts of letters, accents, spaces,
    /// quotes, combining marks and symbols.
    @Test func theFastMatchingKeyIsFoundationsFolding() throws {
        var texts: [String] = []
        for name in Self.workbooks {
            for sheet in try Self.workbook(name).sheets { texts += sheet.cells.values.map(\.text) }
        }
        let alphabet = Array("aZéÈçÇœŒßàÂïÎôÖùÛÿŸ -–—’‘`´…\u{A0}\u{202F}\u{2009}\u{200D}\u{2060}\u{200B}\u{2028}\t\n\r\u{301}\u{308}İıſǅ►€0123'\"«»").map(String.init)
        var random = SplitMix(state: 7)
        for _ in 0..<20000 {
            texts.append((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined())
        }
        #expect(texts.count > 3000)
        for text in texts {
            #expect(CNILModel.matchingKey(text) == CNILModel.foldedKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The comparison that folds as it goes (`compareKeys`, `sameKey`, `CNILWorkbookLayout.matches`)
    /// says what comparing the two whole keys says: on pairs of random texts from a small alphabet
    /// (so that many pairs are equal or one extends the other), combining marks and joiners
    /// included, and on the numbered labels the import reads ("Sous-finalité 3").
    @Test func theLazyComparisonAgreesWithTheKeys() {
        let alphabet = Array("aAéE -\u{A0}’'…\u{301}\u{200D}1ß").map(String.init)
        var random = SplitMix(state: 11)
        var pairs: [(String, String)] = [("Sous-finalité 3", "Sous finalité"), ("sous-finalite 12b", "Sous-finalité"),
                                         ("  Finalité principale ", "finalite principale"), ("Finalité", "Finalité principale")]
        for _ in 0..<30000 {
            func text() -> String { (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined() }
            let first = text()
            pairs.append((first, Bool.random(using: &random) ? text() : first + (Bool.random(using: &random) ? " " + text() : "")))
            pairs.append((pairs[pairs.count - 1].1, first))
        }
        var same = 0, extended = 0
        for (text, label) in pairs {
            let key = CNILModel.matchingKey(text), wanted = CNILModel.matchingKey(label)
            let context = "\(text.unicodeScalars.map { String($0.value, radix: 16) }) vs \(label.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(CNILModel.sameKey(text, label) == (key == wanted), "\(context)")
            let numbered = key == wanted || (key.hasPrefix(wanted + " ") && key.dropFirst(wanted.count + 1).allSatisfy(\.isNumber))
            #expect(CNILWorkbookLayout.matches(text, label, numbered: true) == numbered, "\(context)")
            switch CNILModel.compareKeys(text, label) {
            case .same:
                same += 1
                #expect(key == wanted, "\(context)")
            case .extended:
                extended += 1
                #expect(key.hasPrefix(wanted + " "), "\(context)")
            case .different:
                #expect(key != wanted && !key.hasPrefix(wanted + " "), "\(context)")
            case .undecided:
                break
            }
        }
        #expect(same > 1000 && extended > 1000, "the pairs test each outcome: \(same) same, \(extended) extended")
    }
}
