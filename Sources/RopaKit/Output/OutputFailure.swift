#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output could not be written, in a sentence: what the system said, never an error name.
public struct OutputFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it, or "standard output".
    public var path: String
    public var reason: String
    /// The errno, 0 when the refusal is ropa's own (a directory, a file of the register).
    public var code: Int32

    init(path: String, reason: String, code: Int32 = 0) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    /// The reader of a pipe has gone (`ropa render | head`): not an error of ropa's.
    public var isBrokenPipe: Bool { code == EPIPE }

    public var description: String {
        path == StandardStream.output.name ? "cannot write to \(path): \(reason)" : "cannot write '\(path)': \(reason)"
    }
}

extension Result where Success == Void, Failure == OutputFailure {
    /// `reason`, followed by the system's wording of `code` when there is one.
    static func failed(_ path: String, _ reason: String, _ code: Int32 = 0) -> Self {
        .failure(OutputFailure(path: path, reason: code == 0 ? reason : "\(reason) (\(SystemFile.describe(code)))", code: code))
    }
}
