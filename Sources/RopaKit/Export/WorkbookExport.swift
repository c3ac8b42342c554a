import Foundation

/// The register in the CNIL's own workbook (`ropa render --format ods`), so that a DPO can send
/// the CNIL its format: sheet 2 "Liste des traitements" — the organisation's header blocks and one
/// row per treatment — then one fiche per treatment with sheet 3's sections, labels and order
/// (cnil-register-facts.md §1.1.2–§1.1.4).
///
/// Nothing the register says is left out. What the model has no place for goes where ropa adds
/// to it (`RopaWorkbookLayout`), marked as outside the model: a legal-basis column beside the
/// purposes, columns beside the data and the transfers, a section after the transfers, and two
/// sheets, "Organisme" and "Sous-traitants". An entry that failed to load is shown where it
/// belongs, marked; an absence is stated only when the file states it. `ropa import` reads all of
/// it back.
///
/// The workbook is in French whatever `--lang` says: it is the CNIL's model, and its labels are
/// what `ropa import` reads.
struct WorkbookExport {
    let register: Register
    let treatments: [Treatment]
    let options: RenderOptions

    private typealias Value = ODSWriter.Value
    private typealias Column = RopaWorkbookLayout.Column
    private typealias Fact = RopaWorkbookLayout.Fact
    private typealias Layout = CNILWorkbookLayout
    private typealias Label = CNILWorkbookLayout.Label

    private var w: Wording { RopaWorkbookLayout.words }
    private var builder: ModelBuilder { ModelBuilder(register: register, wording: w) }

    /// The sheet of the list of treatments, as the CNIL names it.
    static let listSheet = "2 - Liste des traitements"

    func render() throws(RenderError) -> [UInt8] {
        do {
            return try ODSWriter.write(sheets(), date: options.date)
        } catch {
            throw .workbookFailed(reason: "\(error)")
        }
    }

    /// Sheet 2, one fiche per treatment (controller's first, then processor's, as the documents
    /// order them), then the organisation's and the processors' sheets.
    func sheets() -> [ODSWriter.SheetContent] {
        let ordered = treatments.filter { $0.role != .processor } + treatments.filter { $0.role == .processor }
        var names = SheetNames(reserved: [Self.listSheet, RopaWorkbookLayout.organisationSheet, RopaWorkbookLayout.processorsSheet])
        let fiches = ordered.map { treatment in
            ODSWriter.SheetContent(name: names.unique("\(builder.reference(treatment)) \(builder.name(treatment))"), rows: fiche(treatment))
        }
        return [ODSWriter.SheetContent(name: Self.listSheet, rows: listSheet(ordered))] + fiches
            + [ODSWriter.SheetContent(name: RopaWorkbookLayout.organisationSheet, rows: organisationSheet()),
               ODSWriter.SheetContent(name: RopaWorkbookLayout.processorsSheet, rows: processorsSheet())]
    }

    // MARK: Cells

    private func text(_ value: String?) -> Value? {
        guard let value, !TextHygiene.isBlank(value) else { return nil }
        return .text(value)
    }

    private func label(_ value: String) -> Value { .label(value) }
    private func yesNo(_ value: Bool) -> Value { .text(w[value ? .yes : .no]) }
    private func country(_ code: String?) -> Value? { code.map { .text(CNILModel.countryName($0)) } }
    /// "Consentement (RGPD art. 6(1)(a))": the label, and the article that `import` also reads.
    private func withArticle<V: Vocabulary>(_ value: V?, _ article: (V) -> Phrase) -> Value? {
        value.map { .text("\($0.label.fr) (\(article($0).fr))") }
    }

    /// An entry that failed to load: where, why, and the file's own lines.
    private func invalidRows(_ entries: [InvalidEntry]) -> [[Value?]] {
        entries.map { entry in
            let problems = builder.invalidRow(entry).invalidProblems.joined(separator: "\n")
            return [label(w[.invalidEntry]), text("\(entry.location.file):\(entry.location.line):\(entry.location.column)"),
                    text(problems), text(entry.text)]
        }
    }

