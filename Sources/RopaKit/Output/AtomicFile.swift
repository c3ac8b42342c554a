#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one: the bytes go
/// to a temporary file in the same directory (same file system, so `rename` is atomic), which
/// is flushed and then renamed over the target. On any failure the temporary file is removed
/// and an existing target is left untouched; on SIGINT, SIGTERM or SIGHUP too (the process then
/// dies of the signal as it would have).
///
/// The path is taken as it is: a symbolic link at `path` is replaced, not followed. `OutputFile`
/// is what a command uses for a user's `-o` (links followed, devices and pipes written directly).
public enum AtomicFile {
    /// The same failures as every other output.
    public typealias Failure = OutputFailure

    public static func write(_ text: String, to path: String) -> Result<Void, Failure> {
        write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) -> Result<Void, Failure> {
        place(bytes, at: path, replacing: true)
    }

    /// Creates `path`, complete or not at all, and never over anything already there (a file,
    /// a directory, a link even to nothing): the temporary file is hard-linked to its name, which
    /// fails when the name is taken.
    public static func create(_ bytes: [UInt8], at path: String) -> Result<Void, Failure> {
        place(bytes, at: path, replacing: false)
    }

    private static func place(_ bytes: [UInt8], at path: String, replacing: Bool) -> Result<Void, Failure> {
        func failure(_ reason: String, _ code: Int32 = 0) -> Result<Void, Failure> { .failed(path, reason, code) }
        guard !path.isEmpty, !path.hasSuffix("/") else { return failure("this is not a file name") }
        let existing = try? SystemFile.status(of: path).get()
        if existing?.kind == .directory { return failure("it is a directory") }
        if !replacing, case .success = SystemFile.status(of: path, followingLinks: false) {
            return failure("it already exists", EEXIST)
        }
        let (directory, name) = SystemFile.split(path)
        // Keep the permissions of the file being replaced; a new file gets rw-r--r--.
        let permissions: mode_t = replacing ? existing?.permissions ?? 0o644 : 0o644

        // A random name, registered for removal on a signal before the file exists: a signal
        // at any moment leaves nothing behind. Another file of that name is met by another try.
        for _ in 0..<100 {
            // The name is shortened so that the temporary name stays within NAME_MAX.
            let temporary = "\(directory)/.\(name.prefix(64)).ropa-\(randomSuffix())"
            let outcome = SystemFile.removedOnSignal(temporary) { () -> Result<Void, Failure>? in
                let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                guard descriptor >= 0 else {
                    let code = errno
                    if code == EEXIST { return nil }
                    return failure(code == ENOENT ? "the directory '\(directory)' does not exist" : "cannot create a file in '\(directory)'", code)
                }
                var done = false
                defer { if !done { unlink(temporary) } }
                if let problem = fill(descriptor, with: bytes, permissions: permissions) {
                    return failure(problem.what, problem.code)
                }
                if replacing {
                    guard rename(temporary, path) == 0 else { return failure("cannot replace the file", errno) }
                    done = true
                    return .success(())
                }
                if link(temporary, path) != 0 {
                    let code = errno
                    if code == EEXIST { return failure("it already exists", code) }
                    // A file system without hard links (FAT, some network ones): check, then rename.
                    guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS].contains(code) else { return failure("cannot create the file", code) }
                    if case .success = SystemFile.status(of: path, followingLinks: false) { return failure("it already exists", EEXIST) }
                    guard rename(temporary, path) == 0 else { return failure("cannot create the file", errno) }
                    done = true
                    return .success(())
                }
                return .success(())  // the deferred unlink removes the temporary name, the file stays
            }
            if let outcome { return outcome }
        }
        return failure("cannot find a free temporary name in '\(directory)'")
    }

    /// Sets the permissions, writes, flushes to disk and closes; what failed, if anything.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], permissions: mode_t) -> (what: String, code: Int32)? {
        var problem: (what: String, code: Int32)?
        if fchmod(descriptor, permissions) != 0 {
            problem = ("cannot set the file's permissions", errno)
        } else if let code = SystemFile.writeAll(bytes, to: descriptor) {
            problem = ("writing failed", code)
        } else if fsync(descriptor) != 0 {
            problem = ("flushing to disk failed", errno)
        }
        let closed = close(descriptor) == 0
        if problem == nil, !closed { problem = ("closing failed", errno) }
        return problem
    }

    private static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}
