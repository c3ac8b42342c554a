import CleanupOnSignal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls the outputs share, each failure kept as its errno so that messages say what
/// the system said ("No space left on device") and never a Foundation error name.
enum SystemFile {
    enum Kind: Equatable { case regular, directory, link, fifo, characterDevice, other }

    struct Status {
        var kind: Kind
        var identity: FileIdentity
        var permissions: mode_t
    }

    /// Writes all of `bytes`, going on after a signal (EINTR) and after a partial write (a pipe,
    /// a terminal); nil when everything was written, else the errno.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // write(2) returning 0 for a non-empty buffer would loop forever.
            if count == 0 { return EIO }
            written += count
        }
        return nil
    }

    /// Creates `path` holding `bytes`, rw-r--r--, never over an existing name nor through a link,
    /// and does not flush it: for the files of a directory this process has just made, which are
    /// flushed together (`flush(_:directories:)`) before the directory is put in place. One
    /// `fsync` per file would cost a journal commit each (a quarter of a 1,000-fiche import).
    /// Nil when done, else the errno.
    static func createUnflushed(_ bytes: [UInt8], at path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        var problem: Int32? = fchmod(descriptor, 0o644) == 0 ? writeAll(bytes, to: descriptor) : errno
        if close(descriptor) != 0, problem == nil { problem = errno }
        return problem
    }

    /// Flushes to disk files written by `createUnflushed` and the directories that hold them:
    /// on Linux one `syncfs(2)` of their file system, elsewhere (or if the C library lacks it)
    /// one `fsync` per file and per directory. Nil when done, else the errno.
    ///
    /// syncfs(2) (Debian's manual on this machine, read 2026-12-01): Linux waits for the writes,
    /// the guarantee of an `fsync` on every file of the file system; before Linux 5.8 it does not
    /// report a write-back error. It also flushes the file system's other dirty data. (That it
    /// has no effect on FUSE before Linux 5.15 was said in review; that manual does not say so:
    /// unconfirmed.) The files go to a directory that is renamed into place only afterwards, so
    /// a reader never sees half a register.
    static func flush(_ files: [String], directories: [String]) -> Int32? {
        if let anchor = directories.first, let synced = syncFileSystem(holding: anchor) { return synced == 0 ? nil : synced }
        for path in files + directories {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return errno }
            let code: Int32? = fsync(descriptor) == 0 ? nil : errno
            close(descriptor)
            if let code { return code }
        }
        return nil
    }

    /// `syncfs(2)` on the file system holding `path`: 0 when done, the errno when it failed, nil
    /// when there is no such call. It is a GNU extension that the Glibc module does not declare,
    /// so it is looked up in the C library at run time.
    private static func syncFileSystem(holding path: String) -> Int32? {
        #if os(Linux)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let library = dlopen(nil, RTLD_NOW) else { return nil }
        defer { dlclose(library) }
        guard let symbol = dlsym(library, "syncfs") else { return nil }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 ? 0 : errno
        #else
        return nil
        #endif
    }

    /// The system's wording of an errno.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// What is at `path`: the file a link leads to, or the link itself when `followingLinks` is false.
    static func status(of path: String, followingLinks: Bool = true) -> Result<Status, Errno> {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(Errno(errno)) }
        let kind: Kind = switch info.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .link
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        default: .other
        }
        return .success(Status(kind: kind, identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
                               permissions: info.st_mode & 0o7777))
    }

    /// The path a chain of symbolic links ends at (`path` itself when it is no link), which may
    /// not exist yet: writing "through" a link writes there.
    static func finalTarget(of path: String) -> Result<String, Errno> {
        var current = path
        for _ in 0..<40 {  // the kernel's own limit on links followed (ELOOP)
            switch status(of: current, followingLinks: false) {
            case .failure(let error) where error.code == ENOENT: return .success(current)
            case .failure(let error): return .failure(error)
            case .success(let status) where status.kind != .link: return .success(current)
            case .success: break
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { return .failure(Errno(errno)) }
            let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : split(current).directory + "/" + destination
        }
        return .failure(Errno(ELOOP))
    }

    /// The canonical path `path` has or would have once created: its directory's canonical path
    /// and its name.
    static func canonicalName(_ path: String) -> String? {
        if let existing = FileSystem.canonicalPath(path) { return existing }
        let (directory, name) = split(path)
        return FileSystem.canonicalPath(directory).map { $0 == "/" ? "/" + name : $0 + "/" + name }
    }

    /// "dir/sub/name" → ("dir/sub", "name"); "name" → (".", "name"); "/name" → ("/", "name").
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = path[..<slash]
        return (directory.isEmpty ? "/" : String(directory), String(path[path.index(after: slash)...]))
    }

    /// Runs `body` with `path` registered for removal should SIGINT, SIGTERM or SIGHUP end the
    /// process meanwhile (see CleanupOnSignal.h): a temporary file is then never left behind.
    static func removedOnSignal<T>(_ path: String, during body: () -> T) -> T {
        let slot = cleanup_on_signal_add(path)
        defer { cleanup_on_signal_remove(slot) }
        return body()
    }
}

/// An errno, as a value.
struct Errno: Error, Equatable {
    var code: Int32
    init(_ code: Int32) { self.code = code }
}

/// A file's identity: two paths name the same file when these are equal (links, `..`, hard links).
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}
