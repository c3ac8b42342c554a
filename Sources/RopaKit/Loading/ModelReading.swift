/// Builds model values from checked records. One function per model type, in file order.
extension RecordReader {
    typealias S = RegisterSchema

    // MARK: organisation.yaml

    /// The organisation as far as it could be read. Nil only when the file is not a group of
    /// keys at all; a controller without a name is still returned (with an empty name and an
    /// invalid entry), so that a draft can be printed and says what is wrong.
    mutating func organisationFile(_ node: YAMLNode) -> Organisation? {
        guard let file = record(node, as: S.organisationFile) else { return nil }
        names.declaresServices = true
        var invalid = structuralEntries(of: file)
        var controller = Contact(name: "", source: SourceMap(location: file.location))
        var head: String?, registration: String?, website: String?, isPublicBody = false
        // The controller is shown from what loaded even when part of it failed: the cover page
        // needs it, and the failed part is an invalid entry beside it.
        _ = entry(file, "organisation", into: &invalid) { reader -> Bool? in
            guard let node = file.node("organisation"), let record = reader.record(node, as: S.organisation) else { return nil }
            controller = reader.contact(record, orUnnamed: true) ?? controller
            head = reader.text(record, "head")
            registration = reader.text(record, "registration")
            website = reader.text(record, "website")
            isPublicBody = reader.bool(record, "public_body") ?? false
            return true
        }
        // Contact details missing are a gap in what loaded, not a failure to load it: reported, and
        // the controller and the DPO stay in the register as written.
        if !controller.name.isEmpty { requireContactDetails(controller, what: "the organisation") }
        let representative = entry(file, "representative", into: &invalid) { reader in
            reader.noneOr(file, "representative") { reader, node in
                reader.record(node, as: S.contact).flatMap { reader.contact($0) }
            }
        } ?? nil
        let dpo = entry(file, "data_protection_contact", into: &invalid) { reader in
            reader.noneOr(file, "data_protection_contact") { reader, node in
                reader.record(node, as: S.dataProtectionContact).flatMap { reader.dataProtectionContact($0) }
            }
        } ?? nil
        if let dpo { requireContactDetails(dpo.contact, what: "the data-protection contact") }
        let services = entries(file, "services", as: S.service, into: &invalid) { reader, record in reader.service(record) }
        let notice = entry(file, "notice", into: &invalid) { reader in
            reader.nested(file, "notice", as: S.notice) { reader, record in reader.noticeTexts(record) }
        }
        let jurisdiction = entry(file, "jurisdiction", into: &invalid) { reader in reader.country(file, "jurisdiction") }
        return Organisation(
            controller: controller, head: head, registration: registration, website: website, isPublicBody: isPublicBody,
            representative: representative, dataProtectionContact: dpo, services: services,
            notice: notice ?? NoticeTexts(), jurisdiction: jurisdiction, invalidEntries: invalid, source: file.sourceMap)
    }

    /// For keys that take either the word `none` or one group of keys (`representative`,
    /// `data_protection_contact`): `.some(nil)` for `none`, nil when the group could not be read.
    mutating func noneOr<T>(_ record: Record, _ key: String, _ read: (inout RecordReader, YAMLNode) -> T?) -> T?? {
        guard let node = record.node(key) else { return nil }
        if case .scalar(let text, _) = node.content {
            if text == RegisterSchema.none { return .some(nil) }
            report(DiagnosticID.invalidValue, "'\(key)' must be the word 'none' or a group of keys, not '\(text)'", at: node.location,
                   help: "write '\(key): none' when there is none, or its 'name:', 'email:'… indented below")
            return nil
        }
        return read(&self, node).map { .some($0) }
    }

    mutating func noticeTexts(_ record: Record) -> NoticeTexts {
        var texts: [NoticeTopic: String] = [:]
        for topic in NoticeTopic.allCases {
            texts[topic] = text(record, topic.rawValue)
        }
        return NoticeTexts(texts)
    }

    /// `orUnnamed`: a contact whose name could not be read is still returned, with an empty name.
    mutating func contact(_ record: Record, orUnnamed: Bool = false) -> Contact? {
        let address = nested(record, "address", as: S.address) { reader, record in reader.address(record) }
        let company = text(record, "company")
        let email = text(record, "email")
        let phone = text(record, "phone")
        guard let name = text(record, "name") ?? (orUnnamed ? "" : nil) else { return nil }
        return Contact(name: name, company: company, address: address, email: email, phone: phone, source: record.sourceMap)
    }