    // MARK: Sheet 2

    private func listSheet(_ ordered: [Treatment]) -> [[Value?]] {
        let organisation = register.organisation
        let controller = organisation.controller
        var rows: [[Value?]] = []
        // "Nom :" is the head of the organisation (sheet 2 asks for a person); the organisation's
        // name when the register does not name one.
        rows += headerBlock(CNILWorkbookLayout.HeaderBlock.controller.label + "\n" + w[.controllerHeadingNote],
                            name: text(organisation.head) ?? text(builder.organisationName), contact: controller, company: nil)
        let representative: Value? = organisation.representative.map { .text($0.name) }
            ?? representativeStatement.map(Value.text)
        rows += headerBlock(CNILWorkbookLayout.HeaderBlock.representative.label + "\n" + w[.controllerHeadingNote],
                            name: representative, contact: organisation.representative, company: nil)
        let dpc = organisation.dataProtectionContact
        let dpcName: Value? = dpc.map { .text($0.contact.name) } ?? dataProtectionStatement.map(Value.text)
        rows += headerBlock(dpc?.role == .referent ? w[.referentHeading] : CNILWorkbookLayout.HeaderBlock.dpo.label,
                            name: dpcName, contact: dpc?.contact, company: dpc.map { text($0.contact.company) } ?? nil, dpo: true)
        rows.append([])
        rows.append([label(Label.listIdentification), nil, nil, nil, label(Label.listPurpose), nil, nil, label(Label.listSensitive)])
        let columns = CNILWorkbookLayout.listColumns.map(\.label)
        rows.append([label(columns[0]), label(columns[1]), label(columns[2]), label(columns[3]), nil, nil, nil, label(columns[5])])
        for treatment in ordered {
            let row = builder.listRow(treatment)
            rows.append([text(row.name), text(row.reference), day(treatment.created, treatment, "created"), day(treatment.updated, treatment, "updated"),
                         text(row.purposeNames.joined(separator: "\n")), nil, nil, text(row.sensitive)])
        }
        return rows
    }

    /// A date cell, or where its key failed.
    private func day(_ date: ISODate?, _ treatment: Treatment, _ key: String) -> Value? {
        if let date { return .date(date) }
        return text(builder.value("", of: treatment, key: key))
    }

    /// A field's label in sheet 2's header blocks ("Nom :"), as the import reads it.
    private func headerLabel(_ field: String) -> String {
        CNILWorkbookLayout.headerFields.first { $0.field == field }?.label ?? field
    }

    /// Two rows, as the CNIL lays them out: a label, then "Nom :" and its value, and so on.
    private func headerBlock(_ title: String, name: Value?, contact: Contact?, company: Value?, dpo: Bool = false) -> [[Value?]] {
        let address = contact?.address
        func field(_ label: String, _ value: Value?) -> [Value?] { [self.label(label), value] }
        if dpo {
            return [[label(title)] + field(headerLabel("last_name"), name) + field(headerLabel("first_name"), nil) + field(headerLabel("company"), company)
                        + field(headerLabel("street"), text(address?.street)),
                    [nil] + field(headerLabel("postal_code"), text(address?.postalCode)) + field(headerLabel("city"), text(address?.city))
                        + field(headerLabel("phone"), text(contact?.phone)) + field(headerLabel("email"), text(contact?.email))
                        + field(headerLabel("country"), country(address?.country))]
        }
        return [[label(title)] + field(headerLabel("last_name"), name) + field(headerLabel("first_name"), nil) + field(headerLabel("street"), text(address?.street))
                    + field(headerLabel("email"), text(contact?.email)),
                [nil] + field(headerLabel("postal_code"), text(address?.postalCode)) + field(headerLabel("city"), text(address?.city))
                    + field(headerLabel("phone"), text(contact?.phone)) + field(headerLabel("country"), country(address?.country))]
    }

