import Foundation
import Yams

/// Interprets the Microsoft Learn dialect and Crosswalk's own conventions in a parsed document:
/// includes, directives, alerts, videos, checklists, anchors, heading ids, typed tables and
/// scenario blocks.
struct DialectTransformer {
    let reader: ArticleReader
    let rootFile: String

    var diagnostics: [Diagnostic] = []
    private(set) var headings: [Heading] = []
    private(set) var tables: [TypedTable] = []
    private(set) var scenarios: [ScenarioBlock] = []
    private(set) var walkthroughs: [WalkthroughPlacement] = []
    private(set) var includes: [String] = []
    private(set) var codeSamples: [CodeSample] = []
    var zones: [ZonePlacement] = []

    /// Bounds the chain of includes (each may nest `MarkdownParser.maximumDepth` deep again), so
    /// the recursive walks over the tree stay far from the stack's end.
    static let maximumIncludeDepth = 8

    private var slugger = HeadingSlugger()
    private var includeStack: [String] = []
    private var lastHeading: String?
    /// The level of the last heading, so that tab and pivot titles nest under it.
    var lastHeadingLevel = 1
    /// How many tab sets the page has so far; numbers them for unique ids.
    var tabSetCount = 0
    /// How deeply Learn containers (rows, columns, zones, tabs) are nested where grouping is.
    var learnNesting = 0
    static let maximumLearnNesting = 16
    var reportedLearnNesting = false

    init(reader: ArticleReader, rootFile: String) {
        self.reader = reader
        self.rootFile = rootFile
        self.includeStack = [rootFile]
    }

    mutating func transform(_ document: MarkdownNode) -> MarkdownNode {
        var result = document
        result.children = transformBlocks(document.children, in: rootFile)
        return result
    }

    mutating func transformBlocks(_ blocks: [MarkdownNode], in file: String) -> [MarkdownNode] {
        let blocks = groupLearnContainers(blocks)
        var output: [MarkdownNode] = []
        output.reserveCapacity(blocks.count)
        var pending: Directive?
        for block in blocks {
            if let directive = pending {
                pending = nil
                if case .table = block.kind {
                    output.append(typedTable(block, directive: directive))
                    continue
                }
                diagnostics.append(
                    Diagnostic(
                        .misplacedDirective,
                        at: directive.location,
                        "'\(directive.kind.rawValue)' directive must stand directly above a table"
                    ))
            }
            switch block.kind {
            case .htmlBlock(let html):
                do {
                    if let directive = try Directive.parse(html: html, at: block.location) {
                        if directive.kind == .walkthrough, let flow = directive.arguments["flow"] {
                            walkthroughs.append(WalkthroughPlacement(flow: flow, location: block.location))
                            output.append(MarkdownNode(.walkthrough(flow: flow), location: block.location))
                        } else {
                            pending = directive
                        }
                        continue
                    }
                } catch {
                    diagnostics.append(error.diagnostic)
                    continue
                }
                if let name = AnchorHTML.name(in: html) {
                    output.append(MarkdownNode(.anchor(name: name), location: block.location))
                    slugger.reserve(name)
                } else {
                    output.append(block)
                }
            case .paragraph:
                if let reference = Self.includeReference(in: block) {
                    output.append(contentsOf: expandInclude(reference, at: block.location, from: file))
                } else if let name = Self.anchorName(in: block) {
                    output.append(MarkdownNode(.anchor(name: name), location: block.location))
                    slugger.reserve(name)
                } else {
                    output.append(block)
                }
            case .heading(let level, _):
                let text = block.plainText.trimmingBlanks()
                let id = slugger.slug(for: text)
                headings.append(Heading(level: level, text: text, id: id, location: block.location))
                lastHeading = text
                lastHeadingLevel = level
                var heading = block
                heading.kind = .heading(level: level, id: id)
                output.append(heading)
            case .blockQuote:
                output.append(transformQuote(block, in: file))
            case .table:
                output.append(typedTable(block, directive: nil))
            case .codeBlock(let info, let literal):
                let language = info.split(separator: " ").first.map(String.init) ?? ""
                if language == "crosswalk-scenario" {
                    output.append(scenario(literal, at: block.location))
                } else {
                    if !language.isEmpty { codeSamples.append(CodeSample(language: language, code: literal)) }
                    output.append(block)
                }
            case .figure, .tabSet, .zone, .row, .column:
                output.append(transformLearnContainer(block, in: file))
            case .list, .item, .footnoteDefinition:
                var container = block
                container.children = transformBlocks(block.children, in: file)
                output.append(container)
            default:
                output.append(block)
            }
        }
        if let directive = pending {
            diagnostics.append(
                Diagnostic(
                    .misplacedDirective,
                    at: directive.location,
                    "'\(directive.kind.rawValue)' directive must stand directly above a table"
                ))
        }
        return output
    }

