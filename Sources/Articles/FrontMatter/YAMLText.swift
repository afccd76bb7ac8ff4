import Yams

/// Turns YAML text into Yams' node tree; the one way front matter, scenario blocks and tenant
/// files are parsed.
///
/// The encoding is named rather than left to Yams' default, which reads the whole process
/// environment on every call (to honour an override variable) and cost more than parsing a
/// typical front matter block.
public enum YAMLText {
    public static func compose(_ text: String, resolver: Resolver = .default) throws -> Node? {
        try Yams.compose(yaml: text, resolver, .default, .utf8)
    }
}
