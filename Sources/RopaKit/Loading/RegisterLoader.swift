import Foundation

/// What loading a register directory gives: the model (when the organisation file could be
/// read), every problem found, and the text of each file for reporters that quote lines.
public struct LoadedRegister: Sendable {
    public var register: Register?
    public var diagnostics: [Diagnostic]
    /// File path → its text, for printing the offending line under a diagnostic.
    public var sources: [String: String]
    /// How many register files were read.
    public var fileCount: Int
}

/// Reads a register directory: `organisation.yaml`, optional `processors.yaml`, and one file per
/// treatment under `treatments/`. Files are parsed in parallel; all problems come out in one run.
public struct RegisterLoader: Sendable {
    public static let organisationFile = "organisation.yaml"
    public static let processorsFile = "processors.yaml"
    public static let treatmentsDirectory = "treatments"

    public var limits: LoadLimits

    public init(limits: LoadLimits = .default) {
        self.limits = limits
    }

    /// Loads the register at `directory`, a path as the user wrote it (diagnostics use it as prefix).
    public func load(directory: String) -> LoadedRegister {
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        switch FileSystem.kind(of: root) {
        case .success(.directory):
            break
        case .success:
            return .failure(Diagnostic(id: DiagnosticID.registerNotFound, message: "'\(root)' is not a directory",
                                       at: .start(of: root), help: "give the register's directory, the one that holds organisation.yaml"))
        case .failure(let failure):
            let reason = failure == .missing ? "does not exist" : failure == .loop ? "is a symbolic link loop" : "cannot be opened"
            return .failure(Diagnostic(id: DiagnosticID.registerNotFound, message: "the register directory '\(root)' \(reason)",
                                       at: .start(of: root), help: "run from the directory that contains it, or give its path: ropa validate path/to/register"))
        }

        var diagnostics: [Diagnostic] = []
        let organisationPath = join(root, Self.organisationFile)
        let processorsPath = join(root, Self.processorsFile)
        let treatmentPaths = findTreatmentFiles(root: root, diagnostics: &diagnostics)
        checkRootFiles(root: root, diagnostics: &diagnostics)

        var jobs = [ParseJob(path: organisationPath, kind: .organisation)]
        if case .success = FileSystem.kind(of: processorsPath) {
            jobs.append(ParseJob(path: processorsPath, kind: .processors))
        }
        jobs += treatmentPaths.map { ParseJob(path: $0, kind: .treatment) }

        let limits = self.limits
        let parsed = jobs.parallelMap { job in job.run(limits: limits) }

        var organisation: Organisation?
        var processors: [Processor] = []
        var treatments: [Treatment] = []
        var sources: [String: String] = [:]
        var names = CrossReferences()
        for file in parsed {
            diagnostics += file.diagnostics
            if let text = file.text { sources[file.path] = text }
            names.merge(file.names)
            switch file.content {
            case .organisation(let value): organisation = value
            case .processors(let value): processors = value
            case .treatment(let value): treatments.append(value)
            case nil: break
            }
        }
        let organisationMissing: Bool
        if case .failure(.missing) = FileSystem.kind(of: organisationPath) { organisationMissing = true } else { organisationMissing = false }
        if organisationMissing {
            diagnostics.removeAll { $0.location.file == organisationPath && $0.id == DiagnosticID.fileUnreadable }
            diagnostics.append(Diagnostic(
                id: DiagnosticID.missingOrganisation,
                message: "the register has no \(Self.organisationFile): the controller's identity and contact details are missing",
                at: .start(of: root), help: "create \(organisationPath) with the 'organisation:' key (see docs/format.md, or run 'ropa init')",
                reference: "RGPD art. 30(1)(a)"))
        }
        if treatmentPaths.isEmpty {
            diagnostics.append(Diagnostic(
                id: DiagnosticID.noTreatments, message: "the register lists no treatment",
                at: .start(of: join(root, Self.treatmentsDirectory)),
                help: "add one YAML file per processing activity under \(join(root, Self.treatmentsDirectory))/",
                reference: "RGPD art. 30(1)"))
        }

        var checks = ReferenceChecks()
        checks.run(names, servicesKnown: organisationMissing || names.declaresServices,
                   processorsKnown: !jobs.contains { $0.kind == .processors } || names.declaresProcessors)
        diagnostics += checks.diagnostics

        let register = organisation.map { organisation in
            Register(organisation: organisation, processors: processors,
                     treatments: treatments.sorted(by: Treatment.registerOrder))
        }
        return LoadedRegister(register: register, diagnostics: diagnostics.sortedByLocation(), sources: sources,
                              fileCount: jobs.count)
    }

