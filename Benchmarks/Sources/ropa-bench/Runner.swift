import Foundation
import RegisterGenerator

/// Generates the registers, runs every step in a child process, prints and writes the results.
struct Runner {
    struct Options {
        var sizes = [100, 1_000, 10_000]
        var repeats = 5
        var steps = Step.allCases
        var workDirectory = NSTemporaryDirectory() + "ropa-bench"
        var jsonPath: String?
        /// A release `ropa` binary, for the start-up comparison; found next to the repository when absent.
        var ropaBinary: String?
        /// The register `ropa validate` is timed on for the start-up comparison.
        var exampleRegister: String?
        var startupRuns = 30
    }

    var options: Options

    func run() {
        var report = Report(cores: ProcessInfo.processInfo.activeProcessorCount, repeats: options.repeats,
                            generatorVersion: RegisterGenerator.version, loadAverageBefore: Self.loadAverage())
        print("load average before: \(report.loadAverageBefore) (other work on the machine slows every step)")
        for size in options.sizes {
            let register = prepareRegister(treatments: size)
            var measured = Report.Size(treatments: size, files: 0, bytes: 0, steps: [])
            for step in options.steps {
                let results = (0..<options.repeats).map { _ in runChild(step, register: register) }
                let result = Self.best(results)
                measured.files = result.files
                if result.bytes > 0 { measured.bytes = result.bytes }
                measured.steps.append(.init(result))
            }
            measured.computeRatios()
            report.sizes.append(measured)
            print(measured.table())
        }
        report.evaluateTargets()
        report.loadAverageAfter = Self.loadAverage()
        print("\nload average after: \(report.loadAverageAfter)")
        if let startup = measureStartup() { report.startup = startup }
        print(report.targetsTable())
        if let path = options.jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do {
                try encoder.encode(report).write(to: URL(fileURLWithPath: path))
                print("results written to \(path)")
            } catch {
                fail("cannot write \(path): \(error)")
            }
        }
    }

    /// The register of `treatments` treatments, generated once into the work directory.
    private func prepareRegister(treatments: Int) -> String {
        let directory = "\(options.workDirectory)/registers/\(treatments)-v\(RegisterGenerator.version)"
        let marker = directory + "/.complete"
        if FileManager.default.fileExists(atPath: marker) { return directory }
        try? FileManager.default.removeItem(atPath: directory)
        do {
            let bytes = try RegisterGenerator(treatments: treatments).write(to: directory)
            try Data().write(to: URL(fileURLWithPath: marker))
            print("generated \(treatments) treatments (\(bytes) bytes) in \(directory)")
        } catch {
            fail("cannot generate the register in \(directory): \(error)")
        }
        return directory
    }

    private func runChild(_ step: Step, register: String) -> StepResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["step", step.rawValue, register]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            fail("cannot start a child process: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(StepResult.self, from: data) else {
            fail("the step '\(step.rawValue)' failed (status \(process.terminationStatus))")
        }
        return result
    }

    /// The fastest run: other work on the machine only ever adds time. Memory: the median peak.
    private static func best(_ results: [StepResult]) -> StepResult {
        var best = results.min { $0.seconds < $1.seconds }!
        best.cpuSeconds = results.map(\.cpuSeconds).min()!
        best.peakBytes = results.map(\.peakBytes).sorted()[results.count / 2]
        return best
    }

    /// The first three fields of /proc/loadavg.
    private static func loadAverage() -> String {
        guard let data = FileHandle(forReadingAtPath: "/proc/loadavg")?.readDataToEndOfFile() else { return "?" }
        return String(decoding: data, as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
    }

    // MARK: Start-up

    /// `ropa validate` on the example register against `ropa --version`, wall time over many runs.
    private func measureStartup() -> Report.Startup? {
        guard let binary = options.ropaBinary ?? defaultBinary(), FileManager.default.isExecutableFile(atPath: binary) else {
            print("(start-up comparison skipped: build ropa with 'swift build -c release' at the root, or pass --ropa PATH)")
            return nil
        }
        let register = options.exampleRegister ?? exampleRegister()
        let version = timeCommand(binary, ["--version"])
        let validate = timeCommand(binary, ["validate", "--quiet", register])
        return Report.Startup(binary: binary, register: register, runs: options.startupRuns,
                              versionSeconds: version, validateSeconds: validate)
    }

    private func defaultBinary() -> String? {
        let candidate = FileManager.default.currentDirectoryPath + "/.build/release/ropa"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// The repository's example register when it is there, else a generated one of its size.
    private func exampleRegister() -> String {
        let example = FileManager.default.currentDirectoryPath + "/register"
        if FileManager.default.fileExists(atPath: example + "/organisation.yaml") { return example }
        return prepareRegister(treatments: 12)
    }

    /// Mean wall time of `runs` runs, after two warm-up runs.
    private func timeCommand(_ binary: String, _ arguments: [String]) -> Double {
        let clock = ContinuousClock()
        var total = Duration.zero
        for run in 0..<(options.startupRuns + 2) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = clock.now
            do { try process.run() } catch { fail("cannot run \(binary): \(error)") }
            process.waitUntilExit()
            if run >= 2 { total += clock.now - start }
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) * 1e-18
        return seconds / Double(options.startupRuns)
    }
}
