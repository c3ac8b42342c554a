import Foundation
import Testing
@testable import RopaKit

/// The "never lose, never invert" guarantee, as a property: for every kind of entry of a register,
/// every way of breaking it that the loader can reject (taken from the entry's own record spec:
/// each required key removed, each value blank, invisible, of the wrong type or not a value of its
/// kind, an unknown key, the entry not a group of keys) either still loads the entry, or gives an
/// error — and then every draft output shows the entry (its lines, where it is) and none of them
/// prints the sentence of absence ("aucun transfert", "aucun destinataire", "Non collecté"…)
/// that the file contradicts.
@Suite struct NeverLoseTests {
    /// One entry of the base register: where it is, how it is written, and what an output would
    /// wrongly say if it lost it.
    struct EntryKind: CustomStringConvertible, Sendable {
        var name: String
        /// The file that holds the entry, and the key of its list or group.
        var file: String
        var key: String
        var spec: RecordSpec
        /// Its `key: value` lines, in order; a value may be a flow group (`{ … }`).
        var fields: [(key: String, value: String)]
        var isListItem: Bool
        /// The sentences of absence that the loss of this entry would make false.
        var absences: [Word]
        /// Whether the information notice shows this part.
        var inNotice: Bool
        var description: String { name }
    }

    static let kinds: [EntryKind] = [
        EntryKind(name: "transfer", file: "t", key: "transfers", spec: RegisterSchema.transfer,
                  fields: [("recipient", "Cloud Inc"), ("country", "US"), ("safeguard", "standard_contractual_clauses"),
                           ("documentation", "clauses signées")],
                  isListItem: true, absences: [.noTransfer, .noTransferInRegister], inNotice: true),
        EntryKind(name: "sensitive data", file: "t", key: "sensitive_data", spec: RegisterSchema.sensitiveData,
                  fields: [("category", "health"), ("condition", "explicit_consent"), ("details", "allergies"),
                           ("retention", "{ duration: 1 year, from: collection }")],
                  isListItem: true, absences: [.noSensitiveData], inNotice: true),
        EntryKind(name: "recipient", file: "t", key: "recipients", spec: RegisterSchema.recipient,
                  fields: [("processor", "hosting"), ("details", "hébergement")],
                  isListItem: true, absences: [.noRecipient, .noProcessor], inNotice: true),
        EntryKind(name: "security measure", file: "t", key: "security", spec: RegisterSchema.securityMeasure,
                  fields: [("measure", "backup"), ("details", "quotidienne")],
                  isListItem: true, absences: [.noSecurity], inNotice: false),
        EntryKind(name: "data category", file: "t", key: "data", spec: RegisterSchema.personalData,
                  fields: [("category", "identification"), ("details", "nom, prénom"),
                           ("retention", "{ duration: 3 years, from: end_of_relationship }")],
                  isListItem: true, absences: [.nirNotCollected], inNotice: true),
        EntryKind(name: "purpose", file: "t", key: "purposes", spec: RegisterSchema.purpose,
                  fields: [("name", "Exécution des commandes"), ("legal_basis", "contract")],
                  isListItem: true, absences: [], inNotice: true),
        EntryKind(name: "data subject", file: "t", key: "data_subjects", spec: RegisterSchema.dataSubject,
                  fields: [("category", "clients"), ("details", "particuliers")],
                  isListItem: true, absences: [], inNotice: false),
        EntryKind(name: "source", file: "t", key: "sources", spec: RegisterSchema.dataSource,
                  fields: [("kind", "direct"), ("details", "formulaire")],
                  isListItem: true, absences: [], inNotice: false),
        EntryKind(name: "automated decisions", file: "t", key: "automated_decisions", spec: RegisterSchema.automatedDecisions,
                  fields: [("profiling", "false"), ("automated_decision", "false"), ("details", "aucune")],
                  isListItem: false, absences: [.noticeNoAutomated], inNotice: true),
        EntryKind(name: "DPIA", file: "t", key: "dpia", spec: RegisterSchema.dpia,
                  fields: [("status", "not_required"), ("justification", "aucun critère")],
                  isListItem: false, absences: [], inNotice: false),
        EntryKind(name: "data-protection contact", file: "organisation", key: "data_protection_contact",
                  spec: RegisterSchema.dataProtectionContact,
                  fields: [("role", "dpo"), ("name", "Jeanne Délégué"), ("email", "dpo@acme.example")],
                  isListItem: false, absences: [.noDataProtectionContact], inNotice: true),
        EntryKind(name: "representative", file: "organisation", key: "representative", spec: RegisterSchema.contact,
                  fields: [("name", "Représentant SA"), ("email", "rep@example.org")],
                  isListItem: false, absences: [.noRepresentative], inNotice: false),
        EntryKind(name: "processor", file: "processors", key: "processors", spec: RegisterSchema.processor,
                  fields: [("id", "hosting"), ("name", "Hébergeur SAS"), ("service", "Hébergement"), ("country", "FR")],
                  isListItem: true, absences: [.noProcessor], inNotice: false),
    ]

