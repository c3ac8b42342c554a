import Foundation

/// The register as CSV: one row per treatment with the Art. 30(1) columns, for a spreadsheet.
///
/// RFC 4180: fields separated by `,` (or `;`, what a French Excel expects, see `CSVDelimiter`),
/// records ended by CRLF, a field quoted when it holds `"`, the delimiter, CR or LF, quotes
/// doubled. UTF-8 with a byte-order mark, which LibreOffice and Excel need to read accents
/// correctly. Several values in one cell are separated by line feeds (in-cell line breaks).
/// Formulas are defused as OWASP recommends (see `field(_:delimiter:)`). Invisible characters are
/// written out (`<U+202E>`): a spreadsheet would apply them.
struct CSVExport {
    let register: Register
    let treatments: [Treatment]
    let options: RenderOptions

    private var language: Language { options.language }
    private var wording: Wording { Wording(language) }
    private var builder: ModelBuilder { ModelBuilder(register: register, wording: wording) }

    /// The columns, in order, with the value of each for one treatment.
    private var columns: [(header: String, value: (Treatment) -> String)] {
        let w = wording
        let b = builder
        let organisation = register.organisation
        /// The list's lines, then a line saying the part is not determined when an entry of it failed.
        func part(_ values: [String], _ treatment: Treatment, _ keys: String...) -> String {
            let failed = treatment.invalidEntries.first { $0.key == InvalidEntry.wholeFile || keys.contains($0.key) }
            return lines(values + (failed.map { [b.undetermined($0)] } ?? []))
        }
        return [
            (w[.listReference], { b.value($0.reference, of: $0, key: "reference") }),
            (w[.listName], { b.value($0.name, of: $0, key: "name") }),
            (w[.csvID], { $0.id }),
            (w[.listCreated], { b.value($0.created?.description ?? "", of: $0, key: "created") }),
            (w[.listUpdated], { b.value($0.updated?.description ?? "", of: $0, key: "updated") }),
            (w[.descRole], { b.value($0.role.label[language], of: $0, key: "role") }),
            (w[.actorController], { _ in b.organisationName == organisation.controller.name ? contactLine(organisation.controller) : b.organisationName }),
            (w[.actorJoint] + " / " + w[.csvOnBehalfOf], { treatment in
                part(treatment.jointControllers.map { contactLine($0.contact) } + treatment.onBehalfOf.map(contactLine),
                     treatment, "joint_controllers", "on_behalf_of")
            }),
            (w[.csvDataProtection], { _ in
                // An empty cell states nothing; a cell whose entry failed says so.
                organisation.dataProtectionContact.map { w.labeled($0.role.label[language], contactLine($0.contact)) }
                    ?? b.failure(in: organisation, "data_protection_contact").map(b.undetermined) ?? ""
            }),
            (w[.actorRepresentative], { _ in
                organisation.representative.map(contactLine) ?? b.failure(in: organisation, "representative").map(b.undetermined) ?? ""
            }),
            (w[.csvPurposes], { treatment in
                part(treatment.purposes.map { purpose in
                    purpose.legalBasis.map { "\(purpose.name) — \($0.label[language]) (\($0.article[language]))" } ?? purpose.name
                },
                     treatment, "purposes")
            }),
            (w[.sectionSubjects], { part($0.dataSubjects.map { subject in
                let details = [subject.details, subject.age?.label[language]].compactMap { $0 }.joined(separator: " — ")
                return detail(subject.category.label[language], details.isEmpty ? nil : details)
            }, $0, "data_subjects") }),
            (w[.sectionData], { part($0.data.map { detail($0.category.label[language], $0.details) }, $0, "data") }),
            (w[.listSensitive], { b.sensitiveAnswer($0) }),
            (w[.sectionSensitive], { treatment in
                part(treatment.sensitiveData.map { data in
                    detail(data.category.label[language], data.details)
                        + (data.condition.map { " — \($0.label[language]) (\($0.article[language]))" } ?? "")
                }, treatment, "sensitive_data")
            }),
            (w[.retention], { treatment in
                let all = treatment.data.map { ($0.category.label[language], $0.retention) }
                    + treatment.sensitiveData.map { ($0.category.label[language], $0.retention) }
                return part(all.map { label, retention in
                    w.labeled(label, retention.map { RetentionWords.summary($0, in: language) } ?? w[.notStated])
                }, treatment, "data", "sensitive_data")
            }),
            (w[.sectionRecipients], { treatment in
                part(treatment.recipients.map { recipient in
                    w.labeled(recipient.kind.label[language], detail(register.displayName(of: recipient, in: language), recipient.name == nil ? nil : recipient.details))
                        + (recipient.annex.map { " — " + w.labeled(w[.recipientsAnnex], $0) } ?? "")
                }, treatment, "recipients")
            }),
            (w[.sectionTransfers], { treatment in
                let transfers = treatment.transfers.map { transfer in
                    let country = Countries.names[transfer.country]?[language] ?? transfer.country
                    return "\(transfer.recipient) — \(country) — \(transfer.safeguard.label[language]) (\(transfer.safeguardReference(in: register, language: language)))"
                }
                return transfers.isEmpty
                    ? b.emptyText(.noTransfer, stated: treatment.source.has("transfers"), failed: b.failure(in: treatment, "transfers"))
                    : part(transfers, treatment, "transfers")
            }),
            (w[.sectionSecurity], { part($0.security.map { detail($0.kind.label[language], $0.details) }, $0, "security") }),
            (w[.sectionSources], { part($0.sources.map { detail($0.kind.label[language], $0.details) }, $0, "sources") }),
            (w[.csvDPIA], { treatment in
                treatment.dpia?.status.label[language] ?? b.emptyText(nil, stated: false, failed: b.failure(in: treatment, "dpia"))
            }),
            (w[.sectionAutomated], { treatment in
                guard let decisions = treatment.automatedDecisions else {
                    return b.emptyText(nil, stated: false, failed: b.failure(in: treatment, "automated_decisions"))
                }
                return lines([
                    w.labeled(w[.profiling], w[decisions.profiling ? .yes : .no]),
                    w.labeled(w[.automatedDecision], w[decisions.automatedDecision ? .yes : .no]),
                ])
            }),
        ]
    }