    /// What the representative's "Nom" says when there is none: "Néant" only when the file
    /// states it, or for a controller in the EEA (the documents say the same).
    private var representativeStatement: String? {
        let text = builder.representativeAbsence
        return text == w[.noRepresentative] ? w[.nothing] : text
    }

    private var dataProtectionStatement: String? {
        let organisation = register.organisation
        return builder.emptyText(.nothing, stated: organisation.source.has("data_protection_contact"),
                                 failed: builder.failure(in: organisation, "data_protection_contact"))
    }

    // MARK: Fiches

    private func fiche(_ treatment: Treatment) -> [[Value?]] {
        let invalid = Dictionary(grouping: treatment.invalidEntries) { entry in
            entry.key == InvalidEntry.wholeFile ? "file" : Treatment.documentPart(ofKey: entry.key)
        }
        let absent = builder.absences(treatment).texts
        var rows: [[Value?]] = [[label(w[treatment.role == .processor ? .processorFicheKicker : .ficheKicker]), text(builder.reference(treatment))]]
        if options.draft { rows.append([label(w[.draftNotice])]) }
        if options.publicVersion { rows.append([label(w[.publicVersion])]) }
        rows += invalidRows(invalid["file"] ?? [])
        rows.append([])

        rows.append([label(CNILWorkbookLayout.Section.description.label)])
        let names = CNILWorkbookLayout.descriptionRows.map { $0.labels[0] }
        rows.append([label(names[0]), text(builder.value(builder.name(treatment), of: treatment, key: "name"))])
        rows.append([label(names[1]), text(builder.value(treatment.reference, of: treatment, key: "reference"))])
        rows.append([label(names[2]), day(treatment.created, treatment, "created")])
        rows.append([label(names[3]), day(treatment.updated, treatment, "updated")])
        rows += invalidRows(invalid["description"] ?? [])
        rows.append([])

        rows += actors(treatment) + invalidRows(invalid["actors"] ?? [])
        rows.append([])
        rows += section(.purposes, [Column.purposeName.label, Column.legalBasis.label], purposes(treatment),
                        pad: 6, padLabel: { $0 == 0 ? w[.mainPurpose] : "\(w[.subPurpose]) \($0)" },
                        absent: absent["purposes"], invalid: invalid["purposes"])
        rows += dataSection(treatment, invalid: invalid["data"], absent: absent["data"])
        rows += sensitiveSection(treatment, invalid: invalid["sensitive"], absent: absent["sensitive"])
        rows += section(.subjects, [Label.description, Label.details] + (treatment.dataSubjects.contains { $0.age != nil } ? [Column.age.label] : []),
                        treatment.dataSubjects.map { subject in
                            [text(CNILModel.label(of: subject.category, in: CNILModel.personCategories)), text(subject.details),
                             text(subject.age?.label.fr)]
                        },
                        pad: 2, padLabel: { "\(Label.subjectRow) \($0 + 1)" }, absent: absent["subjects"], invalid: invalid["subjects"])
        rows += section(.recipients, [Label.recipientType, Column.recipientName.label, Label.details]
                            + (treatment.recipients.contains { $0.annex != nil } ? [Column.annex.label] : []),
                        treatment.recipients.map { recipient in
                            [text(CNILModel.label(of: recipient.kind, in: CNILModel.recipientTypes)),
                             text(recipient.name.map { _ in register.displayName(of: recipient, in: .fr) }), text(recipient.details),
                             text(recipient.annex)]
                        },
                        pad: 4, padLabel: { "\(Label.recipientRow) \($0 + 1)" }, absent: absent["recipients"], invalid: invalid["recipients"])
        rows += section(.security, [Label.securityType, Label.details],
                        treatment.security.map { [text(CNILModel.label(of: $0.kind, in: CNILModel.securityMeasures)), text($0.details)] },
                        pad: 3, padLabel: { "\(Label.securityRow) \($0 + 1)" },
                        absent: options.publicVersion ? w[.publicWithheld] : absent["security"], invalid: invalid["security"])
        rows += transfersSection(treatment, invalid: invalid["transfers"], absent: absent["transfers"])
        rows += extrasSection(treatment, invalid: ["sources", "dpia", "automated", "waivers", "notes", "other"].flatMap { invalid[$0] ?? [] })
        return rows
    }

