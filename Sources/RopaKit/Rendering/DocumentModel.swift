import Foundation

// The view model of a register document: every string the HTML and Markdown templates print,
// already worded, dated and translated. Templates only lay these values out.
//
// Mustache looks a missing or nil key up in the enclosing objects, so an optional key that a
// nested object shares with an outer one would print the outer value. Optional keys therefore
// have names used nowhere else (a test walks the model to check it), and lists stand in for
// optional groups of rows.

/// A label and its value, for two-column tables and "Label : value" lines.
public struct LabeledValue: Sendable, Hashable {
    public let label: String
    public let value: String
}

/// One line of the "Liste des traitements".
public struct ListRow: Sendable {
    public let anchor: String
    /// The fiche's heading in Markdown ("Fiche T-01 — Prospection"), which links reach by its slug.
    public let ficheHeading: String
    public let reference: String
    public let name: String
    public let created: String
    public let updated: String
    /// The purposes, main purpose first.
    public let purposeNames: [String]
    /// "Oui" or "Non": Art. 9 or Art. 10 data, or the NIR.
    public let sensitive: String
}

/// One actor of the "Acteurs" table (sheet 3), with the CNIL's columns.
public struct ActorRow: Sendable {
    public let actorRole: String
    public let actorName: String
    public let street: String
    public let postalCode: String
    public let city: String
    public let country: String
    public let phone: String
    public let email: String
}

public struct PurposeRow: Sendable {
    /// "Finalité principale", "Sous-finalité 1", …
    public let rank: String
    public let purposeName: String
    public let legalBasis: String
    public let legalBasisArticle: String
    /// Legitimate interest, balancing test, consent record, legal text: whichever are given.
    public let purposeDetails: [LabeledValue]
}

/// A category of data with its retention. `sensitiveCondition` is empty for ordinary data.
public struct DataRow: Sendable {
    public let categoryLabel: String
    public let dataDescription: String
    public let sensitiveCondition: String
    public let retentionText: String
    /// NIR authorisation, retention note: whichever are given.
    public let dataExtras: [LabeledValue]
}

/// A vocabulary value and the free words that make it precise (subjects, security, sources).
public struct DetailRow: Sendable {
    public let kindLabel: String
    public let detailText: String
}

public struct RecipientRow: Sendable {
    public let kindLabel: String
    public let recipientName: String
    public let detailText: String
}

public struct TransferRow: Sendable {
    public let anchor: String
    /// The fiche's heading in Markdown ("Fiche T-01 — Prospection"), which links reach by its slug.
    public let ficheHeading: String
    public let treatmentLabel: String
    public let transferRecipient: String
    public let countryName: String
    public let safeguardText: String
    public let documentationText: String
}

public struct ProcessorRow: Sendable {
    public let processorName: String
    public let serviceText: String
    public let countryName: String
    public let contractText: String
    public let contractReference: String
    public let contractDate: String
    public let dpfText: String
    public let subProcessorsText: String
    public let usedByText: String
}

/// An internal service of the organisation (`services` in organisation.yaml): who inside
/// accesses the data, and the treatments that name it among their recipients.
public struct ServiceRow: Sendable {
    public let serviceName: String
    public let serviceDescription: String
    public let usedByText: String
}

public struct RetentionRow: Sendable {
    public let anchor: String
    /// Whether this row is its treatment's first: the annex names a treatment once, over its rows.
    public internal(set) var startsTreatment: Bool
    /// The fiche's heading in Markdown ("Fiche T-01 — Prospection"), which links reach by its slug.
    public let ficheHeading: String
    public let treatmentLabel: String
    public let categoryLabel: String
    public let durationText: String
    public let eventText: String
    public let endText: String
    public let noteText: String
}

/// One fiche of the controller's register (Art. 30(1)), sections in the CNIL's order.
public struct Fiche: Sendable {
    public let anchor: String
    /// The fiche's heading in Markdown ("Fiche T-01 — Prospection"), which links reach by its slug.
    public let ficheHeading: String
    public let reference: String
    public let name: String
    public let descriptionRows: [LabeledValue]
    public let actors: [ActorRow]
    public let arrangements: [LabeledValue]
    public let purposes: [PurposeRow]
    public let dataRows: [DataRow]
    public let sensitiveRows: [DataRow]
    public let subjects: [DetailRow]
    public let recipients: [RecipientRow]
    public let security: [DetailRow]
    public let transfers: [TransferRow]
    public let sources: [DetailRow]
    public let processors: [ProcessorRow]
    public let dpiaRows: [LabeledValue]
    public let automatedRows: [LabeledValue]
    public let waivers: [LabeledValue]
    public let notesText: String?
    /// What the file says that could not be loaded, by part of the fiche (drafts only).
    public let invalid: InvalidParts
    /// What each part without a row prints: the absence the file states, or "not determined".
    public let absent: AbsenceTexts
}

/// One fiche of the processor's register (Art. 30(2)).
public struct ProcessorFiche: Sendable {
    public let anchor: String
    /// The fiche's heading in Markdown ("Fiche T-01 — Prospection"), which links reach by its slug.
    public let ficheHeading: String
    public let reference: String
    public let name: String
    public let descriptionRows: [LabeledValue]
    public let actors: [ActorRow]
    public let clients: [ActorRow]
    public let processingCategories: [LabeledValue]
    /// The sub-processors (Art. 30(2)(a)): the processors this activity uses.
    public let processors: [ProcessorRow]
    public let transfers: [TransferRow]
    public let security: [DetailRow]
    /// What the file gives beyond Art. 30(2) (data, persons, sources, a DPIA…), or failed in:
    /// printed, since a register never drops what its files say.
    public let statedParts: [StatedPart]
    public let notesText: String?
    public let invalid: InvalidParts
    public let absent: AbsenceTexts
}

