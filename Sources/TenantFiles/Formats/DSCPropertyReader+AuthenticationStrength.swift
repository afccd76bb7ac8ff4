import AccessEngine

extension DSCPropertyReader {
    /// An `AADAuthenticationStrengthPolicy` block as a Graph `authenticationStrengthPolicy`.
    ///
    /// Microsoft365DSC manages custom strengths only (the built-in ones cannot be changed), so
    /// `policyType` is `custom`. Each allowed combination stays one comma-separated string,
    /// as Graph writes it.
    mutating func authenticationStrength() -> DocumentValue {
        var strength = GraphObjectBuilder()
        strength.add("id", scalar("Id"))
        strength.add("displayName", scalar("DisplayName"))
        strength.add("description", scalar("Description"))
        strength.add("policyType", implied("custom"))
        strength.add("allowedCombinations", list("AllowedCombinations"))
        return strength.document(at: location)
    }
}
