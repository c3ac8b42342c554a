import Foundation
import Testing
@testable import RopaKit

/// Messages state what the register says (issue: "messages that misstate the register").
@Suite struct RuleMessageTests {
    static func check(_ treatment: String, date: String = RuleExample.defaultDate) throws -> (LoadedRegister, [Diagnostic]) {
        let register = try ExampleRegister([("message", RuleExample(treatment, date: date))], keepDefaultProcessors: true)
        defer { register.remove() }
        let loaded = register.load()
        let model = try #require(loaded.register)
        let day = ISODate(parsing: date) ?? ISODate(daysSinceEpoch: 0)
        return (loaded, RuleEngine().check(model, context: RuleContext(date: day)))
    }

    /// A transfer to the processor is declared but its safeguard is missing: that is the loader's
    /// error on the transfer, not a treatment "that declares no transfer".
    @Test func aTransferWithoutItsSafeguardIsNotAMissingTransfer() throws {
        let (loaded, findings) = try Self.check("""
            recipients: [{ processor: mailer }]
            transfers:
              - recipient: Mailer Inc.
                processor: mailer
                country: US
            """)
        #expect(loaded.diagnostics.contains { $0.id == DiagnosticID.missingKey && $0.message.contains("'safeguard'") })
        #expect(!findings.contains { $0.id == "processor-transfer-declared" }, "\(findings.map(\.message))")
    }

    @Test func profilingWithADPIABlockIsNotProfilingThatSaysNothing() throws {
        let (_, findings) = try Self.check("""
            automated_decisions:
              profiling: true
              automated_decision: false
            dpia:
              status: not_required
            """)
        let finding = try #require(findings.first { $0.id == "profiling-dpia" })
        #expect(finding.message.contains("says no DPIA is required, without saying why"))
        #expect(!finding.message.contains("says nothing"))
    }

    @Test func aDPIAInProgressOnAProcessingInOperationIsLate() throws {
        let (_, findings) = try Self.check("""
            created: 2019-03-01
            dpia:
              status: in_progress
              cnil_list: [profiling_external_data]
            """)
        let finding = try #require(findings.first { $0.id == "dpia-pending" })
        #expect(finding.message == "this treatment is in operation since 2019-03-01 but its DPIA is not finished: Art. 35(1) requires it before the processing")
        #expect(finding.reference == "RGPD art. 35(1)")
    }

    /// Clients' data kept five years as evidence (C. civ. art. 2224) are not prospection data.
    @Test func clientsDataKeptAsEvidenceAreNotJudgedAsProspectionData() throws {
        let withoutProspection = try Self.check("""
            data_subjects: [{ category: clients }]
            data:
              - category: identification
                retention: { duration: 5 years, from: end_of_relationship }
            """).1
        #expect(!withoutProspection.contains { $0.id == "retention-cnil-guidance" })
    }
}