    mutating func address(_ record: Record) -> Address {
        Address(street: text(record, "street"), postalCode: text(record, "postal_code"),
                city: text(record, "city"), country: country(record, "country"))
    }

    /// Art. 30(1)(a) asks for contact details, not only a name.
    mutating func requireContactDetails(_ contact: Contact, what: String) {
        if contact.email == nil, contact.phone == nil, contact.address == nil {
            report(DiagnosticID.missingKey, "\(what.capitalisedFirst) has a name but no contact details", at: contact.source.location,
                   help: "add at least 'email:', 'phone:' or 'address:'", reference: "RGPD art. 30(1)(a)")
        }
    }

    mutating func dataProtectionContact(_ record: Record) -> DataProtectionContact? {
        let role = vocabulary(record, "role", ContactRole.self)
        guard let contact = contact(record), let role else { return nil }
        return DataProtectionContact(role: role, contact: contact)
    }

    mutating func service(_ record: Record) -> Service? {
        let id = identifier(record, "id", declaringIn: \.serviceIDs)
        let name = text(record, "name")
        let description = text(record, "description")
        guard let id, let name else { return nil }
        return Service(id: id, name: name, description: description, source: record.sourceMap)
    }

    // MARK: processors.yaml

    /// The processors that loaded, and the invalid entries of those that did not.
    mutating func processorsFile(_ node: YAMLNode) -> (processors: [Processor], invalid: [InvalidEntry])? {
        guard let file = record(node, as: S.processorsFile) else { return nil }
        names.declaresProcessors = true
        var invalid = structuralEntries(of: file)
        let processors = entries(file, "processors", as: S.processor, into: &invalid) { reader, record in reader.processor(record) }
        return (processors, invalid)
    }

    mutating func processor(_ record: Record) -> Processor? {
        let id = identifier(record, "id", declaringIn: \.processorIDs)
        let name = text(record, "name")
        let service = text(record, "service")
        let country = country(record, "country")
        let contact = nested(record, "contact", as: S.contact) { reader, record in reader.contact(record) }
        let contract = nested(record, "contract", as: S.contract) { reader, record in
            Processor.Contract(reference: reader.text(record, "reference"), signed: reader.date(record, "signed"),
                               link: reader.text(record, "link"), source: record.sourceMap)
        }
        let certified = bool(record, "dpf_certified")
        let subProcessors = list(record, "sub_processors").compactMap { text($0, key: "sub_processors", listItem: true) }
        guard let id, let name, let service, let country else { return nil }
        return Processor(id: id, name: name, service: service, country: country, contact: contact, contract: contract,
                         dpfCertified: certified, subProcessors: subProcessors, source: record.sourceMap)
    }

    // MARK: treatments/<id>.yaml

