import TenantFiles
import AccessEngine
import Consistency
import ArgumentParser
import Foundation

/// `crosswalk whatif`: evaluates one sign-in against an exported tenant configuration.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Evaluate an external sign-in against a tenant's Conditional Access configuration.",
        discussion: """
            The tenant file (YAML or JSON) holds or points to Microsoft Graph exports; the \
            sign-in file uses the names of Graph's What If API plus a `guest` block. Invalid \
            input is reported as path:line:column: error: message with exit status 2.
            """
    )

    @Option(name: .long, help: "Tenant file (YAML or JSON).")
    var tenant: String

    @Option(name: .customLong("sign-in"), help: "Sign-in file (YAML or JSON).")
    var signIn: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loader = DocumentLoader()
        let evaluation: Evaluation
        do {
            let compiled = try CompiledTenant(loader.loadTenant(at: tenant))
            evaluation = compiled.evaluate(try loader.loadSignIn(at: signIn))
        } catch {
            throw InputFailure.exit(Self.diagnostic(error, defaultFile: tenant))
        }
        switch format {
        case .json: print(try JSONOutput.render(EvaluationReport(evaluation)), terminator: "")
        case .text: print(EvaluationText.render(evaluation), terminator: "")
        }
    }

    /// `file:line:column: error: message`, naming the file even when the position is unknown.
    static func diagnostic(_ error: DocumentError, defaultFile: String) -> String {
        if let location = error.location {
            let file = location.file ?? defaultFile
            return "\(file):\(location.line):\(location.column): error: \(error.message)"
        }
        return "\(defaultFile): error: \(error.message)"
    }
}