    /// A section of the fiche: its label row with the column headers, one row per entry (each
    /// labelled "<row label> N" as the model numbers them, padded to the model's count), the
    /// sentence of absence when it has none, and what failed to load in it.
    private func section(_ section: CNILWorkbookLayout.Section, _ headers: [String], _ entries: [[Value?]], pad: Int,
                         padLabel: (Int) -> String, absent: String?, invalid: [InvalidEntry]?) -> [[Value?]] {
        var rows: [[Value?]] = [[label(section.label)] + headers.map(label)]
        for index in 0..<max(pad, entries.count) {
            let cells = index < entries.count ? Array(entries[index].prefix(headers.count)) : []
            rows.append([label(padLabel(index))] + cells)
        }
        if entries.isEmpty, let absent { rows.append([label(absent)]) }
        return rows + invalidRows(invalid ?? []) + [[]]
    }

    // MARK: Acteurs

    private func actors(_ treatment: Treatment) -> [[Value?]] {
        let organisation = register.organisation
        var rows: [[Value?]] = [[label("Acteurs")] + CNILWorkbookLayout.actorColumns.map { label($0.label) }]
        let selfLabel = treatment.role == .processor ? w[.actorProcessor] : CNILWorkbookLayout.Actor.controller.label
        rows.append(actorRow(selfLabel, organisation.controller, name: builder.organisationName))
        if let dpc = organisation.dataProtectionContact {
            rows.append(actorRow(dpc.role == .referent ? w[.actorReferent] : CNILWorkbookLayout.Actor.dpo.label, dpc.contact))
            let company = dpc.contact.company.flatMap { TextHygiene.isBlank($0) ? nil : $0 }
                ?? w[dpc.role == .externalDPO ? .notStated : .internalContact]
            rows.append([label(CNILWorkbookLayout.Actor.dpoCompany.label), text(company)])
        } else {
            rows.append([label(CNILWorkbookLayout.Actor.dpo.label), text(dataProtectionStatement)])
            rows.append([label(CNILWorkbookLayout.Actor.dpoCompany.label), text(dataProtectionStatement)])
        }
        if let representative = organisation.representative {
            rows.append(actorRow(CNILWorkbookLayout.Actor.representative.label, representative))
        } else {
            rows.append([label(CNILWorkbookLayout.Actor.representative.label), text(representativeStatement)])
        }
        if treatment.role == .processor {
            rows += treatment.onBehalfOf.map { actorRow(w[.actorClient], $0) }
            if treatment.onBehalfOf.isEmpty {
                rows.append([label(w[.actorClient]), text(builder.emptyText(.noClient, stated: treatment.source.has("on_behalf_of"),
                                                                             failed: builder.failure(in: treatment, "on_behalf_of")))])
            }
        } else {
            let joint = CNILWorkbookLayout.Actor.jointControllers.label
            rows += treatment.jointControllers.map { actorRow(joint, $0.contact) }
            if treatment.jointControllers.isEmpty {
                // "Néant" follows from the fiche's role: a controller alone has no joint controller.
                rows.append([label(joint), text(builder.emptyText(.nothing, stated: treatment.role == .controller,
                                                                   failed: builder.failure(in: treatment, "joint_controllers", "role")))])
            }
        }
        return rows
    }

