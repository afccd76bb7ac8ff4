import Articles
import Mustache

/// HTML escaping for `{{name}}` tags done on UTF-8 bytes (`String.htmlEscaped`): the same five
/// characters as swift-mustache's own HTML escaping, so pages are byte-identical, without its
/// dictionary lookup per `Character`, which was a sixth of rendering a page.
///
/// Every template is parsed behind a standalone pragma line that selects it
/// (`TemplateSet.pragmaLine`); a template that sets its own content type still wins.
struct ByteHTMLContentType: MustacheContentType {
    static let name = "crosswalk-html"

    /// Makes the content type known to the template parser; idempotent.
    static let registered: Void = MustacheContentTypes.register(ByteHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        text.htmlEscaped
    }
}