    /// A paragraph that is nothing but `<a name='x'></a>`, as Learn articles keep for old links.
    private static func anchorName(in paragraph: MarkdownNode) -> String? {
        guard let first = paragraph.children.first, case .htmlInline(let html) = first.kind,
            paragraph.children.allSatisfy({ if case .htmlInline = $0.kind { true } else { false } })
        else { return nil }
        return AnchorHTML.name(in: html)
    }

    // MARK: Includes

    private static func includeReference(in paragraph: MarkdownNode) -> String? {
        guard case .text(let text)? = paragraph.children.first?.kind,
            text.prefix(9).uppercased() == "[!INCLUDE"
        else { return nil }
        for child in paragraph.children {
            if case .link(let destination, _) = child.kind { return destination }
        }
        return nil
    }

    private mutating func expandInclude(
        _ reference: String, at location: SourceLocation, from file: String
    ) -> [MarkdownNode] {
        if let mapped = mappedInclude(reference, from: file) {
            return expandMappedInclude(reference, mapped, at: location)
        }
        guard case .inside(let path) = reader.root.resolve(reference, from: file) else {
            return placeholder(
                for: reference, .includeOutsideRoot, at: location,
                "include '\(reference)' is outside the content root and every include root")
        }
        let text: SourceText
        do {
            text = try reader.load(path)
        } catch {
            guard error.diagnostic.id == .unreadableFile else {
                diagnostics.append(error.diagnostic)
                return []
            }
            // Remembered, so the preview server rebuilds the page when the file appears.
            if !includes.contains(path) { includes.append(path) }
            return placeholder(
                for: reference, .includeMissing, at: location,
                "included file '\(reference)' does not exist or cannot be read")
        }
        return expandLoaded(text, key: path, at: location, rebasing: true)
    }

    /// An include that cannot be shown. As DocFX does, the page is still published, with a
    /// visible placeholder naming it and a warning (`--warnings-as-errors` makes it fatal).
    mutating func placeholder(
        for reference: String, _ id: DiagnosticID, at location: SourceLocation, _ problem: String
    ) -> [MarkdownNode] {
        diagnostics.append(Diagnostic(id, .warning, at: location, problem + "; a placeholder is shown"))
        return [MarkdownNode(.missingInclude(reference: reference), location: location)]
    }

    /// Expands an include already read; `key` names it in the include chain. Cycles and depth are
    /// checked here, so includes of every root share one chain.
    mutating func expandLoaded(
        _ text: SourceText, key path: String, at location: SourceLocation, rebasing: Bool
    ) -> [MarkdownNode] {
        if includeStack.count > Self.maximumIncludeDepth {
            diagnostics.append(
                Diagnostic(
                    .includeCycle, at: location, "includes nest more than \(Self.maximumIncludeDepth) files deep"))
            return []
        }
        if includeStack.contains(path) {
            let chain = (includeStack.drop { $0 != path } + [path]).joined(separator: " → ")
            diagnostics.append(Diagnostic(.includeCycle, at: location, "include cycle: \(chain)"))
            return []
        }
        if !includes.contains(path) { includes.append(path) }
        includeStack.append(path)
        defer { includeStack.removeLast() }
        let parsed = reader.parseInclude(text)
        if let cutAt = parsed.cutAt { diagnostics.append(ArticleReader.tooDeep(at: cutAt)) }
        let included =
            rebasing ? parsed.document.children.map { rebaseLinks($0, from: path) } : parsed.document.children
        return transformBlocks(included, in: path)
    }

    /// Makes relative links in an included file root-relative (`~/...`), so they point where the
    /// included file meant, whichever article includes it.
    private func rebaseLinks(_ node: MarkdownNode, from file: String) -> MarkdownNode {
        var node = node
        switch node.kind {
        case .link(let destination, let title):
            node.kind = .link(destination: rebase(destination, from: file), title: title)
        case .image(let source, let title):
            node.kind = .image(source: rebase(source, from: file), title: title)
        default:
            break
        }
        node.children = node.children.map { rebaseLinks($0, from: file) }
        return node
    }

