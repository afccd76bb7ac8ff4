import Foundation

/// The folder that holds the articles; nothing outside it is ever read.
///
/// Paths inside the root are written with `/` and without a leading slash (`guides/mfa.md`), so
/// they are the same on every machine and can be used as page identities.
public struct ContentRoot: Sendable {
    /// The root as the user named it, used in diagnostics (`content/guides/mfa.md:3:1`).
    public var displayPath: String
    /// The root with symbolic links resolved, used for confinement checks.
    public var resolvedURL: URL

    public init(path: String) {
        self.displayPath = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        self.resolvedURL = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The path shown to users for a file inside the root.
    public func displayPath(of relativePath: String) -> String {
        displayPath == "." ? relativePath : "\(displayPath)/\(relativePath)"
    }

    /// Resolves a reference written in `fromFile` (root-relative) to a root-relative path.
    ///
    /// `~/x` and relative paths are accepted; absolute paths, paths that climb above the root, and
    /// symbolic links that lead out of it are refused.
    public func resolve(_ reference: String, from fromFile: String) -> Resolution {
        guard case .inside(let relative) = resolveLexically(reference, from: fromFile) else { return .outsideRoot }
        let resolved = resolvedURL.appendingPathComponent(relative).resolvingSymlinksInPath().path
        let rootPath = resolvedURL.path
        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else { return .outsideRoot }
        return .inside(relative)
    }

    /// Like `resolve(_:from:)` but on the path's text alone, without looking at symbolic links:
    /// for naming pages, not for reading files.
    public func resolveLexically(_ reference: String, from fromFile: String) -> Resolution {
        if reference.hasPrefix("/") { return .outsideRoot }
        var components: [Substring]
        let target: Substring
        if reference.hasPrefix("~/") {
            components = []
            target = reference.dropFirst(2)
        } else {
            components = fromFile.split(separator: "/").dropLast()
            target = reference[...]
        }
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if components.isEmpty { return .outsideRoot }
                components.removeLast()
            default: components.append(part)
            }
        }
        return .inside(components.joined(separator: "/"))
    }

    public enum Resolution: Sendable, Equatable {
        case inside(String)
        case outsideRoot
    }

    /// Reads a root-relative file, refusing anything outside the root.
    public func read(_ relativePath: String) throws -> [UInt8] {
        guard case .inside(let path) = resolve(relativePath, from: "") else {
            throw CocoaError(.fileReadNoPermission)
        }
        let url = resolvedURL.appendingPathComponent(path)
        return try [UInt8](Data(contentsOf: url))
    }

    /// Every Markdown file that is a page: `_`-prefixed files and folders and `includes/` folders
    /// hold fragments and data, not pages. Sorted, so builds are deterministic.
    public func articlePaths() throws -> [String] {
        try filePaths().filter { path in
            path.hasSuffix(".md") && !path.split(separator: "/").contains { $0.hasPrefix("_") || $0 == "includes" }
        }
    }

    /// Every regular file under the root except hidden ones, root-relative and sorted.
    public func filePaths() throws -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(
            at: resolvedURL,
            includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        var paths: [String] = []
        let prefix = resolvedURL.path.hasSuffix("/") ? resolvedURL.path : resolvedURL.path + "/"
        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values.isRegularFile == true || values.isSymbolicLink == true else { continue }
            let path = url.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if values.isSymbolicLink == true {
                guard case .inside = resolve(relative, from: ""),
                      (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                else { continue }
            }
            paths.append(relative)
        }
        return paths.sorted()
    }
}
