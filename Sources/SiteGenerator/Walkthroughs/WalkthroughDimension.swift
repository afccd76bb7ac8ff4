/// One question a walkthrough asks the reader ("How does the user reach the resource?"), with
/// the answers worth trying.
///
/// Whether a question matters is declared as data (`requires`) rather than code, so the player
/// in the browser can grey out the same questions the compiler collapsed.
public struct WalkthroughDimension: Sendable, Hashable, Codable {
    /// The flow input path (`guest.accessPath`) or a walkthrough-only name (`policy.demand`).
    public var id: String
    /// The question, shown as the legend of its fieldset.
    public var label: String
    public var options: [WalkthroughOption]
    /// The answer of the default scenario, and the value used when the question does not apply.
    public var defaultValue: String
    /// The dimension applies only when every named dimension has one of the listed values.
    /// Only dimensions listed earlier may be named, so one pass in order decides everything.
    public var requires: [String: [String]]
    /// Shown in place of the answers when the question does not apply.
    public var notApplicable: String

    public init(
        id: String, label: String, options: [WalkthroughOption], defaultValue: String? = nil,
        requires: [String: [String]] = [:], notApplicable: String = ""
    ) {
        self.id = id
        self.label = label
        self.options = options
        self.defaultValue = defaultValue ?? options.first?.value ?? ""
        self.requires = requires
        self.notApplicable = notApplicable
    }

    /// Whether this question matters, given the answers chosen so far (collapsed ones are `nil`).
    public func applies(given answers: [String: String?]) -> Bool {
        requires.allSatisfy { dimension, allowed in
            guard let chosen = answers[dimension], let value = chosen else { return false }
            return allowed.contains(value)
        }
    }

    public func label(of value: String) -> String {
        options.first { $0.value == value }?.label ?? value
    }
}

/// One answer to a walkthrough question.
public struct WalkthroughOption: Sendable, Hashable, Codable {
    /// The value as the engine's documents spell it (`b2bDirectConnect`, `true`, `fido2`).
    public var value: String
    public var label: String

    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}
