import Foundation

/// The templates and assets that ship with Crosswalk, used when a site does not bring its own.
public enum DefaultResources {
    public static var templatesPath: String { folder("templates") }
    public static var publicPath: String { folder("public") }

    private static func folder(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Defaults").appendingPathComponent(name).path
    }
}
