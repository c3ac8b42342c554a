/// Whether a document made from the register can be final, and if not, why: the values still to
/// complete and the errors, as `ropa validate` reports them.
///
/// A document with either is a *working version*, marked as such on its title page and in its
/// running header. The register is judged on its files, not on what one document happens to
/// print: an extract or a notice leaves out the treatments it is not about, and the public
/// version the values it does not publish (`Register.publicWithheldLocations`).
public struct Completeness: Sendable, Equatable {
    /// The `incomplete-value` warnings: each a value that is, or holds, a placeholder.
    public let incompleteValues: [Diagnostic]
    /// Every error of the register, wherever it is (a document is made from a register that
    /// loaded), but those about a placeholder the document does not concern.
    public let errors: [Diagnostic]

    /// `concerns` tells which incomplete values belong to the document (all, by default). An
    /// error about a placeholder the document does not concern (`reference: à compléter` in a
    /// public register, which does not print contract references) does not count either.
    public init(diagnostics: [Diagnostic], concerns: (SourceLocation) -> Bool = { _ in true }) {
        let placeholders = Set(diagnostics.filter { $0.id == DiagnosticID.incompleteValue }.map(\.location))
        incompleteValues = diagnostics.filter { $0.id == DiagnosticID.incompleteValue && concerns($0.location) }
        errors = diagnostics.filter { $0.severity == .error && (!placeholders.contains($0.location) || concerns($0.location)) }
        otherErrors = errors.filter { !placeholders.contains($0.location) }
    }

    /// The errors that say more than "this value is a placeholder": a rule that finds
    /// `reference: à compléter` where it needs a contract points at the placeholder, and is not
    /// counted here. With one of these, the register is wrong, not only unfinished.
    public let otherErrors: [Diagnostic]

    public var isFinal: Bool { incompleteValues.isEmpty && errors.isEmpty }

    /// What a working version says is left to do.
    public var unfinished: Unfinished { Unfinished(values: incompleteValues.count, errors: errors.count) }

    /// Every problem, in reading order, to list when a final document is refused.
    public var problems: [Diagnostic] { (incompleteValues + errors).sortedByLocation() }

    /// What a document may be, as asked for.
    public enum Request: Sendable, Equatable {
        /// `--final`, and the default of the notice and the public register: refused unless final.
        case final
        /// The default of the register: a working version when something is left to complete,
        /// refused when something is wrong.
        case standard
        /// `--draft`: printed whatever the register's state, marked as a working version.
        case draft
    }

    /// What the document is, or nil when it is refused.
    public enum Outcome: Sendable, Equatable {
        case final
        case workingVersion
    }

    public func outcome(of request: Request) -> Outcome? {
        switch request {
        case .draft: .workingVersion
        case .final: isFinal ? .final : nil
        case .standard: !otherErrors.isEmpty ? nil : isFinal ? .final : .workingVersion
        }
    }
}

/// What keeps a working version from being final, counted for its banner.
public struct Unfinished: Sendable, Equatable {
    public var values: Int
    public var errors: Int

    public init(values: Int, errors: Int) {
        self.values = values
        self.errors = errors
    }

    public static let none = Unfinished(values: 0, errors: 0)
}

extension DocumentRenderer {
    /// How complete the register is for this document: the incomplete values of the files it is
    /// made from — the organisation's, the processors', and its own treatments' — less what the
    /// public version leaves out; every error. Throws what rendering would (an unknown treatment
    /// id, an audience no treatment concerns), so that the command says that first.
    public func completeness(of register: Register, diagnostics: [Diagnostic]) throws(RenderError) -> Completeness {
        let own = Set(try documentTreatments(of: register).map(\.source.location.file))
        let others = Set(register.treatments.map(\.source.location.file)).subtracting(own)
        let withheld = isFinalByDefault ? register.publicWithheldLocations() : []
        return Completeness(diagnostics: diagnostics) { !others.contains($0.file) && !withheld.contains($0) }
    }

    /// Whether this document is final unless asked otherwise: what is published (the notice, the
    /// public register) must not print a placeholder.
    public var isFinalByDefault: Bool { options.publicVersion || options.document == .notice }

    /// The treatments the document is about: what the completeness check judges and what the
    /// notice and the extract print, chosen here once.
    func documentTreatments(of register: Register) throws(RenderError) -> [Treatment] {
        switch options.document {
        case .register: return try selectTreatments(of: register)
        case .notice:
            guard let audience = options.audience else { return register.controllerTreatments }
            return try Self.treatments(of: register.controllerTreatments, concerning: Self.category(named: audience))
        case .subject(let name): return try Self.treatments(of: register.controllerTreatments, concerning: Self.category(named: name))
        case .retentionSchedule: return register.treatments
        }
    }
}

extension Unfinished {
    /// "51 valeurs incomplètes, 5 erreurs"; nil when nothing is left to do.
    func items(in wording: Wording) -> String? {
        let items = [values > 0 ? wording.plural(.unfinishedValues, count: values) : nil,
                     errors > 0 ? wording.plural(.unfinishedErrors, count: errors) : nil].compactMap { $0 }
        return items.isEmpty ? nil : items.joined(separator: ", ")
    }

    /// The banner's sentence: what is missing, and where to see it.
    func sentence(in wording: Wording) -> String? {
        items(in: wording).map { wording.format(.unfinished, ["items": $0]) }
    }

    /// The running header's words: the draft notice, and the counts.
    func headerNotice(in wording: Wording) -> String {
        wording[.draftNotice] + (items(in: wording).map { " — " + $0 } ?? "")
    }
}
