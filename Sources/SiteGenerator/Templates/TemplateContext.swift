import Mustache

/// The values a template is rendered with, handed to swift-mustache in the shapes it resolves
/// fastest.
///
/// swift-mustache finds a tag's value by dynamic casts: the context object is tried as a custom
/// representation, then as a parent; a bare `String` value is then tried as a template, a custom
/// renderable, a lambda and an optional before `String(describing:)` copies it into the page.
/// Each failed cast is a conformance-cache lookup, and a page has about fifty tags, so with a
/// `[String: Any]` context and bare strings, resolving tags cost as much as rendering the
/// article's Markdown. Here the context is a non-generic parent, text is a custom renderable
/// (found by the second cast and handed over without a copy), and flags stay `Bool` so sections
/// test them as before. What a template can say, and what it renders, are the same.
struct TemplateContext: MustacheParent, Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: TemplateValue]

    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// A value by name; assigning `nil` removes it, so `{{#name}}` sections skip it.
    subscript(name: String) -> TemplateValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    func child(named name: String) -> Any? {
        switch values[name] {
        case .text(let text): TemplateText(text)
        case .number(let number): TemplateText(String(number))
        case .flag(let flag): flag
        case .object(let object): object
        case .list(let list): list
        case nil: nil
        }
    }
}

/// What a template tag can be given.
enum TemplateValue: Sendable {
    /// Escaped by `{{name}}`, as is by `{{{name}}}`.
    case text(String)
    /// Rendered in decimal; like text, a section over it is shown even for zero.
    case number(Int)
    /// Shows (`{{#name}}`) or hides (`{{^name}}`) a section.
    case flag(Bool)
    /// Pushed as the context of a `{{#name}}` section.
    case object(TemplateContext)
    /// A `{{#name}}` section is rendered once per element.
    case list([TemplateContext])
}

/// A string a tag renders. Also a parent without children, so that inside a `{{#name}}` section,
/// which pushes the text, lookups pass over it without reflecting on it.
struct TemplateText: MustacheCustomRenderable, MustacheParent, Sendable {
    let renderText: String

    init(_ text: String) {
        renderText = text
    }

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }
}
