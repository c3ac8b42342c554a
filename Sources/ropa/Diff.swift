import ArgumentParser
import Foundation
import RopaKit

extension DiffFormat: ExpressibleByArgument {}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a register, in words.",
        discussion: """
        ropa diff OLD NEW compares two register directories; ropa diff --since REV [DIR] compares DIR with \
        itself at a git revision, and warns about treatments changed without moving their 'updated' date.
        Exit status: 0 compared, 1 a side does not load (its errors on stderr, nothing on stdout), \
        2 usage or input failure.
        """)

    @Argument(help: "OLD and NEW register directories, or only the register with --since.", completion: .directory)
    var directories: [String] = []

    @Option(help: "Compare with this git revision (e.g. origin/main).")
    var since: String?

    @Option(help: "Output format: \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiffFormat = .text

    func validate() throws {
        if since == nil, directories.count != 2 {
            throw ValidationError("give two register directories (ropa diff OLD NEW), or --since REV [DIR]")
        }
        if since != nil, directories.count > 1 {
            throw ValidationError("with --since, give at most one register directory")
        }
    }

    func run() throws {
        let loader = RegisterLoader()
        let old: LoadedRegister, new: LoadedRegister, oldName: String, newName: String
        var warnings: [Diagnostic] = []
        if let since {
            let directory = directories.first ?? "register"
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-diff-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let extracted: String
            do {
                extracted = try GitRevision(since).extract(directory, into: scratch)
            } catch let failure as GitRevision.Failure {
                throw Failure(failure.description)
            }
            old = loader.load(directory: extracted)
            new = loader.load(directory: directory)
            (oldName, newName) = (since, directory)
            try requireLoaded([(old.naming(extracted, as: "\(since):\(directory)"), "\(directory) at \(since)"), (new, directory)])
            warnings = UpdatedDateCheck.check(old: old, new: new, since: since)
        } else {
            (oldName, newName) = (directories[0], directories[1])
            old = loader.load(directory: oldName)
            new = loader.load(directory: newName)
            try requireLoaded([(old, oldName), (new, newName)])
        }
        guard let before = old.register, let after = new.register else { return }
        Terminal.write(RegisterDiff(old: before, new: after).report(format, old: oldName, new: newName))
        if !warnings.isEmpty {
            let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDERR_FILENO))
            Terminal.printError(reporter.report(warnings, sources: new.sources))
        }
    }

    /// Compares only registers that load without error: a treatment file with a syntax error
    /// would read as a removed treatment, and a register that did not load as "no change", in
    /// the comment posted on the pull request. Such a side's errors go to stderr, nothing to
    /// stdout, and the exit status is 1 (2 for an input failure, as for `validate`).
    private func requireLoaded(_ sides: [(loaded: LoadedRegister, name: String)]) throws {
        for (loaded, name) in sides {
            // A directory without organisation.yaml is not a register at all: a usage error. (The
            // loader keeps a register even then, so that drafts show what is there.)
            let reason = loaded.diagnostics.first { $0.id == DiagnosticID.missingOrganisation || (loaded.register == nil && $0.isInputFailure) }
            if let reason {
                throw Failure("'\(name)' is not a register: \(reason.message)")
            }
        }
        let failing = sides.filter { $0.loaded.diagnostics.hasErrors }
        guard !failing.isEmpty else { return }
        let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDERR_FILENO), errorsOnly: true)
        var status: Int32 = 1
        for (loaded, name) in failing {
            let errors = loaded.diagnostics.errorCount
            Terminal.printError(reporter.report(loaded.diagnostics, sources: loaded.sources)
                + "error: '\(name)' does not load (\(errors) error\(errors == 1 ? "" : "s")), so it is not compared")
            status = max(status, Validate.exitStatus(loaded.diagnostics))
        }
        throw ExitCode(status)
    }
}
