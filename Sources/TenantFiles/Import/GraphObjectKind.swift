import AccessEngine

/// What a Graph object in an export is, told from its content rather than its file name,
/// because every export tool names files its own way.
enum GraphObjectKind: String, Sendable {
    case conditionalAccessPolicy = "Conditional Access policy"
    case namedLocation = "named location"
    case authenticationStrength = "authentication strength"
    case crossTenantDefault = "cross-tenant access default"
    case crossTenantPartner = "cross-tenant access partner"
    case authenticationMethodsPolicy = "authentication methods policy"
    case group
    case migrationTable = "IntuneManagement migration table"
    case other

    init(_ value: DocumentValue) {
        let type = value.odataType
        switch type {
        case "conditionalaccesspolicy": self = .conditionalAccessPolicy
        case "ipnamedlocation", "countrynamedlocation": self = .namedLocation
        case "authenticationstrengthpolicy": self = .authenticationStrength
        case "crosstenantaccesspolicyconfigurationdefault": self = .crossTenantDefault
        case "crosstenantaccesspolicyconfigurationpartner": self = .crossTenantPartner
        case "group": self = .group
        case "authenticationmethodspolicy": self = .authenticationMethodsPolicy
        default:
            if value.has("authenticationMethodConfigurations") {
                self = .authenticationMethodsPolicy
            } else if value.has("objects"), value.has("tenantId") {
                self = .migrationTable
            } else if value.has("conditions") || value.has("grantControls") || value.has("sessionControls") {
                self = .conditionalAccessPolicy
            } else if value.has("ipRanges") || value.has("countriesAndRegions") {
                self = .namedLocation
            } else if value.has("allowedCombinations") {
                self = .authenticationStrength
            } else if value.has("isServiceDefault")
                || (!value.has("tenantId") && (value.has("inboundTrust") || value.has("b2bCollaborationInbound")))
            {
                self = .crossTenantDefault
            } else if value.has("tenantId")
                && (value.has("inboundTrust") || value.has("b2bCollaborationInbound") || value.has("isServiceProvider")
                    || value.has("b2bDirectConnectInbound"))
            {
                self = .crossTenantPartner
            } else if value.has("groupTypes") || value.has("securityEnabled") || value.has("mailEnabled") {
                self = .group
            } else {
                self = .other
            }
        }
    }
}

extension GraphDocuments {
    /// Sorts the objects of one parsed file into the tenant's documents: unwraps list pages
    /// (`{"value": [...]}`), the `{"policies": [...]}` and `{"details": {...}}` wrappers of
    /// policy-as-code tools, arrays, and IntuneManagement's migration table.
    mutating func collect(_ value: DocumentValue, depth: Int = 0) {
        guard depth < 8 else { return }
        switch value.kind {
        case .array(let items):
            for item in items { collect(item, depth: depth + 1) }
            return
        case .object:
            break
        default:
            return
        }
        let kind = GraphObjectKind(value)
        if kind == .migrationTable {
            // IntuneManagement's id → name table of the objects the export refers to.
            for object in value["objects"]?.items ?? [] {
                if let id = object["id"]?.text, let name = object["displayName"]?.text { displayNames[id] = name }
            }
            sourceTenantId = sourceTenantId ?? value["tenantId"]?.text
            sourceTenantName = sourceTenantName ?? value["organization"]?.text
            return
        }
        for wrapper in ["value", "policies", "details", "items"] {
            if let inner = value[wrapper], case .array = inner.kind, value.members.count <= 4 || wrapper == "value" {
                collect(inner, depth: depth + 1)
                return
            }
        }
        if let inner = value["details"], case .object = inner.kind {
            collect(inner, depth: depth + 1)
            return
        }
        switch kind {
        case .conditionalAccessPolicy: policies.append(value)
        case .namedLocation: namedLocations.append(value)
        case .authenticationStrength: authenticationStrengths.append(value)
        case .crossTenantDefault: crossTenantDefault = value
        case .crossTenantPartner: crossTenantPartners.append(value)
        case .authenticationMethodsPolicy: authenticationMethodsPolicy = value
        case .group:
            if let id = value["id"]?.text, let name = value["displayName"]?.text { displayNames[id] = name }
        case .migrationTable, .other:
            break
        }
    }

    /// The objects of a value: itself, the items of an array (nested ones too: CIPP writes
    /// `LocationInfo: [[...]]`), or the items of a `{"value": [...]}` list page.
    static func objects(in value: DocumentValue, depth: Int = 0) -> [DocumentValue] {
        guard depth < 8 else { return [] }
        switch value.kind {
        case .array(let items): return items.flatMap { objects(in: $0, depth: depth + 1) }
        case .object:
            if let page = value["value"], case .array = page.kind { return objects(in: page, depth: depth + 1) }
            return [value]
        default: return []
        }
    }
}
