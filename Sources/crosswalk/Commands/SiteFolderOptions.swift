import ArgumentParser
import Foundation
import SiteGenerator

/// The folders a site is made from and written to, shared by `build` and `serve` so both read
/// them, and `crosswalk.yml`, the same way.
struct SiteFolderOptions: ParsableArguments {
    @Option(help: "The folder of Markdown articles.")
    var content = "content"

    @Option(help: "A folder of Mustache templates (built-in templates when the default folder is absent).")
    var templates: String?

    @Option(
        name: .customLong("public"),
        help: "A folder of assets copied verbatim (built-in assets when the default folder is absent).")
    var publicFolder: String?

    @Option(help: "Where to write the site (default: crosswalk.yml's output, else _site).")
    var output: String?

    /// `crosswalk.yml` of the content folder; its errors end the command (status 1), as bad
    /// content does.
    func configuration() throws -> SiteConfiguration {
        try Self.configuration(contentPath: content)
    }

    /// `crosswalk.yml` of any content folder (`check` takes several).
    static func configuration(contentPath: String) throws -> SiteConfiguration {
        let (configuration, diagnostics) = SiteConfiguration.load(contentPath: contentPath)
        DiagnosticPrinter().print(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            Terminal.printError("error: \(contentPath)/\(SiteConfiguration.fileName) has errors; nothing was built")
            throw ExitCode(1)
        }
        return configuration
    }

    /// The site's options from these folders, then the configuration for what they leave open
    /// (title, highlighting); search and the rest are each command's.
    func siteOptions(_ configuration: SiteConfiguration, search: Bool, searchRequired: Bool) throws -> SiteOptions {
        var options = SiteOptions(
            contentPath: content,
            templatesPath: try Self.folder(explicit: templates ?? configuration.templates, default: "templates"),
            publicPath: try Self.folder(explicit: publicFolder ?? configuration.publicFolder, default: "public"),
            outputPath: output ?? configuration.output ?? "_site",
            search: search,
            searchRequired: searchRequired
        )
        options.configuration = configuration
        return options
    }

    /// A folder option: when given, it must exist; when not, the conventional folder is used if
    /// present, else the built-in resources.
    static func folder(explicit: String?, default name: String) throws -> String? {
        var isDirectory: ObjCBool = false
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw ValidationError("folder '\(explicit)' does not exist")
            }
            return explicit
        }
        return FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) && isDirectory.boolValue
            ? name : nil
    }
}