    /// The treatment as far as it could be read. Nil only when the file is not a group of keys
    /// at all. Every key, and every item of every list, is one entry: what fails is kept in
    /// `invalidEntries` and the rest loads; `fileID` stands in for an id that could not be read.
    mutating func treatmentFile(_ node: YAMLNode, fileID: String) -> Treatment? {
        guard let file = record(node, as: S.treatmentFile) else { return nil }
        var invalid = structuralEntries(of: file)
        func one<T>(_ key: String, _ read: (inout RecordReader) -> T?) -> T? { entry(file, key, into: &invalid, read) }
        func each<T>(_ key: String, as spec: RecordSpec, _ build: (inout RecordReader, Record) -> T?) -> [T] {
            entries(file, key, as: spec, into: &invalid, build)
        }
        /// `transfers` and `sensitive_data`: the word `none`, or a list.
        func noneOrEach<T>(_ key: String, as spec: RecordSpec, _ build: (inout RecordReader, Record) -> T?) -> [T] {
            entries(file, key, into: &invalid, items: { reader in reader.noneOrList(file, key) }) { reader, item in
                reader.record(item, as: spec).flatMap { build(&reader, $0) }
            }
        }

        let id = one("id") { reader in reader.identifier(file, "id", declaringIn: \.treatmentIDs) }
        let name = one("name") { reader in reader.text(file, "name") }
        let reference = one("reference") { reader in reader.text(file, "reference") }
        // A fiche's title is one line in every document (headings, the list, the contents).
        for (key, value) in [("name", name), ("reference", reference)] {
            guard let value, value.contains(where: \.isNewline), let node = file.node(key) else { continue }
            report(DiagnosticID.multilineTitle, severity: .warning,
                   "the treatment's \(key) spans several lines: documents print it on one line, the lines joined by ' / '",
                   at: node.location, help: "write the \(key) on one line (a plain value, or '>-' rather than '|')")
        }
        if let reference, let node = file.node("reference") {
            names.treatmentReferences.append(.init(value: reference, location: node.location))
        }
        let created = one("created") { reader in reader.date(file, "created") }
        let updated = one("updated") { reader in reader.date(file, "updated") }
        let role = one("role") { reader in reader.vocabulary(file, "role", TreatmentRole.self) } ?? .controller
        let jointControllers = each("joint_controllers", as: S.jointController) { reader, record in
            reader.contact(record).map {
                JointController(contact: $0, arrangement: reader.text(record, "arrangement"),
                                arrangementEssence: reader.text(record, "arrangement_essence"))
            }
        }
        let onBehalfOf = each("on_behalf_of", as: S.contact) { reader, record in reader.contact(record) }
        let purposes = each("purposes", as: S.purpose) { reader, record in reader.purpose(record, basisRequired: role != .processor) }
        let subjects = each("data_subjects", as: S.dataSubject) { reader, record in
            let age = reader.vocabulary(record, "age", AgeGroup.self)
            return reader.vocabulary(record, "category", DataSubjectCategory.self).map {
                DataSubject(category: $0, details: reader.text(record, "details"), age: age, source: record.sourceMap)
            }
        }
        let data = each("data", as: S.personalData) { reader, record in reader.personalData(record) }
        let sensitive = noneOrEach("sensitive_data", as: S.sensitiveData) { reader, record in reader.sensitiveData(record) }
        let sources = each("sources", as: S.dataSource) { reader, record in
            reader.vocabulary(record, "kind", SourceKind.self).map {
                DataSource(kind: $0, details: reader.text(record, "details"), source: record.sourceMap)
            }
        }
        let recipients = each("recipients", as: S.recipient) { reader, record in reader.recipient(record) }
        let transfers = noneOrEach("transfers", as: S.transfer) { reader, record in reader.transfer(record) }
        let security = each("security", as: S.securityMeasure) { reader, record in
            reader.vocabulary(record, "measure", SecurityMeasureKind.self).map {
                SecurityMeasure(kind: $0, details: reader.text(record, "details"), source: record.sourceMap)
            }
        }
        let dpia = one("dpia") { reader in reader.nested(file, "dpia", as: S.dpia) { reader, record in reader.dpia(record) } }
        let automated = one("automated_decisions") { reader in
            reader.nested(file, "automated_decisions", as: S.automatedDecisions) { reader, record in reader.automatedDecisions(record) }
        }
        let waivers = each("waivers", as: S.waiver) { reader, record -> Waiver? in
            let rule = reader.identifier(record, "rule")
            let reason = reader.text(record, "reason")
            guard let rule, let reason else { return nil }
            return Waiver(rule: rule, reason: reason, source: record.sourceMap)
        }
        let notes = one("notes") { reader in reader.text(file, "notes") }
        let description = one("description") { reader in reader.text(file, "description") }
        let software = one("software") { reader in reader.text(file, "software") }
        let department = one("department") { reader in reader.text(file, "department") }
        let category = one("category") { reader in reader.text(file, "category") }
        let rightsExercise = one("rights_exercise") { reader in reader.text(file, "rights_exercise") }

        if role == .processor, onBehalfOf.isEmpty, !file.has("on_behalf_of") {
            let diagnostic = report(DiagnosticID.missingKey, "a treatment carried out as processor must name the controllers it acts for",
                                    at: file.node("role")?.location ?? file.location,
                                    help: "add 'on_behalf_of:' with each controller's name and contact details", reference: "RGPD art. 30(2)(a)")
            invalid.append(InvalidEntry(key: "on_behalf_of", text: "", location: diagnostic.location, problems: [diagnostic]))
        }
        if role == .jointController, jointControllers.isEmpty, !file.has("joint_controllers") {
            let diagnostic = report(DiagnosticID.missingKey, "a jointly controlled treatment must name the other controllers",
                                    at: file.node("role")?.location ?? file.location,
                                    help: "add 'joint_controllers:' with each one's name and contact details", reference: "RGPD art. 30(1)(a)")
            invalid.append(InvalidEntry(key: "joint_controllers", text: "", location: diagnostic.location, problems: [diagnostic]))
        }
        if let created, let updated, updated < created, let node = file.node("updated") {
            report(DiagnosticID.dateOrder, "the fiche was updated on \(updated), before it was created on \(created)", at: node.location,
                   help: "'updated' is the date of the last change and cannot be before 'created'",
                   notes: [.init("created here", at: file.sourceMap["created"])])
        }
        return Treatment(
            id: id ?? fileID, name: name ?? "", reference: reference ?? "", created: created, updated: updated, role: role,
            description: description, software: software, department: department, category: category,
            rightsExercise: rightsExercise, jointControllers: jointControllers, onBehalfOf: onBehalfOf,
            purposes: purposes, dataSubjects: subjects, data: data, sensitiveData: sensitive, sources: sources,
            recipients: recipients, transfers: transfers, security: security, dpia: dpia, automatedDecisions: automated,
            waivers: waivers, notes: notes, invalidEntries: invalid, source: file.sourceMap)
    }

