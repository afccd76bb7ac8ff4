/// Learn's block extensions as HTML that works without JavaScript: every tab and every pivot's
/// content is shown under its own heading, and `learn.js` (an external script, so a strict
/// Content-Security-Policy holds) turns them into a tab set and a pivot selector.
extension HTMLRenderer {
    func renderLearnBlock(_ node: MarkdownNode, context: inout Context, into output: inout String) {
        switch node.kind {
        case .missingInclude(let reference):
            output +=
                "<div class=\"include-missing\" role=\"note\"><p><strong>Missing include:</strong> <code>\(reference.htmlEscaped)</code></p></div>\n"
        case .figure(let image):
            renderFigure(image, description: node.children, context: &context, into: &output)
        case .tabSet(let index):
            output += "<div class=\"tabset\" id=\"tabset-\(index)\" data-tabset>\n"
            node.children.forEachInPlace { tab in
                guard case .tab(let label) = tab.kind else { return }
                let panelID = Self.tabPanelID(set: index, label: label)
                let dependency = label.dependsOn.map { " data-depends=\"\($0.htmlEscaped)\"" } ?? ""
                let title = label.title + (label.dependsOn.map { " (\($0))" } ?? "")
                output +=
                    "<section class=\"tab-panel\" id=\"\(panelID)\" data-tab=\"\(label.id.htmlEscaped)\"\(dependency) data-title=\"\(label.title.htmlEscaped)\" aria-labelledby=\"\(panelID)-title\">\n"
                output +=
                    "<h\(label.headingLevel) class=\"tab-title\" id=\"\(panelID)-title\">\(title.htmlEscaped)</h\(label.headingLevel)>\n"
                renderBlocks(tab.children, context: &context, into: &output)
                output += "</section>\n"
            }
            output += "</div>\n"
        case .zone(let pivots, let level):
            let titles = pivots.map { pivotTitles[$0] ?? Self.pivotTitle($0) }
            let title = titles.joined(separator: ", ")
            let prompt = pivotPrompt.map { " data-pivot-prompt=\"\($0.htmlEscaped)\"" } ?? ""
            output +=
                "<section class=\"zone\" data-pivots=\"\(pivots.joined(separator: " ").htmlEscaped)\" data-pivot-titles=\"\(titles.joined(separator: "|").htmlEscaped)\"\(prompt)>\n"
            output += "<h\(level) class=\"zone-title\">\(title.htmlEscaped)</h\(level)>\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</section>\n"
        case .row:
            output += "<div class=\"learn-row\">\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</div>\n"
        case .column(let span):
            output += "<div class=\"learn-column learn-column-span-\(span)\">\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</div>\n"
        case .styledDiv(let divClass):
            output += "<div class=\"\(divClass.rawValue)\">\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</div>\n"
        default:
            renderBlocks(node.children, context: &context, into: &output)
        }
    }

    private func renderFigure(
        _ image: LearnImage, description: [MarkdownNode], context: inout Context, into output: inout String
    ) {
        let alt = image.kind == .icon ? "" : image.altText.htmlEscaped
        guard URLSafety.isSafe(image.source), !image.source.isEmpty else { return }
        if URLSafety.isExternal(image.source) {
            output +=
                "<p><a href=\"\(image.source.htmlEscaped)\" class=\"external-image\">\(alt.isEmpty ? "Image" : alt)</a></p>\n"
            return
        }
        if image.isMissing {
            output +=
                "<div class=\"include-missing\" role=\"note\"><p><strong>Missing image:</strong> <code>\(image.source.htmlEscaped)</code>\(alt.isEmpty ? "" : " (\(alt))")</p></div>\n"
            return
        }
        let classes =
            ["learn-image", "learn-image-\(image.kind.rawValue)"] + (image.border ? [] : ["learn-image-borderless"])
        output += "<figure class=\"\(classes.joined(separator: " "))\">\n"
        var describedBy = ""
        if image.kind == .complex, !description.isEmpty {
            context.figureCount += 1
            describedBy = " aria-describedby=\"image-description-\(context.figureCount)\""
        }
        let img = "<img src=\"\(resolveLink(image.source).htmlEscaped)\" alt=\"\(alt)\"\(describedBy) loading=\"lazy\">"
        if let lightbox = image.lightbox, URLSafety.isSafe(lightbox), !URLSafety.isExternal(lightbox) {
            output += "<a href=\"\(resolveLink(lightbox).htmlEscaped)\" class=\"lightbox\">\(img)</a>\n"
        } else {
            output += img + "\n"
        }
        if !describedBy.isEmpty {
            output +=
                "<figcaption><details class=\"image-description\" id=\"image-description-\(context.figureCount)\">\n<summary>Description of the image</summary>\n"
            renderBlocks(description, context: &context, into: &output)
            output += "</details></figcaption>\n"
        }
        output += "</figure>\n"
    }

    static func tabPanelID(set: Int, label: TabLabel) -> String {
        "tabset-\(set)-" + Self.idFragment(label.id) + (label.dependsOn.map { "-" + Self.idFragment($0) } ?? "")
    }

    private static func idFragment(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    /// `azure-portal` → `Azure portal`: pivot ids name what they select, and DocFX's group
    /// file with their titles is not part of a content folder.
    public static func pivotTitle(_ id: String) -> String {
        let words = String(id.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