    /// A way of breaking an entry, and the entry's text once broken.
    struct Mutation: CustomStringConvertible, Sendable {
        var description: String
        var fields: [(key: String, value: String)]?
        /// Replaces the whole entry (not a group of keys).
        var replacement: String?
    }

    static func mutations(of kind: EntryKind) -> [Mutation] {
        var result: [Mutation] = []
        let written = kind.fields.map(\.key)
        for spec in kind.spec.keys {
            let index = written.firstIndex(of: spec.name)
            if spec.required, let index {
                var fields = kind.fields
                fields.remove(at: index)
                result.append(Mutation(description: "\(spec.name) removed", fields: fields))
            }
            for value in badValues(for: spec.shape) {
                var fields = kind.fields
                if let index { fields[index].value = value } else { fields.append((spec.name, value)) }
                result.append(Mutation(description: "\(spec.name): \(value)", fields: fields))
            }
        }
        result.append(Mutation(description: "unknown key", fields: kind.fields + [("bogus_key", "1")]))
        result.append(Mutation(description: "not a group of keys", fields: nil, replacement: "just a text \(marker(kind))"))
        return result
    }

    static func badValues(for shape: Shape) -> [String] {
        let blank = ["\"\"", "\"   \"", "\"\u{200B}\u{2060}\"", "\"\u{3164}\""]
        switch shape {
        case .text: return blank + ["[a, b]", "{ x: 1 }"]
        case .identifier: return blank + ["Not An Id", "[a]"]
        case .date: return blank + ["2018-13-01", "[a]"]
        case .duration: return blank + ["3 yaers"]
        case .country: return blank + ["ZZ", "usa"]
        case .boolean: return blank + ["maybe"]
        case .vocabulary: return blank + ["nope_value", "[a]"]
        case .list: return ["nope", "{ x: 1 }", "[\"\"]"]
        case .record: return ["nope", "[a]", "\"\""]
        case .words, .oneOf: return ["nope", "{ x: 1 }"]
        }
    }

    // MARK: The base register

    static let organisationHeader = """
        organisation:
          name: Acme
          email: contact@acme.example
          address:
            city: Paris
            country: FR
        services:
          - id: direction
            name: Direction

        """

    static let processorsHeader = "processors:\n"
    static let otherProcessor = """
          - id: mailer
            name: Routeur SAS
            service: Routage
            country: FR

        """

    /// Every key of the treatment but the one under test, written in its base form.
    static let treatmentParts: [(key: String, text: String)] = [
        ("id", "id: t\nname: Gestion des clients\nreference: T-01\ncreated: 2020-01-01\nupdated: 2026-01-01\n"),
        ("purposes", "purposes:\n  - name: Exécution des commandes\n    legal_basis: contract\n"),
        ("data_subjects", "data_subjects:\n  - category: clients\n"),
        ("data", "data:\n  - category: identification\n    retention: { duration: 3 years, from: end_of_relationship }\n"),
        ("sensitive_data", "sensitive_data: none\n"),
        ("sources", "sources:\n  - kind: direct\n"),
        ("recipients", "recipients:\n  - processor: hosting\n"),
        ("transfers", "transfers: none\n"),
        ("security", "security:\n  - measure: backup\n"),
        ("dpia", "dpia:\n  status: not_required\n"),
        ("automated_decisions", "automated_decisions:\n  profiling: false\n  automated_decision: false\n"),
    ]

    /// A word written in the entry (as a comment) that every output must show: letters only, so
    /// that no escaping changes it.
    static func marker(_ kind: EntryKind) -> String { "MARK" + kind.key.filter(\.isLetter).uppercased() }

