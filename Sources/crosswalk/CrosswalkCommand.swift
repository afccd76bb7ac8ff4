import ArgumentParser

@main
struct CrosswalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Publish Conditional Access guidance for external users that cannot drift from the engine.",
        subcommands: [WhatIfCommand.self, FlowsCommand.self]
    )
}
