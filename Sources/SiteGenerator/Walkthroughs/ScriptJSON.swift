/// Makes JSON text safe to place inside `<script type="application/json">`.
///
/// An HTML parser ends a script element at the first `</script`, whatever the JSON means, so
/// every `</` becomes `<\/` (the same string to a JSON parser). `<!--` is broken up the same way
/// because it changes how the parser looks for the end tag.
public enum ScriptJSON {
    public static func embeddable(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/")
            .replacingOccurrences(of: "<!--", with: "<\\u0021--")
    }
}
