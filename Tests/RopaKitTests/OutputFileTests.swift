// The library side of issue 11 for what RopaKit writes: AtomicFile, OutputFile, ProtectedFiles,
// OutputDestination.
import Foundation
import Testing
@testable import RopaKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary directory, removed with everything in it at the end of the test.
private final class Scratch {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-output-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func callAsFunction(_ relative: String) -> String { path + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (self(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: self(relative), atomically: false, encoding: .utf8)
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: self(relative), encoding: .utf8) }

    var entries: [String] { (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted() }
}

@Suite struct OutputFileTests {
    @Test func dashAndNoOptionAreStandardOutput() {
        #expect(OutputDestination(nil) == .standardOutput)
        #expect(OutputDestination("-") == .standardOutput)
        #expect(OutputDestination("./-") == .file("./-"))
        #expect(OutputDestination("out.html") == .file("out.html"))
    }

    @Test func createNeverReplacesAnything() throws {
        let scratch = try Scratch()
        try scratch.write("taken.yaml", "mine")
        try FileManager.default.createSymbolicLink(atPath: scratch("dangling.yaml"), withDestinationPath: scratch("elsewhere.yaml"))
        for name in ["taken.yaml", "dangling.yaml"] {
            let result = AtomicFile.create(Array("new".utf8), at: scratch(name))
            #expect(throws: OutputFailure.self) { try result.get() }
            #expect((try? result.get()) == nil)
        }
        #expect(scratch.read("taken.yaml") == "mine")
        #expect(!FileManager.default.fileExists(atPath: scratch("elsewhere.yaml")))

        #expect((try? AtomicFile.create(Array("new".utf8), at: scratch("fresh.yaml")).get()) != nil)
        #expect(scratch.read("fresh.yaml") == "new")
        #expect(scratch.entries == ["dangling.yaml", "fresh.yaml", "taken.yaml"], "no temporary file left")
    }

    @Test func writeGoesThroughLinksAndKeepsThem() throws {
        let scratch = try Scratch()
        try scratch.write("real/target.html", "old")
        chmod(scratch("real/target.html"), 0o600)
        try FileManager.default.createSymbolicLink(atPath: scratch("link.html"), withDestinationPath: "real/target.html")
        #expect((try? OutputFile.write("new", to: scratch("link.html")).get()) != nil)
        #expect(scratch.read("real/target.html") == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch("link.html")) == "real/target.html")
        var info = stat()
        #expect(stat(scratch("real/target.html"), &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(scratch.entries == ["link.html", "real", "real/target.html"])
    }

    @Test func refusals() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch("folder"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch("loop"), withDestinationPath: "loop")
        let cases: [(String, String)] = [
            (scratch("folder"), "it is a directory"), (scratch("loop"), "loops"), ("", "not a file name"),
            (scratch("missing/out.html"), "does not exist"),
        ]
        for (path, reason) in cases {
            guard case .failure(let failure) = OutputFile.write("x", to: path) else {
                Issue.record("\(path) was written")
                continue
            }
            #expect(failure.description.contains(reason), "\(failure)")
            #expect(!failure.description.contains("Domain"))
        }
        #expect(scratch.entries == ["folder", "loop"])
    }

    @Test func protectedFilesAreRecognisedHoweverNamed() throws {
        let scratch = try Scratch()
        try scratch.write("register/organisation.yaml", "organisation")
        try scratch.write("register/treatments/one.yaml", "one")
        try FileManager.default.createDirectory(atPath: scratch("register/treatments/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch("alias"), withDestinationPath: scratch("register"))
        try FileManager.default.linkItem(atPath: scratch("register/treatments/one.yaml"), toPath: scratch("hard.html"))
        let protected = ProtectedFiles(register: scratch("register"), files: [scratch("register/organisation.yaml"), scratch("register/treatments/one.yaml")])
        for path in ["register/organisation.yaml", "register/./treatments/../organisation.yaml", "alias/treatments/one.yaml",
                     "hard.html", "register/processors.yaml", "register/treatments/two.yml", "alias/treatments/sub/three.yaml"] {
            #expect(protected.contains(scratch(path)), "\(path)")
            #expect((try? OutputFile.write("x", to: scratch(path), sparing: protected).get()) == nil, "\(path)")
        }
        for path in ["register/register.html", "register/treatments/notes.txt", "elsewhere.yaml"] {
            #expect(!protected.contains(scratch(path)), "\(path)")
        }
        #expect(scratch.read("register/organisation.yaml") == "organisation")
        #expect(scratch.read("register/treatments/one.yaml") == "one")
        #expect(!ProtectedFiles.none.contains(scratch("register/organisation.yaml")))
    }

    /// /dev/fd/N (and /dev/stdout, /proc/self/fd/N) is descriptor N itself, written in place.
    @Test func descriptorPathsAreTheDescriptor() throws {
        let pipe = Pipe()
        let descriptor = pipe.fileHandleForWriting.fileDescriptor
        #expect((try? OutputFile.write("through the descriptor", to: "/dev/fd/\(descriptor)").get()) != nil)
        try pipe.fileHandleForWriting.close()
        let received = pipe.fileHandleForReading.readDataToEndOfFile()
        #expect(String(decoding: received, as: UTF8.self) == "through the descriptor")
    }

    @Test func makeDirectoriesIsMkdirP() throws {
        let scratch = try Scratch()
        #expect((try? OutputFile.makeDirectories(scratch("a/b/c")).get()) != nil)
        #expect((try? OutputFile.makeDirectories(scratch("a/b/c")).get()) != nil, "existing directories are fine")
        try scratch.write("file", "x")
        guard case .failure(let failure) = OutputFile.makeDirectories(scratch("file/sub")) else {
            Issue.record("a directory was made under a file")
            return
        }
        #expect(failure.description.hasSuffix("'\(scratch("file"))' is not a directory"), "\(failure)")
    }
}
