import ArgumentParser
import Foundation

/// The output formats of the reporting commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

enum JSONOutput {
    /// Stable JSON: sorted keys, indented, slashes unescaped, ending with a newline.
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// Bad input: the diagnostic goes to standard error and the command exits with status 2.
enum InputFailure {
    static func exit(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(2)
    }
}
