import ArgumentParser
import RopaKit

/// The register argument shared by every command that reads a register.
struct RegisterOptions: ParsableArguments {
    @Argument(help: "The register directory (holds organisation.yaml and treatments/).", completion: .directory)
    var directory: String = "register"

    /// The register as the command reads it, with the loader's limits. The limits are each
    /// command's own last option group: they matter for untrusted input in CI, not for a daily
    /// run, so the help lists them after the command's own options. (Untitled: ArgumentParser
    /// 1.8.2 lists titled groups before the options, and a titled group nested here crashes its
    /// debug-build validation on `subject`, which has a required argument.)
    func reading(with limits: LimitOptions) -> RegisterInput {
        RegisterInput(directory: directory, limits: limits.limits)
    }
}

/// A register directory and the limits it is read with.
struct RegisterInput {
    let directory: String
    let limits: LoadLimits

    func load() -> LoadedRegister { RegisterLoader(limits: limits).load(directory: directory) }

    /// Loads the register and runs the GDPR/CNIL rules for `day`: what `validate` reports and what
    /// `render` refuses a document for.
    func check(on day: ISODate, reviewMonths: Int = RuleContext.defaultReviewPeriodMonths) -> (LoadedRegister, [Diagnostic]) {
        let result = RegisterCheck(limits: limits).run(directory: directory,
                                                       context: RuleContext(date: day, reviewPeriodMonths: reviewMonths))
        return (result.loaded, result.diagnostics)
    }
}

/// How much of a register the loader accepts before it stops.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Largest register file accepted, in bytes.")
    var maxFileBytes: Int = LoadLimits.default.maxFileBytes

    @Option(name: .customLong("max-depth"), help: "Deepest nesting accepted in a register file.")
    var maxDepth: Int = LoadLimits.default.maxDepth

    @Option(name: .customLong("max-nodes"), help: "Most values accepted in one register file.")
    var maxNodes: Int = LoadLimits.default.maxNodesPerFile

    @Option(name: .customLong("max-files"), help: "Most files read in one register.")
    var maxFiles: Int = LoadLimits.default.maxFiles

    @Option(name: .customLong("max-register-size"), help: "Most bytes read in one register, all files together.")
    var maxRegisterBytes: Int = LoadLimits.default.maxRegisterBytes

    @Option(name: .customLong("max-diagnostics"), help: "Most problems collected before loading stops.")
    var maxDiagnostics: Int = LoadLimits.default.maxDiagnostics

    /// Each limit is at least 1 and at most far beyond any real register (docs/reliability.md):
    /// a limit of 10^18 bytes is no limit, and sums of sizes near Int.max would overflow.
    func validate() throws {
        try requireInRange(maxFileBytes, 1...(1 << 30), option: "--max-file-size", unit: "bytes (1 GiB)")
        try requireInRange(maxDepth, 1...1_000, option: "--max-depth", unit: "levels (libyaml's own limit)")
        try requireInRange(maxNodes, 1...10_000_000, option: "--max-nodes", unit: "values")
        try requireInRange(maxFiles, 1...1_000_000, option: "--max-files", unit: "files")
        try requireInRange(maxRegisterBytes, 1...(1 << 32), option: "--max-register-size", unit: "bytes (4 GiB)")
        try requireInRange(maxDiagnostics, 1...1_000_000, option: "--max-diagnostics", unit: "problems")
    }

    var limits: LoadLimits {
        LoadLimits(maxFileBytes: maxFileBytes, maxDepth: maxDepth, maxNodesPerFile: maxNodes,
                   maxFiles: maxFiles, maxRegisterBytes: maxRegisterBytes, maxDiagnostics: maxDiagnostics)
    }
}

/// `-o/--output`, shared by the commands that produce a document.
struct OutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file (atomically; through a symbolic link; never over a file of the register) instead of standard output ('-').",
        valueName: "file"), completion: .file())
    var path: String?

    @Flag(name: .shortAndLong, help: "Print nothing on standard error after the file is written.")
    var quiet = false
}

/// `--delimiter`, for the commands that write CSV.
struct CSVOptions: ParsableArguments {
    @Option(name: .customLong("delimiter"), help: ArgumentHelp(
        "With --format csv: the field separator, ',' (default) or ';' (what Excel expects in French settings).",
        valueName: "char"))
    var delimiter: CSVDelimiter?

    /// A delimiter given for another format is a mistake worth saying (exit 2), not a silent no-op.
    func delimiter(for format: OutputFormat) throws -> CSVDelimiter {
        guard let delimiter else { return .comma }
        guard format == .csv else { throw ValidationError("--delimiter applies to --format csv only, not \(format.rawValue)") }
        return delimiter
    }
}

extension CSVDelimiter: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        default: return nil
        }
    }

    public static var allValueStrings: [String] { [",", ";"] }
}

/// A usage error (exit 2) when `document` is not made in `format`: said as ArgumentParser says
/// any wrong option, not as a diagnostic with a made-up file position.
func requireFormat(_ format: OutputFormat, of document: DocumentKind) throws {
    guard document.formats.contains(format) else {
        throw ValidationError("--format \(format.rawValue): \(document.summary) is made as "
            + document.formats.map(\.rawValue).joined(separator: ", ") + " only")
    }
}

/// A usage error (exit 2) naming the option and its bounds when `value` is outside `range`.
func requireInRange(_ value: Int, _ range: ClosedRange<Int>, option: String, unit: String) throws {
    guard range.contains(value) else {
        throw ValidationError("\(option) must be from \(range.lowerBound) to \(range.upperBound) \(unit), not \(value)")
    }
}
