import ArgumentParser
import Foundation

/// Bad input: the diagnostic goes to standard error and the command exits with status 2.
enum InputFailure {
    static func exit(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(2)
    }
}