/// A part of a processor's fiche that Art. 30(2) does not ask for, printed because the file
/// gives it or something in it failed to load: a table (`columns`, `rows`) or label/value pairs.
public struct StatedPart: Sendable {
    public let heading: String
    public let columns: [String]
    public let rows: [StatedRow]
    public let pairs: [LabeledValue]
    /// What the file states of a part it gives no entry for (`sensitive_data: none`).
    public let statement: String?
    public let invalid: [InvalidRow]
}

public struct StatedRow: Sendable {
    public let cells: [String]
}

/// A block of the cover page: a heading and its label/value rows.
public struct ContactBlock: Sendable {
    public let heading: String
    public let rows: [LabeledValue]
}

/// The whole document, ready for a template.
public struct DocumentModel: Sendable {
    /// `fr` or `en`, for `<html lang>`.
    public let lang: String
    public let labels: Wording
    public let organisationName: String
    public let editionDate: String
    public let editionDateISO: String
    public let registerVersion: String
    /// "Version du 28 novembre 2026": the register as of its latest update (`RegisterDates`).
    public let versionLine: String?
    public let isDraft: Bool
    /// A working version's banner: what is missing ("51 valeurs incomplètes, 5 erreurs").
    public let draftReason: String?
    /// The working version's heading, on screen and in the running header: "Document incomplet —
    /// version de travail — 51 valeurs incomplètes, 5 erreurs".
    public let draftHeading: String
    /// The public version (`render --public`): what must not be published is left out.
    public let isPublic: Bool
    /// "Extrait du registre : 2 traitements sur 5", only when some treatments were chosen.
    public let extractNote: String?
    public let treatmentTotal: String
    /// The running header and draft notice as CSS string contents (every character outside
    /// [A-Za-z0-9 ] escaped), for `@page` margin boxes: safe inside `<style>`.
    public let headerCSS: String
    public let draftCSS: String
    public let controllerBlock: ContactBlock
    public let representativeBlock: ContactBlock?
    public let dataProtectionBlock: ContactBlock?
    public let listRows: [ListRow]
    public let fiches: [Fiche]
    public let processorRows: [ListRow]
    public let processorFiches: [ProcessorFiche]
    public let retentionRows: [RetentionRow]
    public let processorAnnex: [ProcessorRow]
    public let transferAnnex: [TransferRow]
    /// Every internal service (or, in an extract, those its treatments name): the register
    /// prints each one the file lists, named by a treatment or not.
    public let serviceAnnex: [ServiceRow]
    /// What `organisation.yaml` and `processors.yaml` say that could not be loaded (drafts only).
    public let invalid: InvalidParts
    /// What the cover page and the annexes print where they have nothing to list.
    public let absent: AbsenceTexts
}

