import Foundation

/// A site's tenants: `_data/tenants/` in the content root, where each tenant is a tenant file
/// (`NAME.yaml`, `.yml` or `.json`) or a folder of exports (`NAME/`).
public struct TenantDirectory: Sendable {
    public let folder: String

    /// `relativeFolder` is `crosswalk.yml`'s `tenants`, inside the content root.
    public init(contentRoot: String, relativeFolder: String) {
        folder = "\(contentRoot)/\(relativeFolder)"
    }

    static let extensions = ["yaml", "yml", "json"]

    /// The file or folder of tenant `name`, if it exists.
    public func path(named name: String) -> String? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        for candidate in Self.extensions.map({ "\(folder)/\(name).\($0)" }) + ["\(folder)/\(name)"]
        where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// Every tenant's path, sorted by name.
    public var paths: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { entry in
            guard !entry.hasPrefix("."), !entry.hasPrefix("_") else { return false }
            if Self.extensions.contains(where: { entry.hasSuffix(".\($0)") }) { return true }
            // A folder beside a tenant file of its name holds that file's documents.
            if Self.extensions.contains(where: { entries.contains("\(entry).\($0)") }) { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(folder)/\(entry)", isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted().map { "\(folder)/\($0)" }
    }

    /// Every tenant's name, sorted.
    public var names: [String] {
        paths.map { path in
            let name = (path as NSString).lastPathComponent
            return Self.extensions.contains(where: { name.hasSuffix(".\($0)") })
                ? (name as NSString).deletingPathExtension : name
        }
    }
}
