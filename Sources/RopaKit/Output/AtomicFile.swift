#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a file so that readers see either the old file or the complete new one: the bytes go
/// to a temporary file in the same directory (same file system, so `rename` is atomic), which
/// is flushed and then renamed over the target. On any failure the temporary file is removed
/// and an existing target is left untouched.
public enum AtomicFile {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    public static func write(_ text: String, to path: String) -> Result<Void, Failure> {
        write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) -> Result<Void, Failure> {
        func failure(_ what: String, _ code: Int32 = errno) -> Result<Void, Failure> {
            .failure(Failure(path: path, reason: "\(what) (\(String(cString: strerror(code))))"))
        }
        guard !path.isEmpty, !path.hasSuffix("/") else { return .failure(Failure(path: path, reason: "this is not a file name")) }
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR {
            return .failure(Failure(path: path, reason: "it is a directory"))
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path

        var template = Array("\(directory)/.\(name).ropa-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            let code = errno
            return failure(code == ENOENT ? "the directory '\(directory)' does not exist" : "cannot create a file in '\(directory)'", code)
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }

        // Keep the permissions of the file being replaced; a new file gets rw-r--r--.
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o644
        guard fchmod(descriptor, mode) == 0 else {
            let code = errno
            close(descriptor)
            return failure("cannot set the file's permissions", code)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                return failure("writing failed", code)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            return failure("flushing to disk failed", code)
        }
        guard close(descriptor) == 0 else { return failure("closing failed") }
        guard rename(temporary, path) == 0 else { return failure("cannot replace the file") }
        done = true
        return .success(())
    }
}