    static func entryText(_ kind: EntryKind, _ mutation: Mutation?) -> String {
        let marker = marker(kind)
        let indent = kind.isListItem ? "    " : "  "
        if let replacement = mutation?.replacement {
            return kind.isListItem ? "\(kind.key):\n  - \(replacement)\n" : "\(kind.key): \(replacement)\n"
        }
        let fields = mutation?.fields ?? kind.fields
        var lines = fields.map { "\(indent)\($0.key): \($0.value)" }
        // The marker is a comment among the entry's lines, after its first key.
        lines.insert("\(indent)# \(marker)", at: min(1, lines.count))
        if kind.isListItem { lines[0] = "  - " + lines[0].dropFirst(4) }
        return "\(kind.key):\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The register with `kind`'s entry written as `mutation` says (nil: as the base).
    static func files(_ kind: EntryKind, _ mutation: Mutation?) -> (organisation: String, processors: String, treatment: String) {
        let entry = entryText(kind, mutation)
        var organisation = organisationHeader
        var processors = processorsHeader + otherProcessor
        var treatment = ""
        switch kind.file {
        case "organisation":
            organisation += entry
            processors += "  - id: hosting\n    name: Hébergeur SAS\n    service: Hébergement\n    country: FR\n"
            treatment = treatmentParts.map(\.text).joined()
        case "processors":
            processors = processorsHeader + otherProcessor + entry.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                .joined(separator: "\n")
            treatment = treatmentParts.map(\.text).joined()
        default:
            processors += "  - id: hosting\n    name: Hébergeur SAS\n    service: Hébergement\n    country: FR\n"
            treatment = treatmentParts.map { $0.key == kind.key ? entry : $0.text }.joined()
        }
        return (organisation, processors, treatment)
    }

    static func load(_ files: (organisation: String, processors: String, treatment: String)) -> LoadedRegister {
        RegisterLoader().load(
            organisation: RegisterFile(path: "reg/organisation.yaml", bytes: Array(files.organisation.utf8)),
            processors: RegisterFile(path: "reg/processors.yaml", bytes: Array(files.processors.utf8)),
            treatments: [RegisterFile(path: "reg/treatments/t.yaml", bytes: Array(files.treatment.utf8))], root: "reg")
    }

    /// Every draft output of the register, with the language it is written in.
    static func outputs(of register: Register, notice: Bool) throws -> [(name: String, language: Language, text: String)] {
        var outputs: [(String, Language, String)] = []
        let date = ISODate(year: 2026, month: 12, day: 1) ?? ISODate(daysSinceEpoch: 0)
        for (format, language) in [(OutputFormat.html, Language.fr), (.markdown, .fr), (.markdown, .en), (.json, .fr), (.csv, .fr)] {
            let options = RenderOptions(format: format, language: language, date: date, draft: true)
            outputs.append(("\(format) \(language)", language, try DocumentRenderer(options: options).render(register)))
        }
        if notice {
            for format in [OutputFormat.html, .markdown] {
                let options = RenderOptions(format: format, language: .fr, date: date, draft: true, document: .notice)
                outputs.append(("notice \(format)", .fr, try DocumentRenderer(options: options).render(register)))
            }
        }
        return outputs
    }

    // MARK: The property

    @Test func theBaseRegisterLoadsWithoutError() {
        for kind in Self.kinds {
            let loaded = Self.load(Self.files(kind, nil))
            #expect(!loaded.diagnostics.hasErrors, "\(kind): \(loaded.diagnostics.map { "\($0.location) \($0.message)" })")
            #expect(loaded.register?.isComplete == true, "\(kind)")
        }
    }

    @Test(arguments: kinds)
    func aBrokenEntryIsShownAndNoAbsenceIsStated(kind: EntryKind) throws {
        var rejected = 0
        for mutation in Self.mutations(of: kind) {
            let files = Self.files(kind, mutation)
            let loaded = Self.load(files)
            let register = try #require(loaded.register, "\(kind) / \(mutation)")
            let invalid = (register.organisation.invalidEntries + register.invalidEntries + register.treatments.flatMap(\.invalidEntries))
                .filter { $0.key == kind.key }
            guard loaded.diagnostics.hasErrors else {
                // Accepted (a blank optional value, say): then the entry is in the model, not dropped.
                #expect(invalid.isEmpty && Self.isLoaded(kind, in: register), "\(kind) / \(mutation) was dropped without an error")
                continue
            }
            rejected += 1
            guard let entry = invalid.first else {
                // An error about what loaded (contact details missing): the entry stays in the
                // model as written, and is printed as such.
                #expect(Self.isLoaded(kind, in: register), "\(kind) / \(mutation): an error, but the entry is neither loaded nor invalid")
                continue
            }
            let location = "\(entry.location.file):\(entry.location.line)"
            let marker = Self.marker(kind)
            #expect(entry.text.contains(marker), "\(kind) / \(mutation): the entry's lines are kept: \(entry.text)")
            for (name, language, text) in try Self.outputs(of: register, notice: kind.inNotice) {
                // JSON gives the file, line and column as separate fields.
                #expect(text.contains(name.hasPrefix("json") ? entry.location.file : location), "\(kind) / \(mutation) / \(name): the entry's place is shown")
                if !name.hasPrefix("notice") || kind.file == "t" || kind.key == "data_protection_contact" {
                    #expect(text.contains(marker), "\(kind) / \(mutation) / \(name): the entry's lines are shown")
                }
                for absence in kind.absences {
                    #expect(!text.contains(MarkdownText.escape(absence.text[language])) && !text.contains(Self.html(absence.text[language])),
                            "\(kind) / \(mutation) / \(name) states '\(absence.text[language])' though the entry failed to load")
                }
            }
            // The model too: the list's answer on sensitive data (Art. 9 and 10 data) is not "Non".
            if kind.key == "sensitive_data" {
                let model = DocumentModel(register: register, treatments: register.treatments, language: .fr,
                                          date: ISODate(daysSinceEpoch: 0), version: "", draft: true)
                #expect(model.listRows.first?.sensitive != Wording(.fr)[.no], "\(kind) / \(mutation)")
            }
        }
        #expect(rejected >= 3, "\(kind): most breakings are errors")
    }

