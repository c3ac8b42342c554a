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
        """)

    @Argument(help: "OLD and NEW register directories, or only the register with --since.")
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
            do {
                let extracted = try GitRevision(since).extract(directory, into: scratch)
                old = loader.load(directory: extracted)
            } catch let failure as GitRevision.Failure {
                throw Failure(failure.description)
            }
            new = loader.load(directory: directory)
            (oldName, newName) = (since, directory)
            try requireRegister(old, named: "\(directory) at \(since)")
            try requireRegister(new, named: directory)
            warnings = UpdatedDateCheck.check(old: old, new: new, since: since)
        } else {
            (oldName, newName) = (directories[0], directories[1])
            old = loader.load(directory: oldName)
            new = loader.load(directory: newName)
            try requireRegister(old, named: oldName)
            try requireRegister(new, named: newName)
        }
        guard let before = old.register, let after = new.register else { return }
        Terminal.write(RegisterDiff(old: before, new: after).report(format, old: oldName, new: newName))
        if !warnings.isEmpty {
            let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDERR_FILENO))
            Terminal.printError(reporter.report(warnings, sources: new.sources))
        }
    }

    /// `diff` of something that is not a register is a usage error, not a comparison.
    private func requireRegister(_ loaded: LoadedRegister, named name: String) throws {
        // The loader keeps a register even without organisation.yaml (so that drafts show what is
        // there); a directory without one is still not a register to compare.
        let reason = loaded.diagnostics.first { $0.isInputFailure || $0.id == DiagnosticID.missingOrganisation }?.message
        if loaded.register == nil || reason != nil {
            throw Failure("'\(name)' is not a register: \(reason ?? "its organisation file cannot be read")")
        }
    }
}
