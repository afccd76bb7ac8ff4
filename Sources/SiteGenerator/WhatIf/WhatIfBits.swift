import AccessEngine

/// The page's spelling of a set of policies: one hexadecimal digit per four policies, the
/// lowest policy in the lowest bit of the first digit, always `ceil(count / 4)` digits. The page
/// ANDs two sets digit by digit, which is all the set arithmetic it does.
enum WhatIfBits {
    static let digits = Array("0123456789abcdef")

    static func hex(_ set: PolicySet, count: Int) -> String {
        var nibbles = [Int](repeating: 0, count: max(1, (count + 3) / 4))
        for index in set.indexes where index < count { nibbles[index / 4] |= 1 << (index % 4) }
        return String(nibbles.map { digits[$0] })
    }

    static func nibble(_ character: Character) -> Int { character.hexDigitValue ?? 0 }

    static func and(_ lhs: String, _ rhs: String) -> String {
        String(zip(lhs, rhs).map { digits[nibble($0) & nibble($1)] })
    }

    static func or(_ lhs: String, _ rhs: String) -> String {
        String(zip(lhs, rhs).map { digits[nibble($0) | nibble($1)] })
    }

    static func contains(_ hex: String, _ index: Int) -> Bool {
        let characters = Array(hex)
        guard index / 4 < characters.count else { return false }
        return nibble(characters[index / 4]) & (1 << (index % 4)) != 0
    }
}