    /// `basisRequired`: false in a fiche kept as processor, whose purposes are categories of
    /// processing done for the controllers (Art. 30(2)(b)): their legal basis is the controllers'.
    mutating func purpose(_ record: Record, basisRequired: Bool = true) -> Purpose? {
        let name = text(record, "name")
        let basis = vocabulary(record, "legal_basis", LegalBasis.self)
        let kind = vocabulary(record, "kind", PurposeKind.self)
        if basisRequired, !record.has("legal_basis"), let key = S.purpose.key("legal_basis") {
            report(DiagnosticID.missingKey, "A purpose needs 'legal_basis' (\(key.label.fr))", at: record.location,
                   help: "add 'legal_basis:' — \(key.help.lowercasedFirst)", reference: key.article)
        }
        let consent = nested(record, "consent", as: S.consent) { reader, record in
            ConsentRecord(collection: reader.text(record, "collection"), withdrawal: reader.text(record, "withdrawal"),
                          onlineService: reader.bool(record, "online_service") ?? false,
                          parentalConsent: reader.text(record, "parental_consent"), source: record.sourceMap)
        }
        let interest = text(record, "legitimate_interest")
        let balancing = text(record, "balancing_test")
        let legalText = text(record, "legal_text")
        let prospection = nested(record, "prospection", as: S.prospection) { reader, record in reader.prospection(record) }
        guard let name, basis != nil || !basisRequired, !(record.has("legal_basis") && basis == nil), !(record.has("kind") && kind == nil) else { return nil }
        return Purpose(name: name, legalBasis: basis, kind: kind, legitimateInterest: interest, balancingTest: balancing,
                       consent: consent, legalText: legalText, prospection: prospection, source: record.sourceMap)
    }

    mutating func prospection(_ record: Record) -> Prospection? {
        let channels = list(record, "channels").compactMap { vocabulary($0, key: "channels", ProspectionChannel.self, listItem: true) }
        let audience = record.has("audience") ? vocabulary(record, "audience", ProspectionAudience.self) : .consumers
        let softOptIn = bool(record, "soft_opt_in") ?? false
        let bloctel = text(record, "bloctel")
        guard !channels.isEmpty, let audience else { return nil }
        return Prospection(channels: channels, audience: audience, softOptIn: softOptIn, bloctel: bloctel, source: record.sourceMap)
    }

    mutating func personalData(_ record: Record) -> PersonalData? {
        let category = vocabulary(record, "category", DataCategory.self)
        let details = text(record, "details")
        let retention = nested(record, "retention", as: S.retention) { reader, record in reader.retention(record) }
        let authorisedBy = text(record, "authorised_by")
        let country = country(record, "country")
        if category == .nationalID, !record.has("country") {
            report(DiagnosticID.missingKey, "a national identification number needs the country that issues it", at: record.sourceMap["category"],
                   help: "add 'country:', e.g. 'country: BE' (for the French NIR write 'category: nir')", reference: "RGPD art. 87")
            return nil
        }
        guard let category else { return nil }
        return PersonalData(category: category, details: details, retention: retention, authorisedBy: authorisedBy,
                            country: country, source: record.sourceMap)
    }

    mutating func sensitiveData(_ record: Record) -> SensitiveData? {
        let category = vocabulary(record, "category", SensitiveDataCategory.self)
        let details = text(record, "details")
        let condition = vocabulary(record, "condition", Article9Condition.self)
        let authority = text(record, "legal_authority")
        let retention = nested(record, "retention", as: S.retention) { reader, record in reader.retention(record) }
        guard let category else { return nil }
        return SensitiveData(category: category, details: details, condition: condition, legalAuthority: authority,
                             retention: retention, source: record.sourceMap)
    }

