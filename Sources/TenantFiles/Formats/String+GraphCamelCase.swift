extension String {
    /// A DSC (PascalCase) property name as Graph spells the same property: `UsersAndGroups` →
    /// `usersAndGroups`, `B2BCollaborationInbound` → `b2bCollaborationInbound`, `IPRanges` →
    /// `ipRanges`. A leading run of capitals and digits is lowered, except the capital that
    /// begins the next word.
    var graphCamelCase: String {
        let characters = Array(self)
        var leading = 0
        while leading < characters.count, characters[leading].isUppercase || characters[leading].isNumber {
            leading += 1
        }
        guard leading > 0 else { return self }
        var lowered = leading
        if leading > 1, leading < characters.count, characters[leading].isLowercase,
            characters[leading - 1].isUppercase
        {
            lowered -= 1
        }
        return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
    }
}
