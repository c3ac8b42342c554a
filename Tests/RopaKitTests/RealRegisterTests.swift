import Foundation
import Testing
@testable import RopaKit

/// Real registers go in and come out whole: the CNIL's own example fiche, a Spanish public body,
/// a Belgian commune (fixtures in Tests/Fixtures/real-registers/).
@Suite struct RealRegisterTests {
    static func directory(_ name: String) -> String { RenderingSupport.packageRoot + "/Tests/Fixtures/real-registers/" + name }

    static func check(_ name: String, on date: String) -> (LoadedRegister, [Diagnostic]) {
        let day = ISODate(parsing: date) ?? ISODate(daysSinceEpoch: 0)
        let result = RegisterCheck().run(directory: directory(name), context: RuleContext(date: day))
        return (result.loaded, result.diagnostics)
    }

    static func render(_ register: Register, _ format: OutputFormat, on date: String) throws -> String {
        let options = RenderOptions(format: format, date: ISODate(parsing: date) ?? ISODate(daysSinceEpoch: 0), draft: true)
        return try DocumentRenderer(options: options).render(register)
    }

    /// The 24 facts of the CNIL's fiche "Gestion de la paie" (sheet 2's row and sheet 4), as the
    /// document prints them.
    static let cnilFacts = [
        "Gestion de la paie", "1 - Exemple", "26 mai 2018", "13 mai 2019",                     // description, list
        "Louise DUPONT", "Martin HENRI", "Sans objet (interne à l’organisme)",                 // acteurs (DPO's company "N/A")
        "1 rue Rivoli", "75001", "Paris", "01 xx xx xx xx", "exemple1@ets.com", "exemple2@ets.com",
        "Calcul des rémunérations", "Calcul du montant des versements adressés aux organismes sociaux",
        "Ordre de virement à la banque",                                                          // sub-purposes
        "Noms, prénoms, adresses", "RIB", "Numéros de sécurité sociale des salariés",
        "5 ans à compter du versement de la paie",                                                // data and retention
        "Salariés",                                                                               // persons
        "Dir. Administrative et Financière", "Organismes sociaux", "Banque d&#39;Andorre",        // recipients
        "Mesures de protection des logiciels", "Sauvegarde des données", "Contrôle d’accès des utilisateurs",
        "Andorre", "Clauses contractuelles types (CCT)", "Contrat en date du 23/01/2018",        // transfer
    ]

    @Test func theCNILExampleFicheComesOutWhole() throws {
        let (loaded, diagnostics) = Self.check("cnil-paie", on: "2019-06-01")
        let register = try #require(loaded.register)
        let html = try Self.render(register, .html, on: "2019-06-01")
        for fact in Self.cnilFacts {
            #expect(html.contains(Typography.french(fact)), "the document shows '\(fact)'")
        }
        #expect(Self.cnilFacts.count == 30)
        // What the model lacks is an error, not an invention: four purposes without a legal basis.
        let missingBases = diagnostics.filter { $0.id == DiagnosticID.missingKey && $0.message.contains("'legal_basis'") }
        #expect(missingBases.count == 4)
        #expect(register.treatments.first?.invalidEntries.filter { $0.key == "purposes" }.count == 4)
        // "Données sensibles ? Non", with the NIR among the data.
        let model = DocumentModel(register: register, treatments: register.treatments, language: .fr,
                                  date: ISODate(daysSinceEpoch: 0), version: "", draft: true)
        #expect(model.listRows.first?.sensitive == "Non")
        // Banque d'Andorre is a recipient in a third country; its 2018 contract is on the old clauses.
        #expect(register.treatments.first?.recipients.contains { $0.kind == .thirdCountry && $0.name == "Banque d'Andorre" } == true)
        #expect(html.contains("2010/87/UE"), "the clauses of before 2021")
        #expect(!html.contains("2021/914"))
        #expect(!diagnostics.contains { $0.id == "transfer-ground" }, "the old clauses were a safeguard in 2019")
    }

