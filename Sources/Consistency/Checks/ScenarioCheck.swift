import TenantFiles
import AccessEngine
import Articles
import Foundation

/// Evaluates a scenario block with the engine and compares the outcome with its `expect:`,
/// like a doctest.
struct ScenarioCheck {
    let scenario: ScenarioBlock
    let tenants: TenantCatalog

    private static let topKeys: Set<String> = ["tenant", "signIn", "expect", "shouldFail", "title"]
    private static let expectKeys: Set<String> = ["decision", "blockReason", "flow", "requirements", "policiesApplied"]
    private static let requirementKeys: Set<String> = ["control", "status", "where", "registrationRequired"]

    func run() -> CheckedItem {
        let file = scenario.location.file
        let document = DocumentValue(node: scenario.document, file: file, lineOffset: scenario.firstLine - 1)
        var failures: [Diagnostic] = []
        let item = { (failures: [Diagnostic]) in
            CheckedItem(
                kind: .scenario, name: title(document), location: scenario.location, tableIndex: nil, failures: failures
            )
        }
        guard case .object(let members) = document.kind else {
            return item([invalid("a scenario is a mapping with tenant, signIn and expect", at: document.location)])
        }
        for member in members where !Self.topKeys.contains(member.key) {
            failures.append(
                invalid(
                    "unknown key '\(member.key)' (expected \(Self.topKeys.sorted().joined(separator: ", ")))",
                    at: member.value.location))
        }
        guard let tenantValue = document["tenant"], let signInValue = document["signIn"],
            let expect = document["expect"]
        else {
            return item(failures + [invalid("a scenario needs tenant, signIn and expect", at: document.location)])
        }
        let tenant: CompiledTenant
        switch compiledTenant(tenantValue) {
        case .success(let compiled): tenant = compiled
        case .failure(let error): return item(failures + [error.diagnostic])
        }
        let signIn: SignIn
        do {
            signIn = try TenantLoader.signIn(from: signInValue, file: scenario.location.file).signIn
        } catch {
            return item(failures + error.diagnostics.filter { $0.severity == .error }.map(Diagnostic.init))
        }
        let evaluation = tenant.evaluate(signIn)
        let mismatches = compare(expect, with: evaluation, failures: &failures)
        let outcome = Self.sentence(for: evaluation)
        let shouldFail = document["shouldFail"].map { if case .bool(true) = $0.kind { true } else { false } } ?? false
        if shouldFail {
            if mismatches.isEmpty {
                failures.append(
                    Diagnostic(
                        .unexpectedAgreement, at: location(of: expect),
                        "this scenario is marked shouldFail, but the engine agrees with its expectation"
                    ))
            }
        } else {
            failures.append(contentsOf: mismatches)
        }
        var checked = item(failures)
        checked.outcome = outcome
        return checked
    }

    /// "Challenged: MFA in the home tenant (registration first)." — the verdict for readers.
    static func sentence(for evaluation: Evaluation) -> String {
        var text = evaluation.decision.rawValue.prefix(1).uppercased() + evaluation.decision.rawValue.dropFirst()
        if let reason = evaluation.blockReason { text += " (\(reason.rawValue))" }
        let demands = evaluation.requirements.map { requirement -> String in
            let place = requirement.location == .homeTenant ? "home tenant" : "resource tenant"
            let how: String
            switch requirement.status {
            case .satisfiedByClaim: how = "met by a claim from the \(place)"
            case .challenge:
                how = "challenged in the \(place)\(requirement.registrationRequired ? " after registration" : "")"
            case .unsatisfiable: how = "cannot be met"
            }
            return
                "\(requirement.control.portalLabel.lowercased().replacingOccurrences(of: "require ", with: "")) \(how)"
        }
        return demands.isEmpty ? text + "." : text + ": " + demands.joined(separator: "; ") + "."
    }

    private func title(_ document: DocumentValue) -> String {
        if let title = document["title"], case .string(let text) = title.kind { return text }
        return "scenario at line \(scenario.location.line)"
    }

