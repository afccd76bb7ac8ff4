import Foundation

/// Recognises the tables Crosswalk understands and reads them into typed values.
///
/// A table is recognised by its header row, or forced by a directive above it. A table that is
/// recognised but cannot be read is an error: guidance that looks checked but is not would be
/// worse than no check at all. A table that is not recognised is left alone.
struct TableExtractor {
    enum Shape { case steps, matrix, methods }

    let table: MarkdownNode
    let directive: Directive?
    let heading: String?

    func extract() throws(DiagnosticError) -> TypedTable? {
        let rows = table.children.map { row in row.children.map(Self.cell) }
        guard let header = rows.first else { return nil }
        let body = Array(rows.dropFirst())
        guard let shape = try shape(of: header) else { return nil }
        for (index, row) in body.enumerated() where row.count < header.count {
            throw malformed(
                at: table.children[index + 1].location, "row has \(row.count) cells, the header has \(header.count)")
        }
        switch shape {
        case .steps: return .steps(try steps(body))
        case .matrix: return .matrix(try matrix(header: header, body: body))
        case .methods: return .methods(try methods(body))
        }
    }

    private static func cell(_ node: MarkdownNode) -> TableCell {
        // cmark-gfm's cell positions include varying padding; the first inline is where the text is.
        TableCell(text: node.plainText.trimmingBlanks(), location: node.children.first?.location ?? node.location)
    }

    private func shape(of header: [TableCell]) throws(DiagnosticError) -> Shape? {
        let labels = header.map(\.normalized)
        if let directive {
            let expected: (Shape, Int)
            switch directive.kind {
            case .steps: expected = (.steps, 2)
            case .matrix: expected = (.matrix, 2)
            case .methods: expected = (.methods, 3)
            case .ignore, .walkthrough: return nil
            }
            guard expected.0 == .matrix ? header.count >= expected.1 : header.count == expected.1 else {
                throw malformed(
                    at: table.location,
                    "a \(directive.kind.rawValue) table needs \(expected.0 == .matrix ? "at least " : "")\(expected.1) columns, this one has \(header.count)"
                )
            }
            return expected.0
        }
        if labels.count == 2, ["step", "steps"].contains(labels[0]), labels[1] == "description" {
            return .steps
        }
        if labels.count == 3, ["authentication method", "method"].contains(labels[0]),
            labels[1] == "home tenant", labels[2] == "resource tenant"
        {
            return .methods
        }
        if labels.count >= 2, ["policy", "control", "controls", "policy control"].contains(labels[0]),
            labels.dropFirst().allSatisfy({ $0.hasSuffix("users") || $0.hasSuffix("user") })
        {
            return .matrix
        }
        return nil
    }

    private func malformed(at location: SourceLocation, _ message: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(.malformedTable, at: location, message))
    }

    // MARK: Step tables

    private static let skipPattern = try! NSRegularExpression(
        pattern: #"\b(?:skip|go|continue|proceed)\s+(?:on\s+)?(?:to|with|at)\s+step\s+(\d+)"#,
        options: [.caseInsensitive]
    )

    private func steps(_ body: [[TableCell]]) throws(DiagnosticError) -> StepTable {
        var steps: [StepTable.Step] = []
        for (rowIndex, row) in body.enumerated() {
            let numberText = row[0].text.trimming { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") }
            guard let number = Int(numberText) else {
                throw malformed(at: row[0].location, "step number '\(row[0].text)' is not a whole number")
            }
            let descriptionNode = table.children[rowIndex + 1].children[1]
            steps.append(
                StepTable.Step(
                    number: number,
                    numberCell: row[0],
                    description: row[1],
                    skipTargets: Self.skipReferences(in: descriptionNode)
                ))
        }
        return StepTable(
            steps: steps,
            location: table.location,
            flow: directive?.arguments["flow"],
            heading: heading
        )
    }

    /// Finds "skip to step N" in the text nodes of a cell, with the column where each is written.
    private static func skipReferences(in cell: MarkdownNode) -> [StepTable.SkipReference] {
        var references: [StepTable.SkipReference] = []
        cell.forEach { node in
            // Most text of a step table never mentions a step; only the rest goes to the regex.
            guard case .text(let text) = node.kind, text.containsIgnoringASCIICase("step") else { return }
            let range = NSRange(text.startIndex..., in: text)
            for match in skipPattern.matches(in: text, range: range) {
                guard let whole = Range(match.range, in: text),
                    let digits = Range(match.range(at: 1), in: text),
                    let step = Int(text[digits])
                else { continue }
                var location = node.location
                location.column += text[text.startIndex..<whole.lowerBound].utf8.count
                references.append(StepTable.SkipReference(step: step, location: location))
            }
        }
        return references
    }

    // MARK: Support matrices

    private func matrix(header: [TableCell], body: [[TableCell]]) throws(DiagnosticError) -> SupportMatrix {
        var rows: [SupportMatrix.Row] = []
        for row in body {
            var cells: [SupportMatrix.Cell] = []
            for cell in row.dropFirst() {
                cells.append(SupportMatrix.Cell(support: try support(in: cell), cell: cell))
            }
            rows.append(SupportMatrix.Row(control: row[0], cells: cells))
        }
        return SupportMatrix(
            corner: header[0], userKinds: Array(header.dropFirst()), rows: rows, location: table.location)
    }

    private func support(in cell: TableCell) throws(DiagnosticError) -> Support {
        let text = cell.normalized
        if text.hasPrefix("not supported") { return .notSupported }
        guard text.hasPrefix("supported") else {
            throw malformed(
                at: cell.location, "cannot read '\(cell.text)': a cell must start with 'Supported' or 'Not supported'")
        }
        guard text.containsBytes("trust") else { return .supported }
        if text.containsBytes("hybrid") { return .supportedWhenTrusted(.hybridJoinedDevice) }
        if text.containsBytes("compliant") { return .supportedWhenTrusted(.compliantDevice) }
        if text.containsBytes("mfa") || text.containsBytes("multifactor") { return .supportedWhenTrusted(.mfa) }
        throw malformed(
            at: cell.location,
            "'\(cell.text)' names trust settings but not which claim (MFA, compliant device or hybrid joined device)")
    }

    // MARK: Method tables

    private func methods(_ body: [[TableCell]]) throws(DiagnosticError) -> MethodTable {
        var rows: [MethodTable.Row] = []
        for row in body {
            rows.append(MethodTable.Row(method: row[0], home: try mark(row[1]), resource: try mark(row[2])))
        }
        return MethodTable(rows: rows, location: table.location)
    }

    private static let yes: Set<String> = ["✅", "✔", "✔️", "✓", "yes", "y", "x"]
    private static let no: Set<String> = ["", "❌", "no", "n", "-", "—", "–"]

    private func mark(_ cell: TableCell) throws(DiagnosticError) -> MethodTable.Mark {
        let text = cell.normalized
        if Self.yes.contains(text) { return MethodTable.Mark(isAllowed: true, cell: cell) }
        if Self.no.contains(text) { return MethodTable.Mark(isAllowed: false, cell: cell) }
        throw malformed(at: cell.location, "cannot read '\(cell.text)': a method cell is ✅ (or &#x2705;) or empty")
    }
}
