import ArgumentParser
import RopaKit

/// Options shared by every command that reads a register.
struct RegisterOptions: ParsableArguments {
    @Argument(help: "The register directory (holds organisation.yaml and treatments/).")
    var directory: String = "register"

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

    func validate() throws {
        guard [maxFileBytes, maxDepth, maxNodes, maxFiles, maxRegisterBytes, maxDiagnostics].allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--max-file-size, --max-depth, --max-nodes, --max-files, --max-register-size and --max-diagnostics must be positive numbers")
        }
    }

    var limits: LoadLimits {
        LoadLimits(maxFileBytes: maxFileBytes, maxDepth: maxDepth, maxNodesPerFile: maxNodes,
                   maxFiles: maxFiles, maxRegisterBytes: maxRegisterBytes, maxDiagnostics: maxDiagnostics)
    }

    func load() -> LoadedRegister { RegisterLoader(limits: limits).load(directory: directory) }

    /// Loads the register and runs the GDPR/CNIL rules for `day`: what `validate` reports and what
    /// `render` refuses a document for.
    func check(on day: ISODate, reviewMonths: Int = RuleContext.defaultReviewPeriodMonths) -> (LoadedRegister, [Diagnostic]) {
        let result = RegisterCheck(limits: limits).run(directory: directory,
                                                       context: RuleContext(date: day, reviewPeriodMonths: reviewMonths))
        return (result.loaded, result.diagnostics)
    }
}
