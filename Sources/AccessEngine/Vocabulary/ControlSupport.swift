/// Whether a control can be met by a kind of external user, as the engine decides it. The
/// consistency checker compares guidance tables against this.
public enum ControlSupport: String, Sendable, Hashable, CaseIterable {
    case supported
    /// Supported only when inbound trust accepts the matching claim from the home tenant.
    case requiresInboundTrust
    case notSupported
}

/// The access paths seed 004's comparison table distinguishes.
extension AccessPath {
    /// How the engine treats `control` for users on this access path (seed 004, "Comparing
    /// External ID Conditional Access policies").
    public func support(for control: GrantControl) -> ControlSupport {
        switch (control, self) {
        case (.block, _): .supported
        case (.mfa, .b2bCollaboration): .supported
        case (.mfa, .b2bDirectConnect): .requiresInboundTrust
        case (.compliantDevice, _), (.domainJoinedDevice, _): .requiresInboundTrust
        case (.approvedApplication, _), (.compliantApplication, _), (.passwordChange, _):
            .notSupported
        case (.termsOfUse, .b2bCollaboration): .supported
        case (.termsOfUse, .b2bDirectConnect): .notSupported
        case (.authenticationStrength, .b2bCollaboration): .supported
        case (.authenticationStrength, .b2bDirectConnect): .requiresInboundTrust
        case (.customControl, _): .notSupported
        }
    }

    /// Session controls work for B2B collaboration and not for B2B direct connect (seed 004).
    public func support(for control: SessionControl) -> ControlSupport {
        self == .b2bCollaboration ? .supported : .notSupported
    }
}
