extension StringProtocol {
    /// Without leading and trailing blanks (spaces, tabs, line breaks). Cheaper than Foundation's
    /// `trimmingCharacters(in:)`, which goes through `NSString`; used on every table cell.
    public func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }
}
