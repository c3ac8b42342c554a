/// Checks that need more than one entry or more than one file: unique ids and references,
/// ids that match file names, and references to services and processors that exist.
struct ReferenceChecks {
    var diagnostics: [Diagnostic] = []
    /// The most diagnostics kept; past it they are only counted in `omitted`.
    var limit = Int.max
    private(set) var omitted = 0

    private mutating func add(_ diagnostic: Diagnostic) {
        guard diagnostics.count < limit else {
            omitted += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    mutating func run(organisation: Organisation?, processors: [Processor], treatments: [(treatment: Treatment, path: String)]) {
        let services = organisation?.services ?? []
        unique(services.map { ($0.id, $0.source["id"]) }, what: "service id")
        unique(processors.map { ($0.id, $0.source["id"]) }, what: "processor id")
        unique(treatments.map { ($0.treatment.id, $0.treatment.source["id"]) }, what: "treatment id")
        unique(treatments.map { ($0.treatment.reference, $0.treatment.source["reference"]) }, what: "treatment reference",
               id: DiagnosticID.duplicateReference)

        let serviceIDs = IDs(services.map(\.id))
        let processorIDs = IDs(processors.map(\.id))
        for (treatment, path) in treatments {
            checkFileName(treatment, path: path)
            for recipient in treatment.recipients {
                switch recipient.kind {
                case .service:
                    resolve(recipient.name, in: serviceIDs, at: recipient.source["service"], what: "service",
                            definedIn: RegisterLoader.organisationFile, key: "services")
                case .processor:
                    resolve(recipient.name, in: processorIDs, at: recipient.source["processor"], what: "processor",
                            definedIn: RegisterLoader.processorsFile, key: "processors")
                default:
                    break
                }
            }
            for transfer in treatment.transfers {
                if let processor = transfer.processor {
                    resolve(processor, in: processorIDs, at: transfer.source["processor"], what: "processor",
                            definedIn: RegisterLoader.processorsFile, key: "processors")
                }
            }
        }
    }

    /// The ids defined in a file: a set to look names up, the list in order for suggestions.
    private struct IDs {
        let list: [String]
        let set: Set<String>

        init(_ list: [String]) {
            self.list = list
            set = Set(list)
        }
    }

    private mutating func unique(_ values: [(String, SourceLocation)], what: String, id: String = DiagnosticID.duplicateID) {
        var first: [String: SourceLocation] = [:]
        for (value, location) in values.sorted(by: { $0.1 < $1.1 }) {
            if let earlier = first[value] {
                add(Diagnostic(
                    id: id, message: "the \(what) '\(value)' is used twice", at: location,
                    notes: [.init("first used here", at: earlier)],
                    help: "each \(what) must be unique: change one of them"))
            } else {
                first[value] = location
            }
        }
    }

    private mutating func resolve(_ name: String, in known: IDs, at location: SourceLocation, what: String,
                                  definedIn file: String, key: String) {
        guard !known.set.contains(name) else { return }
        let hint = Suggestion.closest(to: name, in: known.list).map { "did you mean '\($0)'? Otherwise " } ?? ""
        add(Diagnostic(
            id: DiagnosticID.undefinedReference, message: "no \(what) has the id '\(name)'", at: location,
            help: "\(hint)define it under '\(key):' in \(file)"))
    }

    /// A treatment's id is its file name, so that links, diffs and `--treatment` agree.
    private mutating func checkFileName(_ treatment: Treatment, path: String) {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName.hasSuffix(".yml") ? String(fileName.dropLast(4)) : fileName
        guard stem != treatment.id else { return }
        add(Diagnostic(
            id: DiagnosticID.fileNameMismatch, message: "the treatment id '\(treatment.id)' differs from its file name '\(fileName)'",
            at: treatment.source["id"], help: "rename the file to '\(treatment.id).yaml', or change the id to '\(stem)'"))
    }
}