    private func compiledTenant(_ value: DocumentValue) -> Result<CompiledTenant, DiagnosticError> {
        switch value.kind {
        case .string(let name):
            guard let path = tenants.directory.path(named: name) else {
                let known = tenants.directory.names
                return .failure(
                    DiagnosticError(
                        Diagnostic(
                            .unknownTenant, at: location(of: value),
                            "no tenant named '\(name)' in _data/tenants/\(known.isEmpty ? "" : " (known: \(known.joined(separator: ", ")))")"
                        )))
            }
            return tenants.tenant(named: name, path: path).mapError { DiagnosticError(diagnostic(for: $0)) }
        case .object:
            do {
                return .success(try tenants.tenant(inline: value, file: scenario.location.file))
            } catch {
                return .failure(DiagnosticError(diagnostic(for: error)))
            }
        default:
            return .failure(DiagnosticError(invalid("tenant is a tenant name or an inline tenant", at: value.location)))
        }
    }

    // MARK: Comparing

    private func compare(
        _ expect: DocumentValue, with evaluation: Evaluation, failures: inout [Diagnostic]
    ) -> [Diagnostic] {
        guard case .object(let members) = expect.kind else {
            failures.append(
                invalid(
                    "expect is a mapping (decision, blockReason, flow, requirements, policiesApplied)",
                    at: expect.location))
            return []
        }
        var mismatches: [Diagnostic] = []
        let why = explanation(of: evaluation)
        for member in members {
            let value = member.value
            switch member.key {
            case "decision":
                let actual = evaluation.decision.rawValue
                guard let wanted = string(value, failures: &failures) else { continue }
                if Decision(rawValue: wanted) == nil {
                    failures.append(
                        invalid("unknown decision '\(wanted)' (granted, challenged, blocked)", at: value.location))
                } else if wanted != actual {
                    mismatches.append(mismatch("decision", expected: wanted, actual: actual, at: value, why: why))
                }
            case "blockReason":
                let actual = evaluation.blockReason?.rawValue ?? "none"
                guard let wanted = string(value, failures: &failures) else { continue }
                if wanted != actual {
                    mismatches.append(mismatch("blockReason", expected: wanted, actual: actual, at: value, why: why))
                }
            case "flow":
                let actual = evaluation.flow?.rawValue ?? "none"
                guard let wanted = string(value, failures: &failures) else { continue }
                if wanted != actual {
                    mismatches.append(mismatch("flow", expected: wanted, actual: actual, at: value, why: why))
                }
            case "policiesApplied":
                guard case .array(let items) = value.kind else {
                    failures.append(invalid("policiesApplied is a list of policy ids", at: value.location))
                    continue
                }
                let wanted = Set(
                    items.compactMap { item -> String? in if case .string(let id) = item.kind { id } else { nil } })
                let actual = Set(evaluation.policies.filter(\.policyApplies).map(\.id))
                if wanted != actual {
                    mismatches.append(
                        mismatch(
                            "policiesApplied", expected: wanted.sorted().joined(separator: ", "),
                            actual: actual.sorted().joined(separator: ", "), at: value, why: why))
                }
            case "requirements":
                guard case .array(let items) = value.kind else {
                    failures.append(invalid("requirements is a list", at: value.location))
                    continue
                }
                for item in items {
                    if let problem = compareRequirement(item, with: evaluation, why: why, failures: &failures) {
                        mismatches.append(problem)
                    }
                }
            default:
                failures.append(
                    invalid(
                        "unknown key '\(member.key)' in expect (expected \(Self.expectKeys.sorted().joined(separator: ", ")))",
                        at: value.location))
            }
        }
        return mismatches
    }

