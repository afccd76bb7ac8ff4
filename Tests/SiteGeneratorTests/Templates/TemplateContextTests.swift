import Foundation
import Testing
@testable import SiteGenerator
import TestSupport

/// Pages hand templates a `TemplateContext` rather than a `[String: Any]`; a template must not be
/// able to tell the difference.
@Suite("Template values")
struct TemplateContextTests {
    /// Renders `template` as the `layout` of an otherwise built-in template set.
    private func render(_ template: String, _ context: TemplateContext) throws -> String {
        let folder = Scratch.url("templates")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DefaultResources.write(DefaultResources.templates, into: folder)
        try template.write(to: folder.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        return try TemplateSet.load(from: folder.path).render(context, with: "layout")
    }

    @Test("text is escaped by double braces and kept by triple braces")
    func escaping() throws {
        let html = try render("{{title}}|{{{body}}}", ["title": .text("A & <B>"), "body": .text("<p>\"x\"</p>")])
        #expect(html == "A &amp; &lt;B&gt;|<p>\"x\"</p>")
    }

    @Test("a section over text shows it as the current value; a missing value hides it")
    func textSections() throws {
        let template = "{{#date}}on {{.}}{{/date}}{{^date}}undated{{/date}}"
        #expect(try render(template, ["date": .text("2026-01-31")]) == "on 2026-01-31")
        var context: TemplateContext = ["date": .text("2026-01-31")]
        context["date"] = nil
        #expect(try render(template, context) == "undated")
    }

    @Test("inside a section over text, other names resolve from the enclosing context")
    func lookupPassesOverText() throws {
        let html = try render("{{#date}}{{root}}{{date}}{{/date}}", ["date": .text("d"), "root": .text("../")])
        #expect(html == "../d")
    }

    @Test("flags show and hide sections; numbers render in decimal, zero included")
    func flagsAndNumbers() throws {
        let template =
            "{{#on}}A{{/on}}{{^on}}B{{/on}}{{#off}}C{{/off}}{{^off}}D{{/off}}|{{#count}}{{count}} of {{total}}{{/count}}"
        #expect(
            try render(template, ["on": .flag(true), "off": .flag(false), "count": .number(0), "total": .number(12)])
                == "AD|0 of 12")
    }

    @Test("objects are pushed by their section; lists render once per element")
    func objectsAndLists() throws {
        let context: TemplateContext = [
            "root": .text("../"),
            "next": .object(["url": .text("b.html"), "title": .text("B & C")]),
            "articles": .list([["title": .text("one")], ["title": .text("two")]]),
            "none": .list([]),
        ]
        let html = try render(
            "{{#next}}<a href=\"{{root}}{{url}}\">{{title}}</a>{{/next}}|{{#articles}}[{{title}}]{{/articles}}|{{^none}}empty{{/none}}",
            context)
        #expect(html == "<a href=\"../b.html\">B &amp; C</a>|[one][two]|empty")
    }
}
