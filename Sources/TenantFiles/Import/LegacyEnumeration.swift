import AccessEngine

/// Enum members as integers, as the AzureAD PowerShell module's objects serialise them: the
/// position of the member in Graph's declared order.
///
/// Only the enumerations whose declared order is certain are mapped; an integer outside them is
/// an error at its position rather than a guess.
enum LegacyEnumeration {
    static let invalidInteger = "crosswalk.tenant.unknown-enum-integer"

    /// Graph's declared member order (Microsoft Graph v1.0 metadata).
    static let state = ["enabled", "disabled", "enabledForReportingButNotEnforced"]
    static let grantControl = [
        "block", "mfa", "compliantDevice", "domainJoinedDevice", "approvedApplication", "compliantApplication",
        "passwordChange", "unknownFutureValue",
    ]
    static let clientApp = [
        "all", "browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "easSupported", "other",
        "unknownFutureValue",
    ]
    static let devicePlatform = [
        "android", "iOS", "windows", "windowsPhone", "macOS", "all", "unknownFutureValue", "linux",
    ]
    static let riskLevel = ["low", "medium", "high", "hidden", "none", "unknownFutureValue"]

    /// The policy paths that hold enum members, with their vocabularies.
    static let policyPaths: [([String], [String])] = [
        (["state"], state),
        (["grantControls", "builtInControls"], grantControl),
        (["conditions", "clientAppTypes"], clientApp),
        (["conditions", "platforms", "includePlatforms"], devicePlatform),
        (["conditions", "platforms", "excludePlatforms"], devicePlatform),
        (["conditions", "signInRiskLevels"], riskLevel),
        (["conditions", "userRiskLevels"], riskLevel),
    ]

    /// Replaces integer members of the known enum paths with their names.
    static func convert(_ policy: inout DocumentValue, file: String) throws(ImportFailure) {
        for (path, names) in policyPaths {
            try convert(&policy, path: path[...], names: names, file: file)
        }
    }

    private static func convert(
        _ value: inout DocumentValue, path: ArraySlice<String>, names: [String], file: String
    ) throws(ImportFailure) {
        guard let key = path.first else {
            value = try named(value, names: names, file: file)
            return
        }
        try value.update(key) { (child: inout DocumentValue) throws(ImportFailure) in
            try convert(&child, path: path.dropFirst(), names: names, file: file)
        }
    }

    private static func named(
        _ value: DocumentValue, names: [String], file: String
    ) throws(ImportFailure) -> DocumentValue {
        switch value.kind {
        case .number(let number):
            guard let index = Int(exactly: number), names.indices.contains(index) else {
                throw ImportFailure([
                    ImportDiagnostic(
                        invalidInteger, .error, at: value.location, in: file,
                        "\(number.formatted) is not a member of this enumeration; Graph declares \(names.count) (0 = \(names[0]) … \(names.count - 1) = \(names[names.count - 1])). Export the policy with names instead of numbers"
                    )
                ])
            }
            return DocumentValue(.string(names[index]), location: value.location)
        case .array(let items):
            var converted: [DocumentValue] = []
            for item in items { converted.append(try named(item, names: names, file: file)) }
            return DocumentValue(.array(converted), location: value.location)
        default:
            return value
        }
    }
}

extension Double {
    /// A whole number without ".0".
    var formatted: String {
        if let whole = Int(exactly: self) { return String(whole) }
        return String(self)
    }
}
