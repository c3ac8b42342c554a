#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or error, written with write(2). FileHandle's `write` traps when the
/// descriptor is closed or the disk is full (`> /dev/full`); here a failure is a value.
public struct StandardStream: Sendable {
    public let descriptor: Int32
    /// "standard output", for messages.
    public let name: String

    public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    public func write(_ text: String) -> Result<Void, OutputFailure> {
        write(Array(text.utf8))
    }

    public func write(_ bytes: [UInt8]) -> Result<Void, OutputFailure> {
        guard let code = SystemFile.writeAll(bytes, to: descriptor) else { return .success(()) }
        return .failure(OutputFailure(path: name, reason: code == EBADF ? "it is closed" : SystemFile.describe(code), code: code))
    }

    /// Puts /dev/null, opened read-only, on each of descriptors 0, 1 and 2 that is closed
    /// (`ropa render >&-`). Otherwise the next file opened gets that number, and the document
    /// meant for standard output would be written into it; this way a write to it fails (EBADF)
    /// and is reported. Call it first thing in `main`, before anything opens a file.
    public static func reserveClosedDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // open returns the lowest free number: this one, as those below it are open.
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0, placeholder != descriptor { close(placeholder) }
        }
    }
}