    private func actorRow(_ role: String, _ contact: Contact, name: String? = nil) -> [Value?] {
        let address = contact.address
        return [label(role), text(name ?? contact.name), text(address?.street), text(address?.postalCode), text(address?.city),
                country(address?.country), text(contact.phone), text(contact.email)]
    }

    // MARK: Finalités

    private func purposes(_ treatment: Treatment) -> [[Value?]] {
        treatment.purposes.map { purpose in [text(purpose.name), withArticle(purpose.legalBasis) { $0.article }] }
    }

    // MARK: Données

    /// The retention's words, and what they do not say, for the columns beside them.
    private func retentionCells(_ retention: Retention?, _ columns: [Column]) -> [Value?] {
        guard let retention else { return [text(w[.notStated])] + columns.map { _ in nil } }
        let summary = RetentionWords.summary(retention, in: .fr)
        // The summary prints the event's own words (beside a named start, in brackets); the
        // archives service only after a permanent archive or a selection.
        let extras: [Column: String?] = [
            .retentionNote: retention.note,
            .archivesReference: RetentionWords.namesArchivesReference(retention) ? nil : retention.archivesReference,
            .archivingSafeguards: retention.archivingSafeguards,
        ]
        return [text(summary.capitalisedFirst)] + columns.map { column in text(extras[column] ?? nil) }
    }

    /// The retention columns a list of retentions needs: only those some entry fills. The event's
    /// words have no column since the summary prints them (the import still reads the column in
    /// workbooks written before).
    private func retentionColumns(_ retentions: [Retention?]) -> [Column] {
        let written: [Column] = [.retentionNote, .archivesReference, .archivingSafeguards]
        let cells = retentions.map { retentionCells($0, written) }
        return written.enumerated()
            .filter { index, _ in cells.contains { $0[index + 1] != nil } }.map(\.element)
    }

    private func dataSection(_ treatment: Treatment, invalid: [InvalidEntry]?, absent: String?) -> [[Value?]] {
        let retention = retentionColumns(treatment.data.map(\.retention))
        var columns = retention
        if treatment.data.contains(where: { $0.authorisedBy != nil }) { columns.append(.authorisedBy) }
        if treatment.data.contains(where: { $0.country != nil }) { columns.append(.identifierCountry) }
        var rows: [[Value?]] = [[label(CNILWorkbookLayout.Section.data.label), label(Label.description), label(Label.retention)]
            + columns.map { label($0.label) }]
        func row(_ label: String, _ data: PersonalData) -> [Value?] {
            [self.label(label), text(data.details)] + retentionCells(data.retention, retention)
                + (columns.contains(.authorisedBy) ? [text(data.authorisedBy)] : [])
                + (columns.contains(.identifierCountry) ? [country(data.country)] : [])
        }
        // The CNIL's six rows, each present as in the model; then the categories it has no row for.
        for (rowLabel, category) in CNILModel.dataCategoryRows {
            let entries = treatment.data.filter { $0.category == category }
            rows += entries.isEmpty ? [[label(rowLabel)]] : entries.map { row(rowLabel, $0) }
        }
        for category in DataCategory.allCases where !CNILModel.dataCategoryRows.contains(where: { $0.value == category }) {
            rows += treatment.data.filter { $0.category == category }.map { row(category.label.fr, $0) }
        }
        if treatment.data.isEmpty, let absent { rows.append([label(absent)]) }
        return rows + invalidRows(invalid ?? []) + [[]]
    }

