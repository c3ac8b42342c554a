import Foundation
import Testing
@testable import RopaKit

/// The whole document on the injected register: every value hostile, every kind of field filled.
@Suite struct RenderingTests {
    typealias S = RenderingSupport

    /// Each `<script>` of the fixture, and each `<img>`, `<svg>`, `<iframe>`: none may survive as markup.
    static let hostileTags = ["<script", "<img", "<svg", "<iframe", "<input", "<u>", "<b>", "<del>", "<i>", "<a href=javascript"]

    @Test func htmlEscapesEveryRegisterValue() throws {
        let html = try S.render(S.injection, .html)
        for tag in Self.hostileTags {
            #expect(!html.lowercased().contains(tag), "\(tag) appears as markup")
        }
        #expect(html.contains("Fiche &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(&#39;head&#39;)&gt;"))
        // A value that looks like a Mustache tag stays text: templates are never re-read.
        #expect(html.contains("{{labels.documentTitle}}"))
        // Inside <style>, the organisation's name is a CSS-escaped string: it cannot end the rule or the element.
        let style = try #require(html.range(of: "<style>").flatMap { start in html.range(of: "</style>", range: start.upperBound..<html.endIndex).map { html[start.upperBound..<$0.lowerBound] } })
        #expect(!style.contains("<"))
        #expect(style.contains("Evil \\3c script\\3e alert"))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try S.render(S.injection, .html)
        for external in ["<link", "<script", "src=\"http", "@import", "url(", "@font-face"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("@page"))
        #expect(html.contains("size: A4"))
        #expect(html.contains("break-before: page"))
        #expect(html.contains("thead { display: table-header-group; }"))
    }

