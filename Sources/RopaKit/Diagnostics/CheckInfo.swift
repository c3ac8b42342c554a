/// What a reporter needs to know about a check: its title and default severity. SARIF lists
/// these in `tool.driver.rules`; the JSON and GitHub formats use the title.
public struct CheckInfo: Sendable, Hashable {
    /// A check's full explanation, as plain text and as Markdown: what a code-scanning dashboard
    /// shows under an alert (SARIF `rule.help`).
    public struct Help: Sendable, Hashable {
        public var text: String
        public var markdown: String

        public init(text: String, markdown: String) {
            self.text = text
            self.markdown = markdown
        }
    }

    public var id: String
    public var title: String
    public var severity: Diagnostic.Severity
    /// The legal text it enforces, when there is one.
    public var reference: String?
    /// Why the check exists, in a few sentences (a rule's rationale); nil for a structural check,
    /// whose title says it all.
    public var rationale: String?
    /// The check's explanation with its examples; nil when the title and rationale are all there is.
    public var help: Help?
    /// The heading of its section in docs/rules.md, for a link from a dashboard.
    public var documentationAnchor: String

    public init(id: String, title: String, severity: Diagnostic.Severity = .error, reference: String? = nil,
                rationale: String? = nil, help: Help? = nil, documentationAnchor: String = "structural-checks") {
        self.id = id
        self.title = title
        self.severity = severity
        self.reference = reference
        self.rationale = rationale
        self.help = help
        self.documentationAnchor = documentationAnchor
    }
}

extension DiagnosticID {
    /// The structural checks of the loader, described for reporters and `ropa rules`.
    public static let catalogue: [CheckInfo] = [
        CheckInfo(id: registerNotFound, title: "The register directory cannot be found"),
        CheckInfo(id: fileUnreadable, title: "A register file cannot be read"),
        CheckInfo(id: fileLoop, title: "A symbolic link loops or points at nothing"),
        CheckInfo(id: fileOutsideRegister, title: "A symbolic link leads outside the register or to a hidden file, and is not followed"),
        CheckInfo(id: fileTooLarge, title: "A register file exceeds the size limit"),
        CheckInfo(id: registerTooLarge, title: "The register exceeds the limit on its number of files or total size"),
        CheckInfo(id: tooManyProblems, title: "So many problems that the rest are not shown"),
        CheckInfo(id: fileEmpty, title: "A register file is empty"),
        CheckInfo(id: unexpectedFile, title: "A file is not part of the register's layout and is not read", severity: .warning),
        CheckInfo(id: yamlSyntax, title: "The YAML syntax is broken"),
        CheckInfo(id: yamlEncoding, title: "The file is not UTF-8 text"),
        CheckInfo(id: yamlAlias, title: "YAML anchors and aliases are not allowed"),
        CheckInfo(id: yamlTag, title: "YAML tags are not allowed"),
        CheckInfo(id: yamlLimit, title: "A file exceeds the nesting or size limits"),
        CheckInfo(id: yamlMultipleDocuments, title: "A file holds more than one YAML document"),
        CheckInfo(id: duplicateKey, title: "A key appears twice in the same group"),
        CheckInfo(id: unknownKey, title: "A key is not part of the register format"),
        CheckInfo(id: missingKey, title: "Required information is missing", reference: "RGPD art. 30"),
        CheckInfo(id: wrongType, title: "A value has the wrong type"),
        CheckInfo(id: invalidValue, title: "A value is not in its list of allowed values"),
        CheckInfo(id: invalidDate, title: "A date is not a valid YYYY-MM-DD date"),
        CheckInfo(id: invalidCountry, title: "A country is not an ISO 3166-1 alpha-2 code"),
        CheckInfo(id: invalidDuration, title: "A duration is not a number and a unit"),
        CheckInfo(id: invalidIdentifier, title: "An id has characters other than a-z, 0-9, '-' and '_'"),
        CheckInfo(id: conflictingKeys, title: "Two keys contradict each other"),
        CheckInfo(id: duplicateID, title: "An id is used twice"),
        CheckInfo(id: duplicateReference, title: "A treatment reference is used twice"),
        CheckInfo(id: undefinedReference, title: "A reference names no defined service or processor"),
        CheckInfo(id: dateOrder, title: "A fiche is updated before it was created"),
        CheckInfo(id: missingOrganisation, title: "The register has no organisation file", reference: "RGPD art. 30(1)(a)"),
        CheckInfo(id: noTreatments, title: "The register lists no treatment", reference: "RGPD art. 30(1)"),
        CheckInfo(id: placeholder, title: "A value is still a TODO placeholder"),
        CheckInfo(id: incompleteValue, title: "A value says it is still to be completed", severity: .warning),
        CheckInfo(id: blankValue, title: "An optional value is blank and treated as not written", severity: .warning),
        CheckInfo(id: invisibleCharacter, title: "A value holds an invisible or bidirectional-control character", severity: .warning),
        CheckInfo(id: multilineTitle, title: "A treatment's name or reference spans several lines", severity: .warning),
        CheckInfo(id: fileNameMismatch, title: "A treatment's id differs from its file name"),
    ]
}
