import Foundation
import Testing

@testable import AccessEngine

/// Graph's What If API (`POST /identity/conditionalAccess/evaluate`, beta) as a conformance
/// suite: each fixture is a request and the response Graph would give, written in the shape of
/// the documented examples (see Fixtures/graph-evaluate/README.md). The response's policies,
/// without `policyApplies` and `analysisReasons`, are the tenant; the request is the sign-in; the
/// engine must give the same `policyApplies` and `analysisReasons` for every policy.
@Suite("Graph What If conformance")
struct GraphEvaluateConformanceTests {
    static var folder: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("graph-evaluate")
    }

    static var cases: [String] {
        guard let folder else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Graph writes the reasons as one comma-separated string (or, in places, an array).
    static func reasons(_ value: DocumentValue?) -> Set<String> {
        guard let value else { return [] }
        let texts: [String] =
            switch value.kind {
            case .string(let text): [text]
            case .array(let items): items.compactMap { if case .string(let text) = $0.kind { text } else { nil } }
            default: []
            }
        return Set(texts.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test("every documented-shape request gives the documented policyApplies and analysisReasons", arguments: cases)
    func conformance(file: String) throws {
        let folder = try #require(Self.folder)
        let document = try DocumentValue(jsonData: Data(contentsOf: folder.appendingPathComponent(file)))
        let request = try #require(document["request"])
        let policies = try #require(document["response"]?["value"])
        let tenant = try Tenant(
            document: DocumentValue(
                .object([
                    DocumentMember(key: "tenantId", value: DocumentValue(.string("conformance"))),
                    DocumentMember(key: "license", value: DocumentValue(.string("p2"))),
                    DocumentMember(key: "conditionalAccessPolicies", value: policies),
                ])))
        let evaluation = try CompiledTenant(tenant).evaluate(SignIn(document: request))
        guard case .array(let expected) = policies.kind else { Issue.record("response.value is not an array"); return }
        #expect(expected.count == evaluation.policies.count)
        for policy in expected {
            guard case .string(let id) = policy["id"]?.kind else { continue }
            let actual = try #require(evaluation.policy(id), "\(file): \(id)")
            if case .bool(let applies) = policy["policyApplies"]?.kind {
                #expect(actual.policyApplies == applies, "\(file): \(id) policyApplies")
            }
            #expect(
                Set(actual.analysisReasons.names) == Self.reasons(policy["analysisReasons"]),
                "\(file): \(id) analysisReasons")
        }
    }
}