    @Test func markdownValuesCannotBreakTheDocument() throws {
        let markdown = try S.render(S.injection, .markdown)
        for tag in Self.hostileTags {
            #expect(!markdown.lowercased().contains(tag), "\(tag) appears as markup")
        }
        // No register value starts a line: every line comes from a template.
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("## Injected") && !line.hasPrefix("# Injected") && !line.hasPrefix("- injected")
                    && !line.hasPrefix("| injected") && !line.hasPrefix("```"), "\(line)")
        }
        // Every table row has as many cells as its header.
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let cells = Self.unescapedPipes(in: line)
            if let count = expected {
                #expect(cells == count, "\(line)")
            } else {
                expected = cells
            }
        }
        #expect(markdown.contains("Fiche &lt;script&gt;alert('name')&lt;/script&gt; \\| \\`tick\\` \\# hash"))
    }

    /// Pipes that delimit cells: not preceded by an odd number of backslashes.
    static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for character in line {
            if character == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    @Test func everyFicheSectionInTheCNILOrder() throws {
        let html = try S.render(S.injection, .html)
        let fiche = try #require(html.range(of: "id=\"fiche-evil\"").map { String(html[$0.lowerBound...]) })
        let sections = ["Description du traitement", "Acteurs", "Finalité(s) du traitement effectué",
                        "Catégories de données personnelles concernées", "Données sensibles", "Catégories de personnes concernées",
                        "Destinataires", "Mesures de sécurité", "Transferts hors UE", "Informations complémentaires",
                        "Origine des données", "Sous-traitants (article 28)", "Analyse d’impact", "Décision individuelle automatisée",
                        "Dérogations aux règles de contrôle", "Observations"]
        var position = fiche.startIndex
        for section in sections {
            let found = try #require(fiche.range(of: section, range: position..<fiche.endIndex), "\(section) missing or out of order")
            position = found.upperBound
        }
        #expect(fiche.contains("Numéro de Sécurité Sociale (ou NIR)"))
        #expect(fiche.contains("<strong>Canaux de prospection\u{202F}:</strong> Courrier électronique, Téléphone (appel par une personne)"))
        #expect(fiche.contains("Bloctel &lt;script&gt;"))
        #expect(fiche.contains("Liste CNIL des traitements soumis à AIPD"))
        #expect(fiche.contains("Jusqu’à la transaction, puis archivage intermédiaire de 13\u{A0}mois à compter de la date de débit"))
    }

    @Test func processorSideGetsItsOwnPart() throws {
        let html = try S.render(S.injection, .html)
        #expect(html.contains("Registre des activités de traitement effectuées en qualité de sous-traitant"))
        #expect(html.contains("id=\"fiche-hosting-service\""))
        #expect(html.contains("Responsable du traitement (client)"))
        #expect(html.contains("Client &lt;script&gt;alert(&#39;client&#39;)&lt;/script&gt;"))
        #expect(html.contains("Sous-traitants ultérieurs"))
        let (register, _) = try S.load(S.injection)
        #expect(register.processorTreatments.map(\.id) == ["hosting-service"])
    }

    /// The retention annex names each treatment once, over its rows, and keeps every row.
    @Test func theRetentionAnnexIsGroupedByTreatment() throws {
        let (register, _) = try S.load(S.example)
        let treatments = register.controllerTreatments.filter { !$0.data.isEmpty || !$0.sensitiveData.isEmpty }
        let rows = treatments.reduce(0) { $0 + $1.data.count + $1.sensitiveData.count }
        let html = try S.render(S.example, .html, draft: true)
        let annex = try #require(html.components(separatedBy: "id=\"annexe-conservation\"").dropFirst().first?
            .components(separatedBy: "id=\"annexe-sous-traitants\"").first)
        #expect(annex.components(separatedBy: "<tr class=\"group\">").count - 1 == treatments.count)
        // One row group per treatment: its header row heads its own rows only.
        #expect(annex.components(separatedBy: "<tbody>").count - 1 == treatments.count)
        #expect(annex.components(separatedBy: "</tbody>").count - 1 == treatments.count)
        #expect(annex.components(separatedBy: "<tr><td class=\"text\">").count - 1 == rows)
        let markdown = try S.render(S.example, .markdown, draft: true)
        let table = try #require(markdown.components(separatedBy: "### Annexe 1").dropFirst().first?
            .components(separatedBy: "### Annexe 2").first)
        for treatment in treatments {
            let title: String = Typography.french("\(treatment.reference) — \(treatment.name)")
            let link: String = ">" + HTMLEscaped(title) + "</a>"
            #expect(annex.components(separatedBy: link).count == 2, "\(treatment.reference) once in HTML")
            #expect(table.components(separatedBy: "[" + title + "](").count == 2, "\(treatment.reference) once in Markdown")
        }
        #expect(table.components(separatedBy: "\n|  | ").count - 1 == rows - treatments.count)
    }

    private func HTMLEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func annexesListRetentionProcessorsAndTransfers() throws {
        let markdown = try S.render(S.injection, .markdown)
        let annexes = try #require(markdown.range(of: "## Annexes").map { String(markdown[$0.lowerBound...]) })
        #expect(annexes.contains("| 3\u{A0}ans | à compter de la fin &lt;script&gt;alert('event')&lt;/script&gt; | Suppression |"))
        #expect(annexes.contains("| Jusqu’à l’événement | jusqu’à la transaction | Archivage intermédiaire de 13\u{A0}mois à compter de la date de débit (Preuve &lt;i&gt;x&lt;/i&gt;) |"))
        #expect(annexes.contains("États-Unis / Certifié Data Privacy Framework\u{202F}: Oui"))
        #expect(annexes.contains("1er janvier 2024"))
        #expect(annexes.contains("| T-&lt;b&gt;1&lt;/b&gt;, T-2 |"))
        #expect(annexes.contains("Data Privacy Framework UE–États-Unis"))
    }

    @Test func treatmentFilterMakesAnExtract() throws {
        let html = try S.render(S.injection, .html, treatments: ["hosting-service"])
        #expect(html.contains("id=\"fiche-hosting-service\""))
        #expect(!html.contains("id=\"fiche-evil\""))
        #expect(html.contains("Extrait du registre\u{202F}: 1 traitement sur 2"))
        let json = try S.render(S.injection, .json, treatments: ["hosting-service"])
        #expect(json.contains("\"treatment_ids\" : [\n      \"hosting-service\"\n    ]"))
    }

    @Test func unknownTreatmentSuggestsTheClosestId() throws {
        let (register, _) = try S.load(S.injection)
        let renderer = try DocumentRenderer(options: RenderOptions(format: .json, date: S.date, treatmentIDs: ["hosting-servce"]))
        #expect(throws: RenderError.unknownTreatment(id: "hosting-servce", suggestion: "hosting-service", known: ["hosting-service", "evil"])) {
            try renderer.render(register)
        }
        let error = RenderError.unknownTreatment(id: "zzz", suggestion: nil, known: ["evil", "hosting-service"])
        #expect(error.diagnostics.first?.help == "the treatments are: evil, hosting-service")
    }

    @Test func englishDocumentHasNoFrenchLabels() throws {
        let html = try S.render(S.injection, .html, language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Record of processing activities"))
        #expect(html.contains("1 December 2026"))
        #expect(html.contains("Until the transaction, then intermediate archiving for 13 months from the debit date"))
        for french in ["Registre des activités", "Finalité", "Durée de conservation", "décembre", "RGPD art.", "Oui<", "Non<"] {
            #expect(!html.contains(french), "\(french)")
        }
    }

    @Test func draftIsMarkedOnEveryPageAndInEveryFormat() throws {
        let html = try S.render(S.injection, .html, draft: true)
        #expect(html.contains("@top-right { content: \"Document incomplet \\2014  version de travail\""))
        #expect(html.components(separatedBy: "Document incomplet — version de travail").count - 1 >= 2 + 2)
        let markdown = try S.render(S.injection, .markdown, draft: true)
        #expect(markdown.components(separatedBy: "**Document incomplet — version de travail**").count - 1 == 3)
        let english = try S.render(S.injection, .markdown, language: .en, draft: true)
        #expect(english.contains("**Draft — incomplete document**"))
        let csv = try S.render(S.injection, .csv, draft: true)
        #expect(csv.hasPrefix("\u{FEFF}Statut du document,"))
        let json = try S.render(S.injection, .json, draft: true)
        #expect(json.contains("\"draft\" : true"))
        let final = try S.render(S.injection, .html)
        #expect(!final.contains("Document incomplet"))
    }

    @Test func sameRegisterSameBytes() throws {
        let (register, version) = try S.load(S.injection)
        for format in OutputFormat.allCases {
            // Bytes, so that the workbook (`ods`) is compared too.
            let options = RenderOptions(format: format, language: .fr, date: S.date, draft: false, treatmentIDs: [], templatesDirectory: nil,
                                        version: version, document: .register, publicVersion: false, audience: nil)
            #expect(try DocumentRenderer(options: options).document(register) == DocumentRenderer(options: options).document(register), "\(format)")
        }
    }

    @Test func jsonIsSortedVersionedAndComplete() throws {
        let json = try S.render(S.injection, .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 2)
        let treatments = try #require(object["treatments"] as? [[String: Any]])
        #expect(treatments.count == 2)
        let evil = try #require(treatments.first { $0["id"] as? String == "evil" })
        #expect(evil["has_sensitive_data"] as? Bool == true)
        #expect((evil["transfers"] as? [[String: Any]])?.first?["country_name"] as? String == "États-Unis")
        let retention = try #require(((evil["data"] as? [[String: Any]])?.last?["retention"]) as? [String: Any])
        #expect(retention["period"] as? String == "until")
        #expect(retention["summary"] as? String == "jusqu’à la transaction, puis archivage intermédiaire de 13 mois à compter de la date de débit (Preuve <i>x</i>)")
        #expect(retention.keys.sorted() == ["archive", "archives_reference", "archiving_safeguards", "duration", "event", "final_disposition",
                                            "from", "note", "period", "summary", "then", "until"])
        // Keys sorted at every level, so the bytes do not depend on dictionary order.
        let lines = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(lines == lines.sorted())
        #expect(!json.contains("\\/"))
    }

    @Test func csvHasOneRowPerTreatmentWithBOMAndCRLF() throws {
        let csv = try S.render(S.injection, .csv)
        #expect(csv.hasPrefix("\u{FEFF}N° / RÉF,Nom du traitement,Identifiant,"))
        #expect(csv.hasSuffix("\r\n"))
        let records = Self.parseCSV(String(csv.dropFirst()))
        #expect(records.count == 3)
        #expect(Set(records.map(\.count)).count == 1)
        #expect(records[1][0] == "T-2")
        let evil = try #require(records.first { $0[2] == "evil" })
        #expect(evil.contains { $0.contains("3 ans à compter de la fin <script>alert('event')</script>") })
        #expect(evil.contains { $0.contains("Recipient <script>alert('transfer')</script> — États-Unis — Data Privacy Framework") })
    }

    /// A strict RFC 4180 reader, to check what a spreadsheet would read back.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if next < scalars.endIndex, scalars[next] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
                index = scalars.index(after: next)
                continue
            } else {
                field.unicodeScalars.append(scalar)
            }
            index = next
        }
        return records
    }
}
