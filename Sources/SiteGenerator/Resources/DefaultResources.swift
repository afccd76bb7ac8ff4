import Foundation

/// The templates and assets that ship with Crosswalk, used when a site does not bring its own.
///
/// They are compiled into the executable (the `EmbedResources` build plugin reads the package's
/// top-level `templates/`, `public/` and `serve/`), so a `crosswalk` binary copied anywhere finds
/// them: nothing is looked up beside the binary or in the build folder at run time.
public enum DefaultResources {
    /// The Mustache templates, by file name (`layout.mustache`, ...), sorted by path.
    public static let templates: [EmbeddedFile] = EmbeddedResources.templates
    /// The assets every site gets (style sheets and scripts), sorted by path.
    public static let assets: [EmbeddedFile] = EmbeddedResources.assets
    /// The live-reload script that `crosswalk serve` adds to the pages it serves; never
    /// published, so a built site carries no development code.
    public static var liveReloadScript: [UInt8] {
        EmbeddedResources.serve.first { $0.path == "live-reload.js" }?.bytes ?? []
    }

    /// Writes `files` under `folder`, creating it and any subfolders: `crosswalk init` gives a new
    /// site copies to edit, and tests start from the built-in set.
    public static func write(_ files: [EmbeddedFile], into folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }
}
