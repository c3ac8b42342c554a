// Runs the built `ropa` binary for end-to-end tests, with a timeout so that a hang fails the
// test instead of blocking CI. Shared by every test file in Tests/ropaTests.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of the binary gave.
struct RopaResult: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    /// How long the run took, in seconds.
    var seconds: Double

    /// Everything printed, for `#expect` comments: a failing test shows what the binary said.
    var description: String { "exit \(status) after \(seconds)s\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// True when nothing in the output looks like a crash (Swift runtime trap, signal, backtrace).
    var didNotCrash: Bool {
        let crashMarkers = ["Fatal error", "Stack dump", "Current stack trace", "Illegal instruction",
                            "Segmentation fault", "Crash", "💣", "Backtrace"]
        return status >= 0 && status < 128 && !crashMarkers.contains { stdout.contains($0) || stderr.contains($0) }
    }
}

enum RopaProcessError: Error, CustomStringConvertible {
    case binaryMissing(String)
    case timedOut(arguments: [String], seconds: Double, stdout: String)

    var description: String {
        switch self {
        case .binaryMissing(let path):
            "the ropa binary is not at \(path): run 'swift build' in the package root before the end-to-end tests"
        case .timedOut(let arguments, let seconds, let stdout):
            "ropa \(arguments.joined(separator: " ")) did not finish within \(seconds)s and was killed; it printed:\n\(stdout)"
        }
    }
}

/// Paths of the package, found from this source file so that tests work from any directory.
enum PackagePaths {
    /// The package root: this file is `<root>/Tests/ropaTests/Support/RopaProcess.swift`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example register, `register/`.
    static let example = root.appendingPathComponent("register").path

    /// `Tests/Fixtures/<name>`.
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The debug binary that `swift build` (and `swift test`) puts in `.build/debug`.
    static var ropaBinary: URL {
        if let override = ProcessInfo.processInfo.environment["ROPA_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return root.appendingPathComponent(".build/debug/ropa")
    }
}

/// A fixed "today" (2026-06-01) for the rules that depend on the date (`review-overdue`, adequacy
/// decisions in force): pass it as `env:` so that a test does not start failing as time passes.
let fixedSourceDate = ["SOURCE_DATE_EPOCH": "1780272000"]

/// Runs `ropa` with `arguments` and waits at most `timeout` seconds.
///
/// - Parameters:
///   - cwd: the working directory (default: the test process's).
///   - env: variables set on top of the test process's environment.
///   - unsetting: variables removed from the environment (e.g. `NO_COLOR`).
/// - Throws: `RopaProcessError.timedOut` after killing the process when it runs too long,
///   `.binaryMissing` when the binary has not been built.
func runRopa(_ arguments: [String], cwd: String? = nil, env: [String: String] = [:], unsetting: Set<String> = [],
             timeout: Double = 20) throws -> RopaResult {
    try run(try ropaBinary(), arguments, cwd: cwd, env: env, unsetting: unsetting, timeout: timeout)
}

/// The program that runs a command on a pseudo-terminal (util-linux `script`), when there is one.
let terminalRunner = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs `ropa` with its output on a pseudo-terminal, as when a person types the command, to see
/// what it prints on a terminal (colours). `stdout` is what the terminal showed (both streams,
/// lines ending in CR LF). Needs `terminalRunner`: guard the test with `.enabled(if: terminalRunner != nil)`.
func runRopaOnTerminal(_ arguments: [String], cwd: String? = nil, env: [String: String] = [:],
                       unsetting: Set<String> = [], timeout: Double = 20) throws -> RopaResult {
    let command = ([try ropaBinary().path] + arguments).map(shellQuoted).joined(separator: " ")
    guard let script = terminalRunner else { throw RopaProcessError.binaryMissing("script (util-linux)") }
    // -q: no banner; -e: script exits with the command's status; /dev/null: no typescript file.
    return try run(URL(fileURLWithPath: script), ["-q", "-e", "-c", command, "/dev/null"],
                   cwd: cwd, env: env, unsetting: unsetting, timeout: timeout)
}

private func ropaBinary() throws -> URL {
    let binary = PackagePaths.ropaBinary
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw RopaProcessError.binaryMissing(binary.path)
    }
    return binary
}

private func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Runs a program with no standard input, its output on pipes; kills it (this process only,
/// never by name) when it runs longer than `timeout` seconds. Internal, not private: the render
/// tests run a copy of the binary made elsewhere.
func run(_ executable: URL, _ arguments: [String], cwd: String?, env: [String: String], unsetting: Set<String>,
                 timeout: Double) throws -> RopaResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var environment = ProcessInfo.processInfo.environment
    for name in unsetting { environment[name] = nil }
    environment.merge(env) { _, new in new }
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe

    let started = Date()
    try process.run()
    // Both pipes are drained on their own threads while the process runs: a child that writes
    // more than a pipe holds (64 KiB) would otherwise block forever.
    let stdout = PipeDrain(outPipe.fileHandleForReading)
    let stderr = PipeDrain(errPipe.fileHandleForReading)
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    if !process.isRunning { exited.signal() }
    if exited.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        throw RopaProcessError.timedOut(arguments: arguments, seconds: timeout, stdout: stdout.text())
    }
    process.waitUntilExit()
    return RopaResult(status: process.terminationStatus, stdout: stdout.text(), stderr: stderr.text(),
                      seconds: Date().timeIntervalSince(started))
}

/// Reads a pipe to its end on a background thread.
private final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// What was read, once the writer has closed its end (the process exited or was killed).
    func text() -> String {
        done.wait()
        done.signal()
        return String(decoding: data, as: UTF8.self)
    }
}
