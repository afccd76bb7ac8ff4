import AccessEngine
import Foundation
@testable import TenantFiles
import TestSupport

/// The export fixtures (see Fixtures/EXPECTED.md) and scratch folders that clean up after themselves.
enum TenantFixtures {
    static var root: String { Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path }

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }

    static func load(_ relative: String) throws -> LoadedTenant {
        try TenantLoader(access: .anywhere).loadTenant(at: path(relative))
    }

    /// Runs `body` with a fresh folder holding `files` (relative path → text), then removes it.
    static func withFolder<Result>(_ files: [String: String], _ body: (String) throws -> Result) throws -> Result {
        let folder = Scratch.url("tenants")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try body(folder.path)
    }

    /// The ids of diagnostics of a failed load.
    static func failure(_ body: () throws -> Void) -> [ImportDiagnostic] {
        do {
            try body()
        } catch let failure as ImportFailure {
            return failure.diagnostics
        } catch {
            return []
        }
        return []
    }
}
