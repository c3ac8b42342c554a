import Foundation
import PackagePlugin

/// Turns the package's `templates/*.mustache` and `translations/*.json` into Swift files of string
/// literals, compiled into the target: a copied binary needs nothing beside it. The build re-runs
/// each command when a file of its directory changes, is added or is removed.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "embed-templates").url
        return [
            embed("templates", suffix: ".mustache", into: "EmbeddedTemplates.swift", mode: "--templates", context: context, tool: tool),
            embed("translations", suffix: ".json", into: "EmbeddedTranslations.swift", mode: "--translations", context: context, tool: tool),
        ]
    }

    private func embed(_ folder: String, suffix: String, into file: String, mode: String, context: PluginContext, tool: URL) -> Command {
        let directory = context.package.directoryURL.appending(path: folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: file)
        return .buildCommand(
            displayName: "Embedding \(inputs.count) \(folder) into \(file)",
            executable: tool,
            // The tool lists the directory itself: SwiftPM plans plugin commands only when the
            // package changes, so a file added later must still be found when the command
            // re-runs because the directory (an input) changed.
            arguments: [mode, output.path(percentEncoded: false), directory.path(percentEncoded: false)],
            inputFiles: inputs + [directory],
            outputFiles: [output]
        )
    }
}
