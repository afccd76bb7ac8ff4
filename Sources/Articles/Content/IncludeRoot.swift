/// A folder outside the content root that includes may read, under a path prefix: Learn
/// repositories map `~/../docs/reusable-content` to a shared repository in their build
/// configuration, and `crosswalk.yml`'s `includeRoots` does the same.
///
/// Only includes go through it, and a reference under the prefix is confined to the folder as
/// strictly as every other read is confined to the content root.
public struct IncludeRoot: Sendable {
    /// The prefix as articles write it, without a trailing `/` (`~/../docs/reusable-content`).
    public var prefix: String
    public var root: ContentRoot

    public init(prefix: String, folder: String) {
        self.prefix = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        self.root = ContentRoot(path: folder)
    }

    /// The reference's path inside this root, when it starts with the prefix.
    func relativePath(of reference: String) -> String? {
        guard reference.hasPrefix(prefix + "/") else { return nil }
        return String(reference.dropFirst(prefix.count + 1))
    }
}