extension DocumentModel {
    /// Builds the document for `treatments` (the whole register, or the chosen extract).
    init(register: Register, treatments: [Treatment], language: Language, date: ISODate, version: String, draft: Bool,
         unfinished: Unfinished = .none) {
        let builder = ModelBuilder(register: register, wording: Wording(language))
        let w = builder.wording
        let organisation = register.organisation
        lang = language.rawValue
        labels = w
        organisationName = builder.organisationName
        editionDate = DateWords.format(date, in: language)
        editionDateISO = date.description
        registerVersion = version
        versionLine = register.latestUpdate.map { w.format(.versionOf, ["date": DateWords.format($0, in: language)]) }
        isDraft = draft
        draftReason = draft ? unfinished.sentence(in: w) : nil
        draftHeading = unfinished.headerNotice(in: w)
        isPublic = register.isPublicVersion
        let total = register.treatments.count
        if treatments.count == total {
            extractNote = nil
        } else {
            extractNote = w.plural(.extractNote, count: treatments.count, ["total": String(total)])
        }
        treatmentTotal = String(treatments.count)
        headerCSS = CSSText.string("\(w[.documentTitle])\(isPublic ? " (" + w[.publicVersion] + ")" : "") — \(builder.organisationName) — \(editionDate)")
        draftCSS = draft ? CSSText.string(draftHeading) : ""

        controllerBlock = ContactBlock(
            heading: w[.controllerHeading],
            rows: [LabeledValue(label: w[.organisationName], value: builder.organisationName)]
                + builder.optionalRows([(w[.head], organisation.head)])
                + builder.contactRows(organisation.controller, includeName: false)
                + builder.optionalRows([(w[.registration], organisation.registration), (w[.website], organisation.website)]))
        representativeBlock = organisation.representative.map {
            ContactBlock(heading: w[.representativeHeading], rows: builder.contactRows($0, includeName: true))
        }
        dataProtectionBlock = organisation.dataProtectionContact.map { dpc in
            ContactBlock(heading: dpc.role == .referent ? w[.referentHeading] : w[.dpoHeading],
                         rows: [LabeledValue(label: w[.role], value: dpc.role.label[language])]
                            + builder.contactRows(dpc.contact, includeName: true, companyLabel: w[.dpoCompany]))
        }

        let controllerSide = treatments.filter { $0.role != .processor }
        let processorSide = treatments.filter { $0.role == .processor }
        listRows = controllerSide.map(builder.listRow)
        fiches = controllerSide.map(builder.fiche)
        processorRows = processorSide.map(builder.listRow)
        processorFiches = processorSide.map(builder.processorFiche)
        // Annexes follow the document's order: controller fiches, then processor fiches.
        let documentOrder = controllerSide + processorSide
        retentionRows = documentOrder.flatMap(builder.retentionRows)
        // Each treatment's processors, worked out once: the annex asks it of every processor.
        let processorsUsed = documentOrder.map { (reference: $0.reference, ids: Set(builder.processorIDs(of: $0))) }
        let users = { (processor: Processor) in processorsUsed.filter { $0.ids.contains(processor.id) }.map(\.reference) }
        let usedProcessors = treatments.count == total ? register.processors : register.processors.filter { !users($0).isEmpty }
        processorAnnex = usedProcessors.map { builder.processorRow($0, usedBy: users($0)) }
        transferAnnex = documentOrder.flatMap(builder.transferRows)
        let serviceUsers = { (service: Service) in
            documentOrder.filter { treatment in treatment.recipients.contains { $0.kind == .service && $0.name == service.id } }.map(\.reference)
        }
        let listedServices = treatments.count == total ? organisation.services : organisation.services.filter { !serviceUsers($0).isEmpty }
        serviceAnnex = listedServices.map { service in
            // The public version leaves the column out: it says the column is not published,
            // whether or not the file describes the service, rather than print a dash.
            let description = register.isPublicVersion ? w[.publicWithheld] : service.description.flatMap { $0.isEmpty ? nil : $0 } ?? w[.dash]
            let users = serviceUsers(service)
            return ServiceRow(serviceName: service.name, serviceDescription: description,
                              usedByText: users.isEmpty ? w[.dash] : users.joined(separator: ", "))
        }

        // processors.yaml's entries, whole file included, belong with the processors' annex.
        invalid = InvalidParts(organisation.invalidEntries, builder: builder, part: Organisation.documentPart(ofKey:))
            + InvalidParts(register.invalidEntries, builder: builder, wholeFile: "processors") { _ in "processors" }
        let transfersFailed = documentOrder.lazy.compactMap { builder.failure(in: $0, "transfers") }.first
        absent = AbsenceTexts(texts: [
            "representative": builder.representativeAbsence,
            "dataProtection": builder.emptyText(.noDataProtectionContact, stated: organisation.source.has("data_protection_contact"),
                                                failed: builder.failure(in: organisation, "data_protection_contact")),
            "processors": builder.emptyText(.noProcessor, stated: true, failed: register.invalidEntries.first),
            "transfers": builder.emptyText(.noTransferInRegister, stated: true, failed: transfersFailed),
            "services": builder.emptyText(.noService, stated: true, failed: builder.failure(in: organisation, "services")),
            "treatments": w[.noTreatment],
        ])
    }
}

/// Turns model values into worded rows for one language.
struct ModelBuilder {
    let register: Register
    let wording: Wording
    var language: Language { wording.language }

    private var dash: String { wording[.dash] }

    func date(_ date: ISODate) -> String { DateWords.format(date, in: language) }
    func country(_ code: String) -> String { Countries.names[code]?[language] ?? code }

    /// A contact on one line: name, company, address, email, phone, those given.
    func contactLine(_ contact: Contact) -> String {
        var parts = [contact.name]
        if let company = contact.company, !company.isEmpty { parts.append(company) }
        if let address = contact.address {
            parts += [address.street, [address.postalCode, address.city].compactMap { $0 }.joined(separator: " "), address.country.map(country)]
                .compactMap { $0 }.filter { !$0.isEmpty }
        }
        parts += [contact.email, contact.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.joined(separator: ", ")
    }
    func yesNo(_ value: Bool) -> String { wording[value ? .yes : .no] }

    /// A category of persons' details, with its age group when the register gives one.
    func subjectDetails(_ subject: DataSubject) -> String {
        let parts = [subject.details, subject.age?.label[language]].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? dash : parts.joined(separator: " — ")
    }
    /// "fiche-<id>": ids are `[a-z0-9_-]`; `_` is spelled `-5f-` so that the anchor needs no
    /// escaping in Markdown, where `_` would be backslashed inside an HTML attribute.
    func anchor(_ treatment: Treatment) -> String {
        "fiche-" + treatment.id.unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" ? String(scalar) : "-\(String(scalar.value, radix: 16))-"
        }.joined()
    }
    func title(_ treatment: Treatment) -> String { "\(reference(treatment)) — \(name(treatment))" }
    /// "Fiche T-01 — Prospection": a fiche's heading, kept as a processor or as a controller.
    func ficheHeading(_ treatment: Treatment) -> String {
        "\(wording[treatment.role == .processor ? .processorFicheKicker : .ficheKicker]) \(title(treatment))"
    }
    /// The reference as printed: "?" when it could not be read.
    func reference(_ treatment: Treatment) -> String { treatment.reference.isEmpty ? "?" : treatment.reference }
    /// The name as printed; a treatment whose name could not be read is named by its file.
    func name(_ treatment: Treatment) -> String {
        treatment.name.isEmpty ? "\(wording[.unnamedTreatment]) (\(treatment.source.location.file))" : treatment.name
    }
    /// The controller's name, or "not determined" when `organisation.yaml` did not give it.
    var organisationName: String {
        let organisation = register.organisation
        if organisation.controller.name.isEmpty, let failed = failure(in: organisation, "organisation") { return undetermined(failed) }
        return organisation.controller.name
    }