    /// `treatments/**/*.yaml`, sorted; subdirectories may group treatments.
    private func findTreatmentFiles(root: String, diagnostics: inout [Diagnostic]) -> [String] {
        let directory = join(root, Self.treatmentsDirectory)
        guard case .success(.directory) = FileSystem.kind(of: directory) else { return [] }
        var found: [String] = []
        var pending = [(path: directory, depth: 0)]
        // A link to a directory of the treatments tree, or to one that holds it, is not followed:
        // it would read the same files twice, or forever (a cycle). Links that lead elsewhere are
        // followed once each, by canonical path.
        let tree = FileSystem.canonicalPath(directory) ?? directory
        var visited: Set<String> = [tree]
        func isLoop(_ path: String) -> Bool {
            guard FileSystem.isSymbolicLink(path) else { return false }
            guard let target = FileSystem.canonicalPath(path) else { return true }
            let holdsTree = target == "/" || tree.hasPrefix(target + "/")
            return target.hasPrefix(tree + "/") || holdsTree || !visited.insert(target).inserted
        }
        while let (path, depth) = pending.popLast() {
            guard case .success(let names) = FileSystem.entries(of: path) else {
                diagnostics.append(Diagnostic(id: DiagnosticID.fileUnreadable, message: "the directory '\(path)' cannot be read",
                                              at: .start(of: path), help: "check its permissions"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let child = join(path, name)
                switch FileSystem.kind(of: child) {
                case .success(.directory):
                    if isLoop(child) {
                        diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop,
                                                      message: "'\(child)' is a symbolic link back into the treatments' folders, or to a folder already read; it is not followed",
                                                      at: .start(of: child), help: "remove the link: a link back into the register would read the same treatments twice, or forever"))
                        continue
                    }
                    if depth < 8 {
                        pending.append((child, depth + 1))
                    } else {
                        diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop, severity: .warning,
                                                      message: "directories are nested too deep here; this one is not read",
                                                      at: .start(of: child), help: "keep treatments in treatments/ or one level of subfolders"))
                    }
                case .success where name.hasSuffix(".yaml") || name.hasSuffix(".yml"):
                    found.append(child)  // a pipe or device named *.yaml is refused when read, not skipped silently
                case .failure(.loop):
                    diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop, message: "'\(child)' is a symbolic link that loops back on itself",
                                                  at: .start(of: child), help: "remove the link or point it at a real file"))
                case .failure(.missing):
                    diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop, message: "'\(child)' is a symbolic link to nothing",
                                                  at: .start(of: child), help: "remove the link or point it at a real file"))
                default:
                    continue
                }
            }
        }
        return found.sorted()
    }

    /// Files at the top of the register that look like register files but are not read.
    private func checkRootFiles(root: String, diagnostics: inout [Diagnostic]) {
        guard case .success(let names) = FileSystem.entries(of: root) else { return }
        let known = [Self.organisationFile, Self.processorsFile]
        for name in names where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !known.contains(name) && !name.hasPrefix(".") {
            let hint = Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'? " } ?? ""
            diagnostics.append(Diagnostic(
                id: DiagnosticID.unexpectedFile, severity: .warning, message: "'\(name)' is not part of the register and is not read",
                at: .start(of: join(root, name)),
                help: "\(hint)treatments go under \(Self.treatmentsDirectory)/; the top level holds \(known.joined(separator: " and "))"))
        }
    }
}

