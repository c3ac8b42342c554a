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

    @Option(name: .customLong("output-dir"), help: "Write every schema into this directory (e.g. register/schema).", completion: .directory)
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
        if case .failure(let failure) = OutputFile.makeDirectories(outputDirectory) { throw Failure(failure.description) }
        for kind in kinds {
            let path = (outputDirectory as NSString).appendingPathComponent(kind.schemaFileName)
            if case .failure(let failure) = OutputFile.write(generator.schema(for: kind), to: path) {
                throw Failure(failure.description)
            }
        }
    }
}