    /// No representative is stated either by `representative: none`, or — without a word — for a
    /// controller whose address is in the EEA, where Art. 27 does not apply.
    var representativeAbsence: String {
        let organisation = register.organisation
        let inEEA = organisation.controller.address?.country.map(Countries.isInEEA) ?? false
        return emptyText(.noRepresentative, stated: organisation.source.has("representative") || inEEA,
                         failed: failure(in: organisation, "representative"))
    }
    func orDash(_ text: String?) -> String { text.flatMap { $0.isEmpty ? nil : $0 } ?? dash }

    func optionalRows(_ pairs: [(String, String?)]) -> [LabeledValue] {
        pairs.compactMap { label, value in
            guard let value, !value.isEmpty else { return nil }
            return LabeledValue(label: label, value: value)
        }
    }

    func contactRows(_ contact: Contact, includeName: Bool, companyLabel: String? = nil) -> [LabeledValue] {
        let w = wording
        return (includeName ? [LabeledValue(label: w[.name], value: contact.name)] : []) + optionalRows([
            (companyLabel ?? w[.company], contact.company),
            (w[.address], contact.address?.street),
            (w[.postalCode], contact.address?.postalCode),
            (w[.city], contact.address?.city),
            (w[.country], contact.address?.country.map(country)),
            (w[.phone], contact.phone),
            (w[.email], contact.email),
        ])
    }

    func actor(_ role: String, _ contact: Contact) -> ActorRow {
        ActorRow(actorRole: role, actorName: contact.name, street: orDash(contact.address?.street),
                 postalCode: orDash(contact.address?.postalCode), city: orDash(contact.address?.city),
                 country: orDash(contact.address?.country.map(country)), phone: orDash(contact.phone), email: orDash(contact.email))
    }

    /// A row of the Acteurs table that names no one: "Néant", "Sans objet…", "Non renseigné" or
    /// "Non déterminé — voir l'erreur", in the name column.
    func actorStatement(_ role: Word, _ statement: String) -> ActorRow {
        ActorRow(actorRole: wording[role], actorName: statement, street: dash, postalCode: dash, city: dash, country: dash,
                 phone: dash, email: dash)
    }

    /// The CNIL's rows that every fiche repeats, each present as the model has them: the controller
    /// (or processor), the DPO or referent, the DPO's company, the representative — a row that names
    /// no one says why ("Néant" only when the file states it).
    func organisationActors(as role: Word) -> [ActorRow] {
        let organisation = register.organisation
        var rows = [actor(wording[role], organisation.controller)]
        if let dpc = organisation.dataProtectionContact {
            rows.append(actor(wording[dpc.role == .referent ? .actorReferent : .actorDPO], dpc.contact))
            if let company = dpc.contact.company, !company.isEmpty {
                rows.append(actorStatement(.actorDPOCompany, company))
            } else {
                rows.append(actorStatement(.actorDPOCompany, wording[dpc.role == .externalDPO ? .notStated : .internalContact]))
            }
        } else {
            let failed = failure(in: organisation, "data_protection_contact")
            let stated = organisation.source.has("data_protection_contact")
            rows.append(actorStatement(.actorDPO, emptyText(.nothing, stated: stated, failed: failed)))
            rows.append(actorStatement(.actorDPOCompany, emptyText(.nothing, stated: stated, failed: failed)))
        }
        if let representative = organisation.representative {
            rows.append(actor(wording[.actorRepresentative], representative))
        } else {
            let inEEA = organisation.controller.address?.country.map(Countries.isInEEA) ?? false
            rows.append(actorStatement(.actorRepresentative, emptyText(.nothing, stated: organisation.source.has("representative") || inEEA,
                                                                       failed: failure(in: organisation, "representative"))))
        }
        return rows
    }

    func listRow(_ treatment: Treatment) -> ListRow {
        ListRow(anchor: anchor(treatment), ficheHeading: ficheHeading(treatment), reference: reference(treatment), name: name(treatment),
                created: value(treatment.created.map(date) ?? "", of: treatment, key: "created"),
                updated: value(treatment.updated.map(date) ?? "", of: treatment, key: "updated"),
                purposeNames: treatment.purposes.map(\.name) + (failure(in: treatment, "purposes").map { [undetermined($0)] } ?? []),
                sensitive: sensitiveAnswer(treatment))
    }

    /// "Oui" when the file states sensitive data; "Non" only when it states there are none and
    /// that part loaded.
    func sensitiveAnswer(_ treatment: Treatment) -> String {
        if treatment.hasSensitiveData { return wording[.yes] }
        if let failed = failure(in: treatment, "sensitive_data") { return undetermined(failed) }
        return treatment.source.has("sensitive_data") ? wording[.no] : wording[.notStated]
    }

