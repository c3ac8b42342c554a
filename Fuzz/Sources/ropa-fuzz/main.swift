#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// libFuzzer's own `main` is not used: SwiftPM names this file's code the program's entry point.
exit(runFuzzer())
