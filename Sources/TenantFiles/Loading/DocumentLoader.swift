import AccessEngine
import Foundation

/// Reads tenant and sign-in files for the engine: parses them with positions and replaces
/// Graph document references (paths relative to the tenant file) with the documents they name.
public struct DocumentLoader: Sendable {
    /// Returns the bytes of a file, or `nil` when it does not exist.
    public var readFile: @Sendable (URL) -> Data? = { try? Data(contentsOf: $0) }

    public init() {}

    /// Reads a tenant whose Graph documents are given inline or as paths relative to `base`
    /// (used for tenants written inside scenario blocks).
    public func tenant(from document: DocumentValue, base: String) throws(DocumentError) -> Tenant {
        var document = document
        try resolveReferences(in: &document, keys: Self.documentKeys, base: base)
        return try Tenant(document: document)
    }

    /// Tenant keys whose value may be a path (or a list of paths) instead of inline Graph JSON.
    static let documentKeys = [
        "conditionalAccessPolicies", "namedLocations", "authenticationStrengthPolicies",
        "crossTenantAccessPolicy",
    ]
    static let crossTenantKeys = ["default", "partners"]

    /// Parses the file at `path`; a missing file is reported at `reference` when a document
    /// named it, else at the file itself.
    public func loadDocument(
        at path: String, referencedAt reference: DocumentPosition? = nil
    ) throws(DocumentError) -> DocumentValue {
        guard let data = readFile(URL(fileURLWithPath: path)) else {
            if let reference {
                throw .malformed("referenced file '\(path)' does not exist", at: reference)
            }
            throw .malformed("no such file", at: DocumentPosition(file: path, line: 1, column: 1))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed("not UTF-8 text", at: DocumentPosition(file: path, line: 1, column: 1))
        }
        return try DocumentValue.parse(yaml: text, file: path)
    }

    public func loadTenant(at path: String) throws(DocumentError) -> Tenant {
        var document = try loadDocument(at: path)
        let base = (path as NSString).deletingLastPathComponent
        try resolveReferences(in: &document, keys: Self.documentKeys, base: base)
        return try Tenant(document: document)
    }

    public func loadSignIn(at path: String) throws(DocumentError) -> SignIn {
        try SignIn(document: loadDocument(at: path))
    }

    private func resolveReferences(
        in document: inout DocumentValue, keys: [String], base: String
    ) throws(DocumentError) {
        guard case .object(var members) = document.kind else { return }
        for index in members.indices where keys.contains(members[index].key) {
            members[index].value = try resolve(members[index].value, base: base)
            if members[index].key == "crossTenantAccessPolicy" {
                try resolveReferences(in: &members[index].value, keys: Self.crossTenantKeys, base: base)
            }
        }
        document.kind = .object(members)
    }

    /// A string is a path; an array of strings is several files whose collections are joined.
    private func resolve(_ value: DocumentValue, base: String) throws(DocumentError) -> DocumentValue {
        switch value.kind {
        case .string(let relative):
            return try load(relative, base: base, referencedAt: value.location)
        case .array(let items) where !items.isEmpty && items.allSatisfy(\.isString):
            var joined: [DocumentValue] = []
            for item in items {
                guard case .string(let relative) = item.kind else { continue }
                let loaded = try load(relative, base: base, referencedAt: item.location)
                joined.append(contentsOf: loaded.collectionItems)
            }
            return DocumentValue(.array(joined), location: value.location)
        default:
            return value
        }
    }

    private func load(
        _ relative: String, base: String, referencedAt location: DocumentPosition?
    ) throws(DocumentError) -> DocumentValue {
        let path = relative.hasPrefix("/") || base.isEmpty ? relative : "\(base)/\(relative)"
        return try loadDocument(at: path, referencedAt: location)
    }
}

extension DocumentValue {
    var isString: Bool {
        if case .string = kind { return true }
        return false
    }

    /// The items of an array or a `{"value": [...]}` page, or the value itself.
    public var collectionItems: [DocumentValue] {
        switch kind {
        case .array(let items): return items
        case .object:
            if let page = self["value"], case .array(let items) = page.kind { return items }
            return [self]
        default: return [self]
        }
    }
}
