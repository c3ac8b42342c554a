import Foundation

/// One file to read and decode, independent of all others.
struct ParseJob: Sendable {
    enum Kind: Sendable { case organisation, processors, treatment }
    /// Always present: a file that cannot be read as a register file still gives its part of the
    /// register — an organisation without a name, no processors, a treatment named after its
    /// file — with one invalid entry for the whole file, so that it stays visible in every output.
    enum Content: Sendable {
        case organisation(Organisation)
        case processors([Processor], invalid: [InvalidEntry])
        case treatment(Treatment)
    }

    struct Output: Sendable {
        var path: String
        var text: String?
        var content: Content
        var diagnostics: [Diagnostic]
        var names = CrossReferences()
        /// False for a file refused without being read.
        var wasRead = true
    }

    var path: String
    var kind: Kind
    /// The size on disk when the job was planned, or of `given`.
    var size: Int
    /// The file's bytes, when they are not to be read from disk.
    var given: [UInt8]?
    /// Why the file is not read at all (a link out of the register, a register-wide limit): it
    /// still gives its part of the register, with this as the reason, so that it stays visible.
    var refusal: Diagnostic?
    /// Whether `refusal` is reported with this file, or already by one diagnostic for many files.
    var reportsRefusal = true

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

    /// A file that is not read, for `reason`.
    static func refused(path: String, kind: Kind, because reason: Diagnostic, reported: Bool = true) -> ParseJob {
        var job = ParseJob(path: path, kind: kind, size: 0)
        job.refusal = reason
        job.reportsRefusal = reported
        return job
    }

    func run(limits: LoadLimits) -> Output {
        if let refusal {
            return Output(path: path, text: nil, content: unread(text: "", problems: [refusal]),
                          diagnostics: reportsRefusal ? [refusal] : [], wasRead: false)
        }
        let bytes: [UInt8]
        switch given.map({ $0.count > limits.maxFileBytes ? .failure(.tooLarge($0.count)) : .success($0) })
            ?? FileSystem.read(path, limit: limits.maxFileBytes) {
        case .success(let read):
            bytes = read
        case .failure(let failure):
            let diagnostic = readFailure(failure, limits: limits)
            return Output(path: path, text: nil, content: unread(text: "", problems: [diagnostic]), diagnostics: [diagnostic])
        }
        let text = Self.displayText(bytes)
        let parsed = YAMLParser.parse(bytes, file: path, limits: limits)
        var diagnostics = parsed.diagnostics
        guard let root = parsed.root, !root.isNull else {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(id: DiagnosticID.fileEmpty, message: "this register file is empty", at: .start(of: path),
                                              help: kind == .treatment ? "describe the treatment (see docs/format.md), or delete the file"
                                                  : "fill it in (see docs/format.md), or delete it"))
            }
            return Output(path: path, text: text, content: unread(text: text, problems: diagnostics), diagnostics: capped(diagnostics, omitted: parsed.omitted))
        }
        var reader = RecordReader(source: text)
        reader.limit = limits.maxDiagnosticsPerFile - diagnostics.count
        let content: Content?
        switch kind {
        case .organisation: content = reader.organisationFile(root).map(Content.organisation)
        case .processors: content = reader.processorsFile(root).map { Content.processors($0.processors, invalid: $0.invalid) }
        case .treatment: content = reader.treatmentFile(root, fileID: Self.fileID(path)).map(Content.treatment)
        }
        diagnostics += reader.diagnostics
        return Output(path: path, text: text, content: content ?? unread(text: text, problems: reader.diagnostics.filter { $0.severity == .error }),
                      diagnostics: capped(diagnostics, omitted: parsed.omitted + reader.omitted), names: reader.names)
    }

    /// What a file that could not be read as a register file contributes: its part of the
    /// register, empty, with the whole file as one invalid entry.
    func unread(text: String, problems: [Diagnostic]) -> Content {
        var excerpts = SourceExcerpts(text: text)
        let start = SourceLocation.start(of: path)
        let errors = problems.filter { $0.severity == .error }.prefix(RecordReader.problemsKeptPerEntry)
        let entry = InvalidEntry(key: InvalidEntry.wholeFile, text: text.isEmpty ? "" : excerpts.lines(.file, at: start),
                                 location: errors.first?.location ?? start,
                                 problems: errors.isEmpty ? [Diagnostic(id: DiagnosticID.fileEmpty, message: "this file could not be read", at: start)] : Array(errors))
        let source = SourceMap(location: start)
        switch kind {
        case .organisation:
            return .organisation(Organisation(controller: Contact(name: "", source: source), invalidEntries: [entry], source: source))
        case .processors:
            return .processors([], invalid: [entry])
        case .treatment:
            return .treatment(Treatment(id: Self.fileID(path), name: "", reference: "", created: nil, updated: nil,
                                        invalidEntries: [entry], source: source))
        }
    }

    /// The file's name without its extension: the id a treatment file should have.
    static func fileID(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The text of a file as reporters quote its lines: no byte-order mark; each line break that
    /// libyaml counts (CRLF, CR, LF) written "\n", so that line numbers agree; control characters
    /// (an ESC in a binary file, a NUL) shown as U+FFFD, one for one so that columns stay right.
    /// Quoted as they are, they would let a file drive the terminal.
    static func displayText(_ bytes: [UInt8]) -> String {
        let content = bytes.starts(with: utf8ByteOrderMark) ? bytes.dropFirst(utf8ByteOrderMark.count) : bytes[...]
        // Nearly every file has none of these: then its text is its bytes, decoded in one pass.
        if !holdsLineBreakOrControl(content) { return String(decoding: content, as: UTF8.self) }
        var text = String.UnicodeScalarView()
        var afterCR = false
        for scalar in String(decoding: content, as: UTF8.self).unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\r": text.append("\n")
            case "\n" where afterCR: continue
            default: text.append(scalar.isUnprintableControl ? "\u{FFFD}" : scalar)
            }
        }
        return String(text)
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

    /// Whether `bytes` hold a CR or a control character other than tab and line feed.
    private static func holdsLineBreakOrControl(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            // C0 controls and DEL are one byte; C1 controls (U+0080 to U+009F) are C2 80 to C2 9F.
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) { return true }
            previous = byte
        }
        return false
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
