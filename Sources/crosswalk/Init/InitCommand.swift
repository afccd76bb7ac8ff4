import ArgumentParser
import Foundation
import SiteGenerator

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site with an example article, a tenant and the default templates.",
        discussion: """
            Writes DIRECTORY/content (an example article and a tenant under _data/tenants), \
            DIRECTORY/templates and DIRECTORY/public (copies of the built-in ones, to change as you \
            like). The result builds and checks clean. Refuses a directory that is not empty.
            """
    )

    @Argument(help: "The folder for the new site; created if it does not exist, refused if not empty.")
    var directory: String

    func run() async throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ValidationError("'\(directory)' exists and is not a folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
            guard entries.isEmpty else {
                throw ValidationError("'\(directory)' is not empty; choose a new or empty folder")
            }
        }
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            for (path, text) in StarterSite.files {
                let file = root.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            }
            try DefaultResources.write(DefaultResources.templates, into: root.appendingPathComponent("templates"))
            try DefaultResources.write(DefaultResources.assets, into: root.appendingPathComponent("public"))
        } catch {
            Terminal.printError("error: cannot create the site in '\(directory)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print(
            """
            Created a site in \(directory)/. Next:
              cd \(directory)
              crosswalk serve     # preview at http://127.0.0.1:8000/, rebuilt as you edit
              crosswalk check     # check the guidance against the engine
              crosswalk build     # publish into _site/
            """)
    }
}
