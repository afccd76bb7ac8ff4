import Foundation
import PackagePlugin

/// Embeds the package's `templates/`, `public/` and `serve/` folders in the target it is applied
/// to, as generated Swift source: a copied `crosswalk` binary then carries its default templates
/// and assets, with no resource bundle to find at run time.
///
/// The command's inputs are the folders (their listing changes when a file is added) and every
/// file in them (its contents change when edited). SwiftPM plans plugin commands again only when
/// the manifest or a target's source folder changes, so after deleting or renaming one of these
/// files, `touch Package.swift` once; the build names the missing file until then.
@main
struct EmbedResources: BuildToolPlugin {
    /// Generated name → folder at the package's top level.
    static let folders = [("templates", "templates"), ("assets", "public"), ("serve", "serve")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var inputs: [URL] = []
        for (_, folder) in Self.folders {
            let url = root.appending(path: folder)
            inputs.append(url)
            let enumerator = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
            while let file = enumerator?.nextObject() as? URL { inputs.append(file) }
        }
        return [
            .buildCommand(
                displayName: "Embedding templates and assets in \(target.name)",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path] + Self.folders.map { "\($0.0)=\(root.appending(path: $0.1).path)" },
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
