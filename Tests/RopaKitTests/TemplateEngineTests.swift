import Foundation
import Testing
@testable import RopaKit

/// ropa's Mustache engine: the semantics and whitespace of swift-mustache 2.1.1 (which the
/// default templates were written for, and which the golden files were first made with), and a
/// located error for every template that cannot work.
@Suite struct TemplateEngineTests {
    /// An object made of named values, for examples.
    struct Object: TemplateObject {
        let values: [String: TemplateValue]
        init(_ values: [String: TemplateValue]) { self.values = values }
        func templateValue(forKey key: String) -> TemplateValue? { values[key] }
    }

    static func render(_ text: String, _ values: [String: TemplateValue], partials: [String: String] = [:]) throws -> String {
        let parsed = try partials.mapValues { try Template($0) }
        return TemplateRenderer.render(try Template(text), model: .object(Object(values)), partials: parsed)
    }

    static func object(_ values: [String: TemplateValue]) -> TemplateValue { .object(Object(values)) }

    static func error(_ text: String) -> TemplateSyntaxError? {
        do {
            _ = try Template(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        // Variables: HTML-escaped by default, the five characters of swift-mustache.
        ("<p>{{name}}</p>", "<p>&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;</p>"),
        ("{{missing}}|", "|"),
        // Sections: a list repeats, true renders once, false and absent do not; a text opens one.
        ("{{#rows}}[{{label}}]{{/rows}}", "[a][b]"),
        ("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}", "Y"),
        ("{{#empty}}E{{/empty}}", "E"),
        ("{{^rows}}none{{/rows}}{{^noRows}}none{{/noRows}}{{^no}}no{{/no}}{{^missing}}missing{{/missing}}", "nonenomissing"),
        // An object opens a section inside it; missing keys are found in the enclosing objects.
        ("{{#inner}}{{value}} {{name}}{{/inner}}", "in &lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;"),
        ("{{inner.value}}", "in"),
        ("{{#texts}}({{.}}){{/texts}}", "(x)(y)"),
        // Transforms, innermost first, and the position in a list.
        ("{{#empty(noRows)}}empty{{/empty(noRows)}}{{^empty(rows)}}full{{/empty(rows)}}", "emptyfull"),
        ("{{count(rows)}} {{uppercased(inner.value)}} {{plusone(count(rows))}}", "2 IN 3"),
        ("{{#rows}}{{label}}{{^last()}}, {{/last()}}{{/rows}}", "a, b"),
        ("{{#rows}}{{#first()}}^{{/first()}}{{index()}}{{/rows}}", "^01"),
        // Comments and set delimiters.
        ("a{{! a comment }}b", "ab"),
        ("{{=<% %>=}}<% label %>{{label}}", "top{{label}}"),
    ])
    func rendersAsMustache(template: String, expected: String) throws {
        let values: [String: TemplateValue] = [
            "name": .text("<b> & \"x\" 'y'"),
            "label": .text("top"),
            "rows": .list([Self.object(["label": .text("a")]), Self.object(["label": .text("b")])]),
            "noRows": .list([]),
            "yes": .flag(true), "no": .flag(false), "empty": .text(""),
            "inner": Self.object(["value": .text("in")]),
            "texts": .list([.text("x"), .text("y")]),
        ]
        #expect(try Self.render(template, values) == expected)
    }

    @Test func standaloneTagsTakeTheirLine() throws {
        let template = "<ul>\n  {{#rows}}\n  <li>{{label}}</li>\n  {{/rows}}\n</ul>\n{{! note }}\nend"
        let rows: TemplateValue = .list([Self.object(["label": .text("a")]), Self.object(["label": .text("b")])])
        #expect(try Self.render(template, ["rows": rows]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nend")
    }

    @Test func anIndentedStandalonePartialIndentsEachOfItsLines() throws {
        let output = try Self.render("<div>\n  {{> item}}\n</div>\n", ["a": .text("1"), "b": .text("2")],
                                     partials: ["item": "<p>{{a}}</p>\n<p>{{b}}</p>\n"])
        #expect(output == "<div>\n  <p>1</p>\n  <p>2</p>\n</div>\n")
    }

    @Test func theContentTypeChangesEscapingAndDoesNotCarryIntoPartials() throws {
        let output = try Self.render("{{% CONTENT_TYPE: MARKDOWN}}\n{{value}} {{> html}}{{> text}}", ["value": .text("*a* <b>")],
                                     partials: ["html": "{{value}} ", "text": "{{% CONTENT_TYPE: TEXT}}{{value}}"])
        #expect(output == "\\*a\\* &lt;b&gt; *a* &lt;b&gt; *a* <b>")
    }

    @Test func aValueIsNeverReadAsATemplate() throws {
        #expect(try Self.render("{{value}}", ["value": .text("{{value}}")]) == "{{value}}")
    }

    @Test(arguments: [
        ("line one\n<p>{{#a}}x{{/b}}</p>", 2, 11, "does not match the section that is open ({{#a}})"),
        ("one\n  {{#rows}}\nx\n", 2, 3, "a section opened here is never closed: {{/rows}} is missing"),
        ("{{/rows}}", 1, 1, "closes no section"),
        ("{{name", 1, 7, "this tag is not finished"),
        ("{{#shout(name)}}{{/shout(name)}}", 1, 1, "'shout' is not a transform"),
        ("{{uppercase(name)}}", 1, 1, "'uppercase' is not a transform (did you mean uppercased()?)"),
        ("{{#count()}}{{/count()}}", 1, 1, "count() needs a value"),
        ("{{a(b}}", 1, 1, "transforms are malformed"),
        ("{{! never closed", 1, 1, "comment is never closed"),
        ("x\n{{<parent}}{{/parent}}", 2, 1, "template inheritance"),
        ("{{>*dynamic}}", 1, 1, "dynamic partials"),
        ("{{= <% =}}", 1, 1, "set-delimiter tag is malformed"),
        ("{{% CONTENT_TYPE: PDF}}", 1, 1, "the content types are HTML, MARKDOWN, TEXT"),
        ("{{% CONTENT_TYPE MARKDOWN}}", 1, 1, "pragma is malformed"),
    ])
    func aBrokenTemplateIsLocated(template: String, line: Int, column: Int, message: String) throws {
        let error = try #require(Self.error(template))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func aPartialThatDoesNotExistIsAnError() throws {
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "<ul>\n{{> html-list-rows}}\n</ul>\n".write(toFile: directory + "/html.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: RenderError.self) { try TemplateSet(overrides: directory) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: directory + "/html.mustache", line: 2, column: 1))
        #expect(diagnostic.message == "there is no template named 'html-list-rows' to include here")
        #expect(diagnostic.help?.hasPrefix("did you mean '{{> html-list-row}}'?") == true)
    }

    @Test func partialsThatIncludeEachOtherAreAnError() throws {
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "{{#fiches}}{{> html}}{{/fiches}}\n".write(toFile: directory + "/html-fiche.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: RenderError.self) { try TemplateSet(overrides: directory) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("the partials include each other without end: "))
        #expect(diagnostic.message.contains("html → html-fiche → html") || diagnostic.message.contains("html-fiche → html → html-fiche"))
    }

    /// Every stored property of every view model is a key of the same name: a property added to a
    /// model and not to `TemplateKeys.swift` would print nothing.
    @Test func everyViewModelPropertyIsATemplateKey() throws {
        let (register, version) = try RenderingSupport.load(RenderingSupport.injection)
        let documents: [any TemplateObject] = [
            DocumentModel(register: register, treatments: register.treatments, language: .fr, date: RenderingSupport.date,
                          version: version, draft: true),
            NoticeModel(register: register, treatments: register.treatments, audience: nil,
                        options: RenderOptions(format: .markdown, date: RenderingSupport.date, document: .notice)),
            SubjectModel(lang: "fr", labels: Wording(.fr), organisationName: "O", editionDate: "d", registerVersion: "v", isDraft: false,
                         categoryLabel: "c", categoryCode: "prospects", subjectDetails: ["x"], treatments: []),
            ScheduleModel(labels: Wording(.fr), organisationName: "O", editionDate: "d", registerVersion: "v", isDraft: true,
                          retentionRows: []),
        ]
        var checked: Set<String> = []
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .collection?, .optional?:
                for child in mirror.children { walk(child.value) }
            case .struct?:
                guard !(value is Wording), !(value is AbsenceTexts) else { return }
                // Keyed by part name (`invalid.transfers`): its rows are view models in their own right.
                if let parts = value as? InvalidParts {
                    for (_, row) in parts.rows { walk(row) }
                    return
                }
                guard let object = value as? any TemplateObject else {
                    Issue.record("\(type(of: value)) is in a view model but is not a TemplateObject")
                    return
                }
                checked.insert("\(type(of: value))")
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    let isAbsent = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
                    let key = object.templateValue(forKey: label)
                    #expect(isAbsent ? key == nil : key != nil, "\(type(of: value)).\(label) is not the template key '\(label)'")
                    if let text = child.value as? String, case .text(let shown)? = key { #expect(shown == text) }
                    walk(child.value)
                }
                #expect(object.templateValue(forKey: "noSuchKey") == nil)
            default:
                return
            }
        }
        for document in documents { walk(document) }
        #expect(checked.isSuperset(of: ["DocumentModel", "Fiche", "ProcessorFiche", "DataRow", "PurposeRow", "ListRow", "ContactBlock", "NoticeModel", "NoticeTreatment", "SubjectModel", "ScheduleModel"]))
    }

    /// Templates given with `--templates` are input: mutated default templates and random bytes
    /// either parse and render, or give a located error; never a crash or a hang.
    @Test func mutatedTemplatesParseOrFailCleanly() throws {
        let (register, version) = try RenderingSupport.load(RenderingSupport.injection)
        let model = DocumentModel(register: register, treatments: register.treatments, language: .fr, date: RenderingSupport.date,
                                  version: version, draft: false)
        let defaults = TemplateSet.defaultNames.compactMap { name in TemplateSet.defaultText(named: name).map { (name, Array($0.utf8)) } }
        let partials = try Dictionary(uniqueKeysWithValues: defaults.map { ($0.0, try Template(String(decoding: $0.1, as: UTF8.self))) })
        let pieces: [[UInt8]] = ["{{", "}}", "{{#", "{{/", "{{^", "{{>", "{{!", "{{=", "{{%", "(", ")", ".", "\n", "\r\n", " ", "é", "\u{2028}"]
            .map { Array($0.utf8) }
        var random = SplitMix(state: 30)
        var parsed = 0
        for _ in 0..<3000 {
            var bytes = defaults[Int(random.next() % UInt64(defaults.count))].1
            for _ in 0...(random.next() % 4) {
                let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.insert(contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: at)
                case 1: if !bytes.isEmpty { bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 8) + 1)) }
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
                }
            }
            do {
                let template = try Template(String(decoding: bytes, as: UTF8.self))
                _ = TemplateRenderer.render(template, model: .object(model), partials: partials)
                parsed += 1
            } catch {
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty)
            }
        }
        #expect(parsed > 100 && parsed < 3000, "the mutations should both keep and break templates (\(parsed) parsed)")
    }
}