    private func sensitiveSection(_ treatment: Treatment, invalid: [InvalidEntry]?, absent: String?) -> [[Value?]] {
        let entries = treatment.sensitiveData
        var columns = [Column]()
        if entries.contains(where: { $0.condition != nil }) { columns.append(.condition) }
        if entries.contains(where: { $0.legalAuthority != nil }) { columns.append(.legalAuthority) }
        let retention = retentionColumns(entries.map(\.retention))
        var rows: [[Value?]] = [[label(CNILWorkbookLayout.Section.sensitive.label), label(Label.description), label(Label.retention)]
            + (retention + columns).map { label($0.label) }]
        for (rowLabel, category) in CNILModel.sensitiveDataRows {
            let found = entries.filter { $0.category == category }
            rows += found.isEmpty ? [[label(rowLabel)]] : found.map { data in
                [label(rowLabel), text(data.details)] + retentionCells(data.retention, retention)
                    + (columns.contains(.condition) ? [withArticle(data.condition) { $0.article }] : [])
                    + (columns.contains(.legalAuthority) ? [text(data.legalAuthority)] : [])
            }
        }
        if entries.isEmpty, let absent { rows.append([label(absent)]) }
        return rows + invalidRows(invalid ?? []) + [[]]
    }

    // MARK: Transferts

    private func transfersSection(_ treatment: Treatment, invalid: [InvalidEntry]?, absent: String?) -> [[Value?]] {
        let transfers = treatment.transfers
        let optional: [(Column, Bool)] = [
            (.transferProcessor, transfers.contains { $0.processor != nil }), (.derogation, transfers.contains { $0.derogation != nil }),
            (.signed, transfers.contains { $0.signed != nil }), (.impactAssessment, transfers.contains { $0.impactAssessment != nil }),
            (.publicRecipient, transfers.contains(where: \.publicBody)),
        ]
        let columns = optional.filter(\.1).map(\.0)
        let entries: [[Value?]] = transfers.map { transfer in
            let cells: [Column: Value?] = [
                .transferProcessor: text(transfer.processor.map { register.processor(id: $0)?.name ?? $0 }),
                .derogation: withArticle(transfer.derogation) { $0.article },
                .signed: transfer.signed.map(Value.date),
                .impactAssessment: text(transfer.impactAssessment),
                .publicRecipient: transfer.publicBody ? yesNo(true) : nil,
            ]
            return [text(transfer.recipient), country(transfer.country),
                    text(CNILModel.label(of: transfer.safeguard, in: CNILModel.safeguards)), text(transfer.documentation)]
                + columns.map { cells[$0] ?? nil }
        }
        return section(.transfers, [Label.transferRecipient, Label.country, Label.safeguard, Label.documentation] + columns.map(\.label),
                       entries, pad: 4, padLabel: { "\(Label.transferRow) \($0 + 1)" }, absent: absent, invalid: invalid)
    }

    // MARK: Informations complémentaires

