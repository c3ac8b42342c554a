import Foundation

/// The register as CSV: one row per treatment with the Art. 30(1) columns, for a spreadsheet.
///
/// RFC 4180: fields separated by `,`, records ended by CRLF, a field quoted when it holds `"`, `,`,
/// CR or LF, quotes doubled. UTF-8 with a byte-order mark, which LibreOffice and Excel need to
/// read accents correctly. Several values in one cell are separated by line feeds (in-cell line
/// breaks). A cell that would start with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so
/// that no spreadsheet runs a register value as a formula.
struct CSVExport {
    let register: Register
    let treatments: [Treatment]
    let options: RenderOptions

    private var language: Language { options.language }
    private var wording: Wording { Wording(language) }

    /// The columns, in order, with the value of each for one treatment.
    private var columns: [(header: String, value: (Treatment) -> String)] {
        let w = wording
        let organisation = register.organisation
        return [
            (w[.listReference], { $0.reference }),
            (w[.listName], { $0.name }),
            (csvWord("Identifiant", "Id"), { $0.id }),
            (w[.listCreated], { $0.created.description }),
            (w[.listUpdated], { $0.updated.description }),
            (w[.descRole], { $0.role.label[language] }),
            (w[.actorController], { _ in contactLine(organisation.controller) }),
            (w[.actorJoint] + " / " + csvWord("pour le compte de", "on behalf of"), { treatment in
                lines(treatment.jointControllers.map { contactLine($0.contact) } + treatment.onBehalfOf.map(contactLine))
            }),
            (csvWord("Délégué ou référent à la protection des données", "Data protection officer or referent"), { _ in
                organisation.dataProtectionContact.map { w.labeled($0.role.label[language], contactLine($0.contact)) } ?? ""
            }),
            (w[.actorRepresentative], { _ in organisation.representative.map(contactLine) ?? "" }),
            (csvWord("Finalités et bases légales", "Purposes and legal bases"), { treatment in
                lines(treatment.purposes.map { "\($0.name) — \($0.legalBasis.label[language]) (\(w.article($0.legalBasis.article)))" })
            }),
            (w[.sectionSubjects], { lines($0.dataSubjects.map { detail($0.category.label[language], $0.details) }) }),
            (w[.sectionData], { lines($0.data.map { detail($0.category.label[language], $0.details) }) }),
            (w[.listSensitive], { w[$0.hasSensitiveData ? .yes : .no] }),
            (w[.sectionSensitive], { treatment in
                lines(treatment.sensitiveData.map { data in
                    detail(data.category.label[language], data.details)
                        + (data.condition.map { " — \($0.label[language]) (\(w.article($0.article)))" } ?? "")
                })
            }),
            (w[.retention], { treatment in
                let all = treatment.data.map { ($0.category.label[language], $0.retention) }
                    + treatment.sensitiveData.map { ($0.category.label[language], $0.retention) }
                return lines(all.map { label, retention in
                    w.labeled(label, retention.map { RetentionWords.summary($0, in: language) } ?? w[.notStated])
                })
            }),
            (w[.sectionRecipients], { treatment in
                lines(treatment.recipients.map { recipient in
                    w.labeled(recipient.kind.label[language], detail(register.displayName(of: recipient), recipient.details))
                })
            }),
            (w[.sectionTransfers], { treatment in
                treatment.transfers.isEmpty ? w[.noTransfer] : lines(treatment.transfers.map { transfer in
                    let country = Countries.names[transfer.country]?[language] ?? transfer.country
                    return "\(transfer.recipient) — \(country) — \(transfer.safeguard.label[language]) (\(w.article(transfer.safeguard.article)))"
                })
            }),
            (w[.sectionSecurity], { lines($0.security.map { detail($0.kind.label[language], $0.details) }) }),
            (w[.sectionSources], { lines($0.sources.map { detail($0.kind.label[language], $0.details) }) }),
            (csvWord("AIPD", "DPIA"), { $0.dpia?.status.label[language] ?? w[.notStated] }),
            (w[.sectionAutomated], { treatment in
                guard let decisions = treatment.automatedDecisions else { return w[.notStated] }
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
            columns.insert((csvWord("Statut du document", "Document status"), { _ in notice }), at: 0)
        }
        var output = "\u{FEFF}"
        output += columns.map { Self.field($0.header) }.joined(separator: ",") + "\r\n"
        for treatment in treatments {
            output += columns.map { Self.field($0.value(treatment)) }.joined(separator: ",") + "\r\n"
        }
        return output
    }

    private func csvWord(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
    private func lines(_ values: [String]) -> String { values.joined(separator: "\n") }
    private func detail(_ label: String, _ details: String?) -> String {
        guard let details, !details.isEmpty else { return label }
        return wording.labeled(label, details)
    }

    private func contactLine(_ contact: Contact) -> String {
        var parts = [contact.name]
        if let company = contact.company, !company.isEmpty { parts.append(company) }
        if let address = contact.address {
            let place = [address.street, [address.postalCode, address.city].compactMap { $0 }.joined(separator: " "),
                         address.country.map { Countries.names[$0]?[language] ?? $0 }]
                .compactMap { $0 }.filter { !$0.isEmpty }
            parts += place
        }
        parts += [contact.email, contact.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.joined(separator: ", ")
    }

    /// One RFC 4180 field, defused against spreadsheet formulas. Line breaks inside a value
    /// become line feeds, so that CRLF only ever ends a record.
    static func field(_ value: String) -> String {
        var text = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "\"" || $0 == "," || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
