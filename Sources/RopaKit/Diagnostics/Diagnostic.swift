/// One problem found in a register: a plain value that only reporters print.
///
/// Loader, checks and rules all produce diagnostics; nothing in the library writes to a terminal.
public struct Diagnostic: Sendable, Hashable {
    /// How bad: an error makes `validate` fail; a warning only with `--strict`; a note informs.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary position that explains the main one ("first defined here").
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// Stable identifier of the check that produced it, e.g. `unknown-key`.
    public var id: String
    public var severity: Severity
    /// One plain sentence saying what is wrong.
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]
    /// How to fix it.
    public var help: String?
    /// The legal text this check enforces, when there is one (e.g. "RGPD art. 30(1)(f)").
    public var reference: String?

    public init(
        id: String,
        severity: Severity = .error,
        message: String,
        at location: SourceLocation,
        notes: [Note] = [],
        help: String? = nil,
        reference: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.help = help
        self.reference = reference
    }

    /// Problems that are not in the register's content but in reaching it (missing directory,
    /// unreadable file). The CLI exits with 2 for these, as for a usage error.
    public var isInputFailure: Bool { DiagnosticID.inputFailures.contains(id) }
}

/// The identifiers of the structural checks done while loading. Rules have their own ids.
public enum DiagnosticID {
    public static let registerNotFound = "register-not-found"
    public static let fileUnreadable = "file-unreadable"
    public static let fileLoop = "file-symlink-loop"
    public static let fileOutsideRegister = "file-outside-register"
    public static let fileTooLarge = "file-too-large"
    public static let registerTooLarge = "register-too-large"
    public static let tooManyProblems = "too-many-problems"
    public static let fileEmpty = "file-empty"
    public static let yamlSyntax = "yaml-syntax"
    public static let yamlEncoding = "yaml-encoding"
    public static let yamlAlias = "yaml-anchor-alias"
    public static let yamlTag = "yaml-tag"
    public static let yamlLimit = "yaml-limit"
    public static let yamlMultipleDocuments = "yaml-multiple-documents"
    public static let duplicateKey = "duplicate-key"
    public static let unknownKey = "unknown-key"
    public static let missingKey = "missing-key"
    public static let wrongType = "wrong-type"
    public static let invalidValue = "invalid-value"
    public static let invalidDate = "invalid-date"
    public static let invalidCountry = "invalid-country"
    public static let invalidDuration = "invalid-duration"
    public static let invalidIdentifier = "invalid-identifier"
    public static let conflictingKeys = "conflicting-keys"
    public static let duplicateID = "duplicate-id"
    public static let duplicateReference = "duplicate-reference"
    public static let undefinedReference = "undefined-reference"
    public static let dateOrder = "date-order"
    public static let missingOrganisation = "missing-organisation"
    public static let noTreatments = "no-treatments"
    public static let fileNameMismatch = "file-name-mismatch"
    public static let unexpectedFile = "unexpected-file"
    public static let placeholder = "placeholder"
    public static let incompleteValue = "incomplete-value"
    public static let blankValue = "blank-value"
    public static let invisibleCharacter = "invisible-character"
    public static let multilineTitle = "multiline-title"

    static let inputFailures: Set<String> = [registerNotFound, fileUnreadable]
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }

    /// Diagnostics in reading order: by file, line, column, then id, so that output is deterministic.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.location, $0.id, $0.message) < ($1.location, $1.id, $1.message) }
    }
}

/// A diagnostic can be the failure of an operation that has no register to report into (reading
/// a template, a file refused before anything is loaded).
extension Diagnostic: Error {}
