extension AuthenticationStrengthPolicy {
    init(reading reader: DocumentReader) throws(DocumentError) {
        let id = try reader.required("id").string()
        var combinations: [AuthenticationMethodModes] = []
        // A strength without combinations is valid and satisfied by nothing.
        for item in try reader.optional("allowedCombinations")?.items() ?? [] {
            combinations.append(
                AuthenticationMethodModes(try item.vocabularyList(AuthenticationMethodMode.self)))
        }
        self.init(
            id: id,
            displayName: try reader.optional("displayName")?.string() ?? id,
            policyType: try reader.optional("policyType")?.vocabulary(PolicyType.self) ?? .custom,
            allowedCombinations: combinations
        )
    }
}