    /// Either `duration` + `from`, or `until`; then the end action and an optional archive phase.
    mutating func retention(_ record: Record) -> Retention? {
        let from = vocabulary(record, "from", RetentionStart.self)
        let until = vocabulary(record, "until", RetentionStart.self)
        let event = text(record, "event")
        let note = text(record, "note")
        let archive = nested(record, "archive", as: S.archive) { reader, record -> Retention.Archive? in
            let duration = record.node("duration").flatMap { node in reader.duration(node, key: "duration") }
            let from = reader.vocabulary(record, "from", RetentionStart.self)
            let final = reader.vocabulary(record, "then", RetentionEnd.self)
            if final == .archive, let node = record.node("then") {
                reader.report(DiagnosticID.conflictingKeys, "an intermediate archive cannot end in another intermediate archive", at: node.location,
                              help: "write what happens when the archive period ends: delete, anonymise, permanent_archive or selection")
                return nil
            }
            guard let duration, let from else { return nil }
            return Retention.Archive(duration: duration, from: from, purpose: reader.text(record, "purpose"), then: final,
                                     source: record.sourceMap)
        }
        var then = record.has("then") ? vocabulary(record, "then", RetentionEnd.self) : (record.has("archive") ? .archive : .delete)

        var period: Retention.Period?
        for key in ["duration", "until"] {
            if let node = record.node(key), node.isBlank {
                report(DiagnosticID.missingKey, "'\(key)' is blank", at: node.location,
                       help: key == "duration" ? "write a length such as '3 years', with 'from:'" : "write the event the data are kept until",
                       reference: "RGPD art. 30(1)(f)")
            }
        }
        switch (record.node("duration"), record.node("until")) {
        case (let durationNode?, nil):
            if let text = durationNode.scalarText, Retention.indefiniteSpellings.contains(text) {
                period = .indefinite
            } else if let duration = duration(durationNode, key: "duration") {
                if let from {
                    period = .fixed(duration, from: from)
                } else if !record.has("from") {
                    report(DiagnosticID.missingKey, "a retention duration needs the event it runs from", at: durationNode.location,
                           help: "add 'from:', e.g. 'from: last_contact' or 'from: end_of_relationship'", reference: "RGPD art. 30(1)(f)")
                }
            }
        case (nil, _?):
            if let until { period = .until(until) }
            if let node = record.node("from") {
                report(DiagnosticID.conflictingKeys, "'from' goes with 'duration', not with 'until'", at: node.location,
                       help: "remove 'from:' or replace 'until:' by 'duration:' and 'from:'")
            }
        case (let durationNode?, let untilNode?):
            report(DiagnosticID.conflictingKeys, "a retention has either 'duration' or 'until', not both", at: untilNode.location,
                   help: "keep 'duration' with 'from' for a fixed length, or 'until' for a period that ends with an event",
                   notes: [.init("duration written here", at: durationNode.location)])
        case (nil, nil):
            report(DiagnosticID.missingKey, "a retention needs a 'duration' (with 'from') or an 'until'", at: record.location,
                   help: "e.g. 'duration: 3 years' and 'from: last_contact'", reference: "RGPD art. 30(1)(f)")
        }
        if (from == .event || until == .event), event == nil {
            report(DiagnosticID.missingKey, "'event' must say in words which event the retention runs from or until",
                   at: record.location, help: "add 'event:', e.g. 'event: la fin de la garantie'")
        }
        if then == .archive, archive == nil, !record.has("archive") {
            report(DiagnosticID.missingKey, "'then: archive' needs the archive phase", at: record.sourceMap["then"],
                   help: "add 'archive:' with 'duration', 'from' and 'purpose'")
            then = nil
        }
        if let node = record.node("archive"), let chosen = then, chosen != .archive {
            report(DiagnosticID.conflictingKeys, "an archive phase is given but 'then' is '\(chosen.rawValue)'", at: node.location,
                   help: "write 'then: archive', or remove 'archive:'")
        }
        guard let period, let then else { return nil }
        return Retention(period: period, eventDetails: event, then: then, archive: archive,
                         archivesReference: text(record, "archives_reference"), archivingSafeguards: text(record, "archiving_safeguards"),
                         note: note, source: record.sourceMap)
    }

