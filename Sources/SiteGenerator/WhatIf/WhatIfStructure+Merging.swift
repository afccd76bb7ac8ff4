import AccessEngine

extension WhatIfStructure {
    /// The questions with answers the engine cannot tell apart merged into one ("Windows, macOS
    /// or Linux"), so the page offers only answers that change something; the merged answers'
    /// values stay usable in links (`aliases`). Condition answers merge when they let the same
    /// policies through with the same facet; identity answers when they give the same sets
    /// whatever the other identity answers are. Guest-state answers never merge.
    func merged(_ dimensions: [WalkthroughDimension]) -> ([WalkthroughDimension], [String: [String: String]]) {
        let defaults = InputCombination.defaults(dimensions).resolved(dimensions)
        let elsewhere = WhatIfQuestions.elsewhere(tenant)
        func breakdown(_ overrides: [String: String]) -> [ConditionApplicability] {
            compiled.applicability(
                of: WhatIfQuestions.signIn(.init(overrides, over: defaults), tenant: tenant, elsewhere: elsewhere)
            ).conditions
        }
        let identity = dimensions.filter { Self.identityIDs.contains($0.id) }
        var result: [WalkthroughDimension] = []
        var aliases: [String: [String: String]] = [:]
        for dimension in dimensions {
            let signature: (String) -> Signature
            if let reason = Self.conditionReasons[dimension.id] {
                signature = { value in
                    Signature(
                        sets: [breakdown([dimension.id: value]).filter { reason.contains($0.reason) }],
                        facet: Self.facet(dimension.id, value))
                }
            } else if Self.identityIDs.contains(dimension.id), !Self.stateIDs.contains(dimension.id) {
                let others = identity.filter { $0.id != dimension.id }
                let combinations = InputCombination.enumerate(others).map { $0.resolved(others) }
                signature = { value in
                    Signature(
                        sets: combinations.map { breakdown($0.merging([dimension.id: value]) { $1 }) }, facet: nil)
                }
            } else {
                result.append(dimension)
                continue
            }
            var groups: [(signature: Signature, options: [WalkthroughOption])] = []
            for option in dimension.options {
                let key = signature(option.value)
                if let at = groups.firstIndex(where: { $0.signature == key }) {
                    groups[at].options.append(option)
                } else {
                    groups.append((key, [option]))
                }
            }
            var merged = dimension
            merged.options = groups.map { group in
                let labels = group.options.map(\.label)
                let label =
                    labels.count == 1 ? labels[0] : labels.dropLast().joined(separator: ", ") + " or " + labels.last!
                return WalkthroughOption(group.options[0].value, label)
            }
            for group in groups where group.options.count > 1 {
                for option in group.options.dropFirst() {
                    aliases[dimension.id, default: [:]][option.value] = group.options[0].value
                }
                if group.options.contains(where: { $0.value == dimension.defaultValue }) {
                    merged.defaultValue = group.options[0].value
                }
            }
            result.append(merged)
        }
        return (result, aliases)
    }
}

/// What an answer changes, to tell answers apart.
private struct Signature: Equatable {
    var sets: [[ConditionApplicability]]
    var facet: String?
}
