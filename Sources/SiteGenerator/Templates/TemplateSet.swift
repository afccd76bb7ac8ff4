import Articles
import Foundation
import Mustache

/// The Mustache templates a site is rendered with: the user's folder, or the built-in set.
///
/// A user's folder must be complete, and every partial a template names must exist: Mustache
/// would otherwise render a missing partial as nothing, and a page would silently lose its
/// navigation.
public struct TemplateSet: Sendable {
    public static let requiredNames = ["layout", "article", "index", "report", "nav", "toc"]

    let library: MustacheLibrary

    /// Put in front of every template's text: a standalone line, so it renders as nothing and
    /// the template's own first line keeps its meaning; parse errors are moved back one line.
    static let pragmaLine = "{{% CONTENT_TYPE: \(ByteHTMLContentType.name) }}\n"

    /// Loads and validates the templates in `folder` (or the built-in ones when `nil`).
    public static func load(from folder: String?) throws(BuildFailure) -> TemplateSet {
        let display = folder ?? "built-in templates"
        ByteHTMLContentType.registered
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        for (file, data) in templateFiles(in: folder) where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = "\(display)/\(file)"
            guard let data, let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(
                    Diagnostic(
                        .template, at: SourceLocation(file: path, line: 1, column: 1), "cannot read template as UTF-8"))
                continue
            }
            sources[name] = text
            do {
                library.register(try MustacheTemplate(string: Self.pragmaLine + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(
                    file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
                diagnostics.append(Diagnostic(.template, at: location, "template syntax error: \(error.error)"))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .template, at: SourceLocation(file: path, line: 1, column: 1), "template syntax error: \(error)"
                    ))
            }
        }
        for name in requiredNames where sources[name] == nil {
            diagnostics.append(
                Diagnostic(
                    .template,
                    at: SourceLocation(file: "\(display)/\(name).mustache", line: 1, column: 1),
                    "missing template '\(name).mustache' (a templates folder must provide \(requiredNames.joined(separator: ", ")))"
                ))
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReference.all(in: text) where sources[reference.name] == nil {
                diagnostics.append(
                    Diagnostic(
                        .template,
                        at: SourceLocation(
                            file: "\(display)/\(name).mustache", line: reference.line, column: reference.column),
                        "partial '\(reference.name)' does not exist"
                    ))
            }
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics: diagnostics) }
        return TemplateSet(library: library)
    }

    /// The files of `folder` (`nil` contents: unreadable), or the built-in templates, by name.
    private static func templateFiles(in folder: String?) -> [(String, Data?)] {
        guard let folder else { return DefaultResources.templates.map { ($0.path, Data($0.bytes)) } }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.sorted().map { ($0, FileManager.default.contents(atPath: "\(folder)/\($0)")) }
    }

    func render(_ context: TemplateContext, with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

/// A `{{> name}}` tag in a template.
struct PartialReference {
    var name: String
    var line: Int
    var column: Int

    private static let pattern = try! NSRegularExpression(pattern: #"\{\{\s*>\s*([A-Za-z0-9_./-]+)\s*\}\}"#)

    static func all(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            for match in pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                guard let nameRange = Range(match.range(at: 1), in: line),
                    let whole = Range(match.range, in: line)
                else { continue }
                let column = line[line.startIndex..<whole.lowerBound].utf8.count + 1
                references.append(PartialReference(name: String(line[nameRange]), line: lineIndex + 1, column: column))
            }
        }
        return references
    }
}