    @Test func theOldClausesAreAnErrorAfterTheirTransition() throws {
        // The purposes without a legal basis make the treatment incomplete: its rules wait. Load it
        // with the bases and the source written, as a referent would once they are known.
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: Self.directory("cnil-paie"), toPath: directory + "/r")
        let path = directory + "/r/treatments/paie.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "  - name: Gestion de la paie\n", with: "  - name: Gestion de la paie\n    legal_basis: legal_obligation\n    legal_text: Code du travail\n")
            .replacingOccurrences(of: "  - name: Calcul des rémunérations\n", with: "  - name: Calcul des rémunérations\n    legal_basis: contract\n")
            .replacingOccurrences(of: "  - name: Calcul du montant des versements adressés aux organismes sociaux\n",
                                  with: "  - name: Calcul du montant des versements adressés aux organismes sociaux\n    legal_basis: legal_obligation\n    legal_text: Code de la sécurité sociale\n")
            .replacingOccurrences(of: "  - name: Ordre de virement à la banque\n", with: "  - name: Ordre de virement à la banque\n    legal_basis: contract\n")
            .replacingOccurrences(of: "# The model has no field for the source of the data.\n", with: "sources:\n  - kind: direct\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for (date, expected) in [("2022-12-27", false), ("2022-12-28", true)] {
            let day = ISODate(parsing: date) ?? ISODate(daysSinceEpoch: 0)
            let found = RegisterCheck().run(directory: directory + "/r", context: RuleContext(date: day)).diagnostics
            let error = found.first { $0.id == "transfer-ground" }
            #expect((error != nil) == expected, "\(date): \(found.map(\.message))")
            if expected { #expect(error?.message.contains("before 27 September 2021") == true) }
        }
    }

    static let spanishFacts = [
        "Consorcio de Turismo de Ejemplo", "Gestión de nóminas del personal", "RAT-03", "Servicio de Personal",
        "Recursos humanos", "Ante el Servicio de Personal", "Real Decreto Legislativo 5/2015", "Contrato de trabajo o nombramiento del empleado",
        "DNI/NIE y número de afiliación a la Seguridad Social", "Espagne", "Cuota sindical", "Gestoría Laboral Ejemplo S.L.",
        "Agencia Estatal de Administración Tributaria", "Entidades bancarias para el abono de las nóminas",
        "Esquema Nacional de Seguridad", "Boletín informativo de actividades turísticas", "5 ans à compter du dernier contact",
    ]

    static let belgianFacts = [
        "Ville d&#39;Exemple", "Tenue du registre de la population", "POP-01", "Population et état civil",
        "Loi du 19 juillet 1991", "Numéro d’identification national (Belgique)", "Loi du 8 août 1983",
        "conservation définitive (archives publiques)", "Archives de l&#39;État, tableau de tri", "Annexe 3 — liste des autorités destinataires",
        "Registre national des personnes physiques", "Journalisation des consultations",
    ]

    @Test(arguments: [("es-consorcio", "ES"), ("be-ville", "BE")])
    func aForeignPublicRegisterGetsNoFrenchFindingAndComesOutWhole(name: String, country: String) throws {
        let (loaded, diagnostics) = Self.check(name, on: "2026-11-30")
        let register = try #require(loaded.register)
        #expect(register.jurisdiction == country)
        // EU rules still run: the Spanish payroll deducts trade-union dues (special-category data of
        // employees, two EDPB criteria) and says nothing of a DPIA — a warning, not a French finding.
        let european = name == "es-consorcio" ? ["dpia-assessed"] : []
        #expect(diagnostics.map(\.id).sorted() == ([NationalChecks.notRun] + european).sorted(), "\(diagnostics.map { "\($0.id): \($0.message)" })")
        let french = Set(RuleCatalogue.descriptions.filter { $0.jurisdiction == "FR" }.map(\.id))
        #expect(!diagnostics.contains { french.contains($0.id) })
        let html = try Self.render(register, .html, on: "2026-11-30")
        for fact in name == "es-consorcio" ? Self.spanishFacts : Self.belgianFacts {
            #expect(html.contains(Typography.french(fact)), "\(name) shows '\(fact)'")
        }
        // The NIR row is a French fiche's: not printed for another country.
        #expect(!html.contains("Numéro de Sécurité Sociale (ou NIR)"))
    }

    /// The same Spanish newsletter, under French law, gets the CNIL's prospection guidance: the
    /// jurisdiction, not the content, keeps it out.
    @Test func theSameRegisterUnderFrenchLawGetsTheCNILGuidance() throws {
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: Self.directory("es-consorcio"), toPath: directory + "/r")
        let path = directory + "/r/organisation.yaml"
        try (try String(contentsOfFile: path, encoding: .utf8)).replacingOccurrences(of: "organisation:\n", with: "jurisdiction: FR\norganisation:\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let found = RegisterCheck().run(directory: directory + "/r", context: RuleContext(date: ISODate(parsing: "2026-11-30") ?? ISODate(daysSinceEpoch: 0)))
        #expect(found.diagnostics.contains { $0.id == "retention-cnil-guidance" })
        #expect(!found.diagnostics.contains { $0.id == NationalChecks.notRun })
    }
}
