import Foundation

/// Everything one run measured, printed as tables and written as JSON.
struct Report: Codable {
    var cores: Int
    var repeats: Int
    var generatorVersion: Int
    var loadAverageBefore: String
    var loadAverageAfter = ""
    var sizes: [Size] = []
    var targets: [Target] = []
    var startup: Startup?

    struct Size: Codable {
        var treatments: Int
        var files: Int
        /// The register's size on disk.
        var bytes: Int
        var steps: [StepLine]

        var floor: StepLine? { steps.first { $0.step == Step.libyaml.rawValue } }

        func line(_ step: Step) -> StepLine? { steps.first { $0.step == step.rawValue } }

        mutating func computeRatios() {
            guard let floor = floor?.seconds, floor > 0 else { return }
            for index in steps.indices where steps[index].step != Step.baseline.rawValue {
                steps[index].ratioToFloor = steps[index].seconds / floor
            }
        }

        func table() -> String {
            var text = "\n\(treatments) treatments, \(files) files, \(Format.megabytes(bytes)) on disk\n"
            text += Format.row(["step", "time", "cpu", "MB/s", "peak memory", "× floor", "what"])
            for line in steps {
                let isBaseline = line.step == Step.baseline.rawValue
                text += Format.row([
                    line.step,
                    isBaseline ? "-" : Format.seconds(line.seconds),
                    isBaseline ? "-" : Format.seconds(line.cpuSeconds),
                    isBaseline || line.seconds == 0 ? "-" : String(format: "%.1f", Double(bytes) / 1e6 / line.seconds),
                    Format.megabytes(line.peakBytes),
                    line.ratioToFloor.map { String(format: "%.2f", $0) } ?? "-",
                    line.detail,
                ])
            }
            return text
        }
    }

    struct StepLine: Codable {
        var step: String
        var seconds: Double
        var cpuSeconds: Double
        var peakBytes: Int
        var ratioToFloor: Double?
        var detail: String

        init(_ result: StepResult) {
            step = result.step
            seconds = result.seconds
            cpuSeconds = result.cpuSeconds
            peakBytes = result.peakBytes
            detail = result.detail
        }
    }

    struct Target: Codable {
        var name: String
        var limit: String
        var measured: String
        var met: Bool
    }

    struct Startup: Codable {
        var binary: String
        var register: String
        var runs: Int
        var versionSeconds: Double
        var validateSeconds: Double
        var ratio: Double { validateSeconds / versionSeconds }

        enum CodingKeys: String, CodingKey { case binary, register, runs, versionSeconds, validateSeconds }
    }

    /// The targets, for the largest register measured and the one ten times smaller.
    mutating func evaluateTargets() {
        guard let large = sizes.max(by: { $0.treatments < $1.treatments }) else { return }
        let name = "\(large.treatments) treatments"
        if let floor = large.floor, let validate = large.line(.validate) {
            let ratio = validate.seconds / floor.seconds
            targets.append(Target(name: "validate ≤ 4 × libyaml floor (\(name))", limit: "4.00",
                                  measured: String(format: "%.2f (%@ vs %@)", ratio, Format.seconds(validate.seconds), Format.seconds(floor.seconds)),
                                  met: ratio <= 4))
        }
        if let small = sizes.first(where: { $0.treatments * 10 == large.treatments }),
           let largeTime = large.line(.validate)?.seconds, let smallTime = small.line(.validate)?.seconds {
            let ratio = largeTime / smallTime
            targets.append(Target(name: "validate grows linearly (\(large.treatments) vs \(small.treatments))", limit: "11.0",
                                  measured: String(format: "%.2f", ratio), met: ratio <= 11))
        }
        // Issue 13: a 1,000-treatment workbook imports in under 2 s.
        if let thousand = sizes.first(where: { $0.treatments == 1_000 }), let imported = thousand.line(.importWorkbook) {
            targets.append(Target(name: "import of a 1,000-treatment workbook ≤ 2 s", limit: "2.00 s",
                                  measured: Format.seconds(imported.seconds), met: imported.seconds <= 2))
        }
        if let validate = large.line(.validate) {
            let limit = 5 * large.bytes + 50_000_000
            targets.append(Target(name: "validate peak memory ≤ 5 × size + 50 MB (\(name))", limit: Format.megabytes(limit),
                                  measured: Format.megabytes(validate.peakBytes), met: validate.peakBytes <= limit))
        }
    }

    func targetsTable() -> String {
        var text = "\nTargets\n"
        for target in targets {
            text += Format.row([target.met ? "met" : "MISSED", target.name, "limit \(target.limit)", "measured \(target.measured)"])
        }
        if let startup {
            text += Format.row([startup.ratio <= 1.5 ? "met" : "MISSED", "ropa validate ≤ 1.5 × ropa --version (\(startup.runs) runs)",
                                "limit 1.50",
                                String(format: "measured %.2f (%@ vs %@)", startup.ratio, Format.seconds(startup.validateSeconds),
                                       Format.seconds(startup.versionSeconds))])
            text += "  start-up register: \(startup.register)\n"
        }
        return text
    }
}

enum Format {
    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.3f s", value)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

    static func row(_ cells: [String]) -> String {
        let widths = [18, 10, 10, 8, 12, 8]
        var line = ""
        for (index, cell) in cells.enumerated() {
            let width = index < widths.count ? widths[index] : 0
            line += cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) + " "
        }
        return "  " + line.trimmingCharacters(in: .whitespaces) + "\n"
    }
}
