extension AuthenticationStrengthPolicy {
    init(reading reader: DocumentReader) throws(DocumentError) {
        let id = try reader.required("id").string()
        var combinations: [AuthenticationMethodModes] = []
        for item in try reader.required("allowedCombinations").items() {
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