    /// A recipient named by one of its kinds (`processor: routage`), or a category of recipients
    /// given by its type only (`type: processor` with `details:`), as Art. 30(1)(d) allows.
    mutating func recipient(_ record: Record) -> Recipient? {
        let alternatives = RecipientKind.allCases.map(\.rawValue) + ["type"]
        let written = alternatives.filter { record.has($0) }
        guard written.count == 1, let key = written.first else {
            let all = alternatives.joined(separator: ", ")
            let message = written.isEmpty ? "a recipient needs one of: \(all)"
                : "a recipient names exactly one of \(all); this one has \(written.joined(separator: " and "))"
            report(written.isEmpty ? DiagnosticID.missingKey : DiagnosticID.conflictingKeys, message, at: record.location,
                   help: "write one recipient per '- ' entry, e.g. '- processor: emailing', or a category: '- type: processor' with 'details:'",
                   reference: "RGPD art. 30(1)(d)")
            return nil
        }
        let details = text(record, "details")
        let annex = text(record, "annex")
        guard let kind = RecipientKind(rawValue: key) else {
            // A category of recipients: its type, and words that say which.
            guard let kind = vocabulary(record, "type", RecipientKind.self) else {
                if record.node("type")?.isBlank == true {
                    report(DiagnosticID.missingKey, "the recipient's type is blank", at: record.sourceMap["type"],
                           help: "write the type of recipient after 'type:', e.g. 'type: processor'")
                }
                return nil
            }
            if details == nil, annex == nil {
                report(DiagnosticID.missingKey, "a category of recipients needs 'details' (or 'annex') to say which", at: record.sourceMap["type"],
                       help: "add 'details:', e.g. 'details: Prestataires de paiement', or 'annex:' naming where they are listed",
                       reference: "RGPD art. 30(1)(d)")
                return nil
            }
            return Recipient(kind: kind, name: nil, details: details, annex: annex, source: record.sourceMap)
        }
        let name = switch kind {
        case .service: reference(record, key, to: .service)
        case .processor: reference(record, key, to: .processor)
        default: text(record, key)
        }
        guard let name else {
            if record.node(key)?.isBlank == true {
                report(DiagnosticID.missingKey, "the \(key) recipient has no name", at: record.sourceMap[key],
                       help: "write who receives the data after '\(key):'")
            }
            return nil
        }
        return Recipient(kind: kind, name: name, details: details, annex: annex, source: record.sourceMap)
    }

    mutating func transfer(_ record: Record) -> Transfer? {
        let recipient = text(record, "recipient")
        let processor = reference(record, "processor", to: .processor)
        let country = country(record, "country")
        let safeguard = vocabulary(record, "safeguard", TransferSafeguard.self)
        let derogation = vocabulary(record, "derogation", Article49Derogation.self)
        let documentation = text(record, "documentation")
        let signed = date(record, "signed")
        let impactAssessment = text(record, "impact_assessment")
        let publicBody = bool(record, "public_body") ?? false
        if safeguard == .derogation, derogation == nil, !record.has("derogation") {
            report(DiagnosticID.missingKey, "a transfer on a derogation must say which Art. 49 case applies", at: record.sourceMap["safeguard"],
                   help: "add 'derogation:', e.g. 'derogation: explicit_consent'", reference: "RGPD art. 49(1)")
        }
        guard let recipient, let country, let safeguard else { return nil }
        return Transfer(recipient: recipient, processor: processor, country: country, safeguard: safeguard,
                        derogation: derogation, documentation: documentation, signed: signed,
                        impactAssessment: impactAssessment, publicBody: publicBody, source: record.sourceMap)
    }

    mutating func dpia(_ record: Record) -> DPIA? {
        let status = vocabulary(record, "status", DPIAStatus.self)
        let criteria = list(record, "criteria").compactMap { vocabulary($0, key: "criteria", DPIACriterion.self, listItem: true) }
        let cnilList = list(record, "cnil_list").compactMap { vocabulary($0, key: "cnil_list", CNILDPIAType.self, listItem: true) }
        let reference = text(record, "reference")
        let date = date(record, "date")
        let justification = text(record, "justification")
        guard let status else { return nil }
        return DPIA(status: status, criteria: criteria, cnilList: cnilList, reference: reference, date: date, justification: justification,
                    source: record.sourceMap)
    }

    mutating func automatedDecisions(_ record: Record) -> AutomatedDecisions? {
        let profiling = bool(record, "profiling")
        let automated = bool(record, "automated_decision")
        let legalEffect = bool(record, "legal_effect") ?? false
        guard let profiling, let automated else { return nil }
        return AutomatedDecisions(profiling: profiling, automatedDecision: automated, legalEffect: legalEffect,
                                  details: text(record, "details"), safeguards: text(record, "safeguards"), source: record.sourceMap)
    }
}
