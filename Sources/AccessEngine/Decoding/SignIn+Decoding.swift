import Foundation

extension SignIn {
    /// Reads a sign-in in What If names (`signInIdentity`, `signInContext`, `signInConditions`)
    /// plus the `guest` block.
    ///
    /// Absent conditions (client app, platform, location, ...) stay unknown: policies that look at
    /// them answer `notEnoughInformation`, as Graph's What If does.
    public init(document: DocumentValue) throws(DocumentError) {
        let root = DocumentReader(document)
        let identity = try root.required("signInIdentity")
        self.init(
            identity: SignInIdentity(
                userId: try identity.required("userId").string(),
                externalTenantId: try identity.optional("externalTenantId")?.string(),
                externalUserType: try identity.optional("externalUserType")?
                    .vocabulary(ExternalUserType.self)
            ),
            context: try root.optional("signInContext", as: SignInContext.self) ?? .applications(["All"]),
            conditions: try root.optional("signInConditions", as: SignInConditions.self)
                ?? SignInConditions(clientAppType: nil),
            guest: try root.optional("guest", as: GuestContext.self)
        )
    }

    /// Reads a sign-in from JSON text, without source positions.
    public init(jsonData: Data) throws(DocumentError) {
        try self.init(document: DocumentValue(jsonData: jsonData))
    }
}

extension SignInContext: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        if let apps = try reader.optional("includeApplications") {
            let names = try apps.strings()
            // What If evaluates one application: a group of them is not something a user signs in to.
            if let group = names.first(where: { ["office365", "microsoftadminportals"].contains($0.lowercased()) }) {
                throw .malformed(
                    "'\(group)' is a group of applications; name the application signed in to by its id (for example SharePoint Online, 00000003-0000-0ff1-ce00-000000000000)",
                    path: apps.path, at: apps.location)
            }
            self = .applications(names)
        } else if let action = try reader.optional("userAction") {
            self = .userAction(try action.vocabulary(UserAction.self))
        } else if let value = try reader.optional("authenticationContextValue") {
            self = .authenticationContext(try value.string())
        } else {
            throw .malformed(
                "needs includeApplications, userAction or authenticationContextValue",
                path: reader.path, at: reader.location)
        }
    }
}

extension SignInConditions: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        var deviceInfo: [String: String]?
        if let info = try reader.optional("deviceInfo"), case .object(let members) = info.value.kind {
            var properties: [String: String] = [:]
            for member in members where !member.value.isNotConfigured {
                let field = DocumentReader(member.value, path: info.childPath(member.key))
                properties[member.key.lowercased()] =
                    if case .bool(let flag) = member.value.kind { flag ? "True" : "False" } else {
                        try field.string()
                    }
            }
            deviceInfo = properties
        }
        self.init(
            // What If asks for the client app; without it, policies that look at client apps are
            // undecided (notEnoughInformation), never silently read as a browser sign-in.
            clientAppType: try reader.optional("clientAppType")?.vocabulary(ClientAppType.self),
            devicePlatform: try reader.optional("devicePlatform")?.vocabulary(DevicePlatform.self),
            ipAddress: try Self.ipAddress(reader.optional("ipAddress")),
            country: try reader.optional("country")?.string().uppercased(),
            signInRiskLevel: try reader.optional("signInRiskLevel")?.vocabulary(RiskLevel.self)
                ?? .none,
            userRiskLevel: try reader.optional("userRiskLevel")?.vocabulary(RiskLevel.self) ?? .none,
            deviceInfo: deviceInfo
        )
    }
}

extension SignInConditions {
    /// An IP address must parse: a typo must not silently leave the location unknown.
    private static func ipAddress(_ reader: DocumentReader?) throws(DocumentError) -> String? {
        guard let reader else { return nil }
        let text = try reader.string()
        guard IPAddress(text) != nil else {
            throw .malformed("'\(text)' is not an IPv4 or IPv6 address", path: reader.path, at: reader.location)
        }
        return text
    }
}

extension GuestContext: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        var session = HomeSession()
        if let home = try reader.optional("homeSession") {
            if let mfa = try home.optional("mfa") {
                let combos: [DocumentReader] =
                    if case .string = mfa.value.kind { [mfa] } else { mfa.items() }
                for combo in combos {
                    session.mfa.append(
                        AuthenticationMethodModes(
                            try combo.vocabularyList(AuthenticationMethodMode.self)))
                }
            }
            session.deviceCompliant = try home.optional("deviceCompliant")?.bool() ?? false
            session.hybridJoined = try home.optional("hybridJoined")?.bool() ?? false
        }
        var registered = RegisteredMethods()
        if let methods = try reader.optional("registeredMethods") {
            registered.home = AuthenticationMethodModes(
                try methods.optional("home")?.vocabularyList(AuthenticationMethodMode.self) ?? [])
            registered.resource = AuthenticationMethodModes(
                try methods.optional("resource")?.vocabularyList(AuthenticationMethodMode.self)
                    ?? [])
        }
        var context = GuestContext(
            identityProvider: try reader.optional("identityProvider")?
                .vocabulary(IdentityProvider.self),
            accessPath: try reader.optional("accessPath")?.vocabulary(AccessPath.self),
            homeSession: session,
            registeredMethods: registered,
            groups: try reader.optional("groups")?.strings() ?? [],
            roles: try reader.optional("roles")?.strings() ?? [],
            homeGroups: try reader.optional("homeGroups")?.strings() ?? [],
            homeOutbound: try reader.optional("homeOutbound", as: B2BAccessSetting.self),
            redeemed: try reader.optional("redeemed")?.bool() ?? true
        )
        context.acceptedTermsOfUse = try reader.optional("acceptedTermsOfUse")?.strings() ?? []
        self = context
    }
}
