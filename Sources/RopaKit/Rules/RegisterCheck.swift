/// The whole check of a register: load it, then run the GDPR/CNIL rules on what loaded.
/// What `validate` reports, and what `render` and the other documents refuse to print over.
public struct RegisterCheck: Sendable {
    public var limits: LoadLimits

    public init(limits: LoadLimits = .default) {
        self.limits = limits
    }

    /// The loaded register and every diagnostic, loader's and rules', in reading order.
    public func run(directory: String, context: RuleContext) -> (loaded: LoadedRegister, diagnostics: [Diagnostic]) {
        let loaded = RegisterLoader(limits: limits).load(directory: directory)
        guard let model = loaded.register else { return (loaded, loaded.diagnostics) }
        // Rules about what no treatment does wait until every treatment loads.
        let rules = loaded.diagnostics.hasErrors ? RuleCatalogue.all.filter { !type(of: $0).needsEveryTreatment } : RuleCatalogue.all
        return (loaded, (loaded.diagnostics + RuleEngine(rules: rules).check(model, context: context)).sortedByLocation())
    }

    /// Every check that can report a diagnostic, for SARIF's rule catalogue and `ropa rules`.
    public static var catalogue: [CheckInfo] {
        DiagnosticID.catalogue + RuleCatalogue.checks + NationalChecks.catalogue + [UpdatedDateCheck.info]
    }
}
