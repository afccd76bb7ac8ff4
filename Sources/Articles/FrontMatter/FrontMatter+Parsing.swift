import Yams

extension FrontMatter {
    /// Splits `text` into its front matter and body.
    ///
    /// - Returns: the front matter (empty when there is none), the Markdown body, and how many
    ///   lines the front matter occupied so body positions can be reported in file lines.
    static func split(
        _ text: String,
        file: String
    ) -> (frontMatter: FrontMatter, body: Substring, bodyLineOffset: Int, diagnostics: [Diagnostic]) {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            return (FrontMatter(), text[...], 0, [])
        }
        // Lines end at "\n" or at "\r\n", which Swift reads as one Character: searching for
        // "\n" alone would never find the end of a line in a Windows file.
        var lineNumber = 1
        var yamlStart = text.index(after: text.firstIndex(where: \.isNewline) ?? text.startIndex)
        var cursor = yamlStart
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(where: \.isNewline) ?? text.endIndex
            lineNumber += 1
            let line = text[cursor..<lineEnd].trimmingTrailingWhitespace()
            if line == "---" || line == "..." {
                let yaml = String(text[yamlStart..<cursor])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                let (frontMatter, diagnostics) = parse(yaml: yaml, file: file, firstLine: 2)
                return (frontMatter, text[bodyStart...], lineNumber, diagnostics)
            }
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        yamlStart = text.startIndex
        let unterminated = Diagnostic(
            .frontMatter,
            at: SourceLocation(file: file, line: 1, column: 1),
            "front matter is not closed: add a line '---' after the last key"
        )
        return (FrontMatter(), text[...], 0, [unterminated])
    }

    static func parse(yaml: String, file: String, firstLine: Int) -> (FrontMatter, [Diagnostic]) {
        let node: Node?
        do {
            // Front matter is read as text (order is parsed by hand), so no implicit typing: the
            // default resolver runs seven regular expressions on every scalar.
            node = try YAMLText.compose(yaml, resolver: .basic)
        } catch {
            // DocFX publishes a page whose header is not valid YAML, and so does Crosswalk: the
            // title then comes from the first heading.
            var diagnostic = YAMLDiagnostic.diagnostic(for: error, id: .frontMatter, file: file, firstLine: firstLine)
            diagnostic.severity = .warning
            diagnostic.message += "; the header is ignored and the title comes from the first heading"
            return (FrontMatter(), [diagnostic])
        }
        guard let node else { return (FrontMatter(), []) }
        guard let mapping = node.mapping else {
            let location = YAMLDiagnostic.location(of: node, file: file, firstLine: firstLine)
            return (
                FrontMatter(),
                [Diagnostic(.frontMatter, at: location, "front matter must be a mapping of keys to values")]
            )
        }
        var frontMatter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard let scalar = value.scalar else {
                if ["title", "description", "ms.date", "order"].contains(name) {
                    let location = YAMLDiagnostic.location(of: value, file: file, firstLine: firstLine)
                    diagnostics.append(
                        Diagnostic(
                            .frontMatter, at: location, "'\(name)' must be a single value, not a list or mapping"))
                }
                continue
            }
            frontMatter.metadata[name] = scalar.string
            switch name {
            case "title": frontMatter.title = scalar.string
            case "description": frontMatter.description = scalar.string
            case "ms.date", "date": frontMatter.date = scalar.string
            case "order", "weight":
                if let order = Int(scalar.string) {
                    frontMatter.order = order
                } else {
                    let location = YAMLDiagnostic.location(of: value, file: file, firstLine: firstLine)
                    diagnostics.append(
                        Diagnostic(
                            .frontMatter, at: location, "'\(name)' must be a whole number, not '\(scalar.string)'"))
                }
            default: break
            }
        }
        return (frontMatter, diagnostics)
    }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> SubSequence {
        var end = endIndex
        while end > startIndex, let last = self[index(before: end)].unicodeScalars.first,
            last == " " || last == "\t" || last == "\r"
        {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
