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
        let boundary = RegisterBoundary(root: root)
        // Kinds of file that exist but were refused: not reported missing on top of that.
        var refused: Set<ParseJob.Kind> = []
        let treatmentFiles = findTreatmentFiles(root: root, boundary: boundary, refused: &refused, diagnostics: &diagnostics)
        checkRootFiles(root: root, diagnostics: &diagnostics)

        var jobs: [ParseJob] = []
        let organisationPath = join(root, Self.organisationFile)
        if let refusal = boundary.refusal(of: organisationPath, isFolder: false) {
            jobs.append(.refused(path: organisationPath, kind: .organisation, because: refusal))
        } else {
            switch FileSystem.status(of: organisationPath) {
            case .failure(.missing):
                break
            case .success(let status):
                jobs.append(ParseJob(path: organisationPath, kind: .organisation, size: status.size))
            case .failure:
                // Reading it says what is wrong with it.
                jobs.append(ParseJob(path: organisationPath, kind: .organisation, size: 0))
            }
        }
        let processorsPath = join(root, Self.processorsFile)
        if let refusal = boundary.refusal(of: processorsPath, isFolder: false) {
            jobs.append(.refused(path: processorsPath, kind: .processors, because: refusal))
        } else if case .success(let status) = FileSystem.status(of: processorsPath) {
            jobs.append(ParseJob(path: processorsPath, kind: .processors, size: status.size))
        }
        jobs += treatmentFiles.map { file in
            file.refusal.map { ParseJob.refused(path: file.path, kind: .treatment, because: $0) }
                ?? ParseJob(path: file.path, kind: .treatment, size: file.size)
        }
        return finish(jobs, refused: refused, root: root, diagnostics: diagnostics)
    }

    /// Loads a register whose files are already in memory (a test, the fuzzer, an editor's buffers).
    /// The paths are only used in diagnostics; `root` is where the missing files would be.
    public func load(organisation: RegisterFile?, processors: RegisterFile? = nil, treatments: [RegisterFile],
                     root: String = ".") -> LoadedRegister {
        var jobs: [ParseJob] = []
        if let organisation { jobs.append(ParseJob(organisation, kind: .organisation)) }
        if let processors { jobs.append(ParseJob(processors, kind: .processors)) }
        jobs += treatments.map { ParseJob($0, kind: .treatment) }
        return finish(jobs, refused: [], root: root, diagnostics: [])
    }

    /// Parses the files and checks what spans them: the same for files on disk and in memory.
    /// `refused`: kinds of file that exist but were not read (a link out of the register).
    private func finish(_ planned: [ParseJob], refused: Set<ParseJob.Kind>, root: String, diagnostics: [Diagnostic]) -> LoadedRegister {
        var diagnostics = diagnostics
        func present(_ kind: ParseJob.Kind) -> Bool { refused.contains(kind) || planned.contains { $0.kind == kind } }
        let jobs = withinBudget(planned, diagnostics: &diagnostics)
        let parsed = parse(jobs, diagnostics: &diagnostics)

        var organisation: Organisation?
        var processors: [Processor] = []
        var invalidEntries: [InvalidEntry] = []
        var treatments: [Treatment] = []
        var sources: [String: String] = [:]
        var names = CrossReferences()
        for file in parsed {
            diagnostics += file.diagnostics
            if let text = file.text { sources[file.path] = text }
            names.merge(file.names)
            switch file.content {
            case .organisation(let value): organisation = value
            case .processors(let value, let invalid):
                processors = value
                invalidEntries = invalid
            case .treatment(let value): treatments.append(value)
            }
        }
        let organisationMissing = !present(.organisation)
        if organisationMissing {
            let missing = Diagnostic(
                id: DiagnosticID.missingOrganisation,
                message: "the register has no \(Self.organisationFile): the controller's identity and contact details are missing",
                at: .start(of: root), help: "create \(join(root, Self.organisationFile)) with the 'organisation:' key (see docs/format.md, or run 'ropa init')",
                reference: "RGPD art. 30(1)(a)")
            diagnostics.append(missing)
            let source = SourceMap(location: missing.location)
            organisation = Organisation(
                controller: Contact(name: "", source: source),
                invalidEntries: [InvalidEntry(key: InvalidEntry.wholeFile, text: "", location: missing.location, problems: [missing])],
                source: source)
        }
        if !present(.treatment) {
            diagnostics.append(Diagnostic(
                id: DiagnosticID.noTreatments, message: "the register lists no treatment",
                at: .start(of: join(root, Self.treatmentsDirectory)),
                help: "add one YAML file per processing activity under \(join(root, Self.treatmentsDirectory))/",
                reference: "RGPD art. 30(1)"))
        }

        var checks = ReferenceChecks()
        checks.limit = max(0, limits.maxDiagnostics - diagnostics.count)
        checks.run(names, servicesKnown: organisationMissing || names.declaresServices,
                   processorsKnown: !present(.processors) || names.declaresProcessors)
        diagnostics += checks.diagnostics
        if checks.omitted > 0 {
            diagnostics.append(Diagnostic(
                id: DiagnosticID.tooManyProblems,
                message: "more than \(limits.maxDiagnostics) problems: \(checks.omitted) more wrong references between files are not shown",
                at: .start(of: root), help: "fix the problems above first, or raise the limit with --max-diagnostics"))
        }

        // A file past the register-wide limits was not read: the organisation is then unknown.
        let register = organisation.map { organisation in
            Register(organisation: organisation, processors: processors,
                     treatments: Treatment.inRegisterOrder(treatments), invalidEntries: invalidEntries)
        }
        return LoadedRegister(register: register, diagnostics: diagnostics.sortedByLocation(), sources: sources,
                              fileCount: parsed.count { $0.wasRead })
    }

    /// The files that fit within the register-wide limits, in order; one diagnostic for the rest.
    private func withinBudget(_ jobs: [ParseJob], diagnostics: inout [Diagnostic]) -> [ParseJob] {
        var total = 0
        for (index, job) in jobs.enumerated() {
            // A file over the per-file limit is refused on its own, without being read.
            let size = job.size <= limits.maxFileBytes ? job.size : 0
            let tooMany = index >= limits.maxFiles
            guard tooMany || total + size > limits.maxRegisterBytes else {
                total += size
                continue
            }
            let limit = tooMany ? "more than \(limits.maxFiles) files" : "more than \(limits.maxRegisterBytes) bytes"
            let reason = Diagnostic(
                id: DiagnosticID.registerTooLarge,
                message: "the register holds \(limit), the limit for one register: \(Self.thisFile(andNext: jobs.count - index - 1)) not read",
                at: .start(of: job.path),
                help: "check that this is the right directory, or raise the limit with \(tooMany ? "--max-files" : "--max-register-size")")
            diagnostics.append(reason)
            // The files not read still stand in the register, each saying why (one diagnostic for all).
            return Array(jobs[..<index]) + jobs[index...].map { .refused(path: $0.path, kind: $0.kind, because: reason, reported: false) }
        }
        return jobs
    }

    /// Parses the files on all cores, a batch at a time in file order, and stops after the file that
    /// brings the problems to `maxDiagnostics`: a hostile register cannot fill the memory with
    /// diagnostics (each takes far more memory than the few bytes that cause it), and the files
    /// checked are the same in every run.
    private func parse(_ jobs: [ParseJob], diagnostics: inout [Diagnostic]) -> [ParseJob.Output] {
        let limits = self.limits
        var outputs: [ParseJob.Output] = []
        var problems = diagnostics.count
        for start in stride(from: 0, to: jobs.count, by: 64) {
            let batch = Array(jobs[start..<min(start + 64, jobs.count)])
            for output in batch.parallelMap({ job in job.run(limits: limits) }) {
                outputs.append(output)
                problems += output.diagnostics.count
                guard problems >= limits.maxDiagnostics, outputs.count < jobs.count else { continue }
                let reason = Diagnostic(
                    id: DiagnosticID.tooManyProblems,
                    message: "more than \(limits.maxDiagnostics) problems: \(Self.thisFile(andNext: jobs.count - outputs.count - 1)) not checked",
                    at: .start(of: jobs[outputs.count].path), help: "fix the problems above first, or raise the limit with --max-diagnostics")
                diagnostics.append(reason)
                // The files not checked still stand in the register, each saying why.
                return outputs + jobs[outputs.count...].map { job in
                    ParseJob.refused(path: job.path, kind: job.kind, because: reason, reported: false).run(limits: limits)
                }
            }
        }
        return outputs
    }

    private static func thisFile(andNext count: Int) -> String {
        count > 0 ? "this file and the \(count) after it are" : "this file is"
    }

    /// Whether a file is YAML by its extension, in any letter case: `x.YAML` written on a
    /// case-insensitive disk is a treatment too, not a file silently left out.
    static func isYAMLFileName(_ name: String) -> Bool {
        yamlStem(of: name) != nil
    }

    /// The name without its `.yaml` or `.yml` extension (any letter case), or nil for another file.
    static func yamlStem(of name: String) -> String? {
        let lowered = name.lowercased()
        for suffix in [".yaml", ".yml"] where lowered.hasSuffix(suffix) && lowered.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }

    /// `treatments/**/*.yaml` with their sizes, sorted by path; subdirectories may group treatments.
    /// Every other entry is reported, except hidden ones (`.gitkeep`, `.DS_Store`, editor swap
    /// files), which are never part of the register.
    /// A file refused by the boundary is returned with its refusal: it is not read, but it is a
    /// treatment the draft must show.
    private func findTreatmentFiles(root: String, boundary: RegisterBoundary, refused: inout Set<ParseJob.Kind>,
                                    diagnostics: inout [Diagnostic]) -> [(path: String, size: Int, refusal: Diagnostic?)] {
        let directory = join(root, Self.treatmentsDirectory)
        if let refusal = boundary.refusal(of: directory, isFolder: true) {
            diagnostics.append(refusal)
            refused.insert(.treatment)
            return []
        }
        guard case .success(.directory) = FileSystem.kind(of: directory) else { return [] }
        var found: [(path: String, size: Int, refusal: Diagnostic?)] = []
        var pending = [(path: directory, depth: 0)]
        // A link to a directory of the treatments tree, or to one that holds it, is not followed:
        // it would read the same files twice, or forever (a cycle). Links to other folders of the
        // register are followed once each, by canonical path.
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
                let status = FileSystem.status(of: child)
                if case .success((let kind, _)) = status,
                   let refusal = boundary.refusal(of: child, isFolder: kind == .directory) {
                    if kind != .directory, Self.isYAMLFileName(name) {
                        found.append((child, 0, refusal))
                    } else {
                        diagnostics.append(refusal)
                        refused.insert(.treatment)
                    }
                    continue
                }
                switch status {
                case .success((.directory, _)):
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
                case .success((_, let size)) where Self.isYAMLFileName(name):
                    found.append((child, size, nil))  // a pipe or device named *.yaml is refused when read, not skipped silently
                case .success((let kind, _)):
                    diagnostics.append(notATreatment(child, name: name, regular: kind == .file))
                case .failure(.loop):
                    diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop, message: "'\(child)' is a symbolic link that loops back on itself",
                                                  at: .start(of: child), help: "remove the link or point it at a real file"))
                case .failure(.missing):
                    diagnostics.append(Diagnostic(id: DiagnosticID.fileLoop, message: "'\(child)' is a symbolic link to nothing",
                                                  at: .start(of: child), help: "remove the link or point it at a real file"))
                case .failure(.unreadable(let reason)):
                    diagnostics.append(Diagnostic(id: DiagnosticID.fileUnreadable, message: "'\(child)' cannot be examined (\(reason))",
                                                  at: .start(of: child), help: "check its permissions and those of its folder"))
                case .failure(.tooLarge):
                    continue  // not a failure of stat

                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The warning for a file under `treatments/` that is not YAML: it is not read, and says so.
    private func notATreatment(_ path: String, name: String, regular: Bool) -> Diagnostic {
        let lowered = name.lowercased()
        let looksLikeCopy = lowered.contains(".yaml") || lowered.contains(".yml") || name.hasSuffix("~")
        let help = !regular ? "treatments/ holds one .yaml file per treatment: remove it from the register"
            : looksLikeCopy ? "it looks like a copy of a treatment file (a backup, an editor's copy): delete it, or rename it to end in .yaml if it is a treatment"
            : "treatments/ holds one .yaml file per treatment: move this file out of the register, or rename it to end in .yaml if it is a treatment"
        return Diagnostic(
            id: DiagnosticID.unexpectedFile, severity: .warning,
            message: "'\(path)' is \(regular ? "not a YAML file" : "not a regular file"), so it is not read as a treatment",
            at: .start(of: path), help: help)
    }

    /// Files at the top of the register that look like register files but are not read. Other
    /// files and folders there (a README, `schema/`, `ci/`) belong to the register's repository.
    private func checkRootFiles(root: String, diagnostics: inout [Diagnostic]) {
        guard case .success(let names) = FileSystem.entries(of: root) else { return }
        let known = [Self.organisationFile, Self.processorsFile]
        for name in names where !name.hasPrefix(".") && !known.contains(name) && name != Self.treatmentsDirectory {
            let path = join(root, name)
            // Names are exact: `Organisation.YAML` would be read on macOS and missed on a Linux CI.
            let sameLetters = (known + [Self.treatmentsDirectory]).first { $0.lowercased() == name.lowercased() }
            let help: String
            if let sameLetters {
                help = "did you mean '\(sameLetters)'? Names are case-sensitive: rename it (a Linux CI would not find it under this name)"
            } else if Self.isYAMLFileName(name) {
                let hint = Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'? " } ?? ""
                help = "\(hint)treatments go under \(Self.treatmentsDirectory)/; the top level holds \(known.joined(separator: " and "))"
            } else {
                continue
            }
            diagnostics.append(Diagnostic(
                id: DiagnosticID.unexpectedFile, severity: .warning, message: "'\(name)' is not part of the register and is not read",
                at: .start(of: path), help: help))
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

/// One register file given as bytes rather than read from disk.
public struct RegisterFile: Sendable {
    /// The path that diagnostics name it by.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
