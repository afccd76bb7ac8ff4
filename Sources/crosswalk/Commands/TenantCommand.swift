import AccessEngine
import ArgumentParser
import Foundation
import TenantFiles

/// `crosswalk tenant`: commands about an admin's own tenant export.
struct TenantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Inspect a tenant export as Crosswalk reads it.",
        subcommands: [TenantShowCommand.self]
    )
}

/// `crosswalk tenant show`: the import report — what Crosswalk understood from a file or folder,
/// so an admin can trust (or correct) the answers before asking What If questions.
struct TenantShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what Crosswalk reads from a tenant file or export folder.",
        discussion: """
            PATH is a tenant file (YAML or JSON), a Graph export, a Microsoft365DSC configuration \
            (.ps1) or a folder written by EntraExporter, IntuneManagement, CIPP or any tool that \
            saves Graph JSON. Exit status: 0 read (warnings allowed), 1 a file could not be read, \
            2 bad arguments.
            """
    )

    @Argument(help: "Tenant file or export folder.")
    var path: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("'\(path)' does not exist")
        }
    }

    func run() throws {
        let loaded: LoadedTenant
        do {
            loaded = try TenantLoader(access: .anywhere).loadTenant(at: path)
        } catch {
            ImportDiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
        var compileErrors: [ImportDiagnostic] = []
        do {
            _ = try loaded.compiled()
        } catch {
            compileErrors = error.diagnostics.filter { $0.severity == .error }
        }
        let report = TenantReport(loaded, extraDiagnostics: compileErrors)
        switch format {
        case .json: print(try JSONOutput.render(report), terminator: "")
        case .text: print(report.text, terminator: "")
        }
        if !compileErrors.isEmpty { throw ExitCode(1) }
    }
}
