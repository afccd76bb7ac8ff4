extension StringProtocol {
    /// Without leading and trailing blanks (spaces, tabs, line breaks). Cheaper than Foundation's
    /// `trimmingCharacters(in:)`, which goes through `NSString`; used on every table cell.
    public func trimmingBlanks() -> String {
        trimming { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    /// Without the leading and trailing characters for which `isTrimmed` holds.
    public func trimming(while isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = lastIndex(where: { !isTrimmed($0) })!
        return String(self[first...last])
    }
}
