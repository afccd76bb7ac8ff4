/// Which authentication methods satisfy MFA in the home tenant and in the resource tenant.
public struct MethodTable: Sendable {
    public struct Row: Sendable {
        public var method: TableCell
        public var home: Mark
        public var resource: Mark
    }

    /// A yes/no cell (`✅`, `&#x2705;` or empty).
    public struct Mark: Sendable {
        public var isAllowed: Bool
        public var cell: TableCell
    }

    public var rows: [Row]
    public var location: SourceLocation
}