    func descriptionRows(_ treatment: Treatment) -> [LabeledValue] {
        let w = wording
        return [
            LabeledValue(label: w[.listName], value: value(treatment.name, of: treatment, key: "name")),
            LabeledValue(label: w[.listReference], value: value(treatment.reference, of: treatment, key: "reference")),
            LabeledValue(label: w[.descCreated], value: value(treatment.created.map(date) ?? "", of: treatment, key: "created")),
            LabeledValue(label: w[.descUpdated], value: value(treatment.updated.map(date) ?? "", of: treatment, key: "updated")),
            LabeledValue(label: w[.descRole], value: value(treatment.role.label[language], of: treatment, key: "role")),
        ] + optionalRows([(w[.descCategory], treatment.category), (w[.descDepartment], treatment.department),
                          (w[.descSoftware], treatment.software), (w[.description], treatment.description),
                          (w[.descRights], treatment.rightsExercise)])
    }

    /// The sentences of the parts of a fiche that have no row.
    func absences(_ treatment: Treatment) -> AbsenceTexts {
        func empty(_ absence: Word?, _ key: String) -> String {
            emptyText(absence, stated: treatment.source.has(key), failed: failure(in: treatment, key))
        }
        // A recipient may name a processor whose own entry failed in processors.yaml: then the
        // fiche cannot say it has no processor.
        let unresolved = processorIDs(of: treatment).contains { register.processor(id: $0) == nil }
        let processorsFailed = failure(in: treatment, "recipients") ?? (unresolved ? register.invalidEntries.first : nil)
        return AbsenceTexts(texts: [
            "purposes": empty(nil, "purposes"), "data": empty(nil, "data"), "subjects": empty(nil, "data_subjects"),
            "sources": empty(nil, "sources"), "sensitive": empty(.noSensitiveData, "sensitive_data"),
            "recipients": empty(.noRecipient, "recipients"), "security": empty(.noSecurity, "security"),
            "transfers": empty(.noTransfer, "transfers"),
            "processors": emptyText(.noProcessor, stated: treatment.source.has("recipients"), failed: processorsFailed),
            "dpia": empty(nil, "dpia"), "automated": empty(nil, "automated_decisions"),
            "clients": empty(.noClient, "on_behalf_of"),
        ])
    }

    func fiche(_ treatment: Treatment) -> Fiche {
        let w = wording
        var actors = organisationActors(as: .actorController)
        actors += treatment.jointControllers.map { actor(w[.actorJoint], $0.contact) }
        if treatment.jointControllers.isEmpty {
            // "Néant" follows from the fiche's role: a controller alone has no joint controller.
            let stated = treatment.role == .controller
            actors.append(actorStatement(.actorJoint, emptyText(.nothing, stated: stated, failed: failure(in: treatment, "joint_controllers", "role"))))
        }
        let arrangements = treatment.jointControllers.flatMap { joint -> [LabeledValue] in
            optionalRows([("\(w[.jointArrangement]) — \(joint.contact.name)", joint.arrangement),
                          ("\(w[.jointArrangementEssence]) — \(joint.contact.name)", joint.arrangementEssence)])
        }
        return Fiche(
            anchor: anchor(treatment), ficheHeading: ficheHeading(treatment), reference: reference(treatment), name: name(treatment),
            descriptionRows: descriptionRows(treatment), actors: actors, arrangements: arrangements,
            purposes: purposeRows(treatment), dataRows: dataRows(treatment), sensitiveRows: treatment.sensitiveData.map(sensitiveRow),
            subjects: treatment.dataSubjects.map { DetailRow(kindLabel: $0.category.label[language], detailText: subjectDetails($0)) },
            recipients: treatment.recipients.map(recipientRow),
            security: securityRows(treatment),
            transfers: transferRows(treatment),
            sources: treatment.sources.map { DetailRow(kindLabel: $0.kind.label[language], detailText: orDash($0.details)) },
            processors: processorIDs(of: treatment).compactMap(register.processor(id:)).map { processorRow($0, usedBy: []) },
            dpiaRows: dpiaRows(treatment.dpia), automatedRows: automatedRows(treatment.automatedDecisions),
            waivers: treatment.waivers.map { LabeledValue(label: $0.rule, value: $0.reason) },
            notesText: treatment.notes.flatMap { $0.isEmpty ? nil : $0 },
            invalid: invalidParts(of: treatment), absent: absences(treatment))
    }

    func processorFiche(_ treatment: Treatment) -> ProcessorFiche {
        let subProcessors = processorIDs(of: treatment).compactMap(register.processor(id:)).map { processorRow($0, usedBy: []) }
        return ProcessorFiche(
            anchor: anchor(treatment), ficheHeading: ficheHeading(treatment), reference: reference(treatment), name: name(treatment),
            descriptionRows: descriptionRows(treatment), actors: organisationActors(as: .actorProcessor),
            clients: treatment.onBehalfOf.map { actor(wording[.actorClient], $0) },
            processingCategories: treatment.purposes.enumerated().map { index, purpose in
                LabeledValue(label: "\(wording[.processingCategory]) \(index + 1)",
                             value: purpose.kind.map { "\(purpose.name) — \($0.label[language])" } ?? purpose.name)
            },
            processors: subProcessors, transfers: transferRows(treatment), security: securityRows(treatment),
            statedParts: statedParts(treatment),
            notesText: treatment.notes.flatMap { $0.isEmpty ? nil : $0 },
            invalid: invalidParts(of: treatment), absent: absences(treatment))
    }

