/// The parts of a guest's own situation an evaluation notes when it reads them: what was done at
/// home (``GuestContext/homeSession``), the methods registered, the invitation redeemed. The
/// rest of the guest context is not tracked.
///
/// ``Evaluation/guestInputsRead`` lists the ones an evaluation actually read. Most answers read
/// few of them (nothing demands MFA, the home tenant's MFA is not trusted, ...), so a tool that
/// asks "what if the guest had done MFA at home?" for every situation can reuse an answer for
/// every situation that differs only in inputs the answer did not read.
public struct GuestInputs: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The methods of the MFA done in the home session (``HomeSession/mfa``).
    public static let homeMfa = GuestInputs(rawValue: 1 << 0)
    /// The device state claimed by the home session (compliant, hybrid joined) or, for the
    /// tenant's own users, given by the device.
    public static let deviceState = GuestInputs(rawValue: 1 << 1)
    /// The methods registered at home and in the resource tenant (``GuestContext/registeredMethods``).
    public static let registeredMethods = GuestInputs(rawValue: 1 << 2)
    /// Whether the invitation was redeemed (``GuestContext/redeemed``).
    public static let redemption = GuestInputs(rawValue: 1 << 3)

    /// Every guest input.
    public static let all: GuestInputs = [.homeMfa, .deviceState, .registeredMethods, .redemption]
}