    private func compareRequirement(
        _ item: DocumentValue, with evaluation: Evaluation, why: [String], failures: inout [Diagnostic]
    ) -> Diagnostic? {
        guard case .object(let fields) = item.kind, let controlValue = item["control"],
            let control = string(controlValue, failures: &failures)
        else {
            failures.append(invalid("a requirement names at least its control", at: item.location))
            return nil
        }
        for field in fields where !Self.requirementKeys.contains(field.key) {
            failures.append(
                invalid(
                    "unknown key '\(field.key)' in a requirement (expected \(Self.requirementKeys.sorted().joined(separator: ", ")))",
                    at: field.value.location))
        }
        guard let requirement = evaluation.requirements.first(where: { $0.control.rawValue == control }) else {
            let present = evaluation.requirements.map(\.control.rawValue).joined(separator: ", ")
            return mismatch(
                "requirement", expected: control, actual: present.isEmpty ? "no requirements" : present,
                at: controlValue, why: why)
        }
        let actual: [String: String] = [
            "status": requirement.status.rawValue,
            "where": requirement.location.rawValue,
            "registrationRequired": String(requirement.registrationRequired),
        ]
        for field in fields where field.key != "control" {
            guard let have = actual[field.key] else { continue }
            let wanted: String
            switch field.value.kind {
            case .string(let text): wanted = text
            case .bool(let flag): wanted = String(flag)
            default:
                failures.append(invalid("'\(field.key)' must be a single value", at: field.value.location))
                continue
            }
            if wanted != have {
                return mismatch("\(control) \(field.key)", expected: wanted, actual: have, at: field.value, why: why)
            }
        }
        return nil
    }

    private func explanation(of evaluation: Evaluation) -> [String] {
        var lines: [String] = []
        let applying = evaluation.policies.filter(\.policyApplies)
        lines.append(
            "policies that apply: \(applying.isEmpty ? "none" : applying.map { "\($0.id) (\($0.state.rawValue))" }.joined(separator: ", "))"
        )
        for requirement in evaluation.requirements {
            lines.append(
                "requirement \(requirement.control.rawValue): \(requirement.status.rawValue) in the \(requirement.location.rawValue)\(requirement.registrationRequired ? ", registration first" : "") (from \(requirement.policyIds.joined(separator: ", ")))"
            )
        }
        if evaluation.flow != nil {
            var runs: [(FlowID, [Int])] = []
            for step in evaluation.steps {
                if runs.last?.0 == step.flow {
                    runs[runs.count - 1].1.append(step.number)
                } else {
                    runs.append((step.flow, [step.number]))
                }
            }
            lines.append(
                "steps taken: "
                    + runs.map { "\($0.0.rawValue) \($0.1.map(String.init).joined(separator: " → "))" }.joined(
                        separator: ", then "))
        }
        return lines
    }

    // MARK: Diagnostics

    private func string(_ value: DocumentValue, failures: inout [Diagnostic]) -> String? {
        if case .string(let text) = value.kind { return text }
        failures.append(invalid("expected a single word here", at: value.location))
        return nil
    }

    private func mismatch(
        _ what: String, expected: String, actual: String, at value: DocumentValue, why: [String]
    ) -> Diagnostic {
        Diagnostic(
            .scenarioMismatch, at: location(of: value),
            "\(what): the scenario expects \(expected), the engine answers \(actual)",
            notes: ["expected: \(expected)", "actual: \(actual)"] + why
        )
    }

    private func invalid(_ message: String, at location: DocumentPosition?) -> Diagnostic {
        Diagnostic(.invalidScenario, at: convert(location), message)
    }

    /// The first error of a tenant that could not be loaded, with its own id.
    private func diagnostic(for failure: ImportFailure) -> Diagnostic {
        guard let first = failure.diagnostics.first(where: { $0.severity == .error }) else {
            return invalid("the tenant could not be read", at: nil)
        }
        return Diagnostic(first)
    }

    private func location(of value: DocumentValue) -> Articles.SourceLocation { convert(value.location) }

    private func convert(_ location: DocumentPosition?) -> Articles.SourceLocation {
        guard let location else { return scenario.location }
        return Articles.SourceLocation(
            file: location.file ?? scenario.location.file, line: location.line, column: location.column)
    }
}