private func join(_ directory: String, _ name: String) -> String {
    directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

extension LoadedRegister {
    static func failure(_ diagnostic: Diagnostic) -> LoadedRegister {
        LoadedRegister(register: nil, diagnostics: [diagnostic], sources: [:], fileCount: 0)
    }
}

extension Treatment {
    /// The order of the "Liste des traitements": by reference, numbers compared as numbers.
    static func registerOrder(_ a: Treatment, _ b: Treatment) -> Bool {
        let order = a.reference.compare(b.reference, options: [.numeric, .caseInsensitive])
        if order != .orderedSame { return order == .orderedAscending }
        return a.id < b.id
    }
}

/// One file to read and decode, independent of all others.
private struct ParseJob: Sendable {
    enum Kind: Sendable { case organisation, processors, treatment }
    enum Content: Sendable {
        case organisation(Organisation)
        case processors([Processor])
        case treatment(Treatment)
    }

    struct Output: Sendable {
        var path: String
        var text: String?
        var content: Content?
        var diagnostics: [Diagnostic]
        var names = CrossReferences()
    }

    var path: String
    var kind: Kind

    func run(limits: LoadLimits) -> Output {
        let bytes: [UInt8]
        switch FileSystem.read(path, limit: limits.maxFileBytes) {
        case .success(let read):
            bytes = read
        case .failure(let failure):
            return Output(path: path, text: nil, content: nil, diagnostics: [readFailure(failure, limits: limits)])
        }
        let text = Self.displayText(bytes)
        let parsed = YAMLParser.parse(bytes, file: path, limits: limits)
        var diagnostics = parsed.diagnostics
        guard let root = parsed.root, !root.isNull else {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(id: DiagnosticID.fileEmpty, message: "this register file is empty", at: .start(of: path),
                                              help: kind == .treatment ? "describe the treatment (see docs/format.md), or delete the file"
                                                  : "fill it in (see docs/format.md), or delete it"))
            }
            return Output(path: path, text: text, content: nil, diagnostics: diagnostics)
        }
        var reader = RecordReader()
        let content: Content?
        switch kind {
        case .organisation: content = reader.organisationFile(root).map(Content.organisation)
        case .processors: content = reader.processorsFile(root).map(Content.processors)
        case .treatment: content = reader.treatmentFile(root).map(Content.treatment)
        }
        diagnostics += reader.diagnostics
        return Output(path: path, text: text, content: content, diagnostics: diagnostics, names: reader.names)
    }

    /// The text of a file as reporters quote its lines: no byte-order mark; each line break that
    /// libyaml counts (CRLF, CR, LF) written "\n", so that line numbers agree; control characters
    /// (an ESC in a binary file, a NUL) shown as U+FFFD, one for one so that columns stay right.
    /// Quoted as they are, they would let a file drive the terminal.
    static func displayText(_ bytes: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        var afterCR = false
        let content = bytes.starts(with: utf8ByteOrderMark) ? bytes.dropFirst(utf8ByteOrderMark.count) : bytes[...]
        for scalar in String(decoding: content, as: UTF8.self).unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\r": text.append("\n")
            case "\n" where afterCR: continue
            default: text.append(scalar.isUnprintableControl ? "\u{FFFD}" : scalar)
            }
        }
        return String(text)
    }

    private func readFailure(_ failure: FileSystem.Failure, limits: LoadLimits) -> Diagnostic {
        switch failure {
        case .tooLarge(let size):
            Diagnostic(id: DiagnosticID.fileTooLarge,
                       message: "this file is \(size) bytes, more than the \(limits.maxFileBytes)-byte limit for one register file",
                       at: .start(of: path), help: "a treatment file is a few kilobytes; check that this is the right file, or raise the limit with --max-file-size")
        case .loop:
            Diagnostic(id: DiagnosticID.fileLoop, message: "this path is a symbolic link that loops back on itself",
                       at: .start(of: path), help: "remove the link or point it at a real file")
        case .missing:
            Diagnostic(id: DiagnosticID.fileUnreadable, message: "this file does not exist", at: .start(of: path), help: "create it")
        case .unreadable(let reason):
            Diagnostic(id: DiagnosticID.fileUnreadable, message: "this file cannot be read (\(reason))", at: .start(of: path),
                       help: "check the file's permissions")
        }
    }
}
