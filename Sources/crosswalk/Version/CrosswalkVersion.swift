import AccessEngine

/// What `crosswalk --version` prints: the tool, the engine it carries, and the date of the
/// documented service behaviour the engine follows.
///
/// The three move separately: a tool release may keep the engine, the engine's rules change its
/// version, and a new dated behaviour (``Behaviour/changes``) moves the date without either.
enum CrosswalkVersion {
    /// The version of the command-line tool; raised with every release.
    static let tool = "0.1.0"

    static var text: String {
        """
        crosswalk \(tool)
        engine \(AccessEngine.version)
        behaviour as documented on \(Behaviour.latest.revision)
        """
    }
}
