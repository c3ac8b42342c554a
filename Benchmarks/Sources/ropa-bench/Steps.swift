import CYaml
import Dispatch
import Foundation
import RopaKit
import Yams

/// One measured step. Each runs in a fresh child process, so that its peak memory is its own.
enum Step: String, CaseIterable, Sendable {
    /// Nothing: the peak memory of the runtime itself, for reference.
    case baseline
    /// Reading every file of the register into memory.
    case read
    /// libyaml's own event loop over the bytes, one file after the other, building nothing: the floor.
    case libyaml
    /// The same on all cores, as the loader does.
    case libyamlParallel = "libyaml-parallel"
    /// Yams composing a `Node` tree per file (`.basic` resolver), one file after the other.
    case yams
    /// `RegisterLoader.load`: read, parse, check every key, build the model, check references.
    case load
    /// What `ropa validate` does: load, the rules, the text report.
    case validate
    /// The register as the CNIL document, in HTML, from the loaded model (the load is not timed).
    case renderHTML = "render-html"
    /// The same in Markdown.
    case renderMarkdown = "render-markdown"
    /// `ropa import` of the register exported as the CNIL workbook (`render --format ods`, not
    /// timed): read the .ods, map every cell, write the register's files.
    case importWorkbook = "import-workbook"

    var summary: String {
        switch self {
        case .baseline: "process start, nothing done (memory reference)"
        case .read: "read all files into memory"
        case .libyaml: "libyaml event loop, no tree, 1 core (the floor)"
        case .libyamlParallel: "libyaml event loop, no tree, all cores"
        case .yams: "Yams compose (.basic resolver), 1 core"
        case .load: "RopaKit load: read + parse + model + references"
        case .validate: "ropa validate: load + rules + text report, not printed"
        case .renderHTML: "render the loaded register to HTML (load not timed)"
        case .renderMarkdown: "render the loaded register to Markdown (load not timed)"
        case .importWorkbook: "ropa import of the register's .ods export: read + map + write (export not timed)"
        }
    }

    /// Whether the step's time includes reading the files (the parsers are timed on bytes in memory).
    var includesReading: Bool { self == .read || self == .load || self == .validate }

    var isRender: Bool { self == .renderHTML || self == .renderMarkdown }
}

/// What a step measured, as the child prints it for the parent.
struct StepResult: Codable, Sendable {
    var step: String
    /// Wall-clock time.
    var seconds: Double
    /// User + system CPU time of all threads: less disturbed than wall time by other work on the machine.
    var cpuSeconds: Double
    var bytes: Int
    var files: Int
    var peakBytes: Int
    /// A count that shows the work was done (events, nodes, treatments, diagnostics).
    var detail: String
}

enum StepRunner {
    static func run(_ step: Step, register: String) -> StepResult {
        let paths = step == .baseline ? [] : RegisterFiles.list(register)
        // The parsers are measured on bytes already in memory; the loader reads them itself.
        let contents = step.includesReading || step.isRender || step == .baseline || step == .importWorkbook ? [] : paths.map(RegisterFiles.read)
        // The workbook is the register's own export, made once per size and kept beside it.
        let workbook = step == .importWorkbook ? Workbooks.export(register) : nil
        let bytes = if let workbook { RegisterFiles.size(workbook) } else if step.includesReading || step.isRender {
            paths.reduce(0) { $0 + RegisterFiles.size($1) }
        } else {
            contents.reduce(0) { $0 + $1.count }
        }
        // The renderers start from the model, as `ropa render` does after its checks.
        let model = step.isRender ? RegisterLoader().load(directory: register).register : nil

        let clock = ContinuousClock()
        let cpuStart = CPUTime.current()
        let start = clock.now
        let detail: String
        switch step {
        case .baseline:
            detail = "-"
        case .read:
            let read = paths.map(RegisterFiles.read)
            detail = "\(read.reduce(0) { $0 + $1.count }) bytes"
        case .libyaml:
            detail = "\(contents.reduce(0) { $0 + libyamlEvents($1) }) events"
        case .libyamlParallel:
            let counts = ParallelCounter(count: contents.count)
            DispatchQueue.concurrentPerform(iterations: contents.count) { index in
                counts.set(index, libyamlEvents(contents[index]))
            }
            detail = "\(counts.total) events"
        case .yams:
            var nodes = 0
            for content in contents {
                let text = String(decoding: content, as: UTF8.self)
                if let node = try? Parser(yaml: text, resolver: .basic).singleRoot() { nodes += countNodes(node) }
            }
            detail = "\(nodes) nodes"
        case .load:
            let loaded = RegisterLoader().load(directory: register)
            detail = "\(loaded.register?.treatments.count ?? 0) treatments, \(loaded.diagnostics.count) diagnostics"
        case .validate:
            let (diagnostics, report) = Validation.run(directory: register)
            detail = "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings, \(report.utf8.count) bytes of report"
        case .renderHTML, .renderMarkdown:
            let format: OutputFormat = step == .renderHTML ? .html : .markdown
            if let model, let document = try? DocumentRenderer(options: RenderOptions(format: format, date: Validation.date)).render(model) {
                detail = "\(document.utf8.count) bytes of \(format.rawValue)"
            } else {
                detail = "failed: the register did not load, or did not render"
            }
        case .importWorkbook:
            detail = workbook.map(Workbooks.importAndWrite) ?? "failed: the register could not be exported"
        }
        let elapsed = clock.now - start
        let cpu = CPUTime.current() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return StepResult(step: step.rawValue, seconds: seconds, cpuSeconds: cpu, bytes: bytes, files: paths.count,
                          peakBytes: PeakMemory.current(), detail: detail)
    }

