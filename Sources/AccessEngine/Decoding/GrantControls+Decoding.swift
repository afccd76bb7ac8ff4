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
            builtInControls: try Self.builtInControls(reader.optional("builtInControls")),
            customAuthenticationFactors: try reader.optional("customAuthenticationFactors")?
                .strings() ?? [],
            termsOfUse: try reader.optional("termsOfUse")?.strings() ?? [],
            authenticationStrength: strengthId
        )
    }
}

extension GrantControls {
    /// Only Graph's built-in controls are valid here; terms of use, strengths and custom
    /// controls have properties of their own.
    private static func builtInControls(
        _ reader: DocumentReader?
    ) throws(DocumentError) -> [GrantControl] {
        guard let reader else { return [] }
        var result: [GrantControl] = []
        for item in reader.items() where !item.value.isNotConfigured {
            for text in try item.strings() where text.lowercased() != "unknownfuturevalue" {
                guard let control = GrantControl(caseInsensitive: text),
                    GrantControl.builtIn.contains(control)
                else {
                    throw .unknownValue(
                        text, expected: GrantControl.builtIn.map(\.rawValue), path: reader.path,
                        at: item.location)
                }
                if !result.contains(control) { result.append(control) }
            }
        }
        return result
    }
}

extension SessionControls: DocumentReadable {
    /// Keeps only the controls whose `isEnabled` is true, with the setting that describes them.
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init()
        applicationEnforcedRestrictions =
            try enabledControl(reader, "applicationEnforcedRestrictions") != nil
        if let appControl = try enabledControl(reader, "cloudAppSecurity") {
            cloudAppSecurity = try appControl.optional("cloudAppSecurityType")?.string() ?? "enabled"
        }
        if let frequency = try enabledControl(reader, "signInFrequency") {
            if try frequency.optional("frequencyInterval")?.string().lowercased() == "everytime" {
                signInFrequency = "everyTime"
            } else {
                let value = try frequency.optional("value")?.integer() ?? 0
                let unit = try frequency.optional("type")?.string() ?? "hours"
                signInFrequency = "\(value) \(unit)"
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
