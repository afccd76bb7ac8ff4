import AccessEngine
import Articles

/// One thing the checker verified — a matrix cell, a method-table cell, a step table or a
/// scenario — and the problems found in it. Reports list these as test cases.
public struct CheckedItem: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case matrixCell = "matrix-cell"
        case methodCell = "method-cell"
        case stepTable = "step-table"
        case scenario
    }

    public var kind: Kind
    /// A readable name, e.g. `Require compliant device × B2B direct connect users`.
    public var name: String
    public var location: SourceLocation
    /// The index of the typed table in its article, for tables.
    public var tableIndex: Int?
    public var failures: [Diagnostic]
    /// What the engine answered, in a sentence, for items that have one (scenarios).
    public var outcome: String?
    /// The flow a step table was bound to: the page marks the table with it, so the
    /// walkthrough player can highlight the steps taken.
    public var flow: FlowID?

    public init(
        kind: Kind, name: String, location: SourceLocation, tableIndex: Int?, failures: [Diagnostic],
        outcome: String? = nil
    ) {
        self.kind = kind
        self.name = name
        self.location = location
        self.tableIndex = tableIndex
        self.failures = failures
        self.outcome = outcome
    }

    public var passed: Bool { !failures.contains { $0.severity == .error } }
}

/// Everything the checker found in one article.
public struct ArticleCheck: Sendable {
    public var articlePath: String
    public var items: [CheckedItem]
    /// Problems that belong to no single item (a table that cannot be bound, an unknown label).
    public var diagnostics: [Diagnostic]

    public init(articlePath: String, items: [CheckedItem], diagnostics: [Diagnostic]) {
        self.articlePath = articlePath
        self.items = items
        self.diagnostics = diagnostics
    }

    // Items are read by index and field below: `filter`, `flatMap` and `for item in items` copy
    // each item whole (name, location, failures), and these run over every item of every
    // article on each pass of the preview server.

    /// Every diagnostic, of items and of the article, sorted.
    public var allDiagnostics: [Diagnostic] {
        var all = diagnostics
        for index in items.indices where !items[index].failures.isEmpty {
            all += items[index].failures
        }
        return all.sorted()
    }

    /// How many items of each kind were checked, in `CheckedItem.Kind.allCases` order.
    public var countsByKind: [Int] {
        var counts = Array(repeating: 0, count: CheckedItem.Kind.allCases.count)
        for index in items.indices {
            counts[CheckedItem.Kind.allCases.firstIndex(of: items[index].kind)!] += 1
        }
        return counts
    }

    /// How a typed table fared: how many of its cells were checked and how many disagreed.
    public func verification(ofTable table: Int) -> (checked: Int, failed: Int)? {
        var checked = 0, failed = 0
        for index in items.indices where items[index].tableIndex == table {
            checked += 1
            if !items[index].passed { failed += 1 }
        }
        return checked == 0 ? nil : (checked, failed)
    }

    /// The flow the step table at `table` was bound to, when it could be bound.
    public func flow(ofTable table: Int) -> FlowID? {
        for index in items.indices where items[index].kind == .stepTable && items[index].tableIndex == table {
            return items[index].flow
        }
        return nil
    }

    /// The check of the scenario block at `index`: each scenario is one item, in the order of
    /// the blocks.
    public func scenario(at index: Int) -> CheckedItem? {
        var seen = 0
        for position in items.indices where items[position].kind == .scenario {
            if seen == index { return items[position] }
            seen += 1
        }
        return nil
    }
}