    func render() -> String {
        var columns = self.columns
        if options.draft {
            let notice = wording[.draftNotice]
            columns.insert((wording[.csvDocumentStatus], { _ in notice }), at: 0)
            // What failed to load, with where and why: a spreadsheet has no other place for it.
            let organisationEntries = register.organisation.invalidEntries + register.invalidEntries
            columns.append((wording[.invalidEntries], { treatment in
                lines((organisationEntries + treatment.invalidEntries).map(invalidLine))
            }))
        }
        var output = "\u{FEFF}"
        output += Self.record(columns.map(\.header), delimiter: options.csvDelimiter)
        for treatment in treatments {
            output += Self.record(columns.map { $0.value(treatment) }, delimiter: options.csvDelimiter)
        }
        return output
    }

    /// `treatments/x.yaml:12:5 — error — the file's lines` on one line of the cell.
    private func invalidLine(_ entry: InvalidEntry) -> String {
        let text = TextHygiene.visible(entry.text).replacingOccurrences(of: "\n", with: " ⏎ ")
        return "\(entry.location) — \(entry.problems.map(\.message).joined(separator: " ; "))" + (text.isEmpty ? "" : " — \(text)")
    }
    private func lines(_ values: [String]) -> String { values.joined(separator: "\n") }
    private func detail(_ label: String, _ details: String?) -> String {
        guard let details, !details.isEmpty else { return label }
        return wording.labeled(label, details)
    }

    private func contactLine(_ contact: Contact) -> String { builder.contactLine(contact) }

    /// One record: the fields, separated by the delimiter, ended by CRLF.
    static func record(_ values: [String], delimiter: CSVDelimiter) -> String {
        values.map { field($0, delimiter: delimiter) }.joined(separator: String(delimiter.rawValue)) + "\r\n"
    }

    /// One RFC 4180 field, defused against spreadsheet formulas. Line breaks inside a value
    /// become line feeds, so that CRLF only ever ends a record.
    ///
    /// OWASP's CSV-injection advice: a cell that starts with `=`, `+`, `-`, `@`, tab or CR is
    /// prefixed with `'`, so that no spreadsheet runs a register value as a formula. The price is
    /// a visible `'` in LibreOffice (Excel hides it), so it is paid only where a formula is
    /// possible: a signed number or a telephone number (`+33 1 53 73 22 22`, `-5`) cannot run
    /// anything and is written as it is.
    static func field(_ value: String, delimiter: CSVDelimiter = .comma) -> String {
        var text = TextHygiene.visible(value).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "\"" || $0 == delimiter.rawValue || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `+33 1 53 73 22 22`, `-5`, `+1.5`: a sign, then digits, spaces, `.` `,` `/` only.
    private static func isPlainNumber(_ text: String) -> Bool {
        guard let sign = text.unicodeScalars.first, sign == "+" || sign == "-" else { return false }
        let rest = text.unicodeScalars.dropFirst()
        guard let first = rest.first, ("0"..."9").contains(first) else { return false }
        return rest.allSatisfy { ("0"..."9").contains($0) || [" ", ".", ",", "/"].contains($0) }
    }
}

/// The field separator of the CSV exports: `,` (RFC 4180, the default) or `;`, which Excel
/// expects in French (and most continental) settings, where `,` is the decimal separator.
public enum CSVDelimiter: Character, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
}
