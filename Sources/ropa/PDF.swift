import ArgumentParser
import Foundation
import RopaKit

/// `--pdf-engine` and `--pdf-timeout`, for the commands that print a PDF.
struct PDFOptions: ParsableArguments {
    @Option(name: .customLong("pdf-engine"), help: ArgumentHelp(
        "With --format pdf: the program that prints the PDF (WeasyPrint, Chrome, Chromium or Edge); default: the first found.",
        valueName: "path"))
    var engine: String?

    @Option(name: .customLong("pdf-timeout"), help: ArgumentHelp("With --format pdf: seconds allowed to each run of the PDF engine.",
                                                              valueName: "seconds"))
    var timeout: Int = PDFPrinter.defaultTimeout

    func validate() throws {
        try requireInRange(timeout, 1...3_600, option: "--pdf-timeout", unit: "seconds")
    }

    /// Before anything is read: a PDF is never written to a terminal, and the engine must exist.
    func prepare(destination: OutputDestination) throws -> PDFPrinter {
        if destination == .standardOutput, isatty(STDOUT_FILENO) == 1 {
            throw Failure("a PDF is binary and is not written to a terminal: give a file with --output FILE (or redirect standard output)")
        }
        let environment = ProcessInfo.processInfo.environment
        switch PDFEngine.find(engine, environment: environment) {
        case .success(let found): return PDFPrinter(engine: found, timeout: timeout, environment: environment)
        case .failure(let failure): throw Failure(failure.description)
        }
    }
}
