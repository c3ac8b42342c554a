import Foundation

/// Writes realistic synthetic registers of any size, the same bytes for the same size and seed.
///
/// Every kind of value the format has appears in a register of 100 treatments or more: each data
/// category and sensitive-data category, each recipient kind, transfers on every kind of safeguard,
/// each retention form (duration, until, event, archive, indefinite), joint controllers, processor
/// treatments, DPIAs, automated decisions, waivers, block and quoted texts, and treatments grouped in
/// sub-folders. The organisation data is split over `organisation.yaml` and `processors.yaml`.
public struct RegisterGenerator: Sendable {
    /// Bump when the output changes, so that cached registers are regenerated.
    public static let version = 3

    public var treatments: Int
    public var seed: UInt64

    public init(treatments: Int, seed: UInt64 = 30) {
        self.treatments = treatments
        self.seed = seed
    }

    /// One file of the register: its path relative to the register's root, and its text.
    public struct File: Sendable {
        public var path: String
        public var text: String
    }

    public var processorCount: Int { 10 + treatments / 100 }

    /// All files, in path order within each part: organisation, processors, treatments.
    public func files() -> [File] {
        var files = [File(path: "organisation.yaml", text: organisation()),
                     File(path: "processors.yaml", text: processors())]
        for index in 0..<treatments {
            files.append(File(path: treatmentPath(index), text: treatment(index)))
        }
        return files
    }

    /// Writes the register into `directory` (created; must not hold another register).
    /// Returns the total size in bytes.
    @discardableResult
    public func write(to directory: String) throws -> Int {
        let manager = FileManager.default
        var total = 0
        for file in files() {
            let path = directory + "/" + file.path
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let data = Data(file.text.utf8)
            try data.write(to: URL(fileURLWithPath: path))
            total += data.count
        }
        return total
    }

    /// Treatments go 100 to a sub-folder, as a large organisation would group them by department.
    func treatmentPath(_ index: Int) -> String {
        "treatments/\(Self.departments[(index / 100) % Self.departments.count])-\(index / 100)/\(treatmentID(index)).yaml"
    }

    func treatmentID(_ index: Int) -> String {
        Self.templates[index % Self.templates.count].slug + "-" + String(format: "%05d", index + 1)
    }

    // MARK: organisation.yaml

    func organisation() -> String {
        var yaml = YAMLWriter()
        yaml.line("# yaml-language-server: $schema=schema/organisation.schema.json")
        yaml.key("organisation")
        yaml.indented {
            $0.pair("name", "Julien Synthétique SAS")
            $0.pair("head", "Julien Martin, président")
            $0.pair("registration", "RCS Manosque 123 456 789")
            $0.pair("website", "https://www.example.fr")
            $0.pair("email", "contact@example.fr")
            $0.pair("phone", "+33 4 92 00 00 00")
            $0.key("address")
            $0.indented {
                $0.pair("street", "12 avenue de la Libération")
                $0.quoted("postal_code", "04100")
                $0.pair("city", "Manosque")
                $0.pair("country", "FR")
            }
        }
        yaml.key("representative")
        yaml.indented {
            $0.pair("name", "Représentation UE SARL")
            $0.pair("email", "eu-rep@example.eu")
            $0.flow("address", ["street": "1 rue du Marché", "postal_code": "\"1000\"", "city": "Bruxelles", "country": "BE"],
                    order: ["street", "postal_code", "city", "country"])
        }
        yaml.key("data_protection_contact")
        yaml.indented {
            $0.pair("role", "referent")
            $0.pair("name", "Camille Durand")
            $0.pair("company", "Julien Synthétique SAS")
            $0.pair("email", "dpo@example.fr")
            $0.pair("phone", "+33 4 92 00 00 01")
        }
        yaml.key("services")
        for service in Self.services {
            yaml.item { item in
                item.pair("id", service.id)
                item.pair("name", service.name)
                item.pair("description", service.description)
            }
        }
        return yaml.text
    }

    // MARK: processors.yaml