    /// One labelled row per fact the CNIL's fiche has no place for.
    private func extrasSection(_ treatment: Treatment, invalid: [InvalidEntry]) -> [[Value?]] {
        var rows: [[Value?]] = [[label(RopaWorkbookLayout.extrasSection)] + RopaWorkbookLayout.extrasColumns.map(label)]
        func add(_ fact: Fact, _ value: Value?, about: String? = nil, details: String? = nil) {
            guard value != nil || details != nil else { return }
            rows.append([label(fact.label), text(about), value, text(details)])
        }
        add(.id, text(treatment.id))
        add(.role, text(builder.value(treatment.role.label.fr, of: treatment, key: "role")))
        add(.description, text(treatment.description))
        add(.software, text(treatment.software))
        add(.department, text(treatment.department))
        add(.category, text(treatment.category))
        add(.rightsExercise, text(treatment.rightsExercise))
        for (index, purpose) in treatment.purposes.enumerated() {
            let rank = index == 0 ? w[.mainPurpose] : "\(w[.subPurpose]) \(index)"
            add(.purposeKind, text(purpose.kind?.label.fr), about: rank)
            add(.legitimateInterest, text(purpose.legitimateInterest), about: rank)
            add(.balancingTest, text(purpose.balancingTest), about: rank)
            add(.consentCollection, text(purpose.consent?.collection), about: rank)
            add(.consentWithdrawal, text(purpose.consent?.withdrawal), about: rank)
            add(.onlineService, purpose.consent?.onlineService == true ? yesNo(true) : nil, about: rank)
            add(.parentalConsent, text(purpose.consent?.parentalConsent), about: rank)
            add(.legalText, text(purpose.legalText), about: rank)
            if let prospection = purpose.prospection {
                add(.prospectionChannels, text(prospection.channels.map(\.label.fr).joined(separator: "\n")), about: rank)
                add(.prospectionAudience, text(prospection.audience.label.fr), about: rank)
                add(.softOptIn, yesNo(prospection.softOptIn), about: rank)
                add(.bloctel, text(prospection.bloctel), about: rank)
            }
        }
        for joint in treatment.jointControllers {
            add(.actorCompany, text(joint.contact.company), about: joint.contact.name)
            add(.arrangement, text(joint.arrangement), about: joint.contact.name)
            add(.arrangementEssence, text(joint.arrangementEssence), about: joint.contact.name)
        }
        for client in treatment.onBehalfOf { add(.actorCompany, text(client.company), about: client.name) }
        for source in treatment.sources { add(.source, text(source.kind.label.fr), details: source.details) }
        if treatment.sources.isEmpty, let absent = builder.absences(treatment).texts["sources"] {
            rows.append([label(Fact.source.label), nil, text(absent)])
        }
        for processor in builder.processorIDs(of: treatment).compactMap(register.processor(id:)) {
            add(.processor, text(processor.name), details: processor.service)
        }
        if let dpia = treatment.dpia {
            add(.dpiaStatus, text(dpia.status.label.fr))
            add(.dpiaCriteria, text(dpia.criteria.map(\.label.fr).joined(separator: "\n")))
            add(.dpiaCNILList, text(dpia.cnilList.map(\.label.fr).joined(separator: "\n")))
            add(.dpiaReference, text(dpia.reference))
            add(.dpiaDate, dpia.date.map(Value.date))
            add(.dpiaJustification, text(dpia.justification))
        }
        if let decisions = treatment.automatedDecisions {
            add(.profiling, yesNo(decisions.profiling))
            add(.automatedDecision, yesNo(decisions.automatedDecision))
            add(.legalEffect, yesNo(decisions.legalEffect))
            add(.automatedDetails, text(decisions.details))
            add(.automatedSafeguards, text(decisions.safeguards))
        }
        for waiver in treatment.waivers { add(.waiver, text(waiver.reason), about: waiver.rule) }
        add(.notes, text(treatment.notes))
        return rows + invalidRows(invalid)
    }

    // MARK: The organisation's sheet

    private func organisationSheet() -> [[Value?]] {
        typealias Fact = RopaWorkbookLayout.OrganisationFact
        let organisation = register.organisation
        var rows: [[Value?]] = [[label(RopaWorkbookLayout.organisationTitle)]]
        func add(_ fact: Fact, _ value: Value?) {
            if value != nil { rows.append([label(fact.label), value]) }
        }
        add(.editionDate, .date(options.date))
        add(.version, text(options.version))
        if options.draft { rows.append([label(w[.draftNotice])]) }
        if options.publicVersion { rows.append([label(w[.publicVersion]), text(w[.publicExplanation])]) }
        if treatments.count != register.treatments.count {
            rows.append([label(w.plural(.extractNote, count: treatments.count, ["total": String(register.treatments.count)]))])
        }
        rows.append([])
        add(.name, text(builder.organisationName))
        add(.company, text(organisation.controller.company))
        add(.head, text(organisation.head))
        add(.registration, text(organisation.registration))
        add(.website, text(organisation.website))
        add(.publicBody, yesNo(organisation.isPublicBody))
        add(.jurisdiction, country(organisation.jurisdiction))
        add(.contactRole, organisation.dataProtectionContact.map { .text($0.role.label.fr) })
        add(.representativeCompany, text(organisation.representative?.company))
        if !organisation.services.isEmpty {
            rows.append([])
            rows.append([label(Fact.servicesHeader.label)] + RopaWorkbookLayout.serviceColumns.map(label))
            rows += organisation.services.map { [label(Fact.service.label), text($0.id), text($0.name), text($0.description)] }
        }
        let notices = NoticeTopic.allCases.compactMap { topic in
            organisation.notice[topic].map { [label(RopaWorkbookLayout.noticeLabel(topic)), text($0)] }
        }
        if !notices.isEmpty { rows += [[]] + notices }
        if !organisation.invalidEntries.isEmpty { rows += [[]] + invalidRows(organisation.invalidEntries) }
        return rows
    }

