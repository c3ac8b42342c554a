import Foundation
import Testing
@testable import RopaKit

@Suite struct TemplateTests {
    typealias S = RenderingSupport

    static var templateFiles: [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: S.templates)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            files[String(name.dropLast(".mustache".count))] = try? String(contentsOfFile: S.templates + "/" + name, encoding: .utf8)
        }
        return files
    }

    @Test func theBinaryEmbedsExactlyTheTemplatesDirectory() {
        let files = Self.templateFiles
        #expect(TemplateSet.defaultNames == files.keys.sorted())
        for (name, text) in files {
            #expect(TemplateSet.defaultText(named: name) == text, "\(name) differs from its embedded copy: rebuild")
        }
    }

    /// A missing key prints nothing, silently: every label a template names must exist.
    @Test func everyLabelATemplateNamesExists() throws {
        let pattern = try NSRegularExpression(pattern: "labels\\.([A-Za-z]+)")
        for (name, text) in Self.templateFiles {
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let key = (text as NSString).substring(with: match.range(at: 1))
                #expect(Word(rawValue: key) != nil, "\(name).mustache uses labels.\(key), which is not a Word")
            }
        }
    }

    /// The content-type pragma does not carry into partials: each Markdown template declares it.
    @Test func everyMarkdownTemplateEscapesForMarkdown() {
        for (name, text) in Self.templateFiles where name.hasPrefix("markdown") {
            #expect(text.hasPrefix("{{% CONTENT_TYPE: MARKDOWN}}\n"), "\(name).mustache")
        }
    }

    /// Triple mustaches and `{{&…}}` print a value unescaped: no template may use them.
    @Test func noTemplatePrintsAValueUnescaped() {
        for (name, text) in Self.templateFiles {
            #expect(!text.contains("{{{") && !text.contains("{{&"), "\(name).mustache")
        }
    }

    /// Mustache looks a nil key up in the enclosing objects: an optional key shared with an outer
    /// object would print the outer value. Every optional key of the model has a name of its own.
    @Test func optionalKeysAreUniqueAcrossTheModel() throws {
        let (register, version) = try S.load(S.injection)
        let model = DocumentModel(register: register, treatments: register.treatments, language: .fr, date: S.date,
                                  version: version, draft: false)
        var optionalKeys: [String: Set<String>] = [:]
        var allKeys: [String: Set<String>] = [:]
        func walk(_ value: Any, path: String) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .collection {
                for child in mirror.children { walk(child.value, path: path + "[]") }
                return
            }
            guard mirror.displayStyle == .struct else { return }
            for child in mirror.children {
                guard let label = child.label else { continue }
                allKeys[label, default: []].insert(path)
                let childMirror = Mirror(reflecting: child.value)
                if childMirror.displayStyle == .optional {
                    optionalKeys[label, default: []].insert(path)
                    if let wrapped = childMirror.children.first { walk(wrapped.value, path: path + "." + label) }
                } else {
                    walk(child.value, path: path + "." + label)
                }
            }
        }
        walk(model, path: "")
        for (key, paths) in optionalKeys {
            #expect(allKeys[key] == paths && paths.count <= 2, "optional key '\(key)' is also used at \(allKeys[key] ?? [])")
        }
        #expect(optionalKeys["notesText"] != nil)
    }

    /// docs/rendering.md lists the keys a custom template can use: it must name every one.
    @Test func everyViewModelKeyIsDocumented() throws {
        let documentation = try String(contentsOfFile: S.packageRoot + "/docs/rendering.md", encoding: .utf8)
        let (register, version) = try S.load(S.injection)
        let model = DocumentModel(register: register, treatments: register.treatments, language: .fr, date: S.date,
                                  version: version, draft: true)
        var keys: Set<String> = []
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            guard !(value is Wording), !(value is AbsenceTexts), !(value is InvalidParts) else { return }
            for child in mirror.children {
                if let label = child.label { keys.insert(label) }
                walk(child.value)
            }
        }
        walk(model)
        for key in keys.sorted() {
            let word = try NSRegularExpression(pattern: "[^A-Za-z]\(NSRegularExpression.escapedPattern(for: key))[^A-Za-z]")
            #expect(word.firstMatch(in: documentation, range: NSRange(documentation.startIndex..., in: documentation)) != nil,
                    "view-model key '\(key)' is not in docs/rendering.md")
        }
        #expect(keys.contains("purposeNames") && keys.contains("headerCSS"))
    }

    @Test func anOverrideReplacesATemplateByName() throws {
        let directory = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "<tr><td>CUSTOM {{reference}}</td></tr>\n".write(toFile: directory + "/html-list-row.mustache", atomically: true, encoding: .utf8)
        let html = try S.render(S.injection, .html, templates: directory)
        #expect(html.contains("<tr><td>CUSTOM T-&lt;b&gt;1&lt;/b&gt;</td></tr>"))
        #expect(html.contains("<h1 id=\"liste-des-traitements-titre\">Liste des traitements</h1>"))
    }

    @Test func aBrokenTemplateIsReportedAtItsLineAndColumn() throws {
        let directory = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "line one\n<p>{{#fiches}}{{name}}{{/fichez}}</p>\n".write(toFile: directory + "/html.mustache", atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: NOPE}}\n".write(toFile: directory + "/markdown.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: RenderError.self) { try TemplateSet(overrides: directory) }
        let diagnostics = error?.diagnostics ?? []
        #expect(diagnostics.count == 2)
        let html = try #require(diagnostics.first { $0.location.file.hasSuffix("/html.mustache") })
        #expect(html.id == DiagnosticID.templateSyntax)
        #expect(html.location.line == 2)
        #expect(html.location.column > 1)
        #expect(html.message.contains("does not match the section"))
        let markdown = try #require(diagnostics.first { $0.location.file.hasSuffix("/markdown.mustache") })
        #expect(markdown.location.line == 1)
        #expect(markdown.message.contains("content type"))
    }

    @Test func anOverrideThatReplacesNothingIsAWarningWithASuggestion() throws {
        let directory = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "x".write(toFile: directory + "/html-fishe.mustache", atomically: true, encoding: .utf8)
        let set = try TemplateSet(overrides: directory)
        #expect(set.warnings.count == 1)
        #expect(set.warnings.first?.severity == .warning)
        #expect(set.warnings.first?.help?.hasPrefix("did you mean 'html-fiche.mustache'?") == true)
    }

    @Test func aMissingTemplatesDirectoryIsAnError() {
        let error = #expect(throws: RenderError.self) { try TemplateSet(overrides: "/nonexistent/templates") }
        #expect(error?.diagnostics.first?.location.file == "/nonexistent/templates")
    }
}
