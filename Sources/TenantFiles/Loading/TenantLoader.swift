import AccessEngine
import Foundation

/// Reads tenants and sign-ins from files and folders, in every shape admins export them, within
/// the files its ``FileAccess`` allows.
///
/// A tenant can be a Crosswalk tenant file (YAML or JSON naming the licence and holding or
/// pointing to Graph documents), a single Graph export, a Microsoft365DSC configuration, or a
/// folder written by an export tool (EntraExporter, IntuneManagement, CIPP, or any folder of
/// Graph JSON). All of them end up as the same Graph documents, cleaned and resolved the same way.
public struct TenantLoader: Sendable {
    public var access: FileAccess

    public init(access: FileAccess) {
        self.access = access
    }

    /// Tenant-file keys that hold Graph documents, inline or as paths.
    static let documentKeys = [
        "conditionalAccessPolicies", "namedLocations", "authenticationStrengthPolicies", "crossTenantAccessPolicy",
        "authenticationMethodsPolicy",
    ]
    /// Tenant-file keys that are settings.
    static let settingKeys = [
        "tenantId", "displayName", "license", "securityDefaultsEnabled", "emailOneTimePasscodeEnabled", "displayNames",
        "domainFederation",
    ]

    public static let unknownKey = "crosswalk.tenant.unknown-key"
    public static let nothingFound = "crosswalk.tenant.nothing-found"
    public static let ignoredFiles = "crosswalk.tenant.ignored-files"

    /// Reads the tenant at `path`: a file or a folder.
    public func loadTenant(at path: String) throws(ImportFailure) -> LoadedTenant {
        var assembly = TenantAssembly(path: path)
        if access.isFolder(path) {
            try TenantFolder(access: access).read(path, into: &assembly)
        } else {
            let source = try readDocument(at: path, referencedAt: nil, from: path)
            try add(source, to: &assembly, base: (path as NSString).deletingLastPathComponent, layout: nil)
        }
        return try assembly.finish()
    }

    /// Reads a tenant from the bytes of one file named `file` (a tenant file, a Graph export or
    /// a Microsoft365DSC configuration), as if read from disk: for tools that receive exports on
    /// standard input or from an API. Paths the file names are read through ``access``.
    public func tenant(data: Data, named file: String) throws(ImportFailure) -> LoadedTenant {
        var assembly = TenantAssembly(path: file)
        let source: SourceDocument
        do {
            source =
                try file.lowercased().hasSuffix(".ps1")
                ? SourceDocument.dsc(data, file: file) : SourceDocument.parse(data, file: file)
        } catch {
            throw ImportFailure([ImportDiagnostic(error, in: file)])
        }
        try add(source, to: &assembly, base: (file as NSString).deletingLastPathComponent, layout: nil)
        return try assembly.finish()
    }

    /// A tenant written inline (in a scenario block); Graph document paths are relative to `base`.
    public func tenant(inline document: DocumentValue, base: String, file: String) throws(ImportFailure) -> LoadedTenant
    {
        var assembly = TenantAssembly(path: file)
        try addSettingsDocument(document, file: file, base: base, to: &assembly)
        return try assembly.finish()
    }

    /// Reads a sign-in file; unknown keys are errors with the nearest known key.
    public func loadSignIn(at path: String) throws(ImportFailure) -> LoadedSignIn {
        let source = try readDocument(at: path, referencedAt: nil, from: path, subject: "signin")
        return try SignInReader.read(source.value, file: path, warnings: source.warnings)
    }

    /// Reads a sign-in written inline (in a scenario block) as strictly as a sign-in file.
    public static func signIn(from document: DocumentValue, file: String) throws(ImportFailure) -> LoadedSignIn {
        try SignInReader.read(document, file: file, warnings: [])
    }

    /// Reads and parses one file the access rules allow.
    /// `subject` (`tenant` or `signin`) names what is read, in the ids of parse errors.
    func readDocument(
        at path: String, referencedAt reference: DocumentPosition?, from file: String, subject: String = "tenant"
    ) throws(ImportFailure) -> SourceDocument {
        let data = try access.read(path, referencedAt: reference, from: file)
        do {
            return try path.lowercased().hasSuffix(".ps1")
                ? SourceDocument.dsc(data, file: path) : SourceDocument.parse(data, file: path)
        } catch {
            throw ImportFailure([ImportDiagnostic(error, in: path, subject: subject)])
        }
    }

    /// Adds a parsed file: a tenant file's settings and documents, a DSC configuration, or
    /// Graph objects sorted by content. Returns what the file held, empty when nothing was
    /// recognised.
    @discardableResult
    func add(
        _ source: SourceDocument, to assembly: inout TenantAssembly, base: String, layout: String?
    ) throws(ImportFailure) -> [String] {
        assembly.diagnostics += source.warnings
        var contents: [String] = []
        if source.format == .dsc {
            let (documents, diagnostics) = DSCConfigurationReader.read(source.value.text ?? "", file: source.file)
            assembly.documents.merge(documents.cleaned())
            assembly.diagnostics += diagnostics
            contents = TenantAssembly.describe(documents)
        } else if Self.isTenantFile(source.value) {
            try addSettingsDocument(source.value, file: source.file, base: base, to: &assembly)
            contents = ["tenant settings"]
        } else {
            var documents = GraphDocuments()
            documents.collect(ExportCleanup.clean(source.value))
            assembly.documents.merge(documents)
            contents = TenantAssembly.describe(documents)
        }
        assembly.files.append(
            ImportedFile(
                path: source.file, format: source.format.rawValue, encoding: source.encoding.rawValue, layout: layout,
                contents: contents))
        return contents
    }

