extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without leading and trailing blanks (spaces, tabs, line breaks). Cheaper than Foundation's
    /// `trimmingCharacters(in:)`, which goes through `NSString`; used on every table cell.
    public func trimmingBlanks() -> String {
        trimming { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Without the leading and trailing ASCII characters (UTF-8 bytes below 0x80) for which
    /// `isTrimmed` holds.
    ///
    /// Works on bytes rather than `Character`s, whose grapheme breaking made trimming a table
    /// label cost more than looking it up. Only ASCII is ever trimmed, so a character made of
    /// several bytes is never cut.
    public func trimming(while isTrimmed: (UInt8) -> Bool) -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 >= 0x80 || !isTrimmed($0) }) else { return "" }
        let last = bytes.lastIndex(where: { $0 >= 0x80 || !isTrimmed($0) })!
        return String(self[first..<bytes.index(after: last)])
    }
}
