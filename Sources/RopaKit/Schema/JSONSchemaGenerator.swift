import Foundation

/// The kinds of register file, each with its own JSON Schema.
public enum RegisterFileKind: String, Sendable, CaseIterable {
    case organisation
    case processors
    case treatment

    public var spec: RecordSpec {
        switch self {
        case .organisation: RegisterSchema.organisationFile
        case .processors: RegisterSchema.processorsFile
        case .treatment: RegisterSchema.treatmentFile
        }
    }

    /// The schema's file name, as register files name it in their `$schema` comment.
    public var schemaFileName: String { "\(rawValue).schema.json" }

    /// The first line of every register file of this kind: it tells a YAML language server
    /// which schema to use. `prefix` is the path from the file to the register's top.
    public func languageServerComment(prefix: String) -> String {
        "# yaml-language-server: $schema=\(prefix)schema/\(schemaFileName)"
    }
}

/// Generates a JSON Schema (draft 2020-12) from the same `RecordSpec`s the loader checks, so
/// that editors and the loader cannot disagree on what a register file may contain.
public struct JSONSchemaGenerator: Sendable {
    public init() {}

    public func schema(for kind: RegisterFileKind) -> String {
        var definitions: [String: JSON] = [:]
        var root = object(kind.spec, definitions: &definitions)
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["$id"] = .string("ropa:\(kind.schemaFileName)")
        root["title"] = .string("ropa — \(kind.spec.name)")
        root["description"] = .string(kind.spec.help)
        if !definitions.isEmpty { root["$defs"] = .object(definitions) }
        return encodeJSON(JSON.object(root))
    }

    private func object(_ spec: RecordSpec, definitions: inout [String: JSON]) -> [String: JSON] {
        var properties: [String: JSON] = [:]
        for key in spec.keys {
            var property = schema(for: key.shape, required: key.required, definitions: &definitions)
            property["title"] = .string(key.label.fr)
            var description = "\(key.label.fr) — \(key.help)"
            if let article = key.article { description += " (\(article))" }
            property["description"] = .string(description)
            properties[key.name] = .object(property)
        }
        var result: [String: JSON] = [
            "type": .string("object"),
            "additionalProperties": .bool(false),
            "properties": .object(properties),
        ]
        let required = spec.keys.filter(\.required).map { JSON.string($0.name) }
        if !required.isEmpty { result["required"] = .array(required) }
        if !spec.exactlyOneOf.isEmpty {
            result["oneOf"] = .array(spec.exactlyOneOf.map { JSON.object(["required": .array([.string($0)])]) })
        }
        // "legal_basis is required in each purpose, unless role is processor": the base schema
        // leaves the key optional, and the condition requires it everywhere else.
        if !spec.requiredUnless.isEmpty {
            result["allOf"] = .array(spec.requiredUnless.map { condition in
                JSON.object([
                    "if": .object(["required": .array([.string(condition.unless)]),
                                   "properties": .object([condition.unless: .object(["const": .string(condition.value)])])]),
                    "else": condition.list.map { list in
                        .object(["properties": .object([list: .object(["items": .object(["required": .array([.string(condition.key)])])])])])
                    } ?? .object(["required": .array([.string(condition.key)]),
                                  "properties": .object([condition.key: .object(["minItems": .number(1)])])]),
                ])
            })
        }
        return result
    }

    private func schema(for shape: Shape, required: Bool, definitions: inout [String: JSON]) -> [String: JSON] {
        switch shape {
        case .text:
            // The loader reads any scalar as text (a postal code like 04000 is a number to YAML).
            return ["type": .array([.string("string"), .string("number"), .string("boolean")])]
        case .identifier:
            return ["type": .string("string"), "pattern": .string("^[a-z0-9][a-z0-9_-]{0,63}$")]
        case .date:
            return ["type": .string("string"), "format": .string("date"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
        case .duration:
            let units = Duration.unitSpellings.keys.sorted().map(\.caseInsensitivePattern).joined(separator: "|")
            return ["type": .string("string"), "pattern": .string("^\\s*[0-9]+\\s+(\(units))\\s*$")]
        case .country:
            return reference("country_code", definitions: &definitions) { _ in
                ["type": .string("string"), "description": .string("ISO 3166-1 alpha-2 country code"),
                 "enum": .array(Countries.names.keys.sorted().map(JSON.string))]
            }
        case .boolean:
            return ["type": .string("boolean")]
        case .vocabulary(let vocabulary):
            return reference(vocabulary.name.definitionName + "_values", definitions: &definitions) { _ in
                [
                    "type": .string("string"),
                    "enum": .array(vocabulary.values.map { .string($0.spelling) }),
                    // Read by editors (VS Code, YAML language server) to explain each value.
                    "enumDescriptions": .array(vocabulary.values.map { .string("\($0.label.fr) — \($0.label.en)") }),
                    "markdownEnumDescriptions": .array(vocabulary.values.map { .string("**\($0.label.fr)** — \($0.label.en)") }),
                ]
            }
        case .list(let item):
            var result: [String: JSON] = ["type": .string("array"), "items": .object(schema(for: item, required: false, definitions: &definitions))]
            if required { result["minItems"] = .number(1) }
            return result
        case .record(let spec):
            return reference(spec.name.definitionName, definitions: &definitions) { definitions in object(spec, definitions: &definitions) }
        case .words(let words):
            return ["type": .string("string"), "enum": .array(words.map(JSON.string))]
        case .oneOf(let shapes):
            return ["anyOf": .array(shapes.map { .object(schema(for: $0, required: required, definitions: &definitions)) })]
        }
    }
}

extension JSONSchemaGenerator {
    /// A `$ref` to a shared definition, created on first use: each record and list is written once.
    private func reference(_ name: String, definitions: inout [String: JSON],
                           _ make: (inout [String: JSON]) -> [String: JSON]) -> [String: JSON] {
        if definitions[name] == nil {
            definitions[name] = .object([:])  // placeholder while the definition is being built
            definitions[name] = .object(make(&definitions))
        }
        return ["$ref": .string("#/$defs/\(name)")]
    }
}

/// A JSON value with deterministic encoding (keys sorted by the encoder).
indirect enum JSON: Encodable, Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSON])
    case object([String: JSON])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

private extension String {
    /// "data-subject category" → "data_subject_category".
    var definitionName: String {
        lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "_")
    }

    /// `mois` → `[mM][oO][iI][sS]`: JSON Schema patterns have no case-insensitive flag.
    var caseInsensitivePattern: String {
        map { character in
            let lower = character.lowercased(), upper = character.uppercased()
            return lower == upper ? String(character) : "[\(lower)\(upper)]"
        }.joined()
    }
}