    func processors() -> String {
        var yaml = YAMLWriter()
        yaml.line("# yaml-language-server: $schema=schema/processors.schema.json")
        yaml.key("processors")
        for index in 0..<processorCount {
            let model = Self.processorModels[index % Self.processorModels.count]
            let number = index / Self.processorModels.count
            yaml.item { item in
                item.pair("id", processorID(index))
                item.pair("name", number == 0 ? model.name : "\(model.name) \(number + 1)")
                item.pair("service", model.service)
                item.pair("country", model.country)
                if model.country == "US" { item.pair("dpf_certified", "true", raw: true) }
                item.key("contact")
                item.indented {
                    $0.pair("name", "Service conformité")
                    $0.pair("email", "privacy@\(model.slug).example.com")
                }
                item.key("contract")
                item.indented {
                    $0.pair("reference", "DPA-\(2018 + index % 8)-\(String(format: "%03d", index + 1))")
                    $0.pair("signed", "\(2018 + index % 8)-0\(1 + index % 9)-1\(index % 10)", raw: true)
                    $0.pair("link", "https://\(model.slug).example.com/dpa")
                }
                if !model.subProcessors.isEmpty {
                    item.key("sub_processors")
                    for name in model.subProcessors { item.item { $0.scalar(name) } }
                }
            }
        }
        return yaml.text
    }

    func processorID(_ index: Int) -> String {
        let model = Self.processorModels[index % Self.processorModels.count]
        let number = index / Self.processorModels.count
        return number == 0 ? model.slug : "\(model.slug)-\(number + 1)"
    }

    // MARK: treatments

    func treatment(_ index: Int) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let template = Self.templates[index % Self.templates.count]
        var yaml = YAMLWriter()
        yaml.line("# yaml-language-server: $schema=../../schema/treatment.schema.json")
        yaml.pair("id", treatmentID(index))
        yaml.pair("name", index < Self.templates.count ? template.name : "\(template.name) (\(Self.sites[index % Self.sites.count]))")
        yaml.pair("reference", "T-\(String(format: "%05d", index + 1))")
        // Created over the years; reviewed in the second half of 2025, as a kept register is.
        yaml.pair("created", "\(2018 + random.next(7))-0\(1 + random.next(6))-\(10 + random.next(18))", raw: true)
        yaml.pair("updated", "2025-\(String(format: "%02d", 7 + random.next(6)))-\(10 + random.next(18))", raw: true)
        let role = index % 37 == 5 ? "joint_controller" : index % 41 == 7 ? "processor" : nil
        if let role { yaml.pair("role", role) }
        yaml.block("description", template.description + "\nSite concerné : \(Self.sites[index % Self.sites.count]).\n")
        yaml.pair("software", Self.software[random.next(Self.software.count)])
        if role == "joint_controller" {
            yaml.key("joint_controllers")
            yaml.item {
                $0.pair("name", "Groupement Partenaire \(index)")
                $0.pair("email", "rgpd@partenaire\(index).example.fr")
                $0.pair("arrangement", "Accord de responsabilité conjointe du 2 mars 2021, annexe 3")
                $0.pair("arrangement_essence", "Chaque responsable informe ses propres clients ; les demandes d'exercice des droits sont reçues par l'un ou l'autre")
            }
        }
        if role == "processor" {
            yaml.key("on_behalf_of")
            yaml.item {
                $0.pair("name", "Client Donneur d'Ordre \(index)")
                $0.pair("email", "dpo@client\(index).example.fr")
            }
        }

        yaml.key("purposes")
        for purpose in template.purposes {
            yaml.item { item in
                item.pair("name", purpose.name)
                item.pair("legal_basis", purpose.basis)
                switch purpose.basis {
                case "consent":
                    item.key("consent")
                    item.indented {
                        $0.pair("collection", "case à cocher non pré-cochée sur le formulaire")
                        $0.pair("withdrawal", "lien de désinscription dans chaque message, ou courriel au référent")
                    }
                case "legitimate_interests":
                    item.pair("legitimate_interest", "Développer et fidéliser la clientèle")
                    item.pair("balancing_test", "Note de mise en balance du 12/04/2022, dossier conformité")
                case "legal_obligation", "public_task":
                    item.pair("legal_text", "Code de commerce, art. L. 123-22 ; Code général des impôts, art. 54")
                default:
                    break
                }
            }
        }