    /// Whether the entry of `kind` is in the typed model (one item, or the group present).
    static func isLoaded(_ kind: EntryKind, in register: Register) -> Bool {
        guard let treatment = register.treatments.first else { return false }
        switch kind.key {
        case "transfers": return treatment.transfers.count == 1
        case "sensitive_data": return treatment.sensitiveData.count == 1
        case "recipients": return treatment.recipients.count == 1
        case "security": return treatment.security.count == 1
        case "data": return treatment.data.count == 1
        case "purposes": return treatment.purposes.count == 1
        case "data_subjects": return treatment.dataSubjects.count == 1
        case "sources": return treatment.sources.count == 1
        case "automated_decisions": return treatment.automatedDecisions != nil
        case "dpia": return treatment.dpia != nil
        case "data_protection_contact": return register.organisation.dataProtectionContact != nil
        case "representative": return register.organisation.representative != nil
        case "processors": return register.processors.count == 2
        default: return false
        }
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }

    // MARK: Whole files

    static let unreadable: [(String, [UInt8])] = [
        ("a syntax error", Array("name: [unclosed\n".utf8)),
        ("a list", Array("- a\n- b\n".utf8)),
        ("a text", Array("just text\n".utf8)),
        ("empty", []),
        ("not UTF-8", [0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]),
    ]

    @Test(arguments: ["organisation", "processors", "treatment"])
    func aFileThatCannotBeReadStaysVisible(file: String) throws {
        let base = Self.files(Self.kinds[0], nil)
        for (what, bytes) in Self.unreadable {
            let path = file == "treatment" ? "reg/treatments/t.yaml" : "reg/\(file).yaml"
            let loaded = RegisterLoader().load(
                organisation: RegisterFile(path: "reg/organisation.yaml", bytes: file == "organisation" ? bytes : Array(base.organisation.utf8)),
                processors: RegisterFile(path: "reg/processors.yaml", bytes: file == "processors" ? bytes : Array(base.processors.utf8)),
                treatments: [RegisterFile(path: "reg/treatments/t.yaml", bytes: file == "treatment" ? bytes : Array(base.treatment.utf8))],
                root: "reg")
            #expect(loaded.diagnostics.hasErrors, "\(file) / \(what)")
            let register = try #require(loaded.register, "\(file) / \(what): the register is still there")
            #expect(!register.isComplete)
            if file == "treatment" { #expect(register.treatments.map(\.id) == ["t"], "named after its file") }
            let absences: [Word] = [.noTransfer, .noRecipient, .noSensitiveData, .noDataProtectionContact, .noRepresentative,
                                    .noProcessor, .noTransferInRegister, .nirNotCollected, .noSecurity, .noticeNoAutomated]
            for (name, language, text) in try Self.outputs(of: register, notice: true) {
                // The notice says nothing of processors, broken or not.
                if !(file == "processors" && name.hasPrefix("notice")) {
                    #expect(text.contains(path), "\(file) / \(what) / \(name): the file is named")
                }
                for absence in absences where file == "treatment" || absence != .nirNotCollected {
                    let sentence = absence.text[language]
                    // The broken file's own absences only: the other files still state theirs.
                    guard Self.sentenceConcerns(absence, file: file) else { continue }
                    #expect(!text.contains(MarkdownText.escape(sentence)) && !text.contains(Self.html(sentence)),
                            "\(file) / \(what) / \(name) states '\(sentence)'")
                }
            }
        }
    }

    /// Which absences a broken file would make false.
    static func sentenceConcerns(_ absence: Word, file: String) -> Bool {
        switch file {
        case "organisation": [.noDataProtectionContact, .noRepresentative].contains(absence)
        case "processors": [.noProcessor].contains(absence)
        default: ![.noDataProtectionContact, .noRepresentative].contains(absence)
        }
    }
}