    /// Whether a document is a Crosswalk tenant file rather than a Graph export.
    static func isTenantFile(_ value: DocumentValue) -> Bool {
        guard case .object(let members) = value.kind else { return false }
        let keys = Set(members.map { $0.key.lowercased() })
        return !keys.isDisjoint(
            with: (documentKeys + ["tenantId", "license", "securityDefaultsEnabled", "displayNames"]).map {
                $0.lowercased()
            })
            && GraphObjectKind(value) == .other
    }

    private func addSettingsDocument(
        _ document: DocumentValue, file: String, base: String, to assembly: inout TenantAssembly
    ) throws(ImportFailure) {
        guard case .object(let members) = document.kind else {
            throw ImportFailure([
                ImportDiagnostic(
                    "crosswalk.tenant.wrong-shape", .error, at: document.location, in: file,
                    "a tenant is a mapping of settings and Graph documents")
            ])
        }
        let known = Self.documentKeys + Self.settingKeys
        for member in members {
            let lowered = member.key.lowercased()
            guard let key = known.first(where: { $0.lowercased() == lowered }) else {
                let suggestion = Suggestion.nearest(to: member.key, in: known).map { "; did you mean '\($0)'?" } ?? ""
                assembly.diagnostics.append(
                    ImportDiagnostic(
                        Self.unknownKey, .warning, at: member.value.location, in: file,
                        "unknown tenant key '\(member.key)' is ignored\(suggestion)"))
                continue
            }
            if Self.settingKeys.contains(key) {
                assembly.settings.append(DocumentMember(key: key, value: member.value))
                assembly.settingsFile = file
            } else if key == "crossTenantAccessPolicy", case .object(let parts) = member.value.kind,
                parts.contains(where: { ["default", "partners"].contains($0.key.lowercased()) })
            {
                for part in parts {
                    switch part.key.lowercased() {
                    case "default":
                        try addDocuments(part.value, as: .crossTenantDefault, file: file, base: base, to: &assembly)
                    case "partners":
                        try addDocuments(part.value, as: .crossTenantPartner, file: file, base: base, to: &assembly)
                    default:
                        assembly.diagnostics.append(
                            ImportDiagnostic(
                                Self.unknownKey, .warning, at: part.value.location, in: file,
                                "unknown key '\(part.key)' in crossTenantAccessPolicy is ignored; expected default and partners"
                            ))
                    }
                }
            } else {
                let kind: GraphObjectKind =
                    switch key {
                    case "conditionalAccessPolicies": .conditionalAccessPolicy
                    case "namedLocations": .namedLocation
                    case "authenticationStrengthPolicies": .authenticationStrength
                    case "authenticationMethodsPolicy": .authenticationMethodsPolicy
                    default: .crossTenantDefault
                    }
                try addDocuments(member.value, as: kind, file: file, base: base, to: &assembly)
            }
        }
    }

    /// Adds the documents under one tenant-file key: inline, or a path (file or folder), or a
    /// list of paths. Inline objects are taken as the key says; files are sorted by content.
    private func addDocuments(
        _ value: DocumentValue, as kind: GraphObjectKind, file: String, base: String, to assembly: inout TenantAssembly
    ) throws(ImportFailure) {
        let paths: [DocumentValue]
        switch value.kind {
        case .string: paths = [value]
        case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.text != nil }): paths = items
        default:
            var documents = GraphDocuments()
            let cleaned = ExportCleanup.clean(value)
            documents.collect(cleaned)
            if documents.isEmpty { documents.add(GraphDocuments.objects(in: cleaned), as: kind) }
            assembly.documents.merge(documents)
            return
        }
        for reference in paths {
            guard let relative = reference.text else { continue }
            let path = relative.hasPrefix("/") || base.isEmpty ? relative : "\(base)/\(relative)"
            if access.isFolder(path) {
                try TenantFolder(access: access).read(path, into: &assembly)
                continue
            }
            let source = try readDocument(at: path, referencedAt: reference.location, from: file)
            let contents = try add(
                source, to: &assembly, base: (path as NSString).deletingLastPathComponent, layout: nil)
            if contents.isEmpty, source.format != .dsc {
                // Nothing recognised by content: take the objects as the key says.
                assembly.documents.add(GraphDocuments.objects(in: ExportCleanup.clean(source.value)), as: kind)
            }
        }
    }

    static func stem(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}

extension GraphDocuments {
    /// Adds objects whose kind a tenant file's key names.
    mutating func add(_ objects: [DocumentValue], as kind: GraphObjectKind) {
        for object in objects where object.kind != .null {
            switch kind {
            case .conditionalAccessPolicy: policies.append(object)
            case .namedLocation: namedLocations.append(object)
            case .authenticationStrength: authenticationStrengths.append(object)
            case .crossTenantDefault: crossTenantDefault = object
            case .crossTenantPartner: crossTenantPartners.append(object)
            case .authenticationMethodsPolicy: authenticationMethodsPolicy = object
            case .group, .migrationTable, .other: break
            }
        }
    }
}
