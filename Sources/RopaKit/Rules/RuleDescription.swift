/// Everything said about a rule, once: what `ropa rules`, `ropa explain`, `docs/rules.md`, the
/// SARIF rule catalogue and the example tests all read.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, used in diagnostics and in waivers.
    public var id: String
    public var severity: Diagnostic.Severity
    /// One line: what the rule wants.
    public var title: String
    /// The legal text it enforces (GDPR article, Loi Informatique et Libertés, CPCE, CNIL délibération).
    public var reference: String
    /// Why, in a few sentences, with the sources of the facts and what is unconfirmed.
    public var rationale: String
    /// Treatments that must trigger the rule; `↓` marks where each diagnostic must point.
    public var triggeringExamples: [RuleExample]
    /// Treatments that must not trigger it.
    public var nonTriggeringExamples: [RuleExample]
    /// The country whose law or authority's guidance the rule checks (ISO code: "FR" for the CNIL's
    /// référentiels, the CPCE, Bloctel, the NIR décret); nil for a rule of EU law (the GDPR, the
    /// EDPB). A national rule runs only on a register of that country (`Register.jurisdiction`).
    public var jurisdiction: String?
    /// True for a controller's obligation (a legal basis, retention, a DPIA, consent): the rule
    /// does not judge a fiche kept as processor (Art. 30(2)), whose purposes, retention and
    /// safeguards are the controller's instructions.
    public var controllerSide: Bool

    public init(id: String, severity: Diagnostic.Severity, title: String, reference: String, rationale: String,
                jurisdiction: String? = nil, controllerSide: Bool = false,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.jurisdiction = jurisdiction
        self.controllerSide = controllerSide
        self.severity = severity
        self.title = title
        self.reference = reference
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// What reporters need to know about the rule.
    public var checkInfo: CheckInfo {
        CheckInfo(id: id, title: title, severity: severity, reference: reference, rationale: rationale,
                  help: CheckInfo.Help(text: RuleDocumentation.explanation(of: self),
                                       markdown: RuleDocumentation.markdownSection(of: self, headingLevel: 1)),
                  documentationAnchor: id)
    }
}

/// One example of a rule: a complete treatment file, plus the organisation and processors files
/// when the shared defaults do not fit, and the register's date when it matters.
///
/// In the YAML, `↓` stands right before each value where the rule must report; the tests remove
/// the markers, load the files with the real loader and compare line and column.
public struct RuleExample: Sendable, Hashable {
    public static let marker: Character = "↓"

    /// The treatment file's keys that matter for the rule; see ``treatmentFile(id:reference:)``.
    public var treatment: String
    /// `processors.yaml`; nil for ``defaultProcessors``.
    public var processors: String?
    /// `organisation.yaml`; nil for ``defaultOrganisation``.
    public var organisation: String?
    /// The register's date, `YYYY-MM-DD`; nil for ``defaultDate``.
    public var date: String?

    public init(_ treatment: String, processors: String? = nil, organisation: String? = nil, date: String? = nil) {
        self.treatment = treatment
        self.processors = processors
        self.organisation = organisation
        self.date = date
    }

    /// The date examples are checked on, unless they say otherwise.
    public static let defaultDate = "2026-06-01"

    /// A minimal organisation that every example can rely on: one controller, two services.
    public static let defaultOrganisation = """
        jurisdiction: FR
        organisation:
          name: Exemple SARL
          email: contact@exemple.fr
        services:
          - id: sales
            name: Service commercial
          - id: accounting
            name: Comptabilité
        """

    /// Processors that examples may name: one in France, one DPF-certified in the United States.
    public static let defaultProcessors = """
        processors:
          - id: hosting
            name: Hébergeur SAS
            service: Hébergement du site et des bases
            country: FR
            contract: { reference: DPA-2024-01, signed: 2024-01-15 }
          - id: mailer
            name: Mailer Inc.
            service: Routage des courriels
            country: US
            dpf_certified: true
            contract: { reference: DPA Mailer 2025, signed: 2025-02-01 }
        """

    /// The complete treatment file: the example's keys, plus a minimal default for each header or
    /// required key it does not write, in the order of the format, so that examples show only what
    /// the rule is about. `id` and `reference` let a test put many examples in one register.
    public func treatmentFile(id: String = "example", reference: String = "T-01") -> String {
        var blocks = Self.topLevelBlocks(of: treatment)
        let written = Set(blocks.map(\.key))
        let header = [("id", id), ("name", "Exemple de traitement"), ("reference", reference),
                      ("created", "2025-01-10"), ("updated", "2026-01-10")].map { ($0.0, "\($0.0): \($0.1)\n") }
        blocks += (header + Self.defaultTreatmentKeys).filter { !written.contains($0.0) }.map { (key: $0.0, text: $0.1) }
        let order = RegisterSchema.treatmentFile.keys.map(\.name)
        return blocks.enumerated()
            .sorted { a, b in
                let (x, y) = (order.firstIndex(of: a.element.key) ?? order.count, order.firstIndex(of: b.element.key) ?? order.count)
                return x != y ? x < y : a.offset < b.offset
            }
            .map(\.element.text).joined()
    }

    /// The example split at its top-level keys: each block is a key's line and the indented lines under it.
    static func topLevelBlocks(of text: String) -> [(key: String, text: String)] {
        var blocks: [(key: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let clean = line.filter { $0 != marker }
            if let first = clean.first, first.isLetter, let colon = clean.firstIndex(of: ":") {
                blocks.append((String(clean[..<colon]), ""))
            }
            guard !blocks.isEmpty, !line.isEmpty else { continue }
            blocks[blocks.count - 1].text += line + "\n"
        }
        return blocks
    }

    /// What a treatment example gets for the required keys it leaves out.
    static let defaultTreatmentKeys: [(key: String, text: String)] = [
        ("purposes", "purposes:\n  - name: Gestion des commandes\n    legal_basis: contract\n"),
        ("data_subjects", "data_subjects: [{ category: clients }]\n"),
        ("data", "data:\n  - category: identification\n    retention: { duration: 3 years, from: end_of_relationship }\n"),
        ("sources", "sources: [{ kind: direct }]\n"),
        ("recipients", "recipients: [{ service: sales }]\n"),
        ("transfers", "transfers: none\n"),
        ("security", "security: [{ measure: access_control }]\n"),
    ]

    /// The example's text with the markers removed, and where they stood (1-based line and
    /// column in Unicode scalars, as the YAML parser counts).
    public static func strippingMarkers(_ text: String) -> (text: String, positions: [(line: Int, column: Int)]) {
        var output = String.UnicodeScalarView()
        var positions: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == marker {
                positions.append((line, column))
                continue
            }
            output.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(output), positions)
    }
}
