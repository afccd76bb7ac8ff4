import AccessEngine
import Foundation

/// Which files a loader may read.
///
/// There is no default: a site confines tenants to its content root (a tenant file in a
/// repository must not make a build publish `/etc/passwd`), while a command-line user who names
/// a tenant file may read what that file names. Each caller says which it is.
public struct FileAccess: Sendable {
    private enum Scope: Sendable {
        case roots([String])
        case anywhere
    }

    private let scope: Scope

    /// Largest file read; exports of thousands of policies stay well under it.
    public static let maximumFileSize = 64 << 20

    public static let outsideRoot = "crosswalk.tenant.outside-root"
    public static let missingFile = "crosswalk.tenant.missing-file"
    public static let tooLarge = "crosswalk.tenant.too-large"

    /// Files inside `roots` (after resolving symbolic links) only.
    public static func confined(to roots: [String]) -> FileAccess {
        FileAccess(
            scope: .roots(roots.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path }))
    }

    /// Any file the user can read: for files named on the command line and what they name.
    public static let anywhere = FileAccess(scope: .anywhere)

    /// The path with symbolic links resolved, or a diagnostic when it leaves the roots.
    func permittedPath(
        _ path: String, referencedAt reference: DocumentPosition?, from file: String
    ) throws(ImportFailure) -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        guard case .roots(let roots) = scope else { return resolved }
        let inside = roots.contains { root in
            resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
        if inside { return resolved }
        throw ImportFailure([
            ImportDiagnostic(
                Self.outsideRoot, .error, at: reference, in: file,
                "'\(path)' is outside the content root; tenant documents must be inside it")
        ])
    }

    /// Reads a file the rules allow; `reference` is where a document named it.
    func read(
        _ path: String, referencedAt reference: DocumentPosition?, from file: String
    ) throws(ImportFailure) -> Data {
        let resolved = try permittedPath(path, referencedAt: reference, from: file)
        var status = stat()
        guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let message = reference == nil ? "no such file" : "referenced file '\(path)' does not exist"
            throw ImportFailure([ImportDiagnostic(Self.missingFile, .error, at: reference, in: file, message)])
        }
        guard Int(status.st_size) <= Self.maximumFileSize else {
            throw ImportFailure([
                ImportDiagnostic(
                    Self.tooLarge, .error, at: reference, in: file,
                    "'\(path)' is larger than \(Self.maximumFileSize >> 20) MiB")
            ])
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw ImportFailure([
                ImportDiagnostic(Self.missingFile, .error, at: reference, in: file, "cannot read '\(path)'")
            ])
        }
        return data
    }

    /// Whether `path` is a folder the rules allow.
    func isFolder(_ path: String) -> Bool {
        guard let resolved = try? permittedPath(path, referencedAt: nil, from: path) else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
