import ArgumentParser
import Foundation
import RopaKit

/// A failure of the command itself (usage, input or output): one sentence on stderr, exit 2.
struct Failure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// `--date`: the day the register is printed or checked for, so that output is reproducible.
struct DateOption: ParsableArguments {
    @Option(help: "The date to use, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
    var date: String?

    func resolved() throws -> ISODate {
        try ReferenceDate.resolve(date, environment: ProcessInfo.processInfo.environment, now: Date())
    }
}
