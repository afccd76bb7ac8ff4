import ArgumentParser
import Foundation

@main
struct CrosswalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Publish Conditional Access guidance for external users that cannot drift from the engine.",
        version: CrosswalkVersion.text,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, WhatIfCommand.self,
            TenantCommand.self, FlowsCommand.self,
        ]
    )

    /// Runs a command with Crosswalk's exit statuses: 0 success, 1 a problem in the content,
    /// 2 the tool could not run (bad arguments, unreadable paths).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
