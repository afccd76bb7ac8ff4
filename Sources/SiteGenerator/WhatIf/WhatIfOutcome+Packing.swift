/// Outcomes as the page stores them: every sentence once in a shared list, each outcome naming
/// its sentences by index. Steps and requirements repeat across hundreds of outcomes, so this
/// is most of what keeps the page's data small.
struct PackedOutcome: Sendable, Hashable, Codable {
    var verdict: String
    var reason: Int?
    var mfa: String
    var requirements: [Int]
    var steps: [Int]
    var session: [Int]

    enum CodingKeys: String, CodingKey {
        case verdict = "v", reason = "r", mfa = "m", requirements = "q", steps = "s", session = "c"
    }
}

extension WhatIfOutcome {
    static func pack(_ outcomes: [WhatIfOutcome]) -> (texts: [String], outcomes: [PackedOutcome]) {
        var texts: [String] = []
        var positions: [String: Int] = [:]
        func index(_ text: String) -> Int {
            if let known = positions[text] { return known }
            positions[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }
        let packed = outcomes.map { outcome in
            PackedOutcome(
                verdict: outcome.verdict, reason: outcome.reasonText.map(index), mfa: outcome.mfa,
                requirements: outcome.requirements.map(index), steps: outcome.steps.map(index),
                session: outcome.session.map(index))
        }
        return (texts, packed)
    }

    init(_ packed: PackedOutcome, texts: [String]) {
        verdict = packed.verdict
        reasonText = packed.reason.map { texts[$0] }
        mfa = packed.mfa
        requirements = packed.requirements.map { texts[$0] }
        steps = packed.steps.map { texts[$0] }
        session = packed.session.map { texts[$0] }
    }
}
