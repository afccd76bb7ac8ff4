extension CrossTenantAccessPolicy: DocumentReadable {
    /// Reads `{default: ..., partners: ...}`; partners may be one object, an array or a page.
    init(reading reader: DocumentReader) throws(DocumentError) {
        var partners: [CrossTenantConfiguration] = []
        if let list = try reader.optional("partners") {
            for item in try list.collection() {
                let configuration = try CrossTenantConfiguration(reading: item)
                guard configuration.tenantId != nil else {
                    throw .missingMember(path: item.childPath("tenantId"), at: item.location)
                }
                partners.append(configuration)
            }
        }
        self.init(
            defaultConfiguration: try reader.optional("default", as: CrossTenantConfiguration.self)
                ?? CrossTenantConfiguration(),
            partners: partners
        )
    }
}

extension CrossTenantConfiguration: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        var trust = InboundTrust()
        if let inbound = try reader.optional("inboundTrust") {
            trust.isMfaAccepted = try inbound.optional("isMfaAccepted")?.bool()
            trust.isCompliantDeviceAccepted = try inbound.optional("isCompliantDeviceAccepted")?
                .bool()
            trust.isHybridAzureADJoinedDeviceAccepted = try inbound.optional(
                "isHybridAzureADJoinedDeviceAccepted")?.bool()
        }
        self.init(
            tenantId: try reader.optional("tenantId")?.string(),
            inboundTrust: trust,
            isServiceProvider: try reader.optional("isServiceProvider")?.bool(),
            b2bCollaborationInbound: try reader.optional("b2bCollaborationInbound", as: B2BAccessSetting.self),
            b2bDirectConnectInbound: try reader.optional("b2bDirectConnectInbound", as: B2BAccessSetting.self)
        )
    }
}

extension B2BAccessSetting: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init(
            usersAndGroups: try reader.optional("usersAndGroups", as: AccessTargets.self),
            applications: try reader.optional("applications", as: AccessTargets.self))
    }
}

extension AccessTargets: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        var targets: [AccessTarget] = []
        for item in try reader.optional("targets")?.items() ?? [] where !item.value.isNotConfigured {
            targets.append(
                AccessTarget(
                    target: try item.required("target").string(),
                    targetType: try item.optional("targetType")?.vocabulary(AccessTarget.TargetType.self) ?? .user))
        }
        self.init(accessType: try reader.required("accessType").vocabulary(AccessType.self), targets: targets)
    }
}
