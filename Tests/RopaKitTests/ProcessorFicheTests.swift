import Foundation
import Testing
@testable import RopaKit

/// A fiche kept as processor (Art. 30(2)) prints what Art. 30(2) asks for, and also whatever else
/// its file gives or failed in: an entry that fails to load stays visible there as everywhere.
@Suite struct ProcessorFicheTests {
    /// Each break of a part that Art. 30(2) does not ask for, and the text it replaces in
    /// `Tests/Fixtures/breadth/processor/treatments/paie-clients.yaml`.
    static let breaks: [(part: String, original: String, broken: String)] = [
        ("data", "  - category: economic_financial\n", "  - category: economic_finance\n"),
        ("data_subjects", "  - category: employees\n", "  - category: employes\n"),
        ("sources", "  - kind: third_party\n", "  - kind: thrid_party\n"),
        ("sensitive_data", "sensitive_data: none\n", "sensitive_data:\n  - category: helth\n"),
        ("dpia", "transfers: none\n", "transfers: none\ndpia:\n  status: maybe\n"),
        ("automated_decisions", "transfers: none\n", "transfers: none\nautomated_decisions:\n  profiling: perhaps\n"),
        ("waivers", "transfers: none\n", "transfers: none\nwaivers:\n  - rule: retention-cnil-guidance\n"),
    ]

    @Test(arguments: breaks.map(\.part))
    func aBrokenEntryOfAProcessorFicheStaysVisible(part: String) throws {
        let item = try #require(Self.breaks.first { $0.part == part })
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: directory)
        try FileManager.default.copyItem(atPath: RenderingSupport.packageRoot + "/Tests/Fixtures/breadth/processor", toPath: directory)
        let path = directory + "/treatments/paie-clients.yaml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try #require(original.contains(item.original))
        let broken = original.replacingOccurrences(of: item.original, with: item.broken)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)

        let loaded = RegisterLoader().load(directory: directory)
        let register = try #require(loaded.register)
        let entry = try #require(register.treatments.first { $0.id == "paie-clients" }?.invalidEntries.first, "\(part) fails to load")
        #expect(entry.key == part)
        let options = { (format: OutputFormat) in RenderOptions(format: format, language: .fr, date: RenderingSupport.date, draft: true) }
        for format in [OutputFormat.markdown, .html] {
            let document = try DocumentRenderer(options: options(format)).render(register)
            #expect(document.contains("\(entry.location.file):\(entry.location.line):\(entry.location.column)"),
                    "\(format): the entry of '\(part)' that failed is shown where it is")
        }
    }

    /// What the file gives beyond Art. 30(2) is printed, and only what it gives: no NIR
    /// "Non collecté" the file never stated, no part the file does not have.
    @Test func whatTheFileGivesIsPrintedAndNothingElse() throws {
        let markdown = try RenderingSupport.render(RenderingSupport.packageRoot + "/Tests/Fixtures/breadth/processor", .markdown, draft: true)
        let fiche = try #require(markdown.components(separatedBy: "## Fiche de registre du sous-traitant ST-02").last?
            .components(separatedBy: "\n## ").first)
        #expect(fiche.contains("### Autres informations données par la fiche"))
        #expect(fiche.contains("| Salariés | Salariés des clients qui utilisent le logiciel |"))
        #expect(fiche.contains("| Autre tiers | Le client employeur |"))
        #expect(fiche.contains("| État civil, identité, données d’identification, images | Précisions") && fiche.contains("selon les instructions du client |"))
        #expect(!fiche.contains("— / Précisions"), "no dash before the details")
        #expect(!fiche.contains("Non collecté"))
        #expect(!fiche.contains("#### Analyse d’impact"))
        // The file states `sensitive_data: none`: the fiche says so.
        #expect(fiche.contains("#### Données sensibles\n\nAucune donnée sensible"), "\(fiche)")
    }
}
