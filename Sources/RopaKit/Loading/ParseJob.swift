import Foundation

/// One file to read and decode, independent of all others.
struct ParseJob: Sendable {
    enum Kind: Sendable { case organisation, processors, treatment }
    enum Content: Sendable {
        case organisation(Organisation)
        case processors([Processor])
        case treatment(Treatment)
    }

    struct Output: Sendable {
        var path: String
        var text: String?
        var content: Content?
        var diagnostics: [Diagnostic]
    }

    var path: String
    var kind: Kind
    /// The size on disk when the job was planned, or of `given`.
    var size: Int
    /// The file's bytes, when they are not to be read from disk.
    var given: [UInt8]?

    init(path: String, kind: Kind, size: Int) {
        self.path = path
        self.kind = kind
        self.size = size
    }

    init(_ file: RegisterFile, kind: Kind) {
        path = file.path
        self.kind = kind
        size = file.bytes.count
        given = file.bytes
    }

    func run(limits: LoadLimits) -> Output {
        let bytes: [UInt8]
        switch given.map({ $0.count > limits.maxFileBytes ? .failure(.tooLarge($0.count)) : .success($0) })
            ?? FileSystem.read(path, limit: limits.maxFileBytes) {
        case .success(let read):
            bytes = read
        case .failure(let failure):
            return Output(path: path, text: nil, content: nil, diagnostics: [readFailure(failure, limits: limits)])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let parsed = YAMLParser.parse(bytes, file: path, limits: limits)
        var diagnostics = parsed.diagnostics
        guard let root = parsed.root, !root.isNull else {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(id: DiagnosticID.fileEmpty, message: "this register file is empty", at: .start(of: path),
                                              help: kind == .treatment ? "describe the treatment (see docs/format.md), or delete the file"
                                                  : "fill it in (see docs/format.md), or delete it"))
            }
            return Output(path: path, text: text, content: nil, diagnostics: capped(diagnostics, omitted: parsed.omitted))
        }
        var reader = RecordReader()
        reader.limit = limits.maxDiagnosticsPerFile - diagnostics.count
        let content: Content?
        switch kind {
        case .organisation: content = reader.organisationFile(root).map(Content.organisation)
        case .processors: content = reader.processorsFile(root).map(Content.processors)
        case .treatment: content = reader.treatmentFile(root).map(Content.treatment)
        }
        diagnostics += reader.diagnostics
        return Output(path: path, text: text, content: content,
                      diagnostics: capped(diagnostics, omitted: parsed.omitted + reader.omitted))
    }

    /// The diagnostics of this file, and one more that counts those not kept.
    private func capped(_ diagnostics: [Diagnostic], omitted: Int) -> [Diagnostic] {
        guard omitted > 0 else { return diagnostics }
        return diagnostics + [Diagnostic(
            id: DiagnosticID.tooManyProblems,
            message: "this file has \(omitted) more problems than the \(diagnostics.count) shown",
            at: .start(of: path),
            help: "fix the problems above first; a file with this many is probably not a register file")]
    }

    private func readFailure(_ failure: FileSystem.Failure, limits: LoadLimits) -> Diagnostic {
        switch failure {
        case .tooLarge(let size):
            Diagnostic(id: DiagnosticID.fileTooLarge,
                       message: "this file is \(size) bytes, more than the \(limits.maxFileBytes)-byte limit for one register file",
                       at: .start(of: path), help: "a treatment file is a few kilobytes; check that this is the right file, or raise the limit with --max-file-size")
        case .loop:
            Diagnostic(id: DiagnosticID.fileLoop, message: "this path is a symbolic link that loops back on itself",
                       at: .start(of: path), help: "remove the link or point it at a real file")
        case .missing:
            Diagnostic(id: DiagnosticID.fileUnreadable, message: "this file does not exist", at: .start(of: path), help: "create it")
        case .unreadable(let reason):
            Diagnostic(id: DiagnosticID.fileUnreadable, message: "this file cannot be read (\(reason))", at: .start(of: path),
                       help: "check the file's permissions")
        }
    }
}
