extension StringProtocol {
    /// Whether `other` occurs in the text, compared byte for byte.
    ///
    /// Foundation's `contains(_:)` on strings goes through `NSString` and a locale-aware search,
    /// and the standard library's generic collection search is not specialised for strings; on
    /// the labels of every table cell and every link either was a tenth of reading an article.
    /// Callers compare text they have already normalised, so exact bytes are what they mean.
    public func containsBytes(_ other: String) -> Bool {
        var other = other
        return other.withUTF8 { needle in
            firstMatch(of: needle, folding: false)
        }
    }

    /// Whether `word` (lower-case ASCII) occurs in the text in any mix of upper and lower case.
    func containsIgnoringASCIICase(_ word: StaticString) -> Bool {
        firstMatch(of: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), folding: true)
    }

    /// Whether the text ends with `suffix`, compared byte for byte.
    public func hasSuffixBytes(_ suffix: String) -> Bool {
        let count = utf8.count, suffixCount = suffix.utf8.count
        return count >= suffixCount && utf8.dropFirst(count - suffixCount).elementsEqual(suffix.utf8)
    }

    /// Whether the text starts with `word` (lower-case ASCII) in any mix of upper and lower case.
    func hasPrefixIgnoringASCIICase(_ word: StaticString) -> Bool {
        let prefix = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var bytes = utf8.makeIterator()
        for expected in prefix {
            guard let byte = bytes.next(), byte.lowercasedASCII == expected else { return false }
        }
        return true
    }

    /// A plain search over contiguous bytes: the texts and needles here are a few dozen bytes,
    /// where anything cleverer costs more than it saves.
    private func firstMatch(of needle: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        guard !needle.isEmpty else { return true }
        func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) {
                var offset = 0
                while offset < needle.count {
                    let byte = bytes[start + offset]
                    guard (folding ? byte.lowercasedASCII : byte) == needle[offset] else { break }
                    offset += 1
                }
                if offset == needle.count { return true }
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(occurs) { return found }
        return Array(utf8).withUnsafeBufferPointer(occurs)
    }
}

extension UInt8 {
    /// `A`–`Z` as `a`–`z`; every other byte as it is. Folding bytes, not `Character`s, is what
    /// keeps the searches and label folding here cheap.
    var lowercasedASCII: UInt8 {
        self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 0x20 : self
    }
}
