#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The few file operations the loader needs, with errors precise enough for a diagnostic
/// (missing, unreadable, symlink loop, too large) and a size check before any byte is read.
enum FileSystem {
    enum Kind { case file, directory, other }

    enum Failure: Error, Equatable {
        case missing
        case loop
        case unreadable(String)
        case tooLarge(Int)
    }

    /// What is at `path`, following symbolic links.
    static func kind(of path: String) -> Result<Kind, Failure> {
        status(of: path).map(\.kind)
    }

    /// What is at `path` and its size in bytes, following symbolic links.
    static func status(of path: String) -> Result<(kind: Kind, size: Int), Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(failure(errno)) }
        let size = Int(info.st_size)
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success((.file, size))
        case S_IFDIR: return .success((.directory, size))
        default: return .success((.other, size))
        }
    }

    /// The names in a directory, sorted so that every run sees files in the same order.
    static func entries(of directory: String) -> Result<[String], Failure> {
        guard let handle = opendir(directory) else { return .failure(failure(errno)) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// True when `path` itself is a symbolic link (whatever it points at).
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The canonical absolute path of a directory (symbolic links resolved), to recognise a
    /// directory reached twice through links.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a file, refusing before reading when it is larger than `limit`.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused just below).
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(failure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno)) }
        // A pipe, socket or device (/dev/zero) has no size to check and may never end.
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(.unreadable(info.st_mode & S_IFMT == S_IFDIR ? "it is a directory" : "not a regular file"))
        }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + total, size - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno))
            }
            if count == 0 { break }
            total += count
        }
        // A file that grew while being read is still refused past the limit.
        var extra: UInt8 = 0
        if total == size, systemRead(descriptor, &extra, 1) == 1 { return .failure(.tooLarge(size + 1)) }
        return .success(Array(bytes.prefix(total)))
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case ELOOP: .loop
        default: .unreadable(String(cString: strerror(code)))
        }
    }
}
