import Articles
import Foundation

/// SARIF 2.1.0, the format code-scanning services ingest. One rule per diagnostic id.
public struct SARIFReport: Sendable {
    public init() {}

    private struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name = "crosswalk"
        var semanticVersion: String
        var rules: [Rule]
    }

    private struct Rule: Encodable {
        var id: String
        var shortDescription: Text
    }

    private struct Text: Encodable {
        var text: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var level: String
        var message: Text
        var locations: [Location]
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public func render(_ report: CheckReport) -> String {
        let diagnostics = report.diagnostics
        let ruleIDs = Set(diagnostics.map(\.id.rawValue)).sorted()
        let rules = ruleIDs.map { id in
            Rule(id: id, shortDescription: Text(text: id.split(separator: ".").dropFirst().joined(separator: " ")))
        }
        let results = diagnostics.map { diagnostic in
            Result(
                ruleId: diagnostic.id.rawValue,
                level: diagnostic.severity == .note ? "note" : diagnostic.severity.rawValue,
                message: Text(text: ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: diagnostic.location.file),
                            region: Region(startLine: diagnostic.location.line, startColumn: diagnostic.location.column)
                        ))
                ]
            )
        }
        let log = Log(runs: [
            Run(tool: Tool(driver: Driver(semanticVersion: report.engineVersion, rules: rules)), results: results)
        ])
        return StableJSON.encode(log)
    }
}
