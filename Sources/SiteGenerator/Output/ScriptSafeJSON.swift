/// JSON that can sit inside `<script type="application/json">` whatever strings it holds.
///
/// An HTML parser ends a script element at the first `</script`, whatever JSON thinks; policy
/// display names and scenario titles are author text, so `<`, `>` and `&` are written as JSON
/// escapes (`\u003c`, ...), which `JSON.parse` reads back unchanged. U+2028 and U+2029 are
/// escaped too, for older JavaScript parsers.
public enum ScriptSafeJSON {
    public static func escape(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
