/// One combination of answers to a walkthrough's questions; questions that do not apply to it
/// are collapsed to `nil`, so combinations that differ only there are the same combination.
public struct InputCombination: Sendable, Hashable {
    /// One entry per dimension, in dimension order; `nil` where the question does not apply.
    public var values: [String?]

    /// The marker a collapsed question has in a key.
    public static let collapsed = "-"

    /// The lookup key the player computes from the form: values joined by `|`.
    public var key: String {
        values.map { $0 ?? Self.collapsed }.joined(separator: "|")
    }

    /// The answer for every dimension, using the default where the question does not apply, so
    /// the engine's documents are always complete.
    public func resolved(_ dimensions: [WalkthroughDimension]) -> [String: String] {
        var answers: [String: String] = [:]
        for (dimension, value) in zip(dimensions, values) {
            answers[dimension.id] = value ?? dimension.defaultValue
        }
        return answers
    }

    /// Every distinct combination, in a stable order: the first dimension varies slowest.
    public static func enumerate(_ dimensions: [WalkthroughDimension]) -> [InputCombination] {
        var results: [InputCombination] = []
        func extend(_ index: Int, _ chosen: [String: String?], _ values: [String?]) {
            guard index < dimensions.count else {
                results.append(InputCombination(values: values))
                return
            }
            let dimension = dimensions[index]
            var chosen = chosen
            if dimension.applies(given: chosen) {
                for option in dimension.options {
                    chosen[dimension.id] = .some(option.value)
                    extend(index + 1, chosen, values + [option.value])
                }
            } else {
                chosen[dimension.id] = .some(nil)
                extend(index + 1, chosen, values + [nil])
            }
        }
        extend(0, [:], [])
        return results
    }

    /// The combination of the default answers, collapsing what does not apply.
    public static func defaults(_ dimensions: [WalkthroughDimension]) -> InputCombination {
        var chosen: [String: String?] = [:]
        var values: [String?] = []
        for dimension in dimensions {
            let value: String? = dimension.applies(given: chosen) ? dimension.defaultValue : nil
            chosen[dimension.id] = .some(value)
            values.append(value)
        }
        return InputCombination(values: values)
    }
}
