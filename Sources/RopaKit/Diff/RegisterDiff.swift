/// What changed between two versions of a register, in words a reviewer reads in a pull request.
public struct RegisterDiff: Sendable, Hashable {
    /// A treatment present on both sides, and what changed in it.
    public struct TreatmentChange: Sendable, Hashable, Encodable {
        public var id: String
        public var name: String
        /// One sentence per change ("new recipient: processor *emailing*").
        public var changes: [String]
    }

    /// A treatment added or removed.
    public struct Entry: Sendable, Hashable, Encodable {
        public var id: String
        public var name: String
        public var reference: String
    }

    public var added: [Entry] = []
    public var removed: [Entry] = []
    /// A treatment whose id changed but whose reference stayed.
    public struct Rename: Sendable, Hashable, Encodable {
        public var from: String
        public var to: Entry
    }

    public var renamed: [Rename] = []
    public var changed: [TreatmentChange] = []
    /// Changes to the organisation, its services and processors.
    public var organisation: [String] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && renamed.isEmpty && changed.isEmpty && organisation.isEmpty }

    public init(old: Register, new: Register) {
        let oldByID = Dictionary(old.treatments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.treatments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var gone = old.treatments.filter { newByID[$0.id] == nil }
        for treatment in new.treatments {
            guard let before = oldByID[treatment.id] else {
                if let index = gone.firstIndex(where: { $0.reference == treatment.reference }) {
                    renamed.append(Rename(from: gone[index].id, to: Entry(treatment)))
                    let changes = TreatmentComparison(old: gone[index], new: treatment).changes
                    if !changes.isEmpty { changed.append(TreatmentChange(id: treatment.id, name: treatment.name, changes: changes)) }
                    gone.remove(at: index)
                } else {
                    added.append(Entry(treatment))
                }
                continue
            }
            let changes = TreatmentComparison(old: before, new: treatment).changes
            if !changes.isEmpty { changed.append(TreatmentChange(id: treatment.id, name: treatment.name, changes: changes)) }
        }
        removed = gone.map(Entry.init)
        organisation = OrganisationComparison(old: old, new: new).changes
    }
}

extension RegisterDiff.Entry {
    init(_ treatment: Treatment) {
        self.init(id: treatment.id, name: treatment.name, reference: treatment.reference)
    }
}

/// Field-by-field comparison of two versions of one treatment.
struct TreatmentComparison {
    let old: Treatment
    let new: Treatment

