import Foundation
import Testing

/// `ropa notice`, `ropa subject`, `ropa retention` and `ropa render --public` through the built binary.
@Suite struct NoticeCommandTests {
    let example = PackagePaths.example
    let date = ["--date", "2026-12-01"]

    @Test func noticeIsWrittenAtomicallyToAFile() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/notice.html"
        let result = try runRopa(["notice", example, "--draft", "--output", output] + date, unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.contains("3 Place de Fontenoy - TSA 80715 - 75334 PARIS CEDEX 07"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["notice.html"])
    }

    @Test func noticeForAnAudienceInNoTreatmentWritesNothing() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/notice.md"
        let result = try runRopa(["notice", example, "--format", "markdown", "--audience", "candidates", "--output", output] + date)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no treatment of the register concerns the category 'candidates'"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let unknown = try runRopa(["notice", example, "--audience", "prospectz"] + date)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'prospects'?"))
        let english = try runRopa(["notice", example, "--draft", "--format", "markdown", "--lang", "en", "--audience", "prospects"] + date)
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("# How we process your personal data"))
    }

    @Test func subjectListsTheTreatmentsOfACategory() throws {
        let markdown = try runRopa(["subject", "prospects", example] + date)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("Gestion de la relation prospects et prospection commerciale"))
        let json = try runRopa(["subject", "prospects", example, "--format", "json"] + date)
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["document"] as? [String: Any])?["category"] as? String == "prospects")
    }

    @Test func subjectRefusesAnUnknownOrAbsentCategory() throws {
        let unknown = try runRopa(["subject", "prospect", example] + date)
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("'prospect' is not a category of data subjects"))
        #expect(unknown.stderr.contains("did you mean 'prospects'?"))
        let absent = try runRopa(["subject", "candidates", example] + date)
        #expect(absent.status == 1)
        #expect(absent.stdout.isEmpty)
        let wrongFormat = try runRopa(["subject", "prospects", example, "--format", "csv"] + date)
        #expect(wrongFormat.status == 2)
        #expect(wrongFormat.stderr.contains("is made as markdown, json only"), "\(wrongFormat.stderr)")
    }

    @Test func retentionScheduleInEachFormat() throws {
        let csv = try runRopa(["retention", example] + date)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("\u{FEFF}N° / RÉF,Traitement,"))
        #expect(csv.stdout.contains("\r\n"))
        let markdown = try runRopa(["retention", example, "--format", "markdown"] + date)
        #expect(markdown.stdout.hasPrefix("# Calendrier de conservation — Julien"))
        let json = try runRopa(["retention", example, "--format", "json"] + date)
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(((parsed?["entries"] as? [Any])?.count ?? 0) > 10)
        let html = try runRopa(["retention", example, "--format", "html"] + date)
        #expect(html.status == 2)
        // A usage error, said as one: no made-up file position such as "--format:1:1".
        #expect(html.stderr.hasPrefix("Error: --format html: the retention schedule is made as csv, markdown, json only"), "\(html.stderr)")
        #expect(!html.stderr.contains("--format:1:1"))
    }

    @Test func documentsRefuseARegisterWithErrors() throws {
        let scratch = try ScratchRegister(copying: "injection")
        let broken = scratch.path + "/treatments/hosting-service.yaml"
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "legal_basis: contract", with: "legal_basis: contrat").write(toFile: broken, atomically: true, encoding: .utf8)
        for command in [["notice", scratch.path], ["subject", "clients", scratch.path], ["retention", scratch.path]] {
            let result = try runRopa(command + date)
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("hosting-service.yaml:"))
        }
    }

    @Test func publicRegisterIsMarked() throws {
        let result = try runRopa(["render", example, "--public", "--draft", "--format", "markdown"] + date)
        #expect(result.status == 0)
        #expect(result.stdout.contains("**Version publique**"))
        #expect(result.stdout.contains("Non publié dans la version publique du registre."))
    }
}
