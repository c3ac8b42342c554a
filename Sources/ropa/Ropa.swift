import ArgumentParser
import Foundation
import RopaKit

/// The `ropa` command: parses arguments, calls RopaKit, prints, chooses the exit code.
@main
struct Ropa: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name at each start (a run-time demangling).
        commandName: "ropa",
        abstract: "The GDPR Art. 30 register of processing activities, kept as YAML and checked like code.",
        version: version,
        subcommands: [Validate.self, Render.self, Notice.self, Subject.self, RetentionSchedule.self, Rules.self, Explain.self, Schema.self, Init.self, New.self, Diff.self, Import.self],
        defaultSubcommand: nil
    )

    /// `ropa` alone is a usage error: the help goes to stderr and the exit status is 2, so that a
    /// script that lost its command fails instead of passing.
    func run() throws {
        Terminal.printError(Self.helpMessage())
        throw ExitCode(2)
    }

    /// ArgumentParser exits with 64 on a usage error; ropa promises 2 (0 ok, 1 register errors, 2 usage or I/O).
    static func main() {
        Terminal.prepare()
        do {
            try refuseUnknownHelpTopic(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as Failure {
            Terminal.printError("error: \(failure.description)")
            Foundation.exit(2)
        } catch let invalid as ReferenceDate.Invalid {
            Terminal.printError("error: \(invalid.description)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Terminal.write(message + "\n")
                Foundation.exit(0)
            }
            Terminal.printError(message)
            Foundation.exit(code == .failure || code.rawValue == 1 ? 1 : 2)
        }
    }

    /// `ropa help nosuch` is a usage error: ArgumentParser would print the general help and exit 0,
    /// which a script cannot tell from the help it asked for.
    static func refuseUnknownHelpTopic(_ arguments: [String]) throws {
        guard arguments.first == "help", arguments.count > 1 else { return }
        var subcommands: [ParsableCommand.Type] = configuration.subcommands
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            var names: [String] = []
            var found: ParsableCommand.Type?
            for command in subcommands {
                let commandName = command.configuration.commandName ?? ""
                names.append(commandName)
                if commandName == name { found = command }
            }
            guard let found else {
                let known = names.isEmpty ? "" : "; the commands are: \(names.joined(separator: ", "))"
                throw ValidationError("no command '\(name)'\(known)")
            }
            subcommands = found.configuration.subcommands
        }
    }
}
