import Foundation

/// Reads a register as it was at a git revision, by extracting that directory into a
/// temporary folder (`git archive`), so that the ordinary loader reads it.
public struct GitRevision: Sendable {
    /// Git could not be run or the revision could not be read; the description says why.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var revision: String

    public init(_ revision: String) {
        self.revision = revision
    }

    /// Extracts `directory` at this revision under `destination`; returns the path of the copy.
    public func extract(_ directory: String, into destination: String) throws -> String {
        let inside = try git(["rev-parse", "--is-inside-work-tree"], in: directory)
        guard inside.status == 0 else {
            throw Failure(description: "'\(directory)' is not inside a git repository, so --since cannot be used")
        }
        let top = try git(["rev-parse", "--show-toplevel"], in: directory).output
        let prefix = try git(["rev-parse", "--show-prefix"], in: directory).output
        guard try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: directory).status == 0 else {
            throw Failure(description: "'\(revision)' is not a known git revision in this repository")
        }
        let archive = (destination as NSString).appendingPathComponent("register.tar")
        let path = prefix.isEmpty ? "." : String(prefix.dropLast(prefix.hasSuffix("/") ? 1 : 0))
        let result = try git(["archive", "--format=tar", "-o", archive, revision, "--", path], in: top)
        guard result.status == 0 else {
            throw Failure(description: "the register directory did not exist at revision '\(revision)'")
        }
        let untar = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", destination], in: destination)
        guard untar.status == 0 else {
            throw Failure(description: "cannot unpack the register of revision '\(revision)': \(untar.error)")
        }
        return prefix.isEmpty ? destination : (destination as NSString).appendingPathComponent(path)
    }

    private func git(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String, error: String) {
        try run("/usr/bin/env", ["git"] + arguments, in: directory)
    }

    private func run(_ executable: String, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: outputData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (process.terminationStatus, text, String(decoding: errorData, as: UTF8.self))
    }
}

/// The CI check of `ropa diff --since`: a treatment whose file changed must move its `updated`
/// date, since the register must show when each fiche was last brought up to date.
public enum UpdatedDateCheck {
    public static let id = "updated-not-moved"
    public static let info = CheckInfo(id: id, title: "A treatment changed but its 'updated' date did not", severity: .warning)

    public static func check(old: LoadedRegister, new: LoadedRegister, since revision: String) -> [Diagnostic] {
        guard let before = old.register, let after = new.register else { return [] }
        return after.treatments.compactMap { treatment in
            guard let previous = before.treatment(id: treatment.id), let updated = treatment.updated, previous.updated == updated,
                  old.sources[previous.source.location.file] != new.sources[treatment.source.location.file] else { return nil }
            return Diagnostic(
                id: id, severity: .warning,
                message: "this treatment changed since \(revision) but its 'updated' date is still \(updated)",
                at: treatment.source["updated"],
                help: "set 'updated' to the date of this change",
                reference: "RGPD art. 30 ; CNIL: toute modification doit être portée au registre")
        }
    }
}

extension LoadedRegister {
    /// The same register with `directory` written `name` in its diagnostics and sources: the
    /// copy that `GitRevision` extracted into a temporary folder is shown as `origin/main:register/…`
    /// (git's notation for a file at a revision), not as a path that no longer exists.
    public func naming(_ directory: String, as name: String) -> LoadedRegister {
        func renamed(_ path: String) -> String {
            path == directory ? name : path.hasPrefix(directory + "/") ? name + path.dropFirst(directory.count) : path
        }
        // Messages name files too; the temporary folder's name is unique, so replacing it is exact.
        func text(_ message: String) -> String { message.replacingOccurrences(of: directory, with: name) }
        var copy = self
        copy.diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.file = renamed(diagnostic.location.file)
            diagnostic.message = text(diagnostic.message)
            diagnostic.help = diagnostic.help.map(text)
            diagnostic.notes = diagnostic.notes.map { note in
                Diagnostic.Note(text(note.message), at: note.location.map { SourceLocation(file: renamed($0.file), line: $0.line, column: $0.column) })
            }
            return diagnostic
        }
        copy.sources = Dictionary(sources.map { (renamed($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        return copy
    }
}
