import AccessEngine
import Testing

/// An evaluation names the guest inputs it read, and changing any other guest input changes
/// nothing: the promise the What If page relies on to evaluate each situation once.
@Suite("Guest inputs read")
struct GuestInputsTests {
    /// Everything an evaluation shows, to compare two of them.
    struct Answer: Equatable {
        var decision: Decision
        var blockReason: BlockReason?
        var requirements: [Requirement]
        var reportOnly: [Requirement]
        var flow: FlowID?
        var steps: [TakenStep]
        var sessionControls: [SessionControlEffect]
        var policies: [PolicyEvaluation]

        init(_ evaluation: Evaluation) {
            decision = evaluation.decision
            blockReason = evaluation.blockReason
            requirements = evaluation.requirements
            reportOnly = evaluation.reportOnly
            flow = evaluation.flow
            steps = evaluation.steps
            sessionControls = evaluation.sessionControls
            policies = evaluation.policies
        }
    }

    /// One value of each guest input, numbered per input.
    struct Situation {
        var values: [GuestInputs: Int]

        static let inputs: [GuestInputs] = [.homeMfa, .deviceState, .registeredMethods, .redemption]

        static var all: [Situation] {
            var result = [Situation(values: [:])]
            for (input, count) in zip(inputs, [3, 3, 3, 2]) {
                result = result.flatMap { situation in
                    (0..<count).map { value in
                        var next = situation
                        next.values[input] = value
                        return next
                    }
                }
            }
            return result
        }

        func agrees(with other: Situation, on inputs: GuestInputs) -> Bool {
            Self.inputs.allSatisfy { !inputs.contains($0) || values[$0] == other.values[$0] }
        }

        func differs(from other: Situation) -> GuestInputs {
            GuestInputs(Self.inputs.filter { values[$0] != other.values[$0] })
        }

        func apply(to signIn: inout SignIn) {
            let push = AuthenticationMethodModes([.password, .microsoftAuthenticatorPush])
            let fido = AuthenticationMethodModes([.fido2])
            signIn.guest?.homeSession = HomeSession(
                mfa: [[], [push], [fido]][values[.homeMfa]!], deviceCompliant: values[.deviceState] == 1,
                hybridJoined: values[.deviceState] == 2)
            signIn.guest?.registeredMethods =
                [
                    RegisteredMethods(), RegisteredMethods(resource: AuthenticationMethodModes(.sms)),
                    RegisteredMethods(home: push, resource: fido),
                ][values[.registeredMethods]!]
            signIn.guest?.redeemed = values[.redemption] == 0
        }
    }

    static func tenants() throws -> [CompiledTenant] {
        var passcodeOff = BenchmarkTenant.make()
        passcodeOff.emailOneTimePasscodeEnabled = false
        var defaults = BenchmarkTenant.make()
        defaults.policies = []
        defaults.securityDefaultsEnabled = true
        return try [BenchmarkTenant.make(), passcodeOff, defaults].map { try CompiledTenant($0) }
    }

    /// The benchmark's sign-ins and, since it has none, a one-time passcode guest.
    static func signIns() -> [SignIn] {
        var result = BenchmarkTenant.signIns()
        var passcode = result[0]
        passcode.guest?.identityProvider = .emailOneTimePasscode
        result.append(passcode)
        return result
    }

    @Test("sign-ins that differ only in guest inputs an answer did not read get that answer")
    func unreadInputsChangeNothing() throws {
        var readSets: Set<GuestInputs> = []
        var needed: GuestInputs = []
        for tenant in try Self.tenants() {
            for signIn in Self.signIns() {
                let situations = Situation.all
                let evaluations = situations.map { situation in
                    var varied = signIn
                    situation.apply(to: &varied)
                    return tenant.evaluate(varied)
                }
                let answers = evaluations.map(Answer.init)
                for (first, evaluation) in evaluations.enumerated() {
                    let read = evaluation.guestInputsRead
                    readSets.insert(read)
                    for second in situations.indices
                    where situations[second].agrees(with: situations[first], on: read) {
                        #expect(
                            answers[second] == answers[first],
                            "\(signIn.identity.userId): read \(read.rawValue), situations \(first) and \(second)")
                    }
                    // An input whose change alone changes the answer must have been read.
                    for second in situations.indices where answers[second] != answers[first] {
                        let differing = situations[second].differs(from: situations[first])
                        if Situation.inputs.contains(differing) {
                            #expect(read.contains(differing), "\(signIn.identity.userId)")
                            needed.insert(differing)
                        }
                    }
                }
            }
        }
        // Each input decides some answer, and many answers read few inputs.
        #expect(needed == .all)
        #expect(readSets.contains([]))
        #expect(readSets.count > 4)
    }

}
