import Foundation
import PackagePlugin

/// Turns the package's `templates/*.mustache` into one Swift file of string literals, compiled
/// into the target. The build re-runs it when a template changes, is added or is removed.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(".mustache") }.sorted().map { templates.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates into \(target.name)",
                executable: try context.tool(named: "embed-templates").url,
                // The tool lists the directory itself: SwiftPM plans plugin commands only when the
                // package changes, so a template added later must still be found when the command
                // re-runs because the directory (an input) changed.
                arguments: [output.path(percentEncoded: false), templates.path(percentEncoded: false)],
                inputFiles: inputs + [templates],
                outputFiles: [output]
            ),
        ]
    }
}
