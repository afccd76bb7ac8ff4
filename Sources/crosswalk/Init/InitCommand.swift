import ArgumentParser

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new site.")
    @Argument var directory: String
    func run() async throws {}
}
