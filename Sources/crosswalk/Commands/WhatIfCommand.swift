import TenantFiles
import AccessEngine
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
        // The admin named these files, so they (and what the tenant file names) may be anywhere.
        let loader = TenantLoader(access: .anywhere)
        let evaluation: Evaluation
        do {
            let loaded = try loader.loadTenant(at: tenant)
            let compiled = try loaded.compiled()
            let question = try loader.loadSignIn(at: signIn)
            ImportDiagnosticPrinter.print((loaded.diagnostics + question.diagnostics).filter { $0.severity == .warning })
            evaluation = compiled.evaluate(question.signIn)
        } catch {
            ImportDiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(2)
        }
        switch format {
        case .json: print(try JSONOutput.render(EvaluationReport(evaluation)), terminator: "")
        case .text: print(EvaluationText.render(evaluation), terminator: "")
        }
    }
}
