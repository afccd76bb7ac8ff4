import Foundation

/// Learn's block extensions that span several Markdown blocks — `:::image:::` (with the long
/// description of a complex image), tab sets, zone pivots, rows and columns — found among the
/// blocks of one container and turned into nodes that hold their content.
extension DialectTransformer {
    /// Groups `blocks` (siblings) into the Learn containers they spell; anything that is not one
    /// is returned as it was.
    mutating func groupLearnContainers(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
        guard blocks.contains(where: Self.mayStartContainer) else { return blocks }
        // Rows in columns in rows... nest only as deep as this; the walks over the tree are
        // recursive, and a hostile file could otherwise nest a row per line.
        guard learnNesting < Self.maximumLearnNesting else {
            if !reportedLearnNesting, let first = blocks.first {
                reportedLearnNesting = true
                diagnostics.append(
                    Diagnostic(
                        .nestingTooDeep, .warning, at: first.location,
                        "':::' extensions nest more than \(Self.maximumLearnNesting) deep here; the deeper ones are shown as text"
                    ))
            }
            return blocks
        }
        learnNesting += 1
        defer { learnNesting -= 1 }
        let blocks = blocks.flatMap(Self.splitAtTripleColonLines)
        var output: [MarkdownNode] = []
        var index = blocks.startIndex
        while index < blocks.endIndex {
            let block = blocks[index]
            if case .heading(let level, _) = block.kind, TabLabel.read(block, level: level) != nil {
                let (set, next) = tabSet(in: blocks, from: index, level: level)
                output.append(set)
                index = next
                continue
            }
            guard let line = Self.firstTripleColonLine(of: block) else {
                output.append(block)
                index += 1
                continue
            }
            switch line.name {
            case "image":
                let (figure, next) = figure(line, in: blocks, from: index)
                output.append(contentsOf: figure)
                index = next
            case "zone":
                let pivots = (line.attributes["pivot"] ?? "").split(separator: ",").map { $0.trimmingBlanks() }.filter {
                    !$0.isEmpty
                }
                let (content, next) = blocksUntil("zone-end", in: blocks, from: index + 1)
                output.append(
                    MarkdownNode(
                        .zone(pivots: pivots, headingLevel: 2), children: groupLearnContainers(content),
                        location: block.location))
                index = next
            case "row":
                let (content, next) = blocksUntil("row-end", in: blocks, from: index + 1)
                output.append(
                    MarkdownNode(.row, children: columns(in: content, row: block.location), location: block.location))
                index = next
            default:
                output.append(block)
                index += 1
            }
        }
        return output
    }

    /// Whether a block may open a Learn container; most pages have none, and are passed through.
    private static func mayStartContainer(_ block: MarkdownNode) -> Bool {
        switch block.kind {
        case .heading(let level, _): return TabLabel.read(block, level: level) != nil
        case .paragraph:
            var atLineStart = true
            for child in block.children {
                if case .text(let text) = child.kind, atLineStart, text.hasPrefix(":::") { return true }
                if case .softBreak = child.kind { atLineStart = true } else { atLineStart = false }
            }
            return false
        default: return false
        }
    }

    /// Learn writes `:::row:::`, its columns and their content on consecutive lines, which
    /// CommonMark reads as one paragraph: each triple-colon line becomes a paragraph of its
    /// own, and the lines between them paragraphs of their own, markup kept.
    private static func splitAtTripleColonLines(_ block: MarkdownNode) -> [MarkdownNode] {
        guard case .paragraph = block.kind, mayStartContainer(block),
            block.children.contains(where: { if case .softBreak = $0.kind { true } else { false } })
        else { return [block] }
        var lines: [[MarkdownNode]] = [[]]
        for child in block.children {
            if case .softBreak = child.kind { lines.append([]) } else { lines[lines.count - 1].append(child) }
        }
        var paragraphs: [MarkdownNode] = []
        var pending: [MarkdownNode] = []
        func flush() {
            guard let first = pending.first else { return }
            paragraphs.append(MarkdownNode(.paragraph, children: pending, location: first.location))
            pending = []
        }
        for line in lines where !line.isEmpty {
            let text = line.map(\.sourceLikeText).joined()
            if TripleColonLine(text) != nil {
                flush()
                paragraphs.append(MarkdownNode(.paragraph, children: line, location: line[0].location))
            } else {
                if !pending.isEmpty { pending.append(MarkdownNode(.softBreak, location: line[0].location)) }
                pending += line
            }
        }
        flush()
        return paragraphs
    }

