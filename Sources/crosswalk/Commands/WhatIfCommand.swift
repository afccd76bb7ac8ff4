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

    @Option(
        name: .customLong("as-of"),
        help: "Evaluate with the documented behaviour in force on this date (YYYY-MM-DD); default: the newest.")
    var asOf: String?

    func validate() throws {
        if let asOf, BehaviourDate(asOf) == nil {
            throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'")
        }
    }

    func run() throws {
        // The admin named these files, so they (and what the tenant file names) may be anywhere.
        let loader = TenantLoader(access: .anywhere)
        let evaluation: Evaluation
        do {
            let loaded = try loader.loadTenant(at: tenant)
            let behaviour = asOf.flatMap(BehaviourDate.init).map { Behaviour(asOf: $0) } ?? .latest
            let compiled = try loaded.compiled(behaviour: behaviour)
            let question = try loader.loadSignIn(at: signIn)
            ImportDiagnosticPrinter.print(
                (loaded.diagnostics + question.diagnostics).filter { $0.severity == .warning })
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
