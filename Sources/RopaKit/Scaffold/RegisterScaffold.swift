/// The files of a new register (`ropa init`) and of a new treatment (`ropa new treatment`).
/// Nothing here touches the disk: the CLI writes what it returns, refusing to overwrite.
public struct RegisterScaffold: Sendable {
    /// One file to create, and its text.
    public struct File: Sendable, Hashable {
        /// Relative to the register directory.
        public var path: String
        public var contents: String
    }

    public var date: ISODate

    public init(date: ISODate) {
        self.date = date
    }

    /// A new register: organisation, processors, one commented example treatment, the schemas
    /// for the editor, a .gitignore for rendered documents and a CI workflow to copy.
    public func newRegister() -> [File] {
        let generator = JSONSchemaGenerator()
        return [
            File(path: RegisterLoader.organisationFile, contents: ScaffoldWriter().file(.organisation, schemaPrefix: "./")),
            File(path: RegisterLoader.processorsFile, contents: ScaffoldWriter().file(.processors, schemaPrefix: "./")),
            newTreatment(id: "example"),
            File(path: ".gitignore", contents: "# Rendered documents are produced from the register, not kept beside it.\n/out/\n*.html\n*.pdf\n"),
            File(path: "ci/github-actions.yml", contents: Self.githubWorkflow),
        ] + RegisterFileKind.allCases.map { kind in
            File(path: "schema/\(kind.schemaFileName)", contents: generator.schema(for: kind))
        }
    }

    /// A treatment file with every key, its meaning, and TODO where something must be written.
    public func newTreatment(id: String) -> File {
        let presets = ["id": id, "created": date.description, "updated": date.description]
        return File(path: "\(RegisterLoader.treatmentsDirectory)/\(id).yaml",
                    contents: ScaffoldWriter(presets: presets).file(.treatment, schemaPrefix: "../"))
    }

    /// The text of the treatment `id` of the register at `directory`, to start a new one from: read
    /// as the loader reads it (no link out of the register, no file over the size limit), or why not.
    public static func treatmentTemplate(id: String, in directory: String, limits: LoadLimits = .default) -> Result<String, Diagnostic> {
        let path = "\(directory)/\(RegisterLoader.treatmentsDirectory)/\(id).yaml"
        guard id.isIdentifier else {
            return .failure(Diagnostic(id: DiagnosticID.invalidIdentifier, message: "'\(id)' is not a treatment id", at: .start(of: path),
                                       help: "give the id of a treatment of the register (lowercase letters, digits, '-' and '_')"))
        }
        if let refusal = RegisterBoundary(root: directory).refusal(of: path, isFolder: false) { return .failure(refusal) }
        switch FileSystem.read(path, limit: limits.maxFileBytes) {
        case .success(let bytes):
            return .success(String(decoding: bytes, as: UTF8.self))
        case .failure:
            return .failure(Diagnostic(id: DiagnosticID.fileUnreadable, message: "there is no treatment '\(id)' to start from",
                                       at: .start(of: path), help: "give the id of a treatment of the register (its file name without .yaml)"))
        }
    }

    /// A treatment copied from an existing file: new id, reference to fill in, today's dates.
    public func copiedTreatment(id: String, from template: String) -> File {
        let replacements = ["id": id, "reference": RegisterSchema.placeholder,
                            "created": date.description, "updated": date.description]
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (key, value) in replacements where line.hasPrefix("\(key):") {
                return "\(key): \(value)"
            }
            return String(line)
        }
        return File(path: "\(RegisterLoader.treatmentsDirectory)/\(id).yaml", contents: lines.joined(separator: "\n"))
    }

    static let githubWorkflow = """
    # Copy to .github/workflows/register.yml at the top of your repository.
    # It validates the register on every pull request (problems appear on the changed lines)
    # and publishes the rendered register as an artifact. See docs/ci.md in ropa for GitLab.
    name: register
    on: [pull_request, push]
    jobs:
      register:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with: { fetch-depth: 0 }
          # Install ropa: build it from its source with `swift build -c release` and put
          # .build/release/ropa on the PATH (the binary needs nothing beside it).
          - run: ropa validate register --format github
          - run: ropa render register --output register.html
          - uses: actions/upload-artifact@v4
            with: { name: register, path: register.html }

    """
}
