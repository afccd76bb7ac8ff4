/// Includes read from an include root (`crosswalk.yml`'s `includeRoots`) rather than the
/// content root. Inside such a file, paths are named `PREFIX/relative`, so its own relative
/// includes resolve in the same root.
extension DialectTransformer {
    struct MappedInclude {
        var includeRoot: IncludeRoot
        /// The path inside the include root, or `nil` when the reference leaves it.
        var relativePath: String?
    }

    func mappedInclude(_ reference: String, from file: String) -> MappedInclude? {
        for includeRoot in reader.root.includeRoots {
            if let relative = includeRoot.relativePath(of: reference) {
                guard case .inside(let path) = includeRoot.root.resolve(relative, from: "") else {
                    return MappedInclude(includeRoot: includeRoot, relativePath: nil)
                }
                return MappedInclude(includeRoot: includeRoot, relativePath: path)
            }
            if let including = includeRoot.relativePath(of: file), !reference.hasPrefix("~/"), !reference.hasPrefix("/")
            {
                guard case .inside(let path) = includeRoot.root.resolve(reference, from: including) else {
                    return MappedInclude(includeRoot: includeRoot, relativePath: nil)
                }
                return MappedInclude(includeRoot: includeRoot, relativePath: path)
            }
        }
        return nil
    }

    mutating func expandMappedInclude(
        _ reference: String, _ mapped: MappedInclude, at location: SourceLocation
    ) -> [MarkdownNode] {
        guard let relative = mapped.relativePath else {
            return placeholder(
                for: reference, .includeOutsideRoot, at: location,
                "include '\(reference)' leaves the include root '\(mapped.includeRoot.prefix)'")
        }
        let key = mapped.includeRoot.prefix + "/" + relative
        let text: SourceText
        do {
            text = try reader.load(relative, in: mapped.includeRoot.root)
        } catch {
            guard error.diagnostic.id == .unreadableFile else {
                diagnostics.append(error.diagnostic)
                return []
            }
            return placeholder(
                for: reference, .includeMissing, at: location,
                "included file '\(reference)' does not exist in '\(mapped.includeRoot.root.displayPath)'")
        }
        return expandLoaded(text, key: key, at: location, rebasing: false)
    }
}
