import ArgumentParser
import Foundation
import RopaKit

extension RegisterFileKind: ExpressibleByArgument {}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a kind of register file, or write all of them.",
        discussion: """
        Editors with a YAML language server (VS Code's YAML extension, for instance) use these schemas for \
        completion, hover help and squiggles. Each register file names its schema on its first line.
        """)

    @Argument(help: "The kind of file: \(RegisterFileKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: RegisterFileKind?

    @Option(name: .customLong("output-dir"), help: "Write every schema into this directory (e.g. register/schema).")
    var outputDirectory: String?

    func validate() throws {
        if kind == nil, outputDirectory == nil {
            throw ValidationError("give a kind of file (organisation, processors, treatment) or --output-dir")
        }
    }

    func run() throws {
        let generator = JSONSchemaGenerator()
        guard let outputDirectory else {
            if let kind { Terminal.write(generator.schema(for: kind)) }
            return
        }
        let kinds = kind.map { [$0] } ?? RegisterFileKind.allCases
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            for kind in kinds {
                let path = (outputDirectory as NSString).appendingPathComponent(kind.schemaFileName)
                try Data(generator.schema(for: kind).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        } catch {
            Terminal.printError("error: cannot write the schemas into '\(outputDirectory)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
