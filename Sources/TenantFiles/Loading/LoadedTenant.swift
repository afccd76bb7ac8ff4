import AccessEngine

/// A tenant read from files, with everything an admin needs to trust the answers: which files
/// were read in which format, where each policy came from, and every warning.
public struct LoadedTenant: Sendable {
    public var tenant: Tenant
    /// Warnings and notes, sorted by file and position; errors stop loading instead.
    public var diagnostics: [ImportDiagnostic]
    /// The files read, in the order they were read.
    public var files: [ImportedFile]
    /// The file of each policy, in `tenant.policies` order.
    public var policySources: [String]
    /// Settings that were not given and took their defaults (`license`, `tenantId`, ...).
    public var defaultsUsed: [String]
}

/// One file that contributed to a tenant.
public struct ImportedFile: Sendable, Hashable {
    public var path: String
    /// `JSON`, `YAML` or `Microsoft365DSC configuration`.
    public var format: String
    /// `UTF-8`, `UTF-8 with BOM`, `UTF-16LE` or `UTF-16BE`.
    public var encoding: String
    /// The export layout the file was recognised as part of (`EntraExporter`, ...), or `nil`.
    public var layout: String?
    /// What it held, e.g. `3 Conditional Access policies`.
    public var contents: [String]
}

/// A sign-in read from a file, with the warnings about it.
public struct LoadedSignIn: Sendable {
    public var signIn: SignIn
    public var diagnostics: [ImportDiagnostic]
}
