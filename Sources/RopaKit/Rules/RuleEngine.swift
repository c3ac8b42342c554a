/// Runs the rules over a loaded register, applies the treatments' waivers and sorts the result.
public struct RuleEngine: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleCatalogue.all) {
        self.rules = rules
    }

    /// Every rule's diagnostics, in reading order. A diagnostic that a treatment waived for its
    /// rule becomes a note that carries the written reason: it stays visible but no longer counts.
    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        let jurisdiction = register.jurisdiction
        let applicable = rules.filter { type(of: $0).description.jurisdiction.map { $0 == jurisdiction } ?? true }
        let found = applicable.flatMap { $0.check(register, context: context) }
        let skipped = rules.compactMap { type(of: $0).description.jurisdiction == nil || type(of: $0).description.jurisdiction == jurisdiction
            ? nil : type(of: $0).description }
        return (Self.applyingWaivers(found, register: register) + Self.nationalChecksNotRun(skipped, register: register))
            .sortedByLocation()
    }

    /// One diagnostic that says which national checks did not run, and why: a register of another
    /// country is not judged by French guidance, and one that does not say its country is told so.
    static func nationalChecksNotRun(_ skipped: [RuleDescription], register: Register) -> [Diagnostic] {
        guard !skipped.isEmpty else { return [] }
        let countries = Set(skipped.compactMap(\.jurisdiction)).sorted().map { Countries.describe($0) }.joined(separator: ", ")
        let ids = skipped.map(\.id).joined(separator: ", ")
        let organisation = register.organisation
        let at = organisation.source["jurisdiction"]
        guard let jurisdiction = register.jurisdiction else {
            // An organisation file that failed says so already; its country is not known either.
            if organisation.invalidEntries.affect("organisation", "jurisdiction") { return [] }
            return [Diagnostic(
                id: NationalChecks.unknownJurisdiction, severity: .warning,
                message: "the register does not say which country's law applies: the national checks of \(countries) were not run (\(ids))",
                at: at, help: "write 'jurisdiction: FR' (or your country's code) in organisation.yaml, or give the organisation's address with its country",
                reference: "RGPD art. 55 et 56")]
        }
        return [Diagnostic(
            id: NationalChecks.notRun, severity: .note,
            message: "the register answers to the law of \(Countries.describe(jurisdiction)): the national checks of \(countries) were not run (\(ids))",
            at: at, help: "the GDPR and EDPB checks apply in every member state; national guidance of your own country is not built in yet")]
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

/// The diagnostics about which national checks ran.
public enum NationalChecks {
    public static let unknownJurisdiction = "jurisdiction-unknown"
    public static let notRun = "national-checks-not-run"

    public static let catalogue: [CheckInfo] = [
        CheckInfo(id: unknownJurisdiction, title: "The register does not say which country's law applies", severity: .warning),
        CheckInfo(id: notRun, title: "Checks of another country's law were not run", severity: .note),
    ]
}
