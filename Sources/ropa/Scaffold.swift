import ArgumentParser
import Foundation
import RopaKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new register: organisation, processors, an example treatment, schemas, a CI example.")

    @Argument(help: "Where to create the register; must not exist or be empty.", completion: .directory)
    var directory: String = "register"

    @OptionGroup var date: DateOption

    func run() throws {
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: directory), !entries.isEmpty {
            throw Failure("'\(directory)' is not empty; ropa init only creates a new register (choose another directory)")
        }
        try ScaffoldFiles.write(RegisterScaffold(date: try date.resolved()).newRegister(), into: directory)
        Terminal.write("Created a register in \(directory)/. Fill in each TODO, then run: ropa validate \(directory)\n")
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a file to a register.",
        subcommands: [NewTreatment.self])
}

struct NewTreatment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treatment",
        abstract: "Write a new treatment file with every key and its meaning.")

    @Argument(help: "The new treatment's id (lowercase letters, digits, '-', '_'); also its file name.")
    var id: String

    @Option(help: "Start from an existing treatment of the register (its id) instead of the blank skeleton.")
    var from: String?

    @Option(name: .customLong("register"), help: "The register directory.")
    var directory: String = "register"

    @OptionGroup var date: DateOption

    func run() throws {
        guard id.range(of: "^[a-z0-9][a-z0-9_-]{0,63}$", options: .regularExpression) != nil else {
            throw Failure("'\(id)' is not a valid id: use lowercase letters, digits, '-' and '_'")
        }
        let scaffold = RegisterScaffold(date: try date.resolved())
        let file: RegisterScaffold.File
        if let from {
            switch RegisterScaffold.treatmentTemplate(id: from, in: directory) {
            case .success(let template): file = scaffold.copiedTreatment(id: id, from: template)
            case .failure(let problem): throw Failure("\(problem.message) (\(problem.location.file))")
            }
        } else {
            file = scaffold.newTreatment(id: id)
        }
        try ScaffoldFiles.write([file], into: directory)
        Terminal.write("Created \(directory)/\(file.path). Fill in each TODO, then run: ropa validate \(directory)\n")
    }
}

/// Writes scaffold files, never overwriting: all paths are checked before anything is written,
/// and each file is created whole or not at all (`AtomicFile.create`), even when interrupted.
enum ScaffoldFiles {
    static func write(_ files: [RegisterScaffold.File], into directory: String) throws {
        let paths = files.map { (directory as NSString).appendingPathComponent($0.path) }
        // A link, even to nothing, is something already there.
        if let existing = paths.first(where: { (try? FileManager.default.destinationOfSymbolicLink(atPath: $0)) != nil || FileManager.default.fileExists(atPath: $0) }) {
            throw Failure("'\(existing)' already exists; ropa never overwrites a register file")
        }
        for (file, path) in zip(files, paths) {
            let created = OutputFile.makeDirectories((path as NSString).deletingLastPathComponent)
                .flatMap { AtomicFile.create(Array(file.contents.utf8), at: path) }
            if case .failure(let failure) = created { throw Failure(failure.description) }
        }
    }
}
