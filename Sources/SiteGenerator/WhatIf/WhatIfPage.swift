import TenantFiles
import AccessEngine
import Articles
import Consistency
import Foundation

/// A tenant's What If page, precomputed: every combination of the questions the tenant's
/// policies make relevant, evaluated by the engine, with each distinct answer stored once.
public struct WhatIfPage: Sendable {
    public var tenantName: String
    public var file: String
    public var dimensions: [WalkthroughDimension]
    /// Questions some policy looks at that did not fit within ``combinationLimit``; the page
    /// answers them with their default and says so.
    public var omitted: [WalkthroughDimension] = []
    /// What reading the tenant's export had to warn about (placeholders, names, missing ids);
    /// a build shows them, since the page's answers depend on them.
    public var importWarnings: [Diagnostic] = []
    public var policies: [Policy]
    public var outcomes: [Outcome]
    public var cases: [String: Int]
    public var defaultKey: String

    public struct Policy: Sendable, Codable {
        public var id: String
        public var name: String
        public var state: String
    }

    /// What Entra's What If shows, for one combination.
    public struct Outcome: Sendable, Hashable, Codable {
        public var verdict: String
        public var reasonText: String?
        public var mfa: String
        public var requirements: [String]
        /// Per policy, in `policies` order: whether it applies, and Graph's analysis reasons
        /// when it does not.
        public var applies: [Bool]
        public var reasons: [[String]]
    }


    /// Most combinations a page may hold; beyond it the last questions are dropped.
    public static let combinationLimit = 4096

    /// Compiles the page of the tenant at `tenantPath`, read with `loader` (which a site
    /// confines to its content root).
    public static func compile(tenantPath: String, loader: TenantLoader) throws(ImportFailure) -> WhatIfPage {
        let loaded = try loader.loadTenant(at: tenantPath)
        var page = compile(loaded.tenant, compiled: try loaded.compiled(), file: tenantPath)
        page.importWarnings = loaded.diagnostics.filter { $0.severity == .warning }.map(Diagnostic.init)
        return page
    }

    static func compile(_ tenant: Tenant, compiled: CompiledTenant, file tenantFile: String) -> WhatIfPage {
        var dimensions = WhatIfQuestions.dimensions(for: tenant)
        var omitted: [WalkthroughDimension] = []
        while dimensions.count > 1, InputCombination.enumerate(dimensions).count > combinationLimit {
            omitted.insert(dimensions.removeLast(), at: 0)
        }
        var outcomes: [Outcome] = []
        var known: [Outcome: Int] = [:]
        var cases: [String: Int] = [:]
        for combination in InputCombination.enumerate(dimensions) {
            let evaluation = compiled.evaluate(WhatIfQuestions.signIn(combination.resolved(dimensions), tenant: tenant))
            let listed = evaluation.policies
            let outcome = Outcome(
                verdict: evaluation.decision.rawValue,
                reasonText: evaluation.blockReason.map { WalkthroughText.reason($0.rawValue) },
                mfa: WalkthroughOutcome.mfaLocation(evaluation.requirements),
                requirements: evaluation.requirements.map(WalkthroughText.requirement),
                applies: listed.map(\.policyApplies),
                reasons: listed.map { $0.policyApplies ? [] : $0.analysisReasons.names })
            let index = known[outcome] ?? outcomes.count
            if index == outcomes.count {
                outcomes.append(outcome)
                known[outcome] = index
            }
            cases[combination.key] = index
        }
        let policies = compiled.evaluate(WhatIfQuestions.signIn([:], tenant: tenant)).policies.map {
            Policy(id: $0.id, name: $0.displayName, state: $0.state.rawValue)
        }
        return WhatIfPage(
            tenantName: tenant.displayName.isEmpty ? tenant.tenantId : tenant.displayName,
            file: tenantFile, dimensions: dimensions, omitted: omitted, policies: policies, outcomes: outcomes,
            cases: cases, defaultKey: InputCombination.defaults(dimensions).key)
    }

    public static let omittedQuestions: DiagnosticID = "crosswalk.whatif.questions-omitted"

    /// A warning naming the questions this page leaves out, or `nil` when it asks them all.
    public var omissionWarning: Diagnostic? {
        guard !omitted.isEmpty else { return nil }
        let names = omitted.map { "'\($0.label)'" }.joined(separator: ", ")
        return Diagnostic(
            Self.omittedQuestions, .warning, at: Articles.SourceLocation(file: file, line: 1, column: 1),
            "the What If page asks at most \(Self.combinationLimit) combinations; \(names) \(omitted.count == 1 ? "is" : "are") left out and answered with \(omitted.count == 1 ? "its default" : "their defaults")"
        )
    }

    /// The embedded data, compact with sorted keys.
    public var payloadJSON: String {
        struct Payload: Encodable {
            var tenant: String
            var dimensions: [WalkthroughDimension]
            var policies: [Policy]
            var outcomes: [Outcome]
            var cases: [String: Int]
            var defaultKey: String
            var labels: [String: String]
        }
        var labels: [String: String] = [:]
        for verdict in WalkthroughText.verdicts { labels["verdict." + verdict] = WalkthroughText.verdict(verdict) }
        for place in WalkthroughText.places { labels["mfa." + place] = WalkthroughText.mfa(place) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload = Payload(tenant: tenantName, dimensions: dimensions, policies: policies, outcomes: outcomes,
                              cases: cases, defaultKey: defaultKey, labels: labels)
        return String(decoding: (try? encoder.encode(payload)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