    /// The triple-colon line a paragraph starts with.
    private static func firstTripleColonLine(of block: MarkdownNode) -> TripleColonLine? {
        guard case .paragraph = block.kind, mayStartContainer(block) else { return nil }
        let text = block.sourceLikeText
        return TripleColonLine(text.prefix { $0 != "\n" })
    }

    /// A paragraph that is exactly the triple-colon line `name`.
    private static func isClosing(_ name: String, _ block: MarkdownNode) -> Bool {
        guard case .paragraph = block.kind, let line = TripleColonLine(block.sourceLikeText) else { return false }
        return line.name == name
    }

    /// The blocks from `start` up to the closing line `name`, and the index after that line. A
    /// container left open runs to the end of its parent, with a warning.
    private mutating func blocksUntil(
        _ name: String, in blocks: [MarkdownNode], from start: Int
    ) -> (content: [MarkdownNode], next: Int) {
        if let end = blocks[start...].firstIndex(where: { Self.isClosing(name, $0) }) {
            return (Array(blocks[start..<end]), end + 1)
        }
        let opening = blocks[max(start - 1, blocks.startIndex)].location
        diagnostics.append(
            Diagnostic(
                .unclosedExtension, .warning, at: opening,
                "':::\(name.dropLast(4))' is not closed by ':::\(name):::'; it runs to the end of its section"))
        return (Array(blocks[start...]), blocks.endIndex)
    }

    private mutating func columns(in content: [MarkdownNode], row: SourceLocation) -> [MarkdownNode] {
        var columns: [MarkdownNode] = []
        var index = content.startIndex
        while index < content.endIndex {
            let block = content[index]
            if let line = Self.firstTripleColonLine(of: block), line.name == "column" {
                let span = line.attributes["span"].flatMap { Int($0) }.map { min(max($0, 1), 4) } ?? 1
                let (inner, next) = blocksUntil("column-end", in: content, from: index + 1)
                columns.append(
                    MarkdownNode(.column(span: span), children: groupLearnContainers(inner), location: block.location))
                index = next
            } else {
                // Content between columns is kept, in a column of its own.
                columns.append(MarkdownNode(.column(span: 1), children: [block], location: block.location))
                index += 1
            }
        }
        return columns
    }

    /// A tab set: tab headings of one level, each followed by its content, ended by a thematic
    /// break (`---`), a heading of the same or a higher level that is not a tab, or the end.
    private mutating func tabSet(
        in blocks: [MarkdownNode], from start: Int, level: Int
    ) -> (set: MarkdownNode, next: Int) {
        var tabs: [MarkdownNode] = []
        var index = start
        while index < blocks.endIndex {
            let block = blocks[index]
            if case .thematicBreak = block.kind { index += 1; break }
            if case .heading(let headingLevel, _) = block.kind, headingLevel <= level {
                guard headingLevel == level, let label = TabLabel.read(block, level: level) else { break }
                tabs.append(MarkdownNode(.tab(label), location: block.location))
            } else {
                tabs[tabs.count - 1].children.append(block)
            }
            index += 1
        }
        for position in tabs.indices { tabs[position].children = groupLearnContainers(tabs[position].children) }
        return (MarkdownNode(.tabSet(index: 0), children: tabs, location: blocks[start].location), index)
    }

