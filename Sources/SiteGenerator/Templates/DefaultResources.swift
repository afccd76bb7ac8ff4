import Foundation

/// The templates and assets that ship with Crosswalk, used when a site does not bring its own.
public enum DefaultResources {
    public static var templatesPath: String { folder("templates") }
    public static var publicPath: String { folder("public") }
    /// The live-reload script that `crosswalk serve` adds to the pages it serves; never
    /// published, so a built site carries no development code.
    public static var liveReloadScriptPath: String { folder("serve") + "/live-reload.js" }

    private static func folder(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Defaults").appendingPathComponent(name).path
    }
}
