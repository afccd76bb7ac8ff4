extension GrantControls {
    init(
        reading reader: DocumentReader, strengths: inout [AuthenticationStrengthPolicy]
    ) throws(DocumentError) {
        var strengthId: String?
        if let strength = try reader.optional("authenticationStrength") {
            if case .string(let id) = strength.value.kind {
                strengthId = id
            } else {
                strengthId = try strength.required("id").string()
                if try strength.optional("allowedCombinations") != nil {
                    strengths.append(try AuthenticationStrengthPolicy(reading: strength))
                }
            }
        }
        self.init(
            operator: try reader.optional("operator")?.vocabulary(GrantOperator.self) ?? .and,
            builtInControls: try reader.optional("builtInControls")?
                .vocabularyList(BuiltInControl.self) ?? [],
            customAuthenticationFactors: try reader.optional("customAuthenticationFactors")?
                .strings() ?? [],
            termsOfUse: try reader.optional("termsOfUse")?.strings() ?? [],
            authenticationStrength: strengthId
        )
    }
}

extension SessionControls: DocumentReadable {
    /// Keeps only the controls whose `isEnabled` is true, with the setting that describes them.
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init()
        if let restrictions = try enabledControl(reader, "applicationEnforcedRestrictions") {
            _ = restrictions
            applicationEnforcedRestrictions = true
        }
        if let appControl = try enabledControl(reader, "cloudAppSecurity") {
            cloudAppSecurity = try appControl.optional("cloudAppSecurityType")?.string() ?? "enabled"
        }
        if let frequency = try enabledControl(reader, "signInFrequency") {
            if try frequency.optional("frequencyInterval")?.string().lowercased() == "everytime" {
                signInFrequency = "everyTime"
            } else {
                let value = try frequency.optional("value")?.number() ?? 0
                let unit = try frequency.optional("type")?.string() ?? "hours"
                signInFrequency = "\(Int(value)) \(unit)"
            }
        }
        if let browser = try enabledControl(reader, "persistentBrowser") {
            persistentBrowser = try browser.optional("mode")?.string() ?? "always"
        }
    }

    private func enabledControl(
        _ reader: DocumentReader, _ key: String
    ) throws(DocumentError) -> DocumentReader? {
        guard let control = try reader.optional(key) else { return nil }
        guard try control.optional("isEnabled")?.bool() ?? false else { return nil }
        return control
    }
}
