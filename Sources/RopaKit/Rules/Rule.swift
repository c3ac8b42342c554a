/// A GDPR or CNIL rule: a small type that reads the register model and reports what it finds.
///
/// Each rule carries its own description — id, severity, title, legal reference, rationale and
/// YAML examples that must and must not trigger it. One generic test runs every rule's examples
/// through the real loader, and `ropa rules`, `ropa explain` and `docs/rules.md` are generated from
/// the same descriptions, so a rule cannot ship without proof or drift from its documentation.
///
/// Rules read the `Register` only (never YAML) and never print: they return diagnostics.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// True for a rule whose finding is about the absence of something across all treatments
    /// (a processor nobody uses): with a treatment file that did not load, it would be wrong,
    /// so `RegisterCheck` runs it only on a register that loaded without error.
    static var needsEveryTreatment: Bool { get }
    func check(_ register: Register, context: RuleContext) -> [Diagnostic]
}

extension Rule {
    public static var needsEveryTreatment: Bool { false }
}

/// A rule that looks at one treatment at a time: most of them.
public protocol TreatmentRule: Rule {
    func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic]
}

extension TreatmentRule {
    /// Only complete treatments are judged: a finding about a treatment with a part that failed
    /// to load ("declares no transfer", when a transfer is there but invalid) could state the
    /// opposite of the file. Its loading errors come first; the rules follow once it loads.
    /// A controller-side rule skips the fiches kept as processor (`RuleDescription.controllerSide`).
    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        let judgesProcessors = !Self.description.controllerSide
        // Each treatment is lent in place, not copied into a filtered array nor out of the array:
        // a Treatment is large, and copying it (a retain per field) for each rule was about a
        // quarter of `validate`'s profile at 10,000 treatments. The buffer lives only for this
        // loop; the register is not changed.
        return register.treatments.withUnsafeBufferPointer { treatments in
            var diagnostics: [Diagnostic] = []
            for index in treatments.indices where treatments[index].isComplete && (judgesProcessors || treatments[index].role != .processor) {
                diagnostics += check(treatments[index], in: register, context: context)
            }
            return diagnostics
        }
    }
}

extension Rule {
    /// A diagnostic of this rule, with its id, severity and legal reference.
    public static func diagnostic(_ message: String, at location: SourceLocation, help: String,
                                  notes: [Diagnostic.Note] = [], reference: String? = nil) -> Diagnostic {
        Diagnostic(id: description.id, severity: description.severity, message: message, at: location,
                   notes: notes, help: help, reference: reference ?? description.reference)
    }
}

/// What the checks need besides the register: the day the register is checked for, and options.
public struct RuleContext: Sendable, Hashable {
    /// The register's date: "today" for freshness, future dates, adequacy decisions in force and
    /// laws that start on a given day. From `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC).
    public var date: ISODate
    /// A treatment not updated for longer than this is reported by `review-overdue`.
    public var reviewPeriodMonths: Int

    public static let defaultReviewPeriodMonths = 12

    public init(date: ISODate, reviewPeriodMonths: Int = RuleContext.defaultReviewPeriodMonths) {
        self.date = date
        self.reviewPeriodMonths = reviewPeriodMonths
    }
}
