import Foundation
import Testing

/// Working version and final version, through the built binary: `render --final` refuses a
/// register with values to complete (exit 1, nothing written, each one listed at its place); the
/// notice and the public register are final unless `--draft`; the default `render` prints a
/// marked working version.
@Suite struct FinalDocumentTests {
    let example = PackagePaths.example
    let date = ["--date", "2026-12-01"]

    @Test func finalRenderOfTheExampleRegisterIsRefusedAndWritesNothing() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/registre.html"
        let result = try runRopa(["render", example, "--final", "--output", output] + date)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        // Each value to complete, at its file, line and column: the contract references…
        #expect(result.stderr.contains("processors.yaml:23:18: error:"), "\(result.stderr)")
        // … and the warnings too: a final document holds no placeholder.
        #expect(result.stderr.contains("organisation.yaml:19:10: warning: 'phone' says it is still to be completed"))
        #expect(result.stderr.contains("a final document cannot hold values to complete or errors"))
    }

    @Test func defaultRenderOfTheExampleRegisterIsAMarkedWorkingVersion() throws {
        let html = try runRopa(["render", example] + date)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<mark class=\"incomplete\">à compléter</mark>"))
        #expect(html.stdout.contains("<span class=\"draft-reason\">Ce qui manque\u{202F}:"))
        #expect(html.stderr.contains("a working version:"))
        let markdown = try runRopa(["render", example, "--format", "markdown"] + date)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("**⚠ à compléter**"))
        #expect(!markdown.stdout.contains("<mark"))
        #expect(markdown.stdout.contains("> **Document incomplet — version de travail**"))
    }

    @Test func aCompleteRegisterIsFinalWithoutBannerNorMark() throws {
        let minimal = PackagePaths.fixture("minimal").path
        let scratch = try ScratchRegister()
        for command in [["render", "--final"], ["notice"], ["render", "--public"]] {
            let output = scratch.path + "/out.html"
            let result = try runRopa([command[0], minimal] + command.dropFirst() + ["--output", output] + date)
            #expect(result.status == 0, "\(command): \(result)")
            let written = try String(contentsOfFile: output, encoding: .utf8)
            #expect(!written.contains("<mark class=\"incomplete\">"), "\(command)")
            #expect(!written.contains("class=\"draft-box\""), "\(command)")
        }
    }

    @Test func noticeRefusesPlaceholdersUnlessDraft() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/notice.html"
        let refused = try runRopa(["notice", example, "--output", output] + date)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(refused.stderr.contains("organisation.yaml:19:10:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--draft"))

        let draft = try runRopa(["notice", example, "--draft", "--output", output] + date)
        #expect(draft.status == 0, "\(draft)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("<mark class=\"incomplete\">à compléter</mark>"))
        #expect(written.contains("class=\"draft-box\""))
    }

    @Test func publicRegisterRefusesPlaceholdersUnlessDraft() throws {
        let refused = try runRopa(["render", example, "--public", "--format", "markdown"] + date)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        let draft = try runRopa(["render", example, "--public", "--draft", "--format", "markdown"] + date)
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("**⚠ "))
    }

    @Test func finalAndDraftTogetherIsAUsageError() throws {
        let result = try runRopa(["render", example, "--final", "--draft"] + date)
        #expect(result.status == 64 || result.status == 2, "\(result)")
        #expect(result.stderr.contains("--final and --draft cannot be used together"))
    }
}