    var changes: [String] {
        var changes: [String] = []
        func field(_ label: String, _ before: String?, _ after: String?) {
            guard before != after else { return }
            changes.append("\(label): \(before.map(quoted) ?? "(none)") → \(after.map(quoted) ?? "(none)")")
        }
        field("name", old.name, new.name)
        field("reference", old.reference, new.reference)
        field("role", old.role.rawValue, new.role.rawValue)
        field("description", old.description, new.description)
        field("created", old.created?.description, new.created?.description)
        field("updated", old.updated?.description, new.updated?.description)

        let oldPurposes = Dictionary(old.purposes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newPurposes = Dictionary(new.purposes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for purpose in new.purposes {
            if let before = oldPurposes[purpose.name] {
                if before.legalBasis != purpose.legalBasis {
                    changes.append("legal basis of purpose *\(purpose.name)*: \(before.legalBasis?.rawValue ?? "none") → \(purpose.legalBasis?.rawValue ?? "none")")
                }
            } else {
                changes.append("new purpose: *\(purpose.name)*\(purpose.legalBasis.map { " (\($0.rawValue))" } ?? "")")
            }
        }
        for purpose in old.purposes where newPurposes[purpose.name] == nil {
            changes.append("purpose removed: *\(purpose.name)*")
        }

        changes += setChanges("data subjects", old.dataSubjects.map(\.category.rawValue), new.dataSubjects.map(\.category.rawValue))
        changes += dataChanges()
        changes += setChanges("sensitive data", old.sensitiveData.map(\.category.rawValue), new.sensitiveData.map(\.category.rawValue))
        changes += setChanges("source", old.sources.map(\.kind.rawValue), new.sources.map(\.kind.rawValue))
        changes += setChanges("recipient", old.recipients.map(\.summary), new.recipients.map(\.summary))
        changes += setChanges("transfer", old.transfers.map(\.summary), new.transfers.map(\.summary))
        changes += setChanges("security measure", old.security.map(\.kind.rawValue), new.security.map(\.kind.rawValue))
        field("DPIA", old.dpia.map(\.status.rawValue), new.dpia.map(\.status.rawValue))
        field("profiling", old.automatedDecisions.map { String($0.profiling) }, new.automatedDecisions.map { String($0.profiling) })
        field("automated decision", old.automatedDecisions.map { String($0.automatedDecision) },
              new.automatedDecisions.map { String($0.automatedDecision) })
        changes += setChanges("waiver", old.waivers.map(\.rule), new.waivers.map(\.rule))
        return changes
    }

    /// Data categories are matched by category; retention changes are spelled out.
    private func dataChanges() -> [String] {
        var changes: [String] = []
        let before = Dictionary(grouping: old.data, by: \.category)
        let after = Dictionary(grouping: new.data, by: \.category)
        for category in DataCategory.allCases {
            let oldItems = before[category] ?? [], newItems = after[category] ?? []
            for (index, item) in newItems.enumerated() {
                guard index < oldItems.count else {
                    changes.append("new data category: *\(category.rawValue)*\(item.details.map { " (\($0))" } ?? "")")
                    continue
                }
                let previous = oldItems[index]
                let oldRetention = previous.retention?.summary ?? "(none)"
                let newRetention = item.retention?.summary ?? "(none)"
                if oldRetention != newRetention {
                    changes.append("retention of *\(new.id) / \(category.rawValue)*: \(oldRetention) → \(newRetention)")
                }
                if previous.details != item.details {
                    changes.append("details of data category *\(category.rawValue)*: \(previous.details.map(quoted) ?? "(none)") → \(item.details.map(quoted) ?? "(none)")")
                }
            }
            if oldItems.count > newItems.count {
                changes.append("data category removed: *\(category.rawValue)*")
            }
        }
        return changes
    }
}

/// Changes to what the organisation file and processors file say.
struct OrganisationComparison {
    let old: Register
    let new: Register

    var changes: [String] {
        var changes: [String] = []
        let a = old.organisation, b = new.organisation
        if a.controller.name != b.controller.name { changes.append("controller: \(quoted(a.controller.name)) → \(quoted(b.controller.name))") }
        if a.controller.email != b.controller.email || a.controller.phone != b.controller.phone || a.controller.address != b.controller.address {
            changes.append("the controller's contact details changed")
        }
        if a.dataProtectionContact?.contact.name != b.dataProtectionContact?.contact.name
            || a.dataProtectionContact?.contact.email != b.dataProtectionContact?.contact.email {
            changes.append("data-protection contact: \(a.dataProtectionContact.map { quoted($0.contact.name) } ?? "(none)") → \(b.dataProtectionContact.map { quoted($0.contact.name) } ?? "(none)")")
        }
        changes += setChanges("service", a.services.map(\.id), b.services.map(\.id))
        changes += setChanges("processor", old.processors.map(\.id), new.processors.map(\.id))
        for processor in new.processors {
            guard let before = old.processor(id: processor.id) else { continue }
            if before.country != processor.country {
                changes.append("country of processor *\(processor.id)*: \(before.country) → \(processor.country)")
            }
            if before.contract?.reference != processor.contract?.reference || before.contract?.signed != processor.contract?.signed {
                changes.append("Art. 28 contract of processor *\(processor.id)* changed")
            }
        }
        return changes
    }
}

/// "new recipient: processor *emailing*" / "recipient removed: …", in a stable order.
private func setChanges(_ what: String, _ before: [String], _ after: [String]) -> [String] {
    let oldSet = Set(before), newSet = Set(after)
    return after.filter { !oldSet.contains($0) }.uniqued().map { "new \(what): *\($0)*" }
        + before.filter { !newSet.contains($0) }.uniqued().map { "\(what) removed: *\($0)*" }
}

private func quoted(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "“\(flat.count > 80 ? flat.prefix(79) + "…" : flat)”"
}


extension Recipient {
    var summary: String { name.map { "\(kind.rawValue) \($0)" } ?? "\(kind.rawValue) (\(details ?? annex ?? "category"))" }
}

extension Transfer {
    var summary: String { "\(recipient) (\(country), \(safeguard.rawValue))" }
}

extension Retention {
    /// A short English description for change summaries: "3 years from the last contact".
    var summary: String {
        var text: String
        switch period {
        case .fixed(let duration, let from): text = "\(duration) from \(from.label.en)"
        case .until(let event): text = "until \(event.label.en)"
        case .indefinite: text = "indefinitely"
        }
        if let archive { text += ", then archived \(archive.duration) from \(archive.from.label.en)" }
        else if then != .delete { text += ", then \(then.label.en)" }
        return text
    }
}
