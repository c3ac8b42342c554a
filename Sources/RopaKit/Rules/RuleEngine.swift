/// Runs the rules over a loaded register, applies the treatments' waivers and sorts the result.
public struct RuleEngine: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleCatalogue.all) {
        self.rules = rules
    }

    /// Every rule's diagnostics, in reading order. A diagnostic that a treatment waived for its
    /// rule becomes a note that carries the written reason: it stays visible but no longer counts.
    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        let found = rules.flatMap { $0.check(register, context: context) }
        return Self.applyingWaivers(found, register: register).sortedByLocation()
    }

    /// Waivers name the rule they set aside; they apply to the diagnostics in their treatment's file.
    /// A waiver without a real reason sets nothing aside; the waiver rules themselves cannot be waived.
    static func applyingWaivers(_ diagnostics: [Diagnostic], register: Register) -> [Diagnostic] {
        var waiversByFile: [String: [Waiver]] = [:]
        for treatment in register.treatments where !treatment.waivers.isEmpty {
            waiversByFile[treatment.source.location.file, default: []] += treatment.waivers
        }
        guard !waiversByFile.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard !RuleCatalogue.unwaivable.contains(diagnostic.id),
                  let waiver = waiversByFile[diagnostic.location.file]?.first(where: {
                      $0.rule == diagnostic.id && WaiverJustifiedRule.isJustified($0)
                  })
            else { return diagnostic }
            var waived = diagnostic
            waived.severity = .note
            waived.notes.append(.init("waived: \(waiver.reason)", at: waiver.source["rule"]))
            return waived
        }
    }
}
