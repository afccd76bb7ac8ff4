/// One grant control of a policy, resolved to the engine's vocabulary.
/// Plain data, so copying one costs no reference counting.
struct CompiledControl: Sendable, Hashable {
    let control: GrantControl
    /// Index of the terms of use id, custom control name or strength id in
    /// ``PolicyCatalog/references``; -1 when the control has none.
    let reference: Int
    /// Index into the catalogue's strengths for `authenticationStrength`.
    let strengthIndex: Int
}

/// What the evaluator needs of a policy after its conditions have been indexed. A class, so the
/// hot path shares it with one reference count instead of copying its strings and arrays.
final class CompiledPolicy: Sendable {
    let id: String
    let displayName: String
    let state: PolicyState
    let grantOperator: GrantOperator
    let controls: [CompiledControl]
    let sessionControls: SessionControls?
    /// Seed 004's sign-in risk rule depends on the risk condition that brought the policy in.
    let usesSignInRisk: Bool

    init(
        id: String, displayName: String, state: PolicyState, grantOperator: GrantOperator,
        controls: [CompiledControl], sessionControls: SessionControls?, usesSignInRisk: Bool
    ) {
        self.id = id
        self.displayName = displayName
        self.state = state
        self.grantOperator = grantOperator
        self.controls = controls
        self.sessionControls = sessionControls
        self.usesSignInRisk = usesSignInRisk
    }
}

/// Immutable catalogue shared by a compiled tenant and every evaluation it returns, so that an
/// evaluation can name policies without copying their strings.
final class PolicyCatalog: Sendable {
    let policies: [CompiledPolicy]
    let strengths: [CompiledStrength]
    /// Terms of use ids, custom control names and strength ids that controls refer to.
    let references: [String]

    init(policies: [CompiledPolicy], strengths: [CompiledStrength], references: [String]) {
        self.policies = policies
        self.strengths = strengths
        self.references = references
    }

    func reference(_ index: Int) -> String? {
        index < 0 ? nil : references[index]
    }

    func ids(_ bits: PolicyBits) -> [String] {
        bits.map { policies[$0].id }
    }
}