        yaml.key("data_subjects")
        for category in template.subjects {
            yaml.item { item in
                item.pair("category", category)
                if category == "other" { item.pair("details", "Visiteurs des locaux et accompagnants") }
            }
        }

        yaml.key("data")
        let extra = Self.dataCategories[index % Self.dataCategories.count]
        var categories = template.data
        if !categories.contains(extra) { categories.append(extra) }
        for (position, category) in categories.enumerated() {
            yaml.item { item in
                item.pair("category", category)
                item.pair("details", Self.dataDetails[category] ?? "Autres données utiles au traitement")
                if category == "nir" {
                    item.pair("authorised_by", "Décret n° 2019-341 du 19 avril 2019, art. 1er")
                }
                item.key("retention")
                item.indented { retention in
                    Self.writeRetention(&retention, category: category, form: (index + position) % 6, random: &random)
                }
            }
        }

        let sensitive = template.sensitive ?? (index % 9 == 4 ? Self.sensitiveCategories[(index / 9) % Self.sensitiveCategories.count] : nil)
        if let sensitive {
            yaml.key("sensitive_data")
            yaml.item { item in
                item.pair("category", sensitive)
                item.pair("details", "Données strictement nécessaires, collectées par des personnes habilitées")
                if sensitive == "criminal" {
                    item.pair("legal_authority", "Code du travail, art. L. 1121-1 ; loi n° 78-17, art. 46")
                } else {
                    item.pair("condition", Self.article9Conditions[index % Self.article9Conditions.count])
                }
                item.key("retention")
                item.indented {
                    $0.pair("duration", "\(1 + random.next(5)) years")
                    $0.pair("from", "collection")
                }
            }
        } else {
            yaml.pair("sensitive_data", "none")
        }

        yaml.key("sources")
        yaml.item { $0.pair("kind", "direct") }
        if index % 5 == 2 {
            yaml.item {
                $0.pair("kind", Self.indirectSources[index % Self.indirectSources.count])
                $0.pair("details", "Fichier loué auprès d'un prestataire, consentement vérifié à la source")
            }
        }

        yaml.key("recipients")
        let service = Self.services[index % Self.services.count].id
        yaml.item { $0.pair("service", service) }
        yaml.item { $0.pair("service", "direction") }
        let processor = processorID(index % processorCount)
        yaml.item {
            $0.pair("processor", processor)
            $0.pair("details", "Hébergement et maintenance, accès limité aux données nécessaires")
        }
        switch index % 4 {
        case 0: yaml.item { $0.pair("partner", "Partenaires commerciaux sélectionnés") }
        case 1: yaml.item { $0.pair("authority", "Administration fiscale, sur demande") }
        case 2: yaml.item { $0.pair("other", "Commissaire aux comptes") }
        default: break
        }

        let model = Self.processorModels[(index % processorCount) % Self.processorModels.count]
        let transfer = Self.transferModels[index % Self.transferModels.count]
        if model.country != "FR" && !Self.eea.contains(model.country) {
            yaml.key("transfers")
            yaml.item {
                $0.pair("recipient", model.name)
                $0.pair("processor", processor)
                $0.pair("country", model.country)
                $0.pair("safeguard", model.safeguard)
                $0.pair("documentation", "https://\(model.slug).example.com/transfers")
                $0.pair("impact_assessment", "Analyse d'impact du transfert TIA-\(model.slug), dossier conformité")
            }
        } else if index % 3 == 1 {
            yaml.key("transfers")
            yaml.item {
                $0.pair("recipient", transfer.recipient)
                $0.pair("country", transfer.country)
                $0.pair("safeguard", transfer.safeguard)
                if let derogation = transfer.derogation { $0.pair("derogation", derogation) }
                $0.pair("documentation", "Registre des transferts, fiche \(index + 1)")
                $0.pair("impact_assessment", "Analyse d'impact du transfert, fiche \(index + 1)")
            }
        } else {
            yaml.pair("transfers", "none")
        }

