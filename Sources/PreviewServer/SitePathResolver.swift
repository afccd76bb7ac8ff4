import Foundation

/// Maps a request path to a file of the served site, refusing anything that could reach outside it.
///
/// The path is percent-decoded once, then every segment is checked: `..` and `.` (also written
/// `%2e%2e`), empty segments (`//etc/passwd`), backslashes and NUL are refused before the file
/// system is asked anything. What remains is joined to the site folder, symbolic links are
/// resolved, and the result must still lie inside the folder, so a link pointing out of the site
/// is refused too.
struct SitePathResolver: Sendable {
    /// The site folder, with symbolic links resolved.
    let root: URL

    init(siteFolder: String) {
        root = URL(fileURLWithPath: siteFolder).standardizedFileURL.resolvingSymlinksInPath()
    }

    enum Resolution: Sendable, Equatable {
        /// A regular file inside the site.
        case file(URL)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case redirect(String)
        /// Nothing there.
        case notFound
        /// A path that tries to leave the site, or cannot be read as one.
        case refused
    }

    func resolve(_ requestPath: String) -> Resolution {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return .refused }
        guard !decoded.contains("\\"), !decoded.contains("\u{0}") else { return .refused }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment == ".." || segment == "." { return .refused }
            if segment.isEmpty && index != segments.count - 1 { return .refused }
        }
        let relative = segments.joined(separator: "/")
        let candidate = relative.isEmpty ? root : root.appendingPathComponent(relative)
        guard let inside = confined(candidate) else { return .refused }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inside.path, isDirectory: &isDirectory) else { return .notFound }
        guard isDirectory.boolValue else { return .file(inside) }
        guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
        let index = inside.appendingPathComponent("index.html")
        guard let indexFile = confined(index) else { return .refused }
        var indexIsDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: indexFile.path, isDirectory: &indexIsDirectory),
            !indexIsDirectory.boolValue
        else {
            return .notFound
        }
        return .file(indexFile)
    }

    /// `url` with symbolic links resolved, if it is the root or lies below it.
    private func confined(_ url: URL) -> URL? {
        let resolved = url.resolvingSymlinksInPath()
        let rootPath = root.path
        guard resolved.path == rootPath || resolved.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
        else {
            return nil
        }
        return resolved
    }
}
