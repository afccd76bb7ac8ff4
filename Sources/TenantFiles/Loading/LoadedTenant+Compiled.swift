import AccessEngine

extension LoadedTenant {
    /// The tenant compiled for evaluation; what compiling rejects (an invalid IP range, a policy
    /// in a free tenant) is reported at its position in the export.
    public func compiled(behaviour: Behaviour = .latest) throws(ImportFailure) -> CompiledTenant {
        do {
            return try CompiledTenant(tenant, behaviour: behaviour)
        } catch {
            throw ImportFailure(diagnostics + [ImportDiagnostic(error, in: files.first?.path ?? tenant.tenantId)])
        }
    }
}