    /// The parts of a controller's fiche that a processor's fiche has only when its file gives
    /// them (or failed in them): the purposes' bases and details, the data and their retention,
    /// the persons, the sources, the recipients other than processors, the DPIA, the automated
    /// decisions, the waivers. No sentence of absence: only what the file says.
    func statedParts(_ treatment: Treatment) -> [StatedPart] {
        let w = wording
        let invalid = invalidParts(of: treatment)
        /// `invalid`: the part whose failed entries go here; nil where the fiche shows them already
        /// (purposes under the categories of processing, recipients under the sub-processors).
        /// `stating`: the file's key whose "none" the part prints when it has no row.
        func part(_ heading: Word, _ columns: [Word], _ rows: [[String]], pairs: [LabeledValue] = [], invalid key: String?,
                  stating absence: (key: String, word: Word)? = nil) -> StatedPart? {
            let failed = key.map(invalid.rows(of:)) ?? []
            let statement = absence.flatMap { rows.isEmpty && failed.isEmpty && treatment.source.has($0.key) ? w[$0.word] : nil }
            guard !rows.isEmpty || !pairs.isEmpty || !failed.isEmpty || statement != nil else { return nil }
            return StatedPart(heading: w[heading], columns: columns.map { w[$0] }, rows: rows.map(StatedRow.init), pairs: pairs,
                              statement: statement, invalid: failed)
        }
        func described(_ row: DataRow) -> String {
            let lines = (row.dataDescription == dash ? [] : [row.dataDescription]) + row.dataExtras.map { w.labeled($0.label, $0.value) }
            return lines.isEmpty ? dash : lines.joined(separator: "\n")
        }
        let purposes = purposeRows(treatment).filter { $0.legalBasis != dash || $0.purposeDetails.contains { $0.label != w[.purposeKind] } }
            .map { row in
                [row.purposeName, row.legalBasisArticle.isEmpty ? row.legalBasis : "\(row.legalBasis) (\(row.legalBasisArticle))",
                 orDash(row.purposeDetails.filter { $0.label != w[.purposeKind] }.map { w.labeled($0.label, $0.value) }.joined(separator: "\n"))]
            }
        let recipients = treatment.recipients.filter { $0.kind != .processor }.map(recipientRow)
        return [
            part(.sectionPurposes, [.purpose, .legalBasis, .details], purposes, invalid: nil),
            part(.sectionData, [.category, .description, .retention],
                 dataRows(treatment, statingTheNIR: false).map { [$0.categoryLabel, described($0), $0.retentionText] }, invalid: "data"),
            part(.sectionSensitive, [.category, .description, .sensitiveCondition, .retention],
                 treatment.sensitiveData.map(sensitiveRow).map { [$0.categoryLabel, described($0), $0.sensitiveCondition, $0.retentionText] },
                 invalid: "sensitive", stating: ("sensitive_data", .noSensitiveData)),
            part(.sectionSubjects, [.description, .details],
                 treatment.dataSubjects.map { [$0.category.label[language], subjectDetails($0)] }, invalid: "subjects"),
            part(.sectionRecipients, [.recipientType, .recipient, .details],
                 recipients.map { [$0.kindLabel, $0.recipientName, $0.detailText] }, invalid: nil),
            part(.sectionSources, [.source, .details], treatment.sources.map { [$0.kind.label[language], orDash($0.details)] }, invalid: "sources"),
            part(.sectionDPIA, [], [], pairs: dpiaRows(treatment.dpia), invalid: "dpia"),
            part(.sectionAutomated, [], [], pairs: automatedRows(treatment.automatedDecisions), invalid: "automated"),
            part(.sectionWaivers, [.waiverRule, .waiverReason], treatment.waivers.map { [$0.rule, $0.reason] }, invalid: "waivers"),
        ].compactMap { $0 }
    }

    func purposeRows(_ treatment: Treatment) -> [PurposeRow] {
        let w = wording
        return treatment.purposes.enumerated().map { index, purpose in
            PurposeRow(
                rank: index == 0 ? w[.mainPurpose] : "\(w[.subPurpose]) \(index)",
                purposeName: purpose.name, legalBasis: purpose.legalBasis?.label[language] ?? dash,
                legalBasisArticle: purpose.legalBasis.map { $0.article[language] } ?? "",
                purposeDetails: optionalRows([
                    (w[.purposeKind], purpose.kind?.label[language]),
                    (w[.legitimateInterest], purpose.legitimateInterest),
                    (w[.balancingTest], purpose.balancingTest),
                    (w[.consentCollection], purpose.consent?.collection),
                    (w[.consentWithdrawal], purpose.consent?.withdrawal),
                    (w[.consentOnlineService], purpose.consent?.onlineService == true ? yesNo(true) : nil),
                    (w[.parentalConsent], purpose.consent?.parentalConsent),
                    (w[.legalText], purpose.legalText),
                ]) + prospectionRows(purpose.prospection))
        }
    }

    /// How a prospection purpose reaches people: the facts the prospection rules check.
    func prospectionRows(_ prospection: Prospection?) -> [LabeledValue] {
        guard let prospection else { return [] }
        let w = wording
        return [LabeledValue(label: w[.prospectionChannels], value: prospection.channels.map { $0.label[language] }.joined(separator: ", ")),
                LabeledValue(label: w[.prospectionAudience], value: prospection.audience.label[language]),
                LabeledValue(label: w[.softOptIn], value: yesNo(prospection.softOptIn))]
            + optionalRows([(w[.bloctel], prospection.bloctel)])
    }

