import TenantFiles
import AccessEngine
import Articles
import Consistency
import Foundation

/// A tenant's What If page, precomputed by structure rather than by combination.
///
/// A policy applies when each of its conditions lets it through, and each condition depends on
/// one question. So the page stores, per question and answer, the policies that answer lets
/// through (``conditionSets``; the user's identity, which decides the users and devices
/// conditions, in ``identitySets``), and the engine's outcome for each set of applying policies
/// reachable in each guest state (``cases``). The page ANDs the sets and looks the outcome up;
/// the engine decided everything at build time.
public struct WhatIfPage: Sendable {
    public var tenantName: String
    public var file: String
    public var dimensions: [WalkthroughDimension]
    /// What reading the tenant's export had to warn about (placeholders, names, missing ids);
    /// a build shows them, since the page's answers depend on them.
    public var importWarnings: [Diagnostic] = []
    public var policies: [Policy]
    /// Graph's analysis reason of each condition, by rank.
    public var reasons: [String]
    /// The questions that make up the identity key.
    public var identityQuestions: [String]
    /// By identity key: the conditions no asked question decides (enabled, users, devices, and
    /// any condition no policy looks at).
    public var identitySets: [String: [WhatIfConditionSet]]
    /// By question, then answer: the condition that answer decides.
    public var conditionSets: [String: [String: WhatIfConditionSet]]
    /// The questions whose answers change the outcome beyond which policies apply (the guest's
    /// state: who, home tenant, home MFA, device, registered methods).
    public var stateQuestions: [String]
    /// By question, then answer: the part of a condition answer that matters beyond which
    /// policies it lets through (an application cross-tenant access settings may name, a
    /// legacy client that cannot do MFA); only questions where answers differ in it.
    public var facets: [String: [String: String]]
    /// By question: answers merged into another because the engine cannot tell them apart,
    /// with the answer that stands for them (so a link may name either).
    public var aliases: [String: [String: String]] = [:]
    /// By who, home tenant and application (option indexes): the block reason of the
    /// cross-tenant access check, empty when it lets the sign-in on to the policies.
    public var access: [String: String]
    /// Per policy: its kind (policies demanding the same share one), `-1` when not enforced.
    public var kinds: [Int]
    public var outcomes: [WhatIfOutcome]
    /// Outcome tables: by the kinds of applying policies as hex, the outcome.
    public var tables: [[String: Int]]
    /// By state key (state answers' option indexes, access result, facets): the table.
    public var cases: [String: Int]

    public struct Policy: Sendable, Codable {
        public var id: String
        public var name: String
        public var state: String
    }

    /// Most reachable outcomes (state × applying policies) a page holds without a warning.
    public static let caseBudget = 20_000
    public static let overBudget: DiagnosticID = "crosswalk.whatif.over-budget"
    /// Filled when ``caseBudget`` is exceeded: which questions multiply the outcomes and how.
    public var budgetWarning: Diagnostic?
    /// The tenant the page was compiled from, to write sample sign-ins for the browser tests.
    var tenant: Tenant?
    /// The embedded data (``encodePayload()``), encoded when the page is compiled: a build
    /// compiles the pages beside other work, and the encoding is a good part of the page's cost.
    public private(set) var payloadJSON = ""

    /// Compiles the page of the tenant at `tenantPath`, read with `loader` (which a site
    /// confines to its content root).
    public static func compile(tenantPath: String, loader: TenantLoader) throws(ImportFailure) -> WhatIfPage {
        let loaded = try loader.loadTenant(at: tenantPath)
        var page = compile(loaded.tenant, compiled: try loaded.compiled(), file: tenantPath)
        page.importWarnings = loaded.diagnostics.filter { $0.severity == .warning }.map(Diagnostic.init)
        return page
    }

    static func compile(_ tenant: Tenant, compiled: CompiledTenant, file: String) -> WhatIfPage {
        var page = WhatIfStructure(tenant: tenant, compiled: compiled, file: file).page()
        page.tenant = tenant
        page.payloadJSON = page.encodePayload()
        return page
    }

    /// The id of the element holding the `index`th page on `whatif.html`, which links and
    /// fragments name (`#whatif-1&who=google`).
    static func elementID(_ index: Int) -> String { "whatif-\(index + 1)" }

    /// The key of `values` (one per question of `questions`, `nil` where it does not apply):
    /// each answer's option index, `-` where it does not apply, joined by `|`.
    static func indexKey(_ values: [String?], of questions: [WalkthroughDimension]) -> String {
        zip(questions, values).map { dimension, value in
            value.flatMap { value in dimension.options.firstIndex { $0.value == value }.map(String.init) }
                ?? InputCombination.collapsed
        }.joined(separator: "|")
    }

    /// `count` combinations spread over the page (the defaults first), the same on every build.
    func sample(_ count: Int) -> [InputCombination] {
        var state: UInt64 = 0x5EED_0018
        var result = [InputCombination.defaults(dimensions)]
        while result.count < count {
            var chosen: [String: String?] = [:]
            var values: [String?] = []
            for dimension in dimensions {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let value =
                    dimension.applies(given: chosen)
                    ? dimension.options[Int((state >> 33) % UInt64(dimension.options.count))].value : nil
                chosen[dimension.id] = .some(value)
                values.append(value)
            }
            result.append(InputCombination(values: values))
        }
        return result
    }

    /// The embedded data, compact with sorted keys.
    func encodePayload() -> String {
        var labels: [String: String] = [:]
        for verdict in WalkthroughText.verdicts { labels["verdict." + verdict] = WalkthroughText.verdict(verdict) }
        for place in WalkthroughText.places { labels["mfa." + place] = WalkthroughText.mfa(place) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let (texts, packed) = WhatIfOutcome.pack(outcomes)
        let payload = Payload(
            tenant: tenantName, dimensions: dimensions, policies: policies, reasons: reasons,
            identityQuestions: identityQuestions, identitySets: identitySets, conditionSets: conditionSets,
            stateQuestions: stateQuestions, facets: facets, aliases: aliases, access: access, kinds: kinds,
            texts: texts, outcomes: packed, tables: tables, cases: cases, labels: labels)
        return String(decoding: (try? encoder.encode(payload)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The page's data as embedded, which `whatif.js` reads and the equivalence tests decode.
    struct Payload: Codable {
        var tenant: String
        var dimensions: [WalkthroughDimension]
        var policies: [Policy]
        var reasons: [String]
        var identityQuestions: [String]
        var identitySets: [String: [WhatIfConditionSet]]
        var conditionSets: [String: [String: WhatIfConditionSet]]
        var stateQuestions: [String]
        var facets: [String: [String: String]]
        var aliases: [String: [String: String]]
        var access: [String: String]
        var kinds: [Int]
        var texts: [String]
        var outcomes: [PackedOutcome]
        var tables: [[String: Int]]
        var cases: [String: Int]
        var labels: [String: String]
    }
}

extension WhatIfPage {
    /// A page rebuilt from its embedded data alone.
    init(payload: Payload, file: String) {
        self.init(
            tenantName: payload.tenant, file: file, dimensions: payload.dimensions, policies: payload.policies,
            reasons: payload.reasons, identityQuestions: payload.identityQuestions, identitySets: payload.identitySets,
            conditionSets: payload.conditionSets, stateQuestions: payload.stateQuestions, facets: payload.facets,
            aliases: payload.aliases, access: payload.access, kinds: payload.kinds,
            outcomes: payload.outcomes.map { WhatIfOutcome($0, texts: payload.texts) }, tables: payload.tables,
            cases: payload.cases)
        payloadJSON = encodePayload()
    }
}
