/// One grant control of a policy, resolved to the engine's vocabulary.
struct CompiledControl: Sendable, Hashable {
    let control: GrantControl
    /// Terms of use id, custom control name or strength id.
    let reference: String?
    /// Index into ``CompiledTenant``'s strengths for `authenticationStrength`.
    let strengthIndex: Int?
}

/// What the evaluator needs of a policy after its conditions have been indexed.
struct CompiledPolicy: Sendable {
    let id: String
    let displayName: String
    let state: PolicyState
    let grantOperator: GrantOperator
    let controls: [CompiledControl]
    let sessionControls: SessionControls?
    /// Seed 004's risk rules depend on which risk condition brought the policy in.
    let usesSignInRisk: Bool
    let usesUserRisk: Bool
}

/// Immutable catalogue shared by a compiled tenant and every evaluation it returns, so that an
/// evaluation can name policies without copying their strings.
final class PolicyCatalog: Sendable {
    let policies: [CompiledPolicy]
    let strengths: [CompiledStrength]

    init(policies: [CompiledPolicy], strengths: [CompiledStrength]) {
        self.policies = policies
        self.strengths = strengths
    }

    func ids(_ bits: PolicyBits) -> [String] {
        var result: [String] = []
        bits.forEach { result.append(policies[$0].id) }
        return result
    }
}