    /// Ordinary data in the CNIL's row order, with the NIR row present in a French register's
    /// fiche (`statingTheNIR`): an auditor reads "Non collecté" rather than guess from an
    /// absence. A processor's fiche states no absence it was not given, and leaves it out.
    func dataRows(_ treatment: Treatment, statingTheNIR: Bool = true) -> [DataRow] {
        let order = DataCategory.allCases
        var rows: [(rank: Int, offset: Int, row: DataRow)] = treatment.data.enumerated().map { offset, data in
            let row = DataRow(
                categoryLabel: categoryLabel(data), dataDescription: orDash(data.details), sensitiveCondition: "",
                retentionText: retentionText(data.retention),
                dataExtras: optionalRows([(wording[.nirAuthorisedBy], data.authorisedBy)] + retentionExtras(data.retention)))
            return (order.firstIndex(of: data.category) ?? order.count, offset, row)
        }
        if statingTheNIR, register.jurisdiction.map({ $0 == "FR" }) ?? true, !treatment.data.contains(where: \.isNIR) {
            rows.append((order.firstIndex(of: .nir) ?? order.count, -1, nirNotCollected(treatment)))
        }
        return rows.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.row)
    }

    /// "Non collecté" is a statement: only when the data loaded whole (a data entry that failed
    /// may be the NIR).
    private func nirNotCollected(_ treatment: Treatment) -> DataRow {
        DataRow(categoryLabel: DataCategory.nir.label[language],
                dataDescription: emptyText(.nirNotCollected, stated: true, failed: failure(in: treatment, "data")),
                sensitiveCondition: "", retentionText: dash, dataExtras: [])
    }

    func sensitiveRow(_ data: SensitiveData) -> DataRow {
        var condition = data.condition.map { "\($0.label[language]) (\($0.article[language]))" } ?? ""
        if let authority = data.legalAuthority, !authority.isEmpty {
            condition += (condition.isEmpty ? "" : "\n") + wording.labeled(wording[.legalAuthority], authority)
        }
        return DataRow(categoryLabel: data.category.label[language], dataDescription: orDash(data.details),
                       sensitiveCondition: condition.isEmpty ? dash : condition, retentionText: retentionText(data.retention),
                       dataExtras: optionalRows(retentionExtras(data.retention)))
    }

    /// A data category's label; a national identifier says whose: "Numéro d'identification national (Belgique)".
    func categoryLabel(_ data: PersonalData) -> String {
        guard data.category == .nationalID, let code = data.country else { return data.category.label[language] }
        return "\(data.category.label[language]) (\(country(code)))"
    }

    /// What a retention says beside its summary: its note, its archives service when the summary
    /// does not name it, the Art. 89 safeguards of its archiving.
    func retentionExtras(_ retention: Retention?) -> [(String, String?)] {
        guard let retention else { return [] }
        let reference = RetentionWords.namesArchivesReference(retention) ? nil : retention.archivesReference
        return [(wording[.details], retention.note), (wording[.archivesReference], reference),
                (wording[.archivingSafeguards], retention.archivingSafeguards)]
    }

    func retentionText(_ retention: Retention?) -> String {
        retention.map { RetentionWords.summary($0, in: language).capitalisedFirst } ?? wording[.notStated]
    }

    /// A recipient named, or a category of recipients (no name: its description in the name column).
    func recipientRow(_ recipient: Recipient) -> RecipientRow {
        let annex = recipient.annex.map { wording.labeled(wording[.recipientsAnnex], $0) }
        guard let id = recipient.name else {
            return RecipientRow(kindLabel: recipient.kind.label[language], recipientName: recipient.details ?? dash, detailText: annex ?? dash)
        }
        var name = id
        var details = recipient.details
        switch recipient.kind {
        case .service:
            if let service = register.service(id: id) {
                name = service.name
                details = details ?? service.description
            }
        case .processor:
            if let processor = register.processor(id: id) {
                name = "\(processor.name) (\(processor.service))"
            }
        case .thirdCountry, .partner, .authority, .other:
            break
        }
        let text = [details, annex].compactMap { $0 }.joined(separator: "\n")
        return RecipientRow(kindLabel: recipient.kind.label[language], recipientName: name, detailText: orDash(text))
    }

    func securityRows(_ treatment: Treatment) -> [DetailRow] {
        treatment.security.map { DetailRow(kindLabel: $0.kind.label[language], detailText: orDash($0.details)) }
    }

    func transferRows(_ treatment: Treatment) -> [TransferRow] {
        treatment.transfers.map { transfer in
            var safeguard = "\(transfer.safeguard.label[language]) (\(transfer.safeguardReference(in: register, language: language)))"
            if let derogation = transfer.derogation {
                safeguard += "\n\(derogation.label[language]) (\(derogation.article[language]))"
            }
            // The date decides which clauses they are; it is printed too, not only what it decides.
            if let signed = transfer.signed { safeguard += "\n" + wording.labeled(wording[.contractDate], date(signed)) }
            // The transfer's impact assessment and a public recipient go with the documentation
            // and the recipient, under the key's own label (no column of the CNIL model has them).
            let recipient = transfer.publicBody
                ? "\(transfer.recipient)\n\(wording.labeled(wording[.transferPublicRecipient], yesNo(true)))" : transfer.recipient
            let documentation = [transfer.documentation, transfer.impactAssessment.map {
                wording.labeled(wording[.transferImpactAssessment], $0)
            }].compactMap { $0 }.filter { !$0.isEmpty }
            return TransferRow(anchor: anchor(treatment), ficheHeading: ficheHeading(treatment), treatmentLabel: title(treatment), transferRecipient: recipient,
                               countryName: country(transfer.country), safeguardText: safeguard,
                               documentationText: documentation.isEmpty ? dash : documentation.joined(separator: "\n"))
        }
    }

    func processorIDs(of treatment: Treatment) -> [String] { register.processorIDs(of: treatment) }

    /// `users` are the references of the treatments that use the processor, for the annex.
    func processorRow(_ processor: Processor, usedBy users: [String]) -> ProcessorRow {
        let contract = processor.contract
        var contractText = wording[.noContract]
        if let contract {
            var parts: [String] = []
            if let reference = contract.reference, !reference.isEmpty { parts.append(reference) }
            if let signed = contract.signed { parts.append("\(wording[.signedOn]) \(date(signed))") }
            contractText = parts.isEmpty ? dash : parts.joined(separator: ", ")
            if let link = contract.link, !link.isEmpty { contractText += "\n" + link }
        }
        var countryText = country(processor.country)
        if let certified = processor.dpfCertified {
            countryText += "\n" + wording.labeled(wording[.dpfCertified], yesNo(certified))
        }
        // The processor's contact person goes under its name: no column of the CNIL model has it.
        let name = processor.contact.map { processor.name + "\n" + wording.labeled(wording[.contactsTitle], contactLine($0)) } ?? processor.name
        return ProcessorRow(
            processorName: name, serviceText: processor.service, countryName: countryText,
            contractText: contractText, contractReference: orDash(contract?.reference),
            contractDate: contract?.signed.map(date) ?? dash,
            dpfText: processor.dpfCertified.map(yesNo) ?? dash,
            subProcessorsText: processor.subProcessors.isEmpty ? dash : processor.subProcessors.joined(separator: "\n"),
            usedByText: users.isEmpty ? dash : users.joined(separator: ", "))
    }

    func retentionRows(_ treatment: Treatment) -> [RetentionRow] {
        let ordinary = treatment.data.map { ($0.category.label[language], $0.retention) }
        let sensitive = treatment.sensitiveData.map { ($0.category.label[language], $0.retention) }
        // A category that failed to load still has a row: the schedule must not look complete.
        let failed = treatment.invalidEntries.filter { ["data", "sensitive_data", InvalidEntry.wholeFile].contains($0.key) }
            .map { entry in
                RetentionRow(anchor: anchor(treatment), startsTreatment: false, ficheHeading: ficheHeading(treatment), treatmentLabel: title(treatment), categoryLabel: undetermined(entry),
                             durationText: undetermined(entry), eventText: dash, endText: dash, noteText: dash)
            }
        var rows = (ordinary + sensitive).map { category, retention in
            RetentionRow(
                anchor: anchor(treatment), startsTreatment: false, ficheHeading: ficheHeading(treatment), treatmentLabel: title(treatment), categoryLabel: category,
                durationText: retention.map { RetentionWords.length($0, in: language).capitalisedFirst } ?? wording[.notStated],
                eventText: retention.map { RetentionWords.event($0, in: language) }.flatMap { $0.isEmpty ? nil : $0 } ?? dash,
                endText: retention.map { RetentionWords.end($0, in: language).capitalisedFirst } ?? dash,
                noteText: orDash(retention?.note))
        } + failed
        if !rows.isEmpty { rows[0].startsTreatment = true }
        return rows
    }

    func dpiaRows(_ dpia: DPIA?) -> [LabeledValue] {
        guard let dpia else { return [] }
        let w = wording
        // The public version leaves the criteria out: it says so, never "none".
        let withheld = register.isPublicVersion ? w[.publicWithheld] : nil
        let criteria = withheld ?? (dpia.criteria.isEmpty ? w[.noCriterion] : dpia.criteria.map { $0.label[language] }.joined(separator: "\n"))
        let cnilList = withheld ?? (dpia.cnilList.isEmpty ? w[.noCriterion] : dpia.cnilList.map { $0.label[language] }.joined(separator: "\n"))
        return [LabeledValue(label: w[.dpiaStatus], value: dpia.status.label[language]),
                LabeledValue(label: w[.dpiaCriteria], value: criteria),
                LabeledValue(label: w[.dpiaCNILList], value: cnilList)]
            + optionalRows([(w[.dpiaReference], dpia.reference), (w[.dpiaDate], dpia.date.map(date)),
                            (w[.dpiaJustification], dpia.justification)])
    }

    func automatedRows(_ decisions: AutomatedDecisions?) -> [LabeledValue] {
        guard let decisions else { return [] }
        let w = wording
        return [LabeledValue(label: w[.profiling], value: yesNo(decisions.profiling)),
                LabeledValue(label: w[.automatedDecision], value: yesNo(decisions.automatedDecision)),
                LabeledValue(label: w[.legalEffect], value: yesNo(decisions.legalEffect))]
            + optionalRows([(w[.description], decisions.details), (w[.safeguards], decisions.safeguards)])
    }
}
