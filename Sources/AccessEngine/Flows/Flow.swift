/// The flows the engine can follow, by stable id.
public enum FlowID: String, Sendable, Hashable, CaseIterable, Codable {
    case entraCrossTenant = "entra-cross-tenant"
    case externalIdentityProvider = "external-identity-provider"
    case emailOneTimePasscode = "email-one-time-passcode"
    case resourceTenantMfa = "resource-tenant-mfa"
}

/// An authentication flow as data: numbered steps, the edges between them, and the inputs that
/// change where it ends. Guidance step tables bind to flows, and walkthroughs enumerate the
/// inputs to precompute every outcome.
public struct Flow: Sendable, Hashable, Identifiable {
    public var id: FlowID
    public var title: String
    /// Headings that also name this flow (older and newer wordings of the seeds), compared
    /// after ``Flow/normalizedTitle(_:)``; read from the vocabulary data in
    /// `FlowHeadings+Data.swift`.
    public var titleAliases: [String]
    public var steps: [FlowStep]
    /// Jumps other than "continue with the next step".
    public var edges: [FlowEdge]
    public var inputs: [FlowInput]

    /// Whether `heading` names this flow, ignoring case, punctuation and a leading
    /// "Example N:".
    public func matches(heading: String) -> Bool {
        let wanted = Self.normalizedTitle(heading)
        return ([title] + titleAliases).contains { Self.normalizedTitle($0) == wanted }
    }

    /// Lowercased words only, without an "Example N" prefix, with Microsoft's renames applied
    /// (``Renames/standard``: Azure AD → Microsoft Entra, SMS → text message, ...).
    public static func normalizedTitle(_ text: String) -> String {
        var words = Renames.words(text)
        if words.count > 2, words[0] == "example", Int(words[1]) != nil {
            words.removeFirst(2)
        }
        return Renames.standard.canonicalWords(words).joined(separator: " ")
    }
}

/// One numbered step.
public struct FlowStep: Sendable, Hashable {
    public var number: Int
    /// What happens at this step, in Crosswalk's words.
    public var summary: String
    /// Where the step happens.
    public var actor: FlowActor
}

/// Who acts in a step.
public enum FlowActor: String, Sendable, Hashable, CaseIterable, Codable {
    case user
    case resourceTenant
    case homeTenant
    case identityProvider
}

/// A conditional jump, e.g. step 3 "if not, skip to step 6".
public struct FlowEdge: Sendable, Hashable {
    public var from: Int
    public var to: Int
    /// The condition under which the jump is taken.
    public var condition: String
}

/// A sign-in or tenant input that changes the flow's outcome, with the values worth trying.
public struct FlowInput: Sendable, Hashable {
    /// Dotted path in the sign-in or tenant document, e.g. `guest.accessPath`.
    public var path: String
    public var values: [String]
}
