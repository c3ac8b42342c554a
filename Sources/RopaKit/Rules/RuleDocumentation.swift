/// The texts generated from the rules' descriptions: the `ropa rules` listing, `ropa explain`,
/// and `docs/rules.md`. Nothing here is written by hand twice.
public enum RuleDocumentation {
    /// Where the generated catalogue is committed, from the package's top.
    public static let markdownPath = "docs/rules.md"
    public static let regenerateCommand = "swift run ropa rules --markdown > docs/rules.md"

    /// `ropa rules`: one line per rule, id, severity, where it applies and title in columns.
    public static func listing(_ rules: [RuleDescription] = RuleCatalogue.descriptions) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let severityWidth = rules.map(\.severity.rawValue.count).max() ?? 0
        return rules.map { rule in
            rule.id.padded(to: idWidth) + "  " + rule.severity.rawValue.padded(to: severityWidth) + "  "
                + scope(of: rule).padded(to: 2) + "  " + rule.title + "\n"
        }.joined() + "\n(EU: every register; FR: only a register under French law, see 'jurisdiction:' in organisation.yaml)\n"
    }

    /// What the documentation says of a controller-side rule.
    static let processorNote = "Not applied to fiches kept as processor (`role: processor`, Art. 30(2)): their legal basis, retention and DPIA are the controller's."

    /// "EU" for a rule of EU law, else the country code of the national law it checks.
    static func scope(of rule: RuleDescription) -> String { rule.jurisdiction ?? "EU" }

    /// `ropa explain RULE`: the rule's rationale, reference and examples, as plain text.
    public static func explanation(of rule: RuleDescription, width: Int = 100) -> String {
        var text = "\(rule.id) (\(rule.severity.rawValue)): \(rule.title)\n"
        text += "Reference: \(rule.reference)\n"
        text += rule.jurisdiction.map { "Applies only to a register under the law of \(Countries.describe($0)) (jurisdiction: \($0)).\n" } ?? ""
        text += rule.controllerSide ? processorNote + "\n\n" : "\n"
        text += rule.rationale.split(separator: "\n", omittingEmptySubsequences: false).map { wrap(String($0), width: width) }.joined(separator: "\n") + "\n"
        for (heading, examples) in [("Triggers (\(RuleExample.marker) marks where it reports)", rule.triggeringExamples),
                                    ("Does not trigger", rule.nonTriggeringExamples)] {
            text += "\n\(heading):\n"
            if heading.hasPrefix("Triggers") {
                text += "(examples use the shared organisation.yaml and processors.yaml of \(markdownPath) unless they show their own; the register's date is \(RuleExample.defaultDate) unless given)\n"
            }
            for example in examples {
                for (name, content) in files(of: example) {
                    text += "\n  # \(name)\n" + content.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
                }
            }
        }
        return text
    }

    /// One rule's section of `docs/rules.md` (its heading at `headingLevel`, its examples one level
    /// below); also the Markdown help a code-scanning dashboard shows under an alert.
    public static func markdownSection(of rule: RuleDescription, headingLevel: Int) -> String {
        let heading = String(repeating: "#", count: headingLevel)
        let applies = (rule.jurisdiction.map { " Applies to registers under the law of \(Countries.describe($0)) only." } ?? "")
            + (rule.controllerSide ? " " + processorNote : "")
        var text = "\(heading) \(rule.id)\n\n**\(rule.title).** Severity: \(rule.severity.rawValue). Reference: \(rule.reference).\(applies)\n\n"
        text += rule.rationale + "\n"
        for (title, examples) in [("Triggers", rule.triggeringExamples), ("Does not trigger", rule.nonTriggeringExamples)] {
            text += "\n\(heading)# \(title)\n"
            for example in examples {
                for (name, content) in files(of: example) {
                    text += "\n`\(name)`\n\n```yaml\n\(content)```\n"
                }
            }
        }
        return text
    }

    /// `docs/rules.md`: the catalogue of rules and structural checks.
    public static func markdown(_ rules: [RuleDescription] = RuleCatalogue.descriptions,
                                checks: [CheckInfo] = DiagnosticID.catalogue + NationalChecks.catalogue) -> String {
        var text = """
            # Rules

            <!-- Generated from the rules' own descriptions (Sources/RopaKit/Rules/). Do not edit by hand:
                 run `\(regenerateCommand)`. -->

            `ropa validate` loads the register, then checks it against these GDPR and CNIL rules. Each rule has an id, a \
            severity (an **error** makes `ropa validate` exit 1; a **warning** does so only with `--strict`), the legal \
            text it enforces and examples, which are also its tests: in the examples, `\(RuleExample.marker)` marks where \
            the rule reports. `ropa explain RULE` prints one rule.

            Facts come from the project's CNIL/GDPR fact sheet; `[P]` primary source read, `[S]` secondary sources, `[U]` \
            unconfirmed. Legal reference data (adequacy decisions, the EEA, CNIL durations, the DPIA lists) live in \
            `Sources/RopaKit/Reference/`, each with its source and date.

            **The register's date.** Rules that depend on time (adequacy decisions in force, the telephone-prospection \
            law of 11 August 2026, review periods, dates in the future) use `ropa validate --date YYYY-MM-DD`, else \
            `SOURCE_DATE_EPOCH`, else today (UTC). `--review-months N` changes the review period (12 months).

            **Where a rule applies.** Rules of EU law (the GDPR, the EDPB's guidelines) run on every register. \
            Rules of national law or guidance — for France the CNIL's référentiels, the CPCE, Bloctel, the NIR \
            décret — run only on a register under that law: `jurisdiction:` in organisation.yaml, else the country \
            of the organisation's address. `ropa validate` says which national checks did not run, and warns when \
            the register does not say its country (`jurisdiction-unknown`).

            **Waivers.** A treatment may set a rule aside for itself, with a written reason that the register prints:

            ```yaml
            waivers:
              - rule: retention-cnil-guidance
                reason: salons professionnels tous les 4 ans ; décision du référent du 2025-12-01
            ```

            A waived finding is reported as a note that carries the reason. A reason under \
            \(WaiverJustifiedRule.minimumReasonLength) characters, or an unknown rule, is an error; structural checks \
            cannot be waived.

            **Keys read by the rules.** Besides the keys every fiche has, the rules read `purposes[].prospection` \
            (`channels: [email, sms, automated_call, fax, phone, post]`, `audience: consumers | professionals`, \
            `soft_opt_in: true`, `bloctel: …`) and `dpia.criteria` / `dpia.cnil_list` (the nine EDPB criteria and the 14 \
            types of the CNIL list). See `ropa schema treatment` for every key.

            **Examples.** Each example is a complete treatment file; unless it shows its own, it uses the shared \
            `organisation.yaml` and `processors.yaml` below, and the register's date \(RuleExample.defaultDate).

            ```yaml
            # organisation.yaml
            \(RuleExample.defaultOrganisation)
            ```

            ```yaml
            # processors.yaml
            \(RuleExample.defaultProcessors)
            ```

            | Rule | Severity | Applies | What it wants | Reference |
            |---|---|---|---|---|

            """
        for rule in rules {
            text += "| [`\(rule.id)`](#\(rule.id)) | \(rule.severity.rawValue) | \(scope(of: rule)) | \(cell(rule.title)) | \(cell(rule.reference)) |\n"
        }
        for rule in rules {
            text += "\n" + markdownSection(of: rule, headingLevel: 2)
        }
        text += """

            ## Structural checks

            The loader's own checks, reported before the rules run. They cannot be waived: fix the file.

            | Check | Severity | What it reports |
            |---|---|---|

            """
        for check in checks {
            text += "| `\(check.id)` | \(check.severity.rawValue) | \(cell(check.title)) |\n"
        }
        return text
    }

    /// The files of an example as they are loaded, with the register's date when it is not the default.
    static func files(of example: RuleExample) -> [(name: String, content: String)] {
        let dated = example.date.map { " (register date \($0))" } ?? ""
        var files = [("treatments/example.yaml\(dated)", example.treatmentFile())]
        if let processors = example.processors { files.append(("processors.yaml", processors.endingWithNewline)) }
        if let organisation = example.organisation { files.append(("organisation.yaml", organisation.endingWithNewline)) }
        return files
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    /// Greedy word wrap, for the terminal.
    static func wrap(_ line: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func padded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    var endingWithNewline: String { hasSuffix("\n") ? self : self + "\n" }
}
