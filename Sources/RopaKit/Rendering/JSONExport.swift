import Foundation

/// The register as JSON, in the structure documented in docs/json-export.md (`format_version` 1).
///
/// Every key is always present (null when the register says nothing), vocabulary values are
/// given as their YAML code with a `_label` in the document's language, dates are ISO 8601 and
/// keys are sorted: the same register gives the same bytes.
struct JSONExport {
    /// 2: `invalid_entries` and `undetermined` added; `has_sensitive_data` may be null.
    static let formatVersion = 2

    let register: Register
    let treatments: [Treatment]
    let options: RenderOptions

    private var language: Language { options.language }

    func render() -> String {
        let wording = Wording(language)
        let all = treatments.count == register.treatments.count
        let usedProcessors = Set(treatments.flatMap(register.processorIDs(of:)))
        let document: JSONValue = .object([
            "format_version": .number(Self.formatVersion),
            "document": .object([
                "title": .string(wording[.documentTitle]),
                "language": .string(language.rawValue),
                "edition_date": .string(options.date.description),
                "register_version": .string(options.version),
                "draft": .bool(options.draft),
                "public": .bool(options.publicVersion),
                "extract": .bool(!all),
                "treatment_ids": .array(treatments.map { .string($0.id) }),
            ]),
            "organisation": organisation(register.organisation),
            "processors": .array(register.processors.filter { all || usedProcessors.contains($0.id) }.map(processor)),
            "processors_invalid_entries": invalidEntries(register.invalidEntries),
            "treatments": .array(treatments.map(treatment)),
        ])
        return Self.encode(document)
    }

