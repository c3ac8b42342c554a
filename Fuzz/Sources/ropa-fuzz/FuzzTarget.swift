import RopaKit

// libFuzzer's entry point: arbitrary bytes through load → rules → render (HTML, Markdown) → every
// reporter, in memory.
//
// The input is one treatment file of a register whose organisation and processors are fixed, or,
// when it holds NUL bytes (which no YAML file can), several files: organisation, processors, then
// treatments.

/// A valid organisation and processors, for inputs that are only a treatment.
private let organisation = Array("""
    organisation:
      name: Exemple SAS
      email: dpo@example.fr
      address: { street: 1 rue de la Paix, postal_code: "75002", city: Paris, country: FR }
    data_protection_contact:
      role: referent
      name: Camille Martin
      email: dpo@example.fr
    services:
      - id: marketing
        name: Service marketing
      - id: direction
        name: Direction
    """.utf8)

private let processors = Array("""
    processors:
      - id: emailing
        name: Routeur SA
        service: Envoi des courriels
        country: FR
        contract: { reference: DPA-2024-01, signed: 2024-01-10 }
      - id: hebergeur
        name: Cloud Inc.
        service: Hébergement
        country: US
        dpf_certified: true
    """.utf8)

/// The register's date for the rules, fixed so that a crash reproduces on any day.
private let date = ISODate(year: 2026, month: 6, day: 1)!

/// The HTML and Markdown renderers, their templates parsed once. Drafts: registers with errors render.
private let renderers = [OutputFormat.html, .markdown].compactMap { format in
    try? DocumentRenderer(options: RenderOptions(format: format, date: date, draft: true))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
    let files: (organisation: [UInt8], processors: [UInt8], treatments: [[UInt8]])
    if parts.count < 3 {
        files = (organisation, processors, parts)
    } else {
        files = (parts[0], parts[1], Array(parts[2...]))
    }
    let loaded = RegisterLoader().load(
        organisation: RegisterFile(path: "register/organisation.yaml", bytes: files.organisation),
        processors: RegisterFile(path: "register/processors.yaml", bytes: files.processors),
        treatments: files.treatments.enumerated().map { index, bytes in
            RegisterFile(path: "register/treatments/t\(index).yaml", bytes: bytes)
        },
        root: "register")

    var diagnostics = loaded.diagnostics
    if let model = loaded.register {
        diagnostics = (diagnostics + RuleEngine().check(model, context: RuleContext(date: date))).sortedByLocation()
        _ = RegisterDiff(old: model, new: model)
        for renderer in renderers {
            _ = try? renderer.render(model)
        }
    }
    // The checks that fired only: encoding the whole catalogue at every run would be most of the time.
    let fired = Set(diagnostics.map(\.id))
    let context = ReportContext(toolVersion: "fuzz", fileCount: loaded.fileCount,
                                checks: (DiagnosticID.catalogue + RuleCatalogue.checks).filter { fired.contains($0.id) })
    _ = TextReporter(useColour: true).report(diagnostics, sources: loaded.sources)
    _ = JSONReporter().report(diagnostics, context: context)
    _ = SARIFReporter().report(diagnostics, context: context)
    _ = GitHubReporter().report(diagnostics, context: context)
    return 0
}

// The program's entry point (main.swift) hands control to libFuzzer's driver, which parses the
// command line and calls `fuzzOneInput` for each input.

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

func runFuzzer() -> CInt {
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return runDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
