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
    /// Folders outside the root that includes may read, by prefix (`crosswalk.yml`).
    public var includeRoots: [IncludeRoot] = []
    /// The folder of the site's tenants, relative to the root.
    public var tenantsFolder = "_data/tenants"

    /// Whether a file of the root is the site's data rather than something to publish: under a
    /// `_`-prefixed folder, or in the tenants folder wherever `crosswalk.yml` puts it.
    public func isData(_ relativePath: String) -> Bool {
        let folder = tenantsFolder.hasSuffix("/") ? tenantsFolder : tenantsFolder + "/"
        return relativePath.split(separator: "/").contains { $0.hasPrefix("_") } || relativePath.hasPrefix(folder)
    }

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
        let rootPath = resolvedURL.path
        let resolved = Self.realPath(rootPath + "/" + relative)
        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else { return .outsideRoot }
        return .inside(relative)
    }

    /// `path` (absolute) with every symbolic link resolved by `realpath(3)`: this runs for every
    /// file read, and Foundation's `resolvingSymlinksInPath` took several times longer. As with
    /// Foundation, when the path does not exist its longest existing folder is resolved and the
    /// rest kept as written, so a link to a folder outside the root is caught either way.
    static func realPath(_ path: String) -> String {
        var existing = Substring(path)
        var rest: [Substring] = []
        while !existing.isEmpty {
            if let resolved = realpath(String(existing), nil) {
                defer { free(resolved) }
                return ([Substring(String(cString: resolved))] + rest.reversed()).joined(separator: "/")
            }
            guard let slash = existing.lastIndex(of: "/") else { break }
            rest.append(existing[existing.index(after: slash)...])
            existing = existing[..<slash]
        }
        return path
    }

    /// Like `resolve(_:from:)` but on the path's text alone, without looking at symbolic links:
    /// for naming pages, not for reading files.
    public func resolveLexically(_ reference: String, from fromFile: String) -> Resolution {
        // Split on the byte `/`: paths are resolved for every link of every article, and
        // splitting by `Character` cost more than the rest of the resolution.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        if reference.utf8.first == slash { return .outsideRoot }
        var components: [Substring.UTF8View]
        let target: Substring.UTF8View
        if reference.utf8.starts(with: "~/".utf8) {
            components = []
            target = reference.utf8.dropFirst(2)
        } else {
            components = fromFile.utf8.split(separator: slash).dropLast()
            target = reference.utf8[...]
        }
        for part in target.split(separator: slash, omittingEmptySubsequences: true) {
            if part.elementsEqual(CollectionOfOne(dot)) { continue }
            if part.elementsEqual([dot, dot]) {
                if components.isEmpty { return .outsideRoot }
                components.removeLast()
            } else {
                components.append(part)
            }
        }
        return .inside(components.map { String(Substring($0)) }.joined(separator: "/"))
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
        try filePaths().filter(Self.isArticle)
    }

    /// Whether a root-relative path names a page rather than a fragment or data.
    public static func isArticle(_ path: String) -> Bool {
        // On bytes: the preview server asks this of every file on every pass.
        let underscore = UInt8(ascii: "_")
        return path.hasSuffixBytes(".md")
            && !path.utf8.split(separator: UInt8(ascii: "/")).contains {
                $0.first == underscore || $0.elementsEqual("includes".utf8)
            }
    }

    /// Every regular file under the root except hidden ones, root-relative and sorted.
    public func filePaths() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolvedURL.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return scan().files.keys.sorted()
    }

    /// Every regular file under the root with its stamp. Symbolic links are followed only when
    /// they lead to a file inside the root; the others are listed in `refusedLinks`.
    public func scan() -> FolderScan {
        FolderScan(folder: resolvedURL.path) { relative in
            guard case .inside = resolve(relative, from: "") else { return false }
            return true
        }
    }

    /// A warning for each symbolic link that was skipped, so an author learns why a file that is
    /// plainly in the folder did not become a page.
    public func refusedLinkWarnings(_ scan: FolderScan) -> [Diagnostic] {
        scan.refusedLinks.map { link in
            Diagnostic(
                .linkOutsideRoot, .warning,
                at: SourceLocation(file: displayPath(of: link), line: 1, column: 1),
                "symbolic link leads outside the content root or to nothing; it was skipped"
            )
        }
    }
}