    /// Parses one file with libyaml, building nothing; returns the number of events.
    static func libyamlEvents(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        var event = yaml_event_t()
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while yaml_parser_parse(&parser, &event) == 1 {
                count += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { break }
            }
        }
        return count
    }

    static func countNodes(_ node: Node) -> Int {
        switch node {
        case .scalar: 1
        case .mapping(let mapping): 1 + mapping.reduce(0) { $0 + countNodes($1.key) + countNodes($1.value) }
        case .sequence(let sequence): 1 + sequence.reduce(0) { $0 + countNodes($1) }
        case .alias: 1
        }
    }
}

/// What `ropa validate` computes before it prints: load, the rules on the given date, and the
/// text report (the sources quoted under each diagnostic).
enum Validation {
    /// A fixed date, so that the rules that depend on time give the same result every day.
    static let date = ISODate(year: 2026, month: 6, day: 1)!

    /// The library's own check (`RegisterCheck`), so that the benchmark measures what `ropa validate` runs.
    static func run(directory: String) -> (diagnostics: [Diagnostic], report: String) {
        let (loaded, diagnostics) = RegisterCheck().run(directory: directory, context: RuleContext(date: date))
        let reporter = TextReporter()
        let report = reporter.report(diagnostics, sources: loaded.sources) + reporter.summary(diagnostics, fileCount: loaded.fileCount)
        return (diagnostics, report)
    }
}

/// The CNIL workbook of a generated register, and its import as `ropa import` does it.
enum Workbooks {
    /// `register.ods` beside the register (made once: the export is not what is measured).
    static func export(_ register: String) -> String? {
        let path = register + ".ods"
        if FileManager.default.fileExists(atPath: path) { return path }
        guard let model = RegisterLoader().load(directory: register).register,
              let bytes = try? DocumentRenderer(options: RenderOptions(format: .ods, date: Validation.date, draft: true)).document(model),
              case .success = OutputFile.write(bytes, to: path) else { return nil }
        return path
    }

    /// Reads the workbook, maps it, writes the register's files into a fresh directory.
    static func importAndWrite(_ workbook: String) -> String {
        let output = workbook + ".imported-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let clock = ContinuousClock()
        var mark = clock.now
        /// The time since the last phase, in seconds: where an import's time goes.
        func phase() -> String {
            let now = clock.now
            defer { mark = now }
            let seconds = Double((now - mark).components.attoseconds) / 1e18 + Double((now - mark).components.seconds)
            return String(format: "%.2f", seconds)
        }
        switch WorkbookImport.run(contentsOf: workbook) {
        case .failure(let failure):
            return "failed: \(failure.description)"
        case .success(let result):
            let mapped = phase()
            // As `ropa import` writes: a new directory, flushed, then renamed into place.
            if case .failure(let failure) = RegisterDirectory.write(result.files, to: output, replacing: false) {
                return "failed: \(failure.reason)"
            }
            return "\(result.summary.treatments) treatments, \(result.summary.cells) cells, \(result.files.count) files;"
                + " read and map \(mapped) s, write \(phase()) s"
        }
    }
}

/// One slot per file, each written by one iteration of `concurrentPerform`.
final class ParallelCounter: @unchecked Sendable {
    private var values: [Int]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: 0, count: count) }

    func set(_ index: Int, _ value: Int) { lock.withLock { values[index] = value } }

    var total: Int { lock.withLock { values.reduce(0, +) } }
}

/// The register's files in the loader's order: organisation, processors, then `treatments/**`.
enum RegisterFiles {
    static func list(_ register: String) -> [String] {
        var paths = ["organisation.yaml", "processors.yaml"].map { register + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let treatments = register + "/treatments"
        var found: [String] = []
        if let walker = FileManager.default.enumerator(atPath: treatments) {
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { found.append(treatments + "/" + relative) }
            }
        }
        paths += found.sorted()
        return paths
    }

    static func read(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// User + system time consumed so far by the whole process.
enum CPUTime {
    static func current() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// The process's peak resident memory (VmHWM), in bytes. Linux only; 0 elsewhere.
enum PeakMemory {
    static func current() -> Int {
        // /proc files report a size of 0: read them to the end rather than by their size.
        guard let data = FileHandle(forReadingAtPath: "/proc/self/status")?.readDataToEndOfFile() else { return 0 }
        let status = String(decoding: data, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let number = line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) } ?? 0
            return number * 1024
        }
        return 0
    }
}
