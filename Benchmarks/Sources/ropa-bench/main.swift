import Foundation
import RegisterGenerator

// ropa-bench: generates synthetic registers and measures each step of reading one, each step in a
// fresh child process. See docs/performance.md.
//
//   ropa-bench run [--sizes 100,1000,10000] [--repeat 5] [--steps a,b] [--work DIR] [--json FILE]
//                  [--ropa PATH] [--example DIR]
//   ropa-bench generate N DIR
//   ropa-bench step STEP REGISTER        (what the runner starts in each child)

let usage = """
usage: ropa-bench run [--sizes 100,1000,10000] [--repeat N] [--steps s1,s2] [--work DIR] [--json FILE]
                      [--ropa PATH] [--example DIR] [--startup-runs N]
       ropa-bench generate TREATMENTS DIRECTORY
       ropa-bench step STEP REGISTER
steps: \(Step.allCases.map(\.rawValue).joined(separator: ", "))

"""

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ropa-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("no command\n" + usage) }
arguments.removeFirst()

switch command {
case "step":
    guard arguments.count == 2, let step = Step(rawValue: arguments[0]) else { fail("step STEP REGISTER\n" + usage) }
    let result = StepRunner.run(step, register: arguments[1])
    let encoder = JSONEncoder()
    FileHandle.standardOutput.write(try! encoder.encode(result) + Data("\n".utf8))
case "generate":
    guard arguments.count == 2, let count = Int(arguments[0]), count > 0 else { fail("generate TREATMENTS DIRECTORY") }
    do {
        let bytes = try RegisterGenerator(treatments: count).write(to: arguments[1])
        print("wrote \(count) treatments, \(bytes) bytes, into \(arguments[1])")
    } catch {
        fail("cannot write the register: \(error)")
    }
case "run":
    var options = Runner.Options()
    var index = 0
    func value() -> String {
        index += 1
        guard index < arguments.count else { fail("\(arguments[index - 1]) needs a value") }
        return arguments[index]
    }
    while index < arguments.count {
        switch arguments[index] {
        case "--sizes": options.sizes = value().split(separator: ",").compactMap { Int($0) }
        case "--repeat": options.repeats = max(1, Int(value()) ?? 5)
        case "--steps": options.steps = value().split(separator: ",").map { name in
            guard let step = Step(rawValue: String(name)) else { fail("unknown step '\(name)'") }
            return step
        }
        case "--work": options.workDirectory = value()
        case "--json": options.jsonPath = value()
        case "--ropa": options.ropaBinary = value()
        case "--example": options.exampleRegister = value()
        case "--startup-runs": options.startupRuns = max(1, Int(value()) ?? 30)
        default: fail("unknown option '\(arguments[index])'\n" + usage)
        }
        index += 1
    }
    Runner(options: options).run()
default:
    fail("unknown command '\(command)'\n" + usage)
}
