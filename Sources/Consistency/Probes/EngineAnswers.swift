import AccessEngine
import Foundation
import Articles

/// What the engine says about each control and each authentication method, derived by evaluating
/// probe sign-ins — never read from a table kept beside the engine, so a table in the guidance is
/// checked against the evaluator itself.
///
/// Answers are computed once per process and shared by every article.
struct EngineAnswers: Sendable {
    /// How the engine classified one control for one kind of user, and the evaluations behind it.
    struct SupportAnswer: Sendable {
        var support: Support
        /// One line per probe: trust settings and the verdict.
        var why: [String]
    }

    struct MethodAnswer: Sendable {
        var home: Bool
        var resource: Bool
        var why: [String]
    }

    /// The answers under the newest documented behaviour, which guidance is checked against.
    static let shared = EngineAnswers(behaviour: .latest)

    /// The behaviour these answers were computed under.
    let behaviour: Behaviour

    private static let earlierLock = NSLock()
    nonisolated(unsafe) private static var earlier: [BehaviourDate: EngineAnswers] = [:]

    /// The answers under the behaviour in force on `date` (an article's `ms.date`), to tell
    /// guidance that was true when written from guidance that never was.
    static func asOf(_ date: BehaviourDate) -> EngineAnswers {
        let revision = Behaviour(asOf: date).revision
        if revision == shared.behaviour.revision { return shared }
        earlierLock.lock()
        defer { earlierLock.unlock() }
        if let cached = earlier[revision] { return cached }
        let answers = EngineAnswers(behaviour: Behaviour(asOf: revision))
        earlier[revision] = answers
        return answers
    }

    /// Keyed by value, not by a formatted name: every matrix cell of every article looks here.
    private struct SupportKey: Hashable {
        var control: MatrixControl
        var path: AccessPath
    }

    private var supports: [SupportKey: SupportAnswer] = [:]
    private var methods: [UInt32: MethodAnswer] = [:]

    init(behaviour: Behaviour) {
        self.behaviour = behaviour
        for path in [AccessPath.b2bCollaboration, .b2bDirectConnect] {
            for control in GrantControl.allCases {
                supports[Self.key(.grant(control), path)] = Self.probe(.grant(control), path, behaviour)
            }
            for control in SessionControl.allCases {
                supports[Self.key(.session(control), path)] = Self.probe(.session(control), path, behaviour)
            }
        }
        for modes in PortalVocabulary.methods.values where methods[modes.rawValue] == nil {
            methods[modes.rawValue] = Self.probe(modes, behaviour)
        }
    }

    func support(for control: MatrixControl, _ path: AccessPath) -> SupportAnswer {
        supports[Self.key(control, path)]!
    }

    private static func key(_ control: MatrixControl, _ path: AccessPath) -> SupportKey {
        SupportKey(control: control, path: path)
    }

    private static func describe(_ evaluation: Evaluation) -> String {
        var text = evaluation.decision.rawValue
        if let reason = evaluation.blockReason { text += " (\(reason.rawValue))" }
        return text
    }

    private static func probe(_ control: MatrixControl, _ path: AccessPath, _ behaviour: Behaviour) -> SupportAnswer {
        do {
            switch control {
            case .session(let session):
                let evaluation = try ProbeScenario(demand: .session(session), accessPath: path, behaviour: behaviour)
                    .evaluate()
                let effect = evaluation.sessionControls.first { $0.control == session }
                let supported = effect?.supported == true
                return SupportAnswer(
                    support: supported ? .supported : .notSupported,
                    why: [
                        "a policy with \(session.rawValue) for \(path.rawValue) users: the session control is \(supported ? "applied" : "not applied")"
                    ]
                )
            case .grant(.block):
                let evaluation = try ProbeScenario(demand: .grant(.block), accessPath: path, behaviour: behaviour)
                    .evaluate()
                let works = evaluation.decision == .blocked
                return SupportAnswer(
                    support: works ? .supported : .notSupported,
                    why: ["a blocking policy for \(path.rawValue) users: \(describe(evaluation))"])
            case .grant(let grant):
                let untrusted = try ProbeScenario(demand: .grant(grant), accessPath: path, behaviour: behaviour)
                    .evaluate()
                var why = ["no inbound trust: \(describe(untrusted))"]
                if untrusted.decision != .blocked { return SupportAnswer(support: .supported, why: why) }
                for claim in ProbeScenario.TrustedClaimKind.allCases {
                    let trusted = try ProbeScenario(
                        demand: .grant(grant), accessPath: path, trust: [claim], behaviour: behaviour
                    ).evaluate()
                    why.append("trusting \(claim) claims: \(describe(trusted))")
                    if trusted.decision != .blocked {
                        return SupportAnswer(support: .supportedWhenTrusted(claim.articleClaim), why: why)
                    }
                }
                return SupportAnswer(support: .notSupported, why: why)
            }
        } catch {
            return SupportAnswer(support: .notSupported, why: ["the probe could not be evaluated: \(error)"])
        }
    }

    /// Whether a guest meets a strength that allows only `modes`: with MFA trust, having done it at
    /// home; without trust, having registered it in the resource tenant.
    func method(_ modes: AuthenticationMethodModes) -> MethodAnswer {
        methods[modes.rawValue] ?? Self.probe(modes, behaviour)
    }

    private static func probe(_ modes: AuthenticationMethodModes, _ behaviour: Behaviour) -> MethodAnswer {
        do {
            let home = try ProbeScenario(
                demand: .strength(modes), accessPath: .b2bCollaboration, trust: [.mfa], homeMFA: modes,
                behaviour: behaviour
            ).evaluate()
            let resource = try ProbeScenario(
                demand: .strength(modes), accessPath: .b2bCollaboration, trust: [], registeredInResource: modes,
                behaviour: behaviour
            ).evaluate()
            let homeOK =
                home.decision != .blocked
                && home.requirements.contains { $0.status == .satisfiedByClaim && $0.location == .homeTenant }
            let resourceOK =
                resource.decision != .blocked
                && resource.requirements.contains { $0.location == .resourceTenant && $0.status != .unsatisfiable }
            return MethodAnswer(
                home: homeOK, resource: resourceOK,
                why: [
                    "MFA trust on, \(modes) done at home: \(describe(home))",
                    "MFA trust off, \(modes) registered in the resource tenant: \(describe(resource))",
                ])
        } catch {
            return MethodAnswer(home: false, resource: false, why: ["the probe could not be evaluated: \(error)"])
        }
    }
}

extension ProbeScenario.TrustedClaimKind {
    var articleClaim: TrustedClaim {
        switch self {
        case .mfa: .mfa
        case .compliantDevice: .compliantDevice
        case .hybridJoinedDevice: .hybridJoinedDevice
        }
    }
}
