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