    /// Pretty-printed with sorted keys and a final line feed: the same value gives the same bytes.
    static func encode(_ document: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding a tree of strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return JSONText.escapingInvisible(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    private func date(_ value: ISODate?) -> JSONValue { value.map { .string($0.description) } ?? .null }

    /// `key` with its code and `key_label`, for a vocabulary value.
    private func code<V: Vocabulary>(_ key: String, _ value: V?) -> [String: JSONValue] {
        [key: value.map { .string($0.rawValue) } ?? .null, key + "_label": value.map { .string($0.label[language]) } ?? .null]
    }

    private func country(_ key: String, _ code: String?) -> [String: JSONValue] {
        [key: text(code), key + "_name": code.map { .string(Countries.names[$0]?[language] ?? $0) } ?? .null]
    }

    private func contact(_ contact: Contact?) -> JSONValue {
        guard let contact else { return .null }
        let address: JSONValue = contact.address.map { address in
            .object(["street": text(address.street), "postal_code": text(address.postalCode), "city": text(address.city)]
                .merging(country("country", address.country)) { a, _ in a })
        } ?? .null
        return .object(["name": .string(contact.name), "company": text(contact.company), "address": address,
                        "email": text(contact.email), "phone": text(contact.phone)])
    }

    private func organisation(_ organisation: Organisation) -> JSONValue {
        let dpc: JSONValue = organisation.dataProtectionContact.map { dpc in
            .object(code("role", dpc.role).merging(["contact": contact(dpc.contact)]) { a, _ in a })
        } ?? .null
        return .object([
            "controller": contact(organisation.controller),
            "head": text(organisation.head),
            "registration": text(organisation.registration),
            "website": text(organisation.website),
            "public_body": .bool(organisation.isPublicBody),
            "jurisdiction": text(organisation.jurisdiction),
            "representative": contact(organisation.representative),
            "data_protection_contact": dpc,
            "services": .array(organisation.services.map { service in
                .object(["id": .string(service.id), "name": .string(service.name), "description": text(service.description)])
            }),
            "invalid_entries": invalidEntries(organisation.invalidEntries),
            "undetermined": undetermined(organisation.invalidEntries),
        ])
    }

    /// What could not be loaded, with the file's lines and the errors: a program reading the
    /// export must not take a list that lost an entry for the whole list.
    func invalidEntries(_ entries: [InvalidEntry]) -> JSONValue {
        .array(entries.map { entry in
            .object([
                "key": entry.key == InvalidEntry.wholeFile ? .null : .string(entry.key),
                "whole_file": .bool(entry.key == InvalidEntry.wholeFile),
                "file": .string(entry.location.file), "line": .number(entry.location.line), "column": .number(entry.location.column),
                "text": .string(entry.text),
                "problems": .array(entry.problems.map { problem in
                    .object(["id": .string(problem.id), "message": .string(problem.message),
                             "line": .number(problem.location.line), "column": .number(problem.location.column)])
                }),
            ])
        })
    }

    /// The keys whose content is not fully known because something in them failed to load
    /// (`["*"]` when the whole file did): their lists may be missing entries.
    private func undetermined(_ entries: [InvalidEntry]) -> JSONValue {
        var keys: [String] = []
        for entry in entries where !keys.contains(entry.key) { keys.append(entry.key) }
        return .array(keys.map { .string($0 == InvalidEntry.wholeFile ? "*" : $0) })
    }

    private func processor(_ processor: Processor) -> JSONValue {
        let contract: JSONValue = processor.contract.map { contract in
            .object(["reference": text(contract.reference), "signed": date(contract.signed), "link": text(contract.link)])
        } ?? .null
        return .object([
            "id": .string(processor.id), "name": .string(processor.name), "service": .string(processor.service),
            "contact": contact(processor.contact), "contract": contract,
            "dpf_certified": processor.dpfCertified.map(JSONValue.bool) ?? .null,
            "sub_processors": .array(processor.subProcessors.map(JSONValue.string)),
        ].merging(country("country", processor.country)) { a, _ in a })
    }

    private func duration(_ duration: Duration) -> JSONValue {
        .object(["amount": .number(duration.amount), "unit": .string(duration.unit.rawValue)])
    }

    func retention(_ retention: Retention?) -> JSONValue {
        guard let retention else { return .null }
        var fields: [String: JSONValue] = ["duration": .null, "from": .null, "until": .null]
        switch retention.period {
        case .fixed(let length, let start):
            fields["period"] = .string("fixed")
            fields["duration"] = duration(length)
            fields["from"] = .string(start.rawValue)
        case .until(let end):
            fields["period"] = .string("until")
            fields["until"] = .string(end.rawValue)
        case .indefinite:
            fields["period"] = .string("indefinite")
        }
        fields["event"] = text(retention.eventDetails)
        fields["then"] = .string(retention.then.rawValue)
        fields["archive"] = retention.archive.map { archive in
            .object(["duration": duration(archive.duration), "from": .string(archive.from.rawValue), "purpose": text(archive.purpose),
                     "then": .string((archive.then ?? .delete).rawValue)])
        } ?? .null
        fields["final_disposition"] = .string(retention.finalDisposition.rawValue)
        fields["archives_reference"] = text(retention.archivesReference)
        fields["archiving_safeguards"] = text(retention.archivingSafeguards)
        fields["note"] = text(retention.note)
        fields["summary"] = .string(RetentionWords.summary(retention, in: language))
        return .object(fields)
    }

    func treatment(_ treatment: Treatment) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(treatment.id), "name": .string(treatment.name), "reference": .string(treatment.reference),
            "created": date(treatment.created), "updated": date(treatment.updated),
            "description": text(treatment.description), "software": text(treatment.software), "notes": text(treatment.notes),
            // Null when not known: a sensitive-data or data entry failed to load, or the file says nothing.
            "has_sensitive_data": treatment.hasSensitiveData ? .bool(true)
                : treatment.invalidEntries.affect("sensitive_data") || !treatment.source.has("sensitive_data") ? .null : .bool(false),
            "invalid_entries": invalidEntries(treatment.invalidEntries),
            "undetermined": undetermined(treatment.invalidEntries),
        ]
        fields.merge(code("role", treatment.role)) { a, _ in a }
        fields["joint_controllers"] = .array(treatment.jointControllers.map { joint in
            .object(["contact": contact(joint.contact), "arrangement": text(joint.arrangement),
                     "arrangement_essence": text(joint.arrangementEssence)])
        })
        fields["on_behalf_of"] = .array(treatment.onBehalfOf.map(contact))
        fields["purposes"] = .array(treatment.purposes.map { purpose in
            .object([
                "name": .string(purpose.name),
                "legal_basis_article": purpose.legalBasis.map { .string($0.article[language]) } ?? .null,
                "legitimate_interest": text(purpose.legitimateInterest), "balancing_test": text(purpose.balancingTest),
                "consent": purpose.consent.map {
                    .object(["collection": text($0.collection), "withdrawal": text($0.withdrawal),
                             "online_service": .bool($0.onlineService), "parental_consent": text($0.parentalConsent)])
                } ?? .null,
                "legal_text": text(purpose.legalText),
                "prospection": purpose.prospection.map { prospection in
                    .object([
                        "channels": .array(prospection.channels.map { .string($0.rawValue) }),
                        "channel_labels": .array(prospection.channels.map { .string($0.label[language]) }),
                        "soft_opt_in": .bool(prospection.softOptIn), "bloctel": text(prospection.bloctel),
                    ].merging(code("audience", prospection.audience)) { a, _ in a })
                } ?? .null,
            ].merging(code("legal_basis", purpose.legalBasis)) { a, _ in a }.merging(code("kind", purpose.kind)) { a, _ in a })
        })
        fields["data_subjects"] = .array(treatment.dataSubjects.map { subject in
            .object(["details": text(subject.details)].merging(code("category", subject.category)) { a, _ in a }
                .merging(code("age", subject.age)) { a, _ in a })
        })
        fields["data"] = .array(treatment.data.map { data in
            .object(["details": text(data.details), "retention": retention(data.retention), "authorised_by": text(data.authorisedBy)]
                .merging(code("category", data.category)) { a, _ in a })
        })
        fields["sensitive_data"] = .array(treatment.sensitiveData.map { data in
            .object([
                "details": text(data.details), "retention": retention(data.retention), "legal_authority": text(data.legalAuthority),
                "condition_article": data.condition.map { .string($0.article[language]) } ?? .null,
            ].merging(code("category", data.category)) { a, _ in a }.merging(code("condition", data.condition)) { a, _ in a })
        })
        fields["sources"] = .array(treatment.sources.map { source in
            .object(["details": text(source.details)].merging(code("kind", source.kind)) { a, _ in a })
        })
        fields["recipients"] = .array(treatment.recipients.map { recipient in
            let reference: JSONValue = recipient.kind == .service || recipient.kind == .processor ? text(recipient.name) : .null
            return .object(["id": reference, "name": recipient.name == nil ? .null : .string(register.displayName(of: recipient, in: language)),
                            "details": text(recipient.details), "annex": text(recipient.annex)]
                .merging(code("kind", recipient.kind)) { a, _ in a })
        })
        fields["transfers"] = .array(treatment.transfers.map { transfer in
            .object([
                "recipient": .string(transfer.recipient), "processor": text(transfer.processor),
                "safeguard_article": .string(transfer.safeguardReference(in: register, language: language)),
                "signed": date(transfer.signed),
                "documentation": text(transfer.documentation),
                "impact_assessment": text(transfer.impactAssessment), "public_body": .bool(transfer.publicBody),
            ].merging(country("country", transfer.country)) { a, _ in a }
             .merging(code("safeguard", transfer.safeguard)) { a, _ in a }
             .merging(code("derogation", transfer.derogation)) { a, _ in a })
        })
        fields["security"] = .array(treatment.security.map { measure in
            .object(["details": text(measure.details)].merging(code("measure", measure.kind)) { a, _ in a })
        })
        fields["dpia"] = treatment.dpia.map { dpia in
            .object([
                "criteria": .array(dpia.criteria.map { .string($0.rawValue) }),
                "criteria_labels": .array(dpia.criteria.map { .string($0.label[language]) }),
                "cnil_list": .array(dpia.cnilList.map { .string($0.rawValue) }),
                "cnil_list_labels": .array(dpia.cnilList.map { .string($0.label[language]) }),
                "reference": text(dpia.reference), "date": date(dpia.date), "justification": text(dpia.justification),
            ].merging(code("status", dpia.status)) { a, _ in a })
        } ?? .null
        fields["automated_decisions"] = treatment.automatedDecisions.map { decisions in
            .object(["profiling": .bool(decisions.profiling), "automated_decision": .bool(decisions.automatedDecision),
                     "legal_effect": .bool(decisions.legalEffect), "details": text(decisions.details),
                     "safeguards": text(decisions.safeguards)])
        } ?? .null
        fields["waivers"] = .array(treatment.waivers.map { .object(["rule": .string($0.rule), "reason": .string($0.reason)]) })
        return .object(fields)
    }
}

/// A JSON tree, so that absent values are written as `null` rather than left out.
enum JSONValue: Encodable, Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let fields):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try container.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}
