import AccessEngine
import Articles
import Foundation
import Yams

extension SiteConfiguration {
    /// Reads `crosswalk.yml` from `contentPath`; a site without one has the empty configuration.
    /// Every problem of the file is reported, each at its key.
    public static func load(contentPath: String) -> (configuration: SiteConfiguration, diagnostics: [Diagnostic]) {
        let path = contentPath + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return (SiteConfiguration(), []) }
        let displayPath = contentPath == "." ? fileName : path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            return (
                SiteConfiguration(),
                [
                    Diagnostic(
                        .configuration, at: SourceLocation(file: displayPath, line: 1, column: 1),
                        "cannot read the site configuration as UTF-8 text")
                ]
            )
        }
        return parse(text, file: displayPath, contentPath: contentPath)
    }

    static func parse(
        _ text: String, file: String, contentPath: String
    ) -> (configuration: SiteConfiguration, diagnostics: [Diagnostic]) {
        var configuration = SiteConfiguration()
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do {
            node = try YAMLText.compose(text, resolver: .basic)
        } catch {
            return (
                configuration, [YAMLDiagnostic.diagnostic(for: error, id: .configuration, file: file, firstLine: 1)]
            )
        }
        guard let node else { return (configuration, []) }
        func location(_ node: Node) -> SourceLocation { YAMLDiagnostic.location(of: node, file: file, firstLine: 1) }
        guard let mapping = node.mapping else {
            return (
                configuration,
                [
                    Diagnostic(
                        .configuration, at: location(node), "the site configuration must be a mapping of keys to values"
                    )
                ]
            )
        }
        func string(_ value: Node, _ key: String) -> String? {
            guard let scalar = value.scalar, !scalar.string.isEmpty else {
                diagnostics.append(Diagnostic(.configuration, at: location(value), "'\(key)' must be a single value"))
                return nil
            }
            return scalar.string
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": configuration.title = string(value, key)
            case "baseUrl": configuration.baseURL = string(value, key)
            case "tenants":
                guard let folder = string(value, key) else { continue }
                if case .outsideRoot = ContentRoot(path: contentPath).resolveLexically(folder, from: "") {
                    diagnostics.append(
                        Diagnostic(
                            .configuration, at: location(value),
                            "'tenants' must be a folder inside the content root, not '\(folder)'"))
                } else {
                    configuration.tenants = folder
                }
            case "search", "highlight":
                let flag: Bool?
                switch value.scalar?.string.lowercased() {
                case "true", "yes", "on": flag = true
                case "false", "no", "off": flag = false
                default:
                    flag = nil
                    diagnostics.append(
                        Diagnostic(.configuration, at: location(value), "'\(key)' must be true or false"))
                }
                if key == "search" { configuration.search = flag } else { configuration.highlight = flag }
            case "output": configuration.output = string(value, key).map { resolve($0, contentPath: contentPath) }
            case "templates": configuration.templates = string(value, key).map { resolve($0, contentPath: contentPath) }
            case "public": configuration.publicFolder = string(value, key).map { resolve($0, contentPath: contentPath) }
            case "includeRoots":
                guard let roots = value.mapping else {
                    diagnostics.append(
                        Diagnostic(
                            .configuration, at: location(value),
                            "'includeRoots' maps include path prefixes to folders, e.g. '~/../docs/reusable-content: ../reusable-content'"
                        ))
                    continue
                }
                for (prefixNode, folderNode) in roots {
                    guard let prefix = prefixNode.string, !prefix.isEmpty,
                        let folder = string(folderNode, "includeRoots: \(prefix)")
                    else { continue }
                    let resolved = resolve(folder, contentPath: contentPath)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory),
                        isDirectory.boolValue
                    else {
                        diagnostics.append(
                            Diagnostic(
                                .configuration, at: location(folderNode), "include root '\(folder)' is not a folder"))
                        continue
                    }
                    configuration.includeRoots.append((prefix, resolved))
                }
            default:
                let hint =
                    Suggestion.nearest(to: key, in: keys).map { "; did you mean '\($0)'?" }
                    ?? "; known keys: \(keys.joined(separator: ", "))"
                diagnostics.append(
                    Diagnostic(
                        .configurationUnknownKey, at: location(keyNode),
                        "unknown key '\(key)' in the site configuration\(hint)"))
            }
        }
        return (configuration, diagnostics)
    }

    /// A path of the file, relative to the content root unless absolute.
    private static func resolve(_ path: String, contentPath: String) -> String {
        path.hasPrefix("/") ? path : (contentPath == "." ? path : contentPath + "/" + path)
    }

    /// The content root with this configuration's include roots and tenants folder.
    public func contentRoot(path: String) -> ContentRoot {
        var root = ContentRoot(path: path)
        root.includeRoots = includeRoots.map { IncludeRoot(prefix: $0.prefix, folder: $0.folder) }
        if let tenants { root.tenantsFolder = tenants }
        return root
    }
}
