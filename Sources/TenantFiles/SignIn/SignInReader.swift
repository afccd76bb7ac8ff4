import AccessEngine

/// Reads a sign-in strictly: the sign-in is the admin's own question, so what Crosswalk does not
/// understand is an error (with "did you mean"), never a silent default.
enum SignInReader {
    static let unknownKey = "crosswalk.signin.unknown-key"
    static let unsupported = "crosswalk.signin.unsupported"
    static let singleFactor = "crosswalk.signin.single-factor-mfa"
    static let contradiction = "crosswalk.signin.contradiction"
    static let manyGroups = "crosswalk.signin.many-groups"
    static let groupLimit = 2048

    /// First factors that are not MFA on their own.
    static let firstFactors: Set<AuthenticationMethodMode> = [
        .password, .federatedSingleFactor, .x509CertificateSingleFactor,
    ]

    static func read(
        _ document: DocumentValue, file: String, warnings: [ImportDiagnostic]
    ) throws(ImportFailure) -> LoadedSignIn {
        var errors: [ImportDiagnostic] = []
        check(document, against: .root, path: "", file: file, errors: &errors)
        checkHomeMFA(document, file: file, errors: &errors)
        if !errors.isEmpty { throw ImportFailure(warnings + errors) }
        let signIn: SignIn
        do {
            signIn = try SignIn(document: document)
        } catch {
            throw ImportFailure(warnings + [ImportDiagnostic(error, in: file, subject: "signin")])
        }
        return LoadedSignIn(
            signIn: signIn, diagnostics: (warnings + contradictions(signIn, document, file: file)).sorted())
    }

    private static func check(
        _ value: DocumentValue, against schema: SignInSchema, path: String, file: String,
        errors: inout [ImportDiagnostic]
    ) {
        guard case .object(let children) = schema, case .object(let members) = value.kind else { return }
        for member in members where !member.key.hasPrefix("@odata.") {
            let dotted = path.isEmpty ? member.key : "\(path).\(member.key)"
            if let reason = SignInSchema.unsupported[member.key] {
                errors.append(
                    ImportDiagnostic(unsupported, .error, at: member.value.location, in: file, "\(dotted): \(reason)"))
                continue
            }
            let lowered = member.key.lowercased()
            guard let match = children.first(where: { $0.key.lowercased() == lowered }) else {
                let hint =
                    Suggestion.nearest(to: member.key, in: children.keys.sorted()).map { "; did you mean '\($0)'?" }
                    ?? "; expected one of \(children.keys.sorted().joined(separator: ", "))"
                errors.append(
                    ImportDiagnostic(
                        unknownKey, .error, at: member.value.location, in: file, "unknown key '\(dotted)'\(hint)"))
                continue
            }
            check(
                member.value, against: match.value, path: path.isEmpty ? match.key : "\(path).\(match.key)", file: file,
                errors: &errors)
        }
    }

    /// A home MFA entry must be a combination that is MFA; `password` alone is what unquoted YAML
    /// `[password,sms]` turns into, so the error shows how to quote it.
    private static func checkHomeMFA(_ document: DocumentValue, file: String, errors: inout [ImportDiagnostic]) {
        guard let mfa = document["guest"]?["homeSession"]?["mfa"] else { return }
        let entries = mfa.text != nil ? [mfa] : mfa.items
        for entry in entries {
            guard let text = entry.text else { continue }
            let modes = text.split(separator: ",").compactMap { AuthenticationMethodMode(caseInsensitive: String($0)) }
            guard modes.count == 1, let only = modes.first, firstFactors.contains(only) else { continue }
            errors.append(
                ImportDiagnostic(
                    singleFactor, .error, at: entry.location, in: file,
                    "guest.homeSession.mfa entry '\(text)' is a single first factor, not MFA; write a combination as one quoted string, e.g. mfa: [\"password,sms\"] (unquoted, [password,sms] is two one-method entries)"
                ))
        }
    }

    private static func contradictions(_ signIn: SignIn, _ document: DocumentValue, file: String) -> [ImportDiagnostic]
    {
        var result: [ImportDiagnostic] = []
        if let platform = signIn.conditions.devicePlatform, signIn.guest?.homeSession.hybridJoined == true,
            platform != .windows
        {
            result.append(
                ImportDiagnostic(
                    contradiction, .warning, at: document["guest"]?["homeSession"]?["hybridJoined"]?.location, in: file,
                    "a hybrid joined device claim on \(platform.rawValue): only Windows devices can be hybrid joined"))
        }
        if let groups = signIn.guest?.groups, groups.count > Self.groupLimit {
            result.append(
                ImportDiagnostic(
                    manyGroups, .warning, at: document["guest"]?["groups"]?.location, in: file,
                    "\(groups.count) group memberships: past \(Self.groupLimit) the service may not evaluate group conditions and can block the sign-in (concept-conditional-access-users-groups)"
                ))
        }
        if signIn.identity.externalTenantId != nil, signIn.identity.externalUserType == nil {
            result.append(
                ImportDiagnostic(
                    contradiction, .warning, at: document["signInIdentity"]?["externalTenantId"]?.location, in: file,
                    "externalTenantId is given without externalUserType; the user is evaluated as a member of this tenant"
                ))
        }
        return result
    }
}
