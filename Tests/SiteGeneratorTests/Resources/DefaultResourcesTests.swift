import Foundation
import Testing
@testable import SiteGenerator
import TestSupport

/// The built-in templates and assets are compiled in by the `EmbedResources` plugin; what the
/// binary carries must be exactly the package's folders, byte for byte and in a fixed order.
@Suite("Default resources")
struct DefaultResourcesTests {
    /// The package's top level, found from this file's path (Tests/SiteGeneratorTests/Resources/).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every visible file under `folder`, by relative path.
    static func files(in folder: String) throws -> [String: [UInt8]] {
        let root = packageRoot.appendingPathComponent(folder)
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            result[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
        }
        return result
    }

    @Test("the embedded templates are the package's templates/ folder, byte for byte")
    func templatesMatchFolder() throws {
        let embedded = Dictionary(uniqueKeysWithValues: DefaultResources.templates.map { ($0.path, $0.bytes) })
        #expect(embedded == (try Self.files(in: "templates")))
        for name in TemplateSet.requiredNames {
            #expect(embedded["\(name).mustache"] != nil)
        }
    }

    @Test("the embedded assets are the package's public/ folder, byte for byte")
    func assetsMatchFolder() throws {
        let embedded = Dictionary(uniqueKeysWithValues: DefaultResources.assets.map { ($0.path, $0.bytes) })
        #expect(embedded == (try Self.files(in: "public")))
        #expect(!embedded.isEmpty)
    }

    @Test("the live-reload script is embedded and is not among the published assets")
    func liveReloadScript() throws {
        #expect(DefaultResources.liveReloadScript == (try Self.files(in: "serve"))["live-reload.js"])
        #expect(!DefaultResources.liveReloadScript.isEmpty)
        #expect(!DefaultResources.assets.contains { $0.path.hasSuffix("live-reload.js") })
    }

    @Test("files are in bytewise path order, so the generated source is the same on every machine")
    func deterministicOrder() {
        for files in [DefaultResources.templates, DefaultResources.assets] {
            let paths = files.map(\.path)
            #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
    }

    @Test("written out, the built-in templates load as a user's folder would")
    func writeRoundTrip() throws {
        let folder = Scratch.url("defaults")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DefaultResources.write(DefaultResources.templates, into: folder)
        _ = try TemplateSet.load(from: folder.path)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == DefaultResources.templates.map(\.path).sorted())
    }
}