    /// `:::image ...:::`, and for a complex image its long description: the blocks up to
    /// `:::image-end:::`.
    private mutating func figure(
        _ line: TripleColonLine, in blocks: [MarkdownNode], from start: Int
    ) -> (nodes: [MarkdownNode], next: Int) {
        let block = blocks[start]
        let image = LearnImage(
            kind: LearnImage.Kind(rawValue: line.attributes["type"]?.lowercased() ?? "") ?? .content,
            source: line.attributes["source"] ?? "",
            altText: line.attributes["alt-text"] ?? "",
            lightbox: line.attributes["lightbox"].flatMap { $0.isEmpty ? nil : $0 },
            border: line.attributes["border"]?.lowercased() != "false"
        )
        var description: [MarkdownNode] = []
        var next = start + 1
        if image.kind == .complex {
            (description, next) = blocksUntil("image-end", in: blocks, from: next)
        }
        return ([MarkdownNode(.figure(image), children: description, location: block.location)], next)
    }

    /// Interprets a container's content and checks what it points to.
    mutating func transformLearnContainer(_ block: MarkdownNode, in file: String) -> MarkdownNode {
        // Counted here too: the content of a container is grouped again as it is transformed.
        learnNesting += 1
        defer { learnNesting -= 1 }
        var result = block
        switch block.kind {
        case .figure(var image):
            if image.altText.isEmpty, image.kind != .icon {
                diagnostics.append(
                    Diagnostic(
                        .imageAltText, .warning, at: block.location,
                        "image '\(image.source)' has no alt-text; describe it for readers who cannot see it"))
            }
            let missingBefore = diagnostics.count
            image.source = checkedImageSource(image.source, at: block.location, from: file)
            image.isMissing = diagnostics.count > missingBefore
            if let lightbox = image.lightbox {
                image.lightbox = checkedImageSource(lightbox, at: block.location, from: file)
            }
            result.kind = .figure(image)
        case .tabSet:
            tabSetCount += 1
            result.kind = .tabSet(index: tabSetCount)
            let sectionLevel = lastHeadingLevel
            defer { lastHeadingLevel = sectionLevel }
            let level = min(sectionLevel + 1, 6)
            result.children = block.children.map { tab in
                lastHeadingLevel = sectionLevel
                var tab = tab
                if case .tab(var label) = tab.kind {
                    label.headingLevel = level
                    tab.kind = .tab(label)
                }
                tab.children = transformBlocks(tab.children, in: file)
                return tab
            }
            return result
        case .zone(let pivots, _):
            // Zones are alternatives, so each starts at the level of the section around them.
            let sectionLevel = lastHeadingLevel
            defer { lastHeadingLevel = sectionLevel }
            zones.append(ZonePlacement(pivots: pivots, location: block.location))
            result.kind = .zone(pivots: pivots, headingLevel: min(sectionLevel + 1, 6))
            result.children = transformBlocks(block.children, in: file)
            return result
        case .row:
            result.children = block.children.map { transformLearnContainer($0, in: file) }
            return result
        default:
            break
        }
        result.children = transformBlocks(block.children, in: file)
        return result
    }

    /// The image's address relative to the content root (`~/...`), so pages in any folder and
    /// articles that include this file find it; a local image that does not exist is a warning.
    private mutating func checkedImageSource(_ source: String, at location: SourceLocation, from file: String) -> String
    {
        guard !source.isEmpty, !source.contains(":"), !source.hasPrefix("/"), !source.hasPrefix("#") else {
            return source
        }
        let withoutFragment = String(source.prefix { $0 != "#" && $0 != "?" })
        guard case .inside(let path) = reader.root.resolve(withoutFragment, from: file) else {
            diagnostics.append(
                Diagnostic(
                    .imageMissing, .warning, at: location,
                    "image '\(source)' is outside the content root; it is not published"))
            return source
        }
        if !FileManager.default.fileExists(atPath: reader.root.resolvedURL.path + "/" + path) {
            diagnostics.append(
                Diagnostic(
                    .imageMissing, .warning, at: location, "image '\(source)' does not exist; a placeholder is shown"))
            return source
        }
        return "~/" + path
    }
}
