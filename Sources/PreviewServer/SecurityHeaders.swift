import HTTPTypes

/// The headers every response of `crosswalk serve` carries.
///
/// Pages have no inline scripts or styles, so `default-src 'self'` holds for all of them. The
/// one addition is `'wasm-unsafe-eval'` in `script-src`: Pagefind's search runs WebAssembly,
/// which browsers refuse to compile under `script-src 'self'` alone; the keyword allows
/// WebAssembly only, never JavaScript `eval`.
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

    static func fields(contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        // A preview must show the latest build, never a cached page.
        fields[.cacheControl] = "no-store"
        return fields
    }
}
