extension CompiledTenant {
    /// Whether the cross-tenant access settings turn `signIn` away before any policy, and why
    /// (`nil` when they let it on to Conditional Access). The check ``evaluate(_:)`` makes
    /// first, on its own, for tools that precompute by structure: it depends on who signs in,
    /// their home tenant and the application, never on the policies.
    public func crossTenantAccessBlock(of signIn: SignIn) -> BlockReason? {
        storage.accessBlock(signIn, facts: SignInFacts(signIn, storage: storage))
    }
}
