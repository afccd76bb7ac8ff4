import AccessEngine
import Articles
import Foundation
import TenantFiles

/// The tenants of a site (`_data/tenants/` in the content root), loaded and compiled once
/// however many scenarios name them, and never reading outside the content root.
final class TenantCatalog: @unchecked Sendable {
    let directory: TenantDirectory
    private let loader: TenantLoader
    private let lock = NSLock()
    private var cache: [String: Result<CompiledTenant, ImportFailure>] = [:]

    init(contentRoot: ContentRoot) {
        directory = TenantDirectory(
            contentRoot: contentRoot.resolvedURL.path, relativeFolder: contentRoot.tenantsFolder)
        // A tenant names its Graph documents by relative path; like includes, they must stay in
        // the content root, so a tenant file cannot make a build read `/etc/passwd`.
        loader = TenantLoader(access: .confined(to: [contentRoot.resolvedURL.path]))
    }

    func tenant(named name: String, path: String) -> Result<CompiledTenant, ImportFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[name] { return cached }
        let result = Result { () throws(ImportFailure) -> CompiledTenant in try loader.loadTenant(at: path).compiled() }
        cache[name] = result
        return result
    }

    /// A tenant written inline in a scenario; Graph document paths are relative to the tenants folder.
    func tenant(inline document: DocumentValue, file: String) throws(ImportFailure) -> CompiledTenant {
        try loader.tenant(inline: document, base: directory.folder, file: file).compiled()
    }
}
