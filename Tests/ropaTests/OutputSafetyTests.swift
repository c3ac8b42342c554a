// Issue 11, "never lose, never invert, never crash", for what ropa writes: the built binary
// with `-o` aimed at the register, at devices, pipes and links, with standard output full,
// closed or cut short, with out-of-range numbers, and killed by a signal in the middle of a write.
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct OutputSafetyTests {
    let date = ["--date", "2026-12-01"]

    /// The document commands, each with what it needs to produce something from `injection`.
    static let documentCommands: [[String]] = [
        ["render"], ["notice"], ["retention"], ["subject", "clients"],
    ]

    /// A copy of the `injection` fixture and the bytes of each of its files, to check that none changed.
    private func registerCopy() throws -> (ScratchRegister, [String: Data]) {
        let register = try ScratchRegister(copying: "injection")
        var contents: [String: Data] = [:]
        for relative in ["organisation.yaml", "processors.yaml", "treatments/evil.yaml", "treatments/hosting-service.yaml"] {
            contents[relative] = try Data(contentsOf: URL(fileURLWithPath: register.path(relative)))
        }
        return (register, contents)
    }

    /// Every file below `directory`, relative, links included (not followed).
    private func listing(_ directory: String) -> [String] {
        (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).sorted()
    }

    private func temporaryFiles(in directory: String) -> [String] {
        listing(directory).filter { ($0 as NSString).lastPathComponent.contains(".ropa-") }
    }

    // MARK: - -o -

    @Test(arguments: documentCommands)
    func dashIsStandardOutput(command: [String]) throws {
        let scratch = try ScratchRegister()
        let injection = PackagePaths.fixture("injection").path
        let viaDash = try runRopa(command + [injection, "-o", "-"] + date, cwd: scratch.path)
        let plain = try runRopa(command + [injection] + date, cwd: scratch.path)
        #expect(viaDash.status == 0, "\(viaDash)")
        #expect(!viaDash.stdout.isEmpty)
        #expect(viaDash.stdout == plain.stdout)
        #expect(listing(scratch.path).isEmpty, "no file named '-' (or any other) is written")
    }

    // MARK: - The register is never an output

    /// Ways of naming a register file, or a file the register would read, relative to the register.
    static let registerSpellings = [
        "organisation.yaml", "processors.yaml", "treatments/evil.yaml", "./treatments/../organisation.yaml",
        "treatments/./hosting-service.yaml", "treatments/new-one.yaml", "treatments/group/new.yml",
        "LINK:organisation.yaml", "DIRLINK:evil.yaml", "HARDLINK:processors.yaml",
    ]

    @Test(arguments: documentCommands, registerSpellings)
    func refusesToWriteOverTheRegister(command: [String], spelling: String) throws {
        let (register, before) = try registerCopy()
        try FileManager.default.createDirectory(atPath: register.path("treatments/group"), withIntermediateDirectories: true)
        let elsewhere = try ScratchRegister()
        let target: String
        if spelling.hasPrefix("LINK:") {
            target = elsewhere.path("document.html")
            try elsewhere.symlink("document.html", to: register.path(String(spelling.dropFirst(5))))
        } else if spelling.hasPrefix("DIRLINK:") {
            try elsewhere.symlink("treatments", to: register.path("treatments"))
            target = elsewhere.path("treatments/" + spelling.dropFirst(8))
        } else if spelling.hasPrefix("HARDLINK:") {
            target = elsewhere.path("document.html")
            try FileManager.default.linkItem(atPath: register.path(String(spelling.dropFirst(9))), toPath: target)
        } else {
            target = register.path + "/" + spelling
        }
        let result = try runRopa(command + [register.path, "-o", target] + date)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("error: cannot write"), "\(result)")
        #expect(result.stderr.contains("register"), "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        for (relative, bytes) in before {
            #expect(FileManager.default.contents(atPath: register.path(relative)) == bytes, "\(relative) changed")
        }
        #expect(!FileManager.default.fileExists(atPath: register.path("treatments/new-one.yaml")))
        #expect(!FileManager.default.fileExists(atPath: register.path("treatments/group/new.yml")))
        #expect(temporaryFiles(in: register.path).isEmpty)
        #expect(temporaryFiles(in: elsewhere.path).isEmpty)
    }

    /// Writing next to the register, or into its folder under a name it does not read, is allowed.
    @Test func writesBesideTheRegister() throws {
        let (register, _) = try registerCopy()
        let result = try runRopa(["render", register.path, "-o", register.path("register.html")] + date)
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.contents(atPath: register.path("register.html"))?.isEmpty == false)
    }

    // MARK: - Devices, pipes and links

    /// A device of the machine's /dev (null, full) that a test may aim `-o` at without risk: as
    /// root, a copy made with mknod in `scratch`, since a binary with the old rename-over-the-
    /// target bug would replace the real one with a regular file (it did: /dev/full and
    /// /dev/stdout, for every program on the machine); nil when mknod is not allowed. Otherwise
    /// the real device, which only root could replace.
    private func safeDevice(_ name: String, in scratch: ScratchRegister) -> String? {
        guard getuid() == 0 else { return "/dev/" + name }
        var real = stat()
        guard stat("/dev/" + name, &real) == 0, mknod(scratch.path(name), S_IFCHR | 0o666, real.st_rdev) == 0 else { return nil }
        return scratch.path(name)
    }

    /// A link like /dev/stdout (to /proc/self/fd/1) but in `scratch`, for the same reason.
    private func standardOutputLink(in scratch: ScratchRegister) throws -> String {
        try scratch.symlink("stdout", to: "/proc/self/fd/1")
        return scratch.path("stdout")
    }

    /// A device stays a device: a rename over it, as root, replaced /dev/null with a regular file.
    @Test(arguments: documentCommands)
    func devicesAreWrittenInPlace(command: [String]) throws {
        let scratch = try ScratchRegister()
        let injection = PackagePaths.fixture("injection").path
        let plain = try runRopa(command + [injection] + date)
        if let device = safeDevice("null", in: scratch) {
            let result = try runRopa(command + [injection, "-o", device] + date)
            #expect(result.status == 0, "\(result)")
            var info = stat()
            #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(device) is still a character device")
        }
        // A link to the descriptor (as /dev/stdout is) reaches standard output, here a pipe.
        let link = try standardOutputLink(in: scratch)
        let viaLink = try runRopa(command + [injection, "-o", link] + date)
        #expect(viaLink.status == 0, "\(viaLink)")
        #expect(viaLink.stdout == plain.stdout)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/proc/self/fd/1")
        #expect(temporaryFiles(in: scratch.path).isEmpty)
    }

    @Test func aNamedPipeIsWrittenNotReplaced() throws {
        let scratch = try ScratchRegister()
        let fifo = scratch.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        let injection = PackagePaths.fixture("injection").path
        // The reader runs beside ropa; opening the pipe for reading waits for the writer.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let received = Pipe()
        reader.standardOutput = received
        let readerDone = DispatchSemaphore(value: 0)
        reader.terminationHandler = { _ in readerDone.signal() }
        try reader.run()
        let result = try runRopa(["render", injection, "--format", "markdown", "-o", fifo] + date)
        // Had the pipe been replaced by a file, the reader would wait forever for a writer.
        if readerDone.wait(timeout: .now() + 10) == .timedOut {
            kill(reader.processIdentifier, SIGKILL)  // SIGTERM may be blocked: the child has the runner's mask
            Issue.record("the reader of the pipe never got an end of file")
        }
        let bytes = received.fileHandleForReading.readDataToEndOfFile()
        #expect(result.status == 0, "\(result)")
        let expected = try runRopa(["render", injection, "--format", "markdown"] + date).stdout
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
        #expect(listing(scratch.path) == ["pipe"])
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let scratch = try ScratchRegister()
        try FileManager.default.createDirectory(atPath: scratch.path("real"), withIntermediateDirectories: true)
        try scratch.write("real/document.html", "previous edition")
        #expect(chmod(scratch.path("real/document.html"), 0o640) == 0)
        try scratch.symlink("link.html", to: "real/document.html")
        try scratch.symlink("chain.html", to: "link.html")
        try scratch.symlink("dangling.html", to: "real/new.html")
        let injection = PackagePaths.fixture("injection").path

        for (link, file) in [("chain.html", "real/document.html"), ("dangling.html", "real/new.html")] {
            let result = try runRopa(["render", injection, "-o", scratch.path(link)] + date)
            #expect(result.status == 0, "\(result)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path(link)).isEmpty == false, "\(link) is still a link")
            let written = try String(contentsOfFile: scratch.path(file), encoding: .utf8)
            #expect(written.hasPrefix("<!DOCTYPE html>"), "\(file) holds the document")
        }
        var info = stat()
        #expect(stat(scratch.path("real/document.html"), &info) == 0 && info.st_mode & 0o777 == 0o640, "permissions kept")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link.html")) == "real/document.html")
        #expect(temporaryFiles(in: scratch.path).isEmpty)
    }

    // MARK: - Standard output that cannot be written

    /// Runs ropa through `sh -c` with `redirection` applied to it (`> /dev/full`, `>&-`).
    private func runRopaRedirected(_ arguments: [String], _ redirection: String) throws -> RopaResult {
        try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$0\" \"$@\" \(redirection)", PackagePaths.ropaBinary.path] + arguments,
                cwd: nil, env: fixedSourceDate, unsetting: [], timeout: 20)
    }

    static let printingCommands: [[String]] = [
        ["render", PackagePaths.fixture("injection").path], ["notice", PackagePaths.fixture("injection").path],
        ["validate", PackagePaths.fixture("injection").path], ["rules"], ["explain", "review-overdue"],
        ["schema", "treatment"], ["--help"],
    ]

    @Test(arguments: printingCommands, ["> /dev/full", ">&-"])
    func unwritableStandardOutputIsAnErrorNotACrash(command: [String], redirection: String) throws {
        let result = try runRopaRedirected(command, redirection)
        #expect(result.status == 2, "\(result)")
        #expect(result.didNotCrash, "\(result)")
        #expect(result.stderr.hasPrefix("error: cannot write to standard output: "), "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(!result.stderr.contains("Domain"), "\(result)")
    }

    @Test func aFullDiskBehindOutputIsAnError() throws {
        let scratch = try ScratchRegister()
        guard let full = safeDevice("full", in: scratch) else { return }
        let injection = PackagePaths.fixture("injection").path
        let result = try runRopa(["render", injection, "-o", full] + date)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == "error: cannot write '\(full)': writing failed (No space left on device)\n", "\(result)")
        var info = stat()
        #expect(lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(full) is still a character device")
    }

    /// A reader that stops early (`| head -c 10`) is no failure: no message, no death by SIGPIPE
    /// (141, which fails `set -o pipefail`), and the status stays the command's own.
    @Test func aClosedPipeIsQuietAndKeepsTheStatus() throws {
        // The example register renders to far more than a pipe holds (64 KiB), so the reader is
        // gone while ropa still writes.
        let example = PackagePaths.example
        let script = """
            set -o pipefail
            "$0" render "$1" --date 2026-12-01 --draft 2>"$2" | head -c 10 >/dev/null
            echo "render=$?"
            "$0" render "$1" --date 2026-12-01 --draft -o "$4" 2>>"$2" | head -c 10 >/dev/null
            echo "render-o=$?"
            "$0" validate "$3" --date 2019-01-01 2>>"$2" | head -n 1 >/dev/null
            echo "validate=$?"
            """
        let scratch = try ScratchRegister()
        let errors = scratch.path("stderr")
        // Every treatment updated after 2019: a report of errors larger than a pipe holds.
        let withErrors = try largeRegister(300)
        let result = try run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, PackagePaths.ropaBinary.path, example, errors, withErrors.path, try standardOutputLink(in: scratch)],
                             cwd: nil, env: [:], unsetting: ["SOURCE_DATE_EPOCH"], timeout: 60)
        let rendered = try runRopa(["render", example, "--date", "2026-12-01", "--draft"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(rendered.stdout.utf8.count > 150_000, "the document is larger than a pipe's buffer")
        #expect(result.stdout == "render=0\nrender-o=0\nvalidate=1\n", "\(result)")
        let messages = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(!messages.contains("cannot write") && !messages.contains("Fatal error"), "\(messages)")
    }

    // MARK: - Numbers

    static let numericOptions: [(option: String, upper: Int)] = [
        ("--max-file-size", 1 << 30), ("--max-depth", 1_000), ("--max-nodes", 10_000_000), ("--max-files", 1_000_000),
        ("--max-register-size", 1 << 32), ("--max-diagnostics", 1_000_000), ("--review-months", 1_200),
    ]

    @Test(arguments: numericOptions)
    func numericOptionsAreBounded(option: String, upper: Int) throws {
        let injection = PackagePaths.fixture("injection").path
        for value in [0, -1, upper + 1, Int.max] {
            let result = try runRopa(["validate", injection, "\(option)=\(value)"], env: fixedSourceDate)
            #expect(result.status == 2, "\(option) \(value): \(result)")
            #expect(result.didNotCrash, "\(result)")
            #expect(result.stderr.contains("\(option) must be from 1 to \(upper)"), "\(result)")
        }
        let highest = try runRopa(["validate", injection, option, String(upper)], env: fixedSourceDate)
        #expect(highest.status == 0, "\(option) \(upper): \(highest)")
    }

    @Test func sourceDateEpochHasTheBoundsOfDate() throws {
        let injection = PackagePaths.fixture("injection").path
        // 2999-12-31T23:59:59Z is the last second of the last date --date accepts.
        let last = try runRopa(["render", injection, "--format", "markdown"], env: ["SOURCE_DATE_EPOCH": "32503679999"])
        #expect(last.status == 0, "\(last)")
        #expect(last.stdout.contains("31 décembre 2999"))
        let dateRefuses = try runRopa(["render", injection, "--date", "3000-01-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(dateRefuses.status == 2)
        for value in ["32503680000", "292277026596", "9223372036854775807"] {
            let result = try runRopa(["render", injection], env: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 2, "\(value): \(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "error: SOURCE_DATE_EPOCH='\(value)' is after 2999-12-31, the last date ropa accepts (as with --date)\n", "\(result)")
        }
        for value in ["-1", "tomorrow"] {
            let result = try runRopa(["validate", injection], env: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 2, "\(value): \(result)")
            #expect(result.stderr.hasPrefix("error: SOURCE_DATE_EPOCH="), "\(result)")
        }
    }

    // MARK: - Scaffolds and schemas

    @Test func scaffoldAndSchemaFailuresAreSentences() throws {
        let scratch = try ScratchRegister()
        try scratch.write("file", "not a directory")
        let cases: [[String]] = [
            ["init", scratch.path("file/register")],
            ["schema", "--output-dir", scratch.path("file/schema")],
            ["new", "treatment", "one", "--register", scratch.path("file")],
        ]
        for arguments in cases {
            let result = try runRopa(arguments, env: fixedSourceDate)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.hasPrefix("error: "), "\(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
            #expect(!result.stderr.contains("Domain") && !result.stderr.contains("error 512"), "\(result)")
        }
    }

    /// `ropa new` never writes through a link, even one to nothing, and leaves nothing behind.
    @Test func newTreatmentNeverWritesOverALink() throws {
        let register = try ScratchRegister(copying: "injection")
        let elsewhere = try ScratchRegister()
        try register.symlink("treatments/taken.yaml", to: elsewhere.path("target.yaml"))
        let result = try runRopa(["new", "treatment", "taken", "--register", register.path], env: fixedSourceDate)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("already exists"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path("target.yaml")))
        #expect(temporaryFiles(in: register.path).isEmpty)

        let created = try runRopa(["new", "treatment", "fresh", "--register", register.path], env: fixedSourceDate)
        #expect(created.status == 0, "\(created)")
        #expect(FileManager.default.fileExists(atPath: register.path("treatments/fresh.yaml")))
        #expect(temporaryFiles(in: register.path).isEmpty)
    }

    @Test func schemasAreWrittenThroughLinks() throws {
        let scratch = try ScratchRegister()
        try FileManager.default.createDirectory(atPath: scratch.path("schema"), withIntermediateDirectories: true)
        try scratch.write("kept/treatment.json", "old")
        try scratch.symlink("schema/treatment.schema.json", to: scratch.path("kept/treatment.json"))
        let result = try runRopa(["schema", "--output-dir", scratch.path("schema")])
        #expect(result.status == 0, "\(result)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("schema/treatment.schema.json")) == scratch.path("kept/treatment.json"))
        #expect(try String(contentsOfFile: scratch.path("kept/treatment.json"), encoding: .utf8).hasPrefix("{"))
    }

    // MARK: - Signals

    /// A register of `count` treatments (copies of the injection fixture's), large enough that
    /// writing its document takes a while.
    private func largeRegister(_ count: Int) throws -> ScratchRegister {
        let register = try ScratchRegister(copying: "injection")
        let template = try String(contentsOfFile: register.path("treatments/evil.yaml"), encoding: .utf8)
        for index in 0..<count {
            let text = template
                .replacingOccurrences(of: "id: evil\n", with: "id: copy-\(index)\n")
                .replacingOccurrences(of: "reference: \"T-<b>1</b>\"\n", with: "reference: \"C-\(index)\"\n")
            try register.write("treatments/copy-\(index).yaml", text)
        }
        return register
    }

    enum Moment: String, CaseIterable, Sendable { case whileLoading, whileWriting }

    /// Starts ropa with SIGINT, SIGTERM and SIGHUP unblocked and at their default action, its
    /// output to /dev/null. Not with Process: a child inherits the signal mask of the thread
    /// that starts it, and the test runner's threads block those signals.
    private func spawnRopa(_ arguments: [String]) throws -> pid_t {
        #if canImport(Glibc)
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        #else
        var attributes: posix_spawnattr_t?
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawnattr_init(&attributes)
        posix_spawn_file_actions_init(&actions)
        defer {
            posix_spawnattr_destroy(&attributes)
            posix_spawn_file_actions_destroy(&actions)
        }
        var none = sigset_t(), handled = sigset_t()
        sigemptyset(&none)
        sigemptyset(&handled)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&handled, number) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &handled)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        let binary = PackagePaths.ropaBinary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let failed = posix_spawn(&pid, binary, &actions, &attributes, argv, environ)
        guard failed == 0 else { throw RopaProcessError.binaryMissing("\(binary) (posix_spawn: \(failed))") }
        return pid
    }

    /// Whether the signal came before the write or in the middle of it (or, on a fast machine,
    /// too late), nothing is left but the old file or the complete new one.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP], Moment.allCases)
    func aSignalLeavesNoTemporaryFileAndTheOldDocument(signal: Int32, moment: Moment) throws {
        let register = try largeRegister(300)
        let outputDirectory = try ScratchRegister()
        let output = outputDirectory.path("register.html")
        try "previous edition".write(toFile: output, atomically: true, encoding: .utf8)

        let pid = try spawnRopa(["render", register.path, "-o", output] + date)
        var sawTemporaryFile = false
        var status: Int32 = 0
        var reaped = false
        if moment == .whileWriting {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                reaped = waitpid(pid, &status, WNOHANG) == pid
                if reaped { break }
                if !temporaryFiles(in: outputDirectory.path).isEmpty {
                    sawTemporaryFile = true
                    break
                }
            }
        } else {
            // A little into the loading (which takes seconds), once the child is ropa.
            usleep(200_000)
        }
        if !reaped {
            kill(pid, signal)
            _ = waitpid(pid, &status, 0)
        }
        // waitpid's status: the signal in the low 7 bits, else the exit code in the next byte.
        let killedBy = status & 0x7f, exitCode = (status >> 8) & 0xff

        let context = "signal \(signal) \(moment.rawValue), temporary file seen: \(sawTemporaryFile), killed by \(killedBy), exit \(exitCode)"
        #expect(temporaryFiles(in: outputDirectory.path).isEmpty, "\(context)")
        #expect(listing(outputDirectory.path) == ["register.html"], "\(context)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        if killedBy != 0 {
            // Died of the signal, as without ropa's handler: a shell shows 128 + the signal.
            #expect(killedBy == signal, "\(context)")
            #expect(written == "previous edition", "\(context)")
        } else {
            // The write finished before the signal arrived: the complete new document.
            #expect(exitCode == 0, "\(context)")
            #expect(written.hasPrefix("<!DOCTYPE html>") && written.hasSuffix("</html>\n"), "\(context)")
        }
        if moment == .whileLoading {
            #expect(killedBy == signal, "\(context)")
        }
    }
}
