#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a document where the user asked (`-o FILE`), the way a shell's `>` would reach it but
/// never leaving a half-written file:
/// - a regular file (or a new one) is replaced atomically (`AtomicFile`);
/// - a symbolic link is written through: the file it leads to is replaced atomically in its own
///   directory, and the link stays a link;
/// - a character device or a pipe (/dev/null, a FIFO) is opened and written, as renaming a file
///   over it would replace the device itself; /dev/stdout, /dev/fd/N and the like are the
///   descriptor itself, written as it is;
/// - a directory, a disk (block device) or a socket is refused, and so is any file of
///   `protected` (the register the document was made from).
public enum OutputFile {
    public static func write(_ text: String, to path: String, sparing protected: ProtectedFiles = .none) -> Result<Void, OutputFailure> {
        write(Array(text.utf8), to: path, sparing: protected)
    }

    public static func write(_ bytes: [UInt8], to path: String, sparing protected: ProtectedFiles = .none) -> Result<Void, OutputFailure> {
        func failure(_ reason: String, _ code: Int32 = 0) -> Result<Void, OutputFailure> { .failed(path, reason, code) }
        guard !path.isEmpty else { return failure("this is not a file name") }
        if let descriptor = openDescriptor(named: path) {
            return SystemFile.writeAll(bytes, to: descriptor).map { failure("writing failed", $0) } ?? .success(())
        }
        if protected.contains(path) {
            return failure("it is a file of the register being read, or would be read as one; write the document elsewhere")
        }
        let target: String
        switch SystemFile.finalTarget(of: path) {
        case .success(let final): target = final
        case .failure(let error): return failure(error.code == ELOOP ? "it is a symbolic link that loops" : "cannot reach it", error.code)
        }
        switch SystemFile.status(of: path) {
        case .failure(let error) where error.code == ENOENT:
            return AtomicFile.write(bytes, to: target)
        case .failure(let error):
            return failure("cannot reach it", error.code)
        case .success(let status):
            switch status.kind {
            case .directory:
                return failure("it is a directory")
            case .regular:
                // A link whose text leads elsewhere than the kernel goes (/dev/stdout or
                // /proc/self/fd/1 onto a file) is written where the kernel goes, like `>`.
                let same = (try? SystemFile.status(of: target).get())?.identity == status.identity
                return same ? AtomicFile.write(bytes, to: target) : writeDirectly(bytes, to: path, truncating: true)
            case .fifo, .characterDevice:
                return writeDirectly(bytes, to: path, truncating: false)
            case .link, .other:
                return failure("it is not a file (a disk device or a socket)")
            }
        }
    }

    /// The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N names: written
    /// as it is, as a shell does, so that `-o /dev/stdout >> log` appends like standard output.
    private static func openDescriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            guard let number = ["/dev/fd/", "/proc/self/fd/"].lazy.compactMap({ path.hasPrefix($0) ? Int32(path.dropFirst($0.count)) : nil }).first,
                  number >= 0, fcntl(number, F_GETFD) != -1 else { return nil }
            return number
        }
    }

    /// Opens `path` and writes to it in place: for pipes and devices, which cannot be replaced.
    private static func writeDirectly(_ bytes: [UInt8], to path: String, truncating: Bool) -> Result<Void, OutputFailure> {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncating ? O_TRUNC : 0))
        guard descriptor >= 0 else {
            let code = errno
            return .failed(path, "cannot open it", code)
        }
        let code = SystemFile.writeAll(bytes, to: descriptor)
        close(descriptor)
        guard let code else { return .success(()) }
        return .failed(path, "writing failed", code)
    }

    /// Creates `path` as a directory, and its missing parents (`mkdir -p`).
    public static func makeDirectories(_ path: String) -> Result<Void, OutputFailure> {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? component : "/" + component
            guard mkdir(prefix, 0o755) != 0 else { continue }
            let code = errno
            if case .success(let status) = SystemFile.status(of: prefix), status.kind == .directory { continue }
            return code == EEXIST ? .failed(path, "'\(prefix)' is not a directory") : .failed(path, "cannot create the directory '\(prefix)'", code)
        }
        return .success(())
    }
}

/// Where a command's output goes: a file (`-o FILE`), or standard output when there is no `-o`
/// or it is `-`, the usual Unix spelling. (A file named `-` is `-o ./-`.)
public enum OutputDestination: Sendable, Equatable {
    case standardOutput
    case file(String)

    public init(_ option: String?) {
        if let option, option != "-" {
            self = .file(option)
        } else {
            self = .standardOutput
        }
    }

    /// Writes `text` there; never over a file of `protected` (see `OutputFile`).
    public func write(_ text: String, sparing protected: ProtectedFiles = .none) -> Result<Void, OutputFailure> {
        write(Array(text.utf8), sparing: protected)
    }

    /// Writes a file's bytes there (a PDF, a workbook); never over a file of `protected`.
    public func write(_ bytes: [UInt8], sparing protected: ProtectedFiles = .none) -> Result<Void, OutputFailure> {
        switch self {
        case .standardOutput: StandardStream.output.write(bytes)
        case .file(let path): OutputFile.write(bytes, to: path, sparing: protected)
        }
    }
}