        yaml.key("security")
        let measureCount = 3 + random.next(4)
        for offset in 0..<measureCount {
            let measure = Self.securityMeasures[(index + offset) % Self.securityMeasures.count]
            yaml.item { item in
                item.pair("measure", measure.kind)
                item.pair("details", measure.details)
            }
        }

        let profiling = index % 13 == 6
        // A DPIA is recorded wherever two WP248 criteria may meet: special-category or location
        // data (highly personal), profiling, or one treatment in eleven.
        let risky = sensitive != nil || categories.contains("location") || profiling
        if risky || index % 11 == 3 {
            yaml.key("dpia")
            yaml.indented {
                // One in eight DPIAs is still in progress: a warning a real register has. "Not
                // required" only where nothing makes the processing high-risk.
                var status = ["done", "done", "done", "not_required", "done", "in_progress", "done", "done"][index % 8]
                if status == "not_required" && risky { status = "done" }
                $0.pair("status", status)
                if status != "not_required" {
                    $0.key("criteria")
                    $0.item { $0.scalar(profiling ? "evaluation_or_scoring" : "sensitive_or_highly_personal_data") }
                    $0.item { $0.scalar(index % 2 == 0 ? "large_scale" : "systematic_monitoring") }
                }
                if status == "done" {
                    $0.pair("reference", "AIPD-\(String(format: "%05d", index + 1))")
                    $0.pair("date", "2024-06-1\(index % 10)", raw: true)
                } else if status == "not_required" {
                    $0.pair("justification", "Un seul critère du CEPD est rempli ; pas de traitement à grande échelle")
                }
            }
        }
        if profiling {
            yaml.key("automated_decisions")
            yaml.indented {
                $0.pair("profiling", "true", raw: true)
                $0.pair("automated_decision", index % 2 == 0 ? "true" : "false", raw: true)
                $0.pair("legal_effect", "false", raw: true)
                $0.pair("details", "Segmentation des clients selon leurs achats pour adapter les offres")
                $0.pair("safeguards", "Revue humaine sur demande, droit de contester par courriel")
            }
        }
        if index % 17 == 8 {
            yaml.key("waivers")
            yaml.item {
                $0.pair("rule", "retention-cnil-guidance")
                $0.block("reason", "Durée plus longue justifiée par la garantie décennale des travaux ;\nvalidée par le référent le 3 février 2025.\n")
            }
        }
        if index % 7 == 0 {
            yaml.quoted("notes", "Revue annuelle : \"OK\" — voir le compte rendu #\(index + 1) du comité RGPD.")
        }
        return yaml.text
    }

    private static func writeRetention(_ yaml: inout YAMLWriter, category: String, form: Int, random: inout SplitMix64) {
        // Logs and trackers have short periods set by the CNIL.
        switch category {
        case "connection":
            yaml.pair("duration", "\(6 + random.next(7)) months")
            yaml.pair("from", "collection")
            return
        case "internet":
            yaml.pair("duration", "13 months")
            yaml.pair("from", "deposit")
            return
        default:
            break
        }
        switch form {
        case 0:
            yaml.pair("duration", "\(1 + random.next(5)) years")
            yaml.pair("from", "end_of_relationship")
        case 1:
            yaml.pair("duration", "\(6 + random.next(19)) months")
            yaml.pair("from", "last_contact")
            yaml.pair("then", "anonymise")
        case 2:
            yaml.pair("duration", "3 years")
            yaml.pair("from", "collection")
            yaml.pair("then", "archive")
            yaml.key("archive")
            yaml.indented {
                $0.pair("duration", "\(5 + random.next(6)) years")
                $0.pair("from", "end_of_relationship")
                $0.pair("purpose", "Preuve en cas de contentieux (prescription civile)")
            }
        case 3:
            yaml.pair("until", "consent_withdrawal")
        case 4:
            yaml.pair("duration", "\(30 + random.next(60)) days")
            yaml.pair("from", "event")
            yaml.pair("event", "la fin de la garantie commerciale")
            yaml.pair("note", "Purge automatique hebdomadaire")
        default:
            yaml.pair("duration", "13 months")
            yaml.pair("from", "deposit")
        }
    }
}

/// A small, fast, seedable generator: the same seed gives the same register on every machine.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
