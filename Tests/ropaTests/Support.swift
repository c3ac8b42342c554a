import Foundation

/// Runs the built `ropa` binary and reports what a user would see.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
}

enum Binary {
    /// The package root: this file is `Tests/ropaTests/Support.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `ropa` beside the test bundle (the build directory `swift test` used), else in `.build/debug`.
    static var ropa: String {
        var candidates: [String] = []
        if let argument = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: argument).resolvingSymlinksInPath()
            // On Linux the test runner is `<build>/ropaPackageTests.xctest`; on macOS a bundle deeper down.
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("ropa").path)
            }
        }
        candidates.append(packageRoot + "/.build/debug/ropa")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last ?? "ropa"
    }

    static let injection = packageRoot + "/Tests/Fixtures/injection"
    static let example = packageRoot + "/register"

    static func run(_ arguments: [String], executable: String = Binary.ropa, in directory: String? = nil,
                    environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large document cannot fill a pipe and block it.
        let errData = ConcurrentRead(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errBytes = errData.wait()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errBytes, as: UTF8.self), stdoutBytes: outData)
    }

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of a fixture register, to break or change without touching the repository.
    static func copy(_ register: String) throws -> String {
        let target = try temporaryDirectory() + "/register"
        try FileManager.default.copyItem(atPath: register, toPath: target)
        return target
    }
}

/// Reads a file handle to its end on another thread.
final class ConcurrentRead: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
