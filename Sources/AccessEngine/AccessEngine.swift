/// The Conditional Access evaluation engine for external (B2B) sign-ins.
///
/// The engine is pure: it takes tenant configuration and a sign-in as values and returns a verdict
/// with its reasons. Reading files, printing and exit codes belong to the command-line tool.
public enum AccessEngine {
    /// The version of the evaluation rules. Pages record which version verified their tables, so a
    /// change to the rules is visible in the published site.
    public static let version = "0.1.0"
}
