import TenantFiles
import AccessEngine
import Articles
import Foundation

/// The tenants of a site (`_data/tenants/NAME.yaml`, `.yml` or `.json` in the content root),
/// loaded and compiled once however many scenarios name them.
final class TenantCatalog: @unchecked Sendable {
    let folder: String
    private let loader: DocumentLoader
    private let lock = NSLock()
    private var cache: [String: Result<CompiledTenant, DocumentError>] = [:]

    init(contentRoot: ContentRoot) {
        folder = contentRoot.resolvedURL.appendingPathComponent("_data/tenants").path
        var loader = DocumentLoader()
        // A tenant names its Graph documents by relative path; like includes, they must stay in
        // the content root, so a tenant file cannot make a build read `/etc/passwd`.
        loader.readFile = { url in
            let rootPath = contentRoot.resolvedURL.path
            let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else { return nil }
            return try? Data(contentsOf: URL(fileURLWithPath: resolved))
        }
        self.loader = loader
    }

    /// The file of tenant `name`, if it exists.
    func file(named name: String) -> String? {
        guard !name.contains("/"), !name.hasPrefix(".") else { return nil }
        return ["yaml", "yml", "json"].map { "\(folder)/\(name).\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The names of every tenant file, sorted.
    var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .map { String($0[..<$0.lastIndex(of: ".")!]) }
            .sorted()
    }

    func tenant(named name: String, path: String) -> Result<CompiledTenant, DocumentError> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[name] { return cached }
        let result: Result<CompiledTenant, DocumentError>
        do {
            result = .success(try CompiledTenant(loader.loadTenant(at: path)))
        } catch {
            result = .failure(error)
        }
        cache[name] = result
        return result
    }

    /// A tenant written inline in a scenario; Graph document paths are relative to the tenants folder.
    func tenant(inline document: DocumentValue) throws(DocumentError) -> CompiledTenant {
        try CompiledTenant(loader.tenant(from: document, base: folder))
    }
}
