import Foundation
import RopaKit

/// The only place that knows about the terminal: where output goes and whether it gets colour.
enum Terminal {
    /// Run first in `main`: a closed standard descriptor keeps its number (see
    /// `StandardStream.reserveClosedDescriptors`), and a reader that goes away (`| head`) makes
    /// writes fail with EPIPE instead of killing the process with SIGPIPE, so that the
    /// failure is handled below.
    static func prepare() {
        StandardStream.reserveClosedDescriptors()
        signal(SIGPIPE, SIG_IGN)
    }

    /// Colour only on a terminal, never when NO_COLOR is set (https://no-color.org), and never on
    /// a terminal that says it cannot show it (`TERM=dumb`: Emacs shells, some CI logs).
    static func wantsColour(fileDescriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Writes to standard output; when it cannot be written (a full disk, a closed descriptor),
    /// says so on standard error and exits with 2.
    static func write(_ text: String) {
        do {
            try settle(StandardStream.output.write(text))
        } catch {
            printError("error: \(error.description)")
            exit(2)
        }
    }

    /// Writes a command's document to `destination`, never over one of the `protected` files.
    static func deliver(_ text: String, to destination: OutputDestination, sparing protected: ProtectedFiles) throws(Failure) {
        try settle(destination.write(text, sparing: protected))
    }

    /// Writes a binary document (a PDF, a workbook) the same way.
    static func deliver(_ bytes: [UInt8], to destination: OutputDestination, sparing protected: ProtectedFiles) throws(Failure) {
        try settle(destination.write(bytes, sparing: protected))
    }

    /// Whether `destination` is a terminal: a binary file is not written there, where it would
    /// print as garbage and could change the terminal's settings.
    static func isTerminal(_ destination: OutputDestination) -> Bool {
        switch destination {
        case .standardOutput: isatty(STDOUT_FILENO) == 1
        case .file(let path): isTerminal(path: path)
        }
    }

    /// Whether a path names a terminal (`/dev/tty`, `/dev/pts/3`, `/dev/stdout` on one): only a
    /// character device is opened to ask, without blocking and without becoming its controlling
    /// terminal; a file, a pipe or a missing path is not a terminal.
    private static func isTerminal(path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFCHR else { return false }
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return isatty(descriptor) == 1
    }

    /// A closed pipe (`ropa render | head -c 10`, `ropa rules | grep -q x`) is not an error:
    /// the reader took what it wanted. ropa stops writing quietly and the exit status stays the
    /// command's own, neither the 141 of a death by SIGPIPE (which fails `set -o pipefail`
    /// scripts whenever `head` or `grep -q` stops early) nor a 0 that would hide a register
    /// with errors (`ropa validate | head` still exits with 1).
    private static func settle(_ result: Result<Void, OutputFailure>) throws(Failure) {
        if case .failure(let failure) = result, !failure.isBrokenPipe {
            throw Failure(failure.description)
        }
    }

    /// Standard error; if it cannot be written there is nowhere left to say so.
    static func printError(_ text: String) {
        _ = StandardStream.error.write(text.hasSuffix("\n") ? text : text + "\n")
    }
}
