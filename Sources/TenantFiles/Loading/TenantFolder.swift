import AccessEngine
import Foundation

/// Reads a folder of tenant exports, whatever tool wrote it.
///
/// Files are told apart by content, not by name: every `.json`, `.yaml`, `.yml` and `.ps1`
/// file under the folder is read (in sorted order, so results are deterministic), each Graph
/// object in it sorted into the tenant's documents, and everything else ignored and counted.
/// A `tenant.yaml` (or `.yml`, `.json`) at the top gives the licence and other settings. The
/// layout is recognised only to say so in the import report.
struct TenantFolder {
    let access: FileAccess

    /// Deepest folder nesting read (EntraExporter writes about five levels).
    static let maximumDepth = 12

    func read(_ folder: String, into assembly: inout TenantAssembly) throws(ImportFailure) {
        let files = listFiles(folder)
        let layout = Self.layout(of: files.map { String($0.dropFirst(folder.count + 1)) })
        var errors: [ImportDiagnostic] = []
        var ignored: [String] = []
        let loader = TenantLoader(access: access)
        for path in files {
            let relative = String(path.dropFirst(folder.count + 1))
            let lowered = relative.lowercased()
            let isSettings = ["tenant.yaml", "tenant.yml", "tenant.json"].contains(lowered)
            guard
                isSettings || lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
                    || lowered.hasSuffix(".ps1")
            else {
                ignored.append(relative)
                continue
            }
            do {
                let source = try loader.readDocument(at: path, referencedAt: nil, from: path)
                if source.format == .dsc, !(source.value.text ?? "").contains("AAD") {
                    ignored.append(relative)
                    continue
                }
                let contents = try loader.add(source, to: &assembly, base: folder, layout: layout)
                if !isSettings, contents.isEmpty {
                    assembly.files.removeLast()
                    ignored.append(relative)
                }
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw ImportFailure(assembly.diagnostics + errors) }
        if !ignored.isEmpty {
            let sample = ignored.prefix(3).joined(separator: ", ")
            assembly.diagnostics.append(
                ImportDiagnostic(
                    TenantLoader.ignoredFiles, .note, file: folder,
                    "\(ignored.count) file\(ignored.count == 1 ? "" : "s") hold nothing Crosswalk reads and \(ignored.count == 1 ? "is" : "are") ignored (\(sample)\(ignored.count > 3 ? ", …" : ""))"
                ))
        }
        if assembly.documents.isEmpty {
            throw ImportFailure(
                assembly.diagnostics + [
                    ImportDiagnostic(
                        TenantLoader.nothingFound, .error, file: folder,
                        "no Conditional Access policies, named locations, strengths or cross-tenant settings found in this folder"
                    )
                ])
        }
    }

    /// The export tool whose layout the relative paths show, if any.
    static func layout(of paths: [String]) -> String? {
        if paths.contains(where: {
            $0.hasPrefix("Identity/Conditional/") || $0.hasPrefix("Policies/CrossTenantAccessPolicy")
        }) {
            return "EntraExporter"
        }
        if paths.contains(where: { $0 == "MigrationTable.json" || $0.hasPrefix("ConditionalAccess/") }) {
            return "IntuneManagement"
        }
        if paths.contains(where: { $0.lowercased().hasSuffix(".ps1") }) { return "Microsoft365DSC" }
        return nil
    }

    /// Regular files under `folder`, sorted, skipping hidden entries and anything the access
    /// rules do not allow (symbolic links out of the content root).
    private func listFiles(_ folder: String) -> [String] {
        var result: [String] = []
        func walk(_ path: String, depth: Int) {
            guard depth <= Self.maximumDepth,
                let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = "\(path)/\(name)"
                guard let resolved = try? access.permittedPath(child, referencedAt: nil, from: child) else { continue }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    walk(child, depth: depth + 1)
                } else {
                    result.append(child)
                }
            }
        }
        walk(folder, depth: 0)
        return result
    }
}