    private func rebase(_ destination: String, from file: String) -> String {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"),
            !destination.hasPrefix("~/"), !destination.contains(":")
        else { return destination }
        guard case .inside(let path) = reader.root.resolve(destination, from: file) else { return destination }
        return "~/" + path
    }

    // MARK: Alerts, videos and checklists

    private mutating func transformQuote(_ quote: MarkdownNode, in file: String) -> MarkdownNode {
        guard let first = quote.children.first, case .paragraph = first.kind,
            let marker = Self.marker(in: first)
        else {
            var result = quote
            result.children = transformBlocks(quote.children, in: file)
            return result
        }
        let markerText = marker.text
        let upper = markerText.uppercased()
        if let kind = CalloutKind.allCases.first(where: { upper == "[!\($0.rawValue.uppercased())]" }) {
            var rest = Array(quote.children.dropFirst())
            if let remainder = marker.remainder { rest.insert(remainder, at: 0) }
            return MarkdownNode(.callout(kind), children: transformBlocks(rest, in: file), location: quote.location)
        }
        if upper.hasPrefix("[!VIDEO ") {
            let url = markerText.dropFirst("[!VIDEO ".count).dropLast().trimmingBlanks()
            return MarkdownNode(.videoCard(url: url), location: quote.location)
        }
        if upper.hasPrefix("[!DIV "), markerText.lowercased().contains("checklist") {
            let rest = Array(quote.children.dropFirst())
            return MarkdownNode(.checklist, children: transformBlocks(rest, in: file), location: quote.location)
        }
        if upper.hasPrefix("[!DIV "),
            let divClass = DivClass.allCases.first(where: { markerText.lowercased().contains("\"\($0.rawValue)\"") })
        {
            var rest = Array(quote.children.dropFirst())
            if let remainder = marker.remainder { rest.insert(remainder, at: 0) }
            return MarkdownNode(
                .styledDiv(divClass), children: transformBlocks(rest, in: file), location: quote.location)
        }
        var result = quote
        result.children = transformBlocks(quote.children, in: file)
        return result
    }

    /// A `[!...]` marker on the first line of a paragraph, and the paragraph without that line.
    private static func marker(in paragraph: MarkdownNode) -> (text: String, remainder: MarkdownNode?)? {
        let lineEnd = paragraph.children.firstIndex { node in
            if case .softBreak = node.kind { return true }
            if case .lineBreak = node.kind { return true }
            return false
        }
        let firstLine = paragraph.children[..<(lineEnd ?? paragraph.children.endIndex)]
        let text = firstLine.map(\.plainText).joined().trimmingBlanks()
        guard text.hasPrefix("[!"), text.hasSuffix("]") else { return nil }
        var remainder: MarkdownNode?
        if let lineEnd, lineEnd + 1 < paragraph.children.endIndex {
            var rest = paragraph
            rest.children = Array(paragraph.children[(lineEnd + 1)...])
            rest.location = rest.children[0].location
            remainder = rest
        }
        return (text, remainder)
    }

    // MARK: Tables and scenarios

    private mutating func typedTable(_ table: MarkdownNode, directive: Directive?) -> MarkdownNode {
        do {
            let extractor = TableExtractor(table: table, directive: directive, heading: lastHeading)
            guard let typed = try extractor.extract() else { return table }
            tables.append(typed)
            return MarkdownNode(.typedTable(index: tables.count - 1), children: [table], location: table.location)
        } catch {
            diagnostics.append(error.diagnostic)
            return table
        }
    }

    private mutating func scenario(_ yaml: String, at location: SourceLocation) -> MarkdownNode {
        let firstLine = location.line + 1
        do {
            guard let node = try YAMLText.compose(yaml) else {
                diagnostics.append(Diagnostic(.scenarioYAML, at: location, "scenario block is empty"))
                return MarkdownNode(.codeBlock(info: "yaml", literal: yaml), location: location)
            }
            scenarios.append(ScenarioBlock(location: location, source: yaml, document: node, firstLine: firstLine))
            return MarkdownNode(.scenario(index: scenarios.count - 1), location: location)
        } catch {
            diagnostics.append(
                YAMLDiagnostic.diagnostic(
                    for: error, id: .scenarioYAML, file: location.file, firstLine: firstLine,
                    columnOffset: location.column - 1))
            return MarkdownNode(.codeBlock(info: "yaml", literal: yaml), location: location)
        }
    }
}
