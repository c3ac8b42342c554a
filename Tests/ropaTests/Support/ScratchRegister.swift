// A temporary register directory for one test, removed when the test is done with it.
import Foundation

/// A fresh directory under the system's temporary directory, optionally filled with a copy of a
/// fixture register, deleted (with everything in it, whatever its permissions) on `deinit`.
///
///     let register = try ScratchRegister(copying: "minimal")
///     try register.write("treatments/one.yaml", "id: one\n…")
///     let result = try runRopa(["validate", register.path])
final class ScratchRegister {
    let url: URL
    var path: String { url.path }

    /// An empty directory, or a copy of `Tests/Fixtures/<fixture>` when given.
    init(copying fixture: String? = nil) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ropa-test-\(UUID().uuidString)", isDirectory: true)
        if let fixture {
            try FileManager.default.copyItem(at: PackagePaths.fixture(fixture), to: url)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    deinit {
        // Undo chmod 000 and the like first, so that nothing is left behind.
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in walker {
                chmod(url.appendingPathComponent(relative).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// The absolute path of `relative` inside the register.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes a file (creating its directory), replacing any previous one.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Copies `Tests/Fixtures/<fixture>` to `relative` inside the register.
    func copy(fixture: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PackagePaths.fixture(fixture), to: target)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relative))
    }

    /// A symbolic link at `relative` whose content is `destination` (relative to the link's folder, or absolute).
    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }
}