    // MARK: The processors' sheet

    private func processorsSheet() -> [[Value?]] {
        typealias Column = RopaWorkbookLayout.ProcessorColumn
        let all = treatments.count == register.treatments.count
        let used = Set(treatments.flatMap(register.processorIDs(of:)))
        var rows: [[Value?]] = [[label(RopaWorkbookLayout.processorsTitle)], [], Column.allCases.map { label($0.label) }]
        for processor in register.processors where all || used.contains(processor.id) {
            let contact = processor.contact
            let cells: [Column: Value?] = [
                .id: text(processor.id), .name: text(processor.name), .service: text(processor.service), .country: country(processor.country),
                .contractReference: text(processor.contract?.reference), .contractSigned: processor.contract?.signed.map(Value.date),
                .contractLink: text(processor.contract?.link), .dpfCertified: processor.dpfCertified.map(yesNo),
                .subProcessors: text(processor.subProcessors.joined(separator: "\n")),
                .contactName: text(contact?.name), .contactCompany: text(contact?.company), .contactStreet: text(contact?.address?.street),
                .contactPostalCode: text(contact?.address?.postalCode), .contactCity: text(contact?.address?.city),
                .contactCountry: country(contact?.address?.country), .contactPhone: text(contact?.phone), .contactEmail: text(contact?.email),
            ]
            rows.append(Column.allCases.map { cells[$0] ?? nil })
        }
        if register.processors.isEmpty, register.invalidEntries.isEmpty { rows.append([label(w[.noProcessor])]) }
        if !register.invalidEntries.isEmpty { rows += [[]] + invalidRows(register.invalidEntries) }
        return rows
    }
}

/// Sheet names as spreadsheets accept them: at most 31 characters, none of `[]*?/\:`, not
/// starting or ending with an apostrophe, never empty, and unique without regard to case.
struct SheetNames {
    private var used: Set<String>

    init(reserved: [String]) {
        used = Set(reserved.map { $0.lowercased() })
    }

    static let maxLength = 31

    mutating func unique(_ wanted: String) -> String {
        let cleaned = Self.clean(wanted)
        var name = cleaned
        var number = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(number))"
            name = String(cleaned.prefix(Self.maxLength - suffix.count)).trimmingCharacters(in: .whitespaces) + suffix
            number += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// Forbidden and invisible characters and line breaks become spaces; runs of spaces one.
    static func clean(_ text: String) -> String {
        let forbidden = Set("[]*?/\\:\n\r\t")
        var result = ""
        for character in TextHygiene.visible(text) {
            let replaced: Character = forbidden.contains(character) || character.unicodeScalars.allSatisfy({ $0.value < 0x20 }) ? " " : character
            if replaced == " ", result.hasSuffix(" ") || result.isEmpty { continue }
            result.append(replaced)
        }
        var name = String(result.prefix(maxLength))
        while name.hasPrefix("'") || name.hasSuffix("'") || name.hasSuffix(" ") {
            name = name.hasPrefix("'") ? String(name.dropFirst()) : String(name.dropLast())
        }
        return name.isEmpty ? "Fiche" : name
    }
}
