/// What register files declare and refer to, gathered while reading them, even from entries that
/// are incomplete: a treatment with a bad date still has its references checked, and a processor
/// with a bad country still counts as defined, so one mistake does not hide or invent others.
struct CrossReferences: Sendable {
    struct Name: Sendable {
        var value: String
        var location: SourceLocation
    }

    enum Kind: Sendable { case service, processor }

    struct Reference: Sendable {
        var kind: Kind
        var name: Name
    }

    var serviceIDs: [Name] = []
    var processorIDs: [Name] = []
    var treatmentIDs: [Name] = []
    var treatmentReferences: [Name] = []
    var references: [Reference] = []
    /// The organisation file's top level was read, so `serviceIDs` is the complete list.
    var declaresServices = false
    /// The processors file's top level was read, so `processorIDs` is the complete list.
    var declaresProcessors = false

    mutating func merge(_ other: CrossReferences) {
        serviceIDs += other.serviceIDs
        processorIDs += other.processorIDs
        treatmentIDs += other.treatmentIDs
        treatmentReferences += other.treatmentReferences
        references += other.references
        declaresServices = declaresServices || other.declaresServices
        declaresProcessors = declaresProcessors || other.declaresProcessors
    }
}

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

    /// - Parameters:
    ///   - servicesKnown: false when organisation.yaml exists but could not be read: references
    ///     to services are then not checked, rather than all reported as undefined.
    ///   - processorsKnown: the same for processors.yaml.
    mutating func run(_ names: CrossReferences, servicesKnown: Bool, processorsKnown: Bool) {
        unique(names.serviceIDs, what: "service id")
        unique(names.processorIDs, what: "processor id")
        unique(names.treatmentIDs, what: "treatment id")
        unique(names.treatmentReferences, what: "treatment reference", id: DiagnosticID.duplicateReference)
        names.treatmentIDs.forEach { checkFileName($0) }

        let services = IDs(names.serviceIDs.map(\.value))
        let processors = IDs(names.processorIDs.map(\.value))
        for reference in names.references {
            switch reference.kind {
            case .service where servicesKnown:
                resolve(reference.name, in: services, what: "service", definedIn: RegisterLoader.organisationFile, key: "services")
            case .processor where processorsKnown:
                resolve(reference.name, in: processors, what: "processor", definedIn: RegisterLoader.processorsFile, key: "processors")
            default:
                break
            }
        }
    }

    /// Values equal under `TextHygiene.skeleton` are the same: `T-50` and `Т-50` (Cyrillic Т)
    /// print alike, so a reader of the register could not tell which treatment is meant.
    private mutating func unique(_ values: [CrossReferences.Name], what: String, id: String = DiagnosticID.duplicateID) {
        var first: [String: CrossReferences.Name] = [:]
        for name in values.sorted(by: { $0.location < $1.location }) {
            let key = Self.skeleton(name.value)
            guard let earlier = first[key] else {
                first[key] = name
                continue
            }
            if earlier.value == name.value {
                add(Diagnostic(
                    id: id, message: "the \(what) '\(name.value)' is used twice", at: name.location,
                    notes: [.init("first used here", at: earlier.location)],
                    help: "each \(what) must be unique: change one of them"))
            } else {
                add(Diagnostic(
                    id: id,
                    message: "the \(what) '\(TextHygiene.visible(name.value))' only looks like '\(TextHygiene.visible(earlier.value))', used already: \(Self.difference(name.value, earlier.value))",
                    at: name.location, notes: [.init("'\(TextHygiene.visible(earlier.value))' is used here", at: earlier.location)],
                    help: "each \(what) must be unique, and two that a reader cannot tell apart are the same: write both with plain letters and '-', or change one of them"))
            }
        }
    }

    /// Nearly every reference is ASCII, whose skeleton is its lowercase form.
    private static func skeleton(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : TextHygiene.skeleton(text)
    }

    /// "here <U+0422> CYRILLIC CAPITAL LETTER TE, there <U+0054> LATIN CAPITAL LETTER T": the
    /// characters between the common start and the common end, each by code point and name.
    static func difference(_ here: String, _ there: String) -> String {
        let a = Array(here.unicodeScalars), b = Array(there.unicodeScalars)
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var end = 0
        while end < min(a.count, b.count) - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        func describe(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            guard !scalars.isEmpty else { return "nothing" }
            let shown = scalars.prefix(4).map { scalar in
                TextHygiene.codePoint(scalar) + (scalar.properties.name.map { " " + $0 } ?? "")
            }
            return shown.joined(separator: " ") + (scalars.count > 4 ? " …" : "")
        }
        return "here \(describe(a[start..<(a.count - end)])), there \(describe(b[start..<(b.count - end)]))"
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

    private mutating func resolve(_ name: CrossReferences.Name, in known: IDs, what: String,
                                  definedIn file: String, key: String) {
        guard !known.set.contains(name.value) else { return }
        let hint = Suggestion.closest(to: name.value, in: known.list).map { "did you mean '\($0)'? Otherwise " } ?? ""
        add(Diagnostic(
            id: DiagnosticID.undefinedReference, message: "no \(what) has the id '\(name.value)'", at: name.location,
            help: "\(hint)define it under '\(key):' in \(file)"))
    }

    /// A treatment's id is its file name, so that links, diffs and `--treatment` agree.
    private mutating func checkFileName(_ id: CrossReferences.Name) {
        let path = id.location.file
        let fileName = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        let stem = RegisterLoader.yamlStem(of: fileName) ?? fileName
        guard stem != id.value else { return }
        add(Diagnostic(
            id: DiagnosticID.fileNameMismatch, message: "the treatment id '\(id.value)' differs from its file name '\(fileName)'",
            at: id.location, help: "rename the file to '\(id.value).yaml', or change the id to '\(stem)'"))
    }
}
