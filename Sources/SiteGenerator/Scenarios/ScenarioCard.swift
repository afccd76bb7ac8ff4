import AccessEngine
import Articles
import Consistency
import Yams

/// A `crosswalk-scenario` block as readers see it: who signs in, from which organisation, to
/// which app, what they did at home, what the policies demand and the engine's answer, with the
/// YAML for authors folded away and, when the What If page can show the same sign-in, a link
/// that opens it with those answers.
struct ScenarioCard {
    var scenario: ScenarioBlock
    var item: CheckedItem?
    /// The What If tool of the scenario's tenant, when the site has one.
    var tool: (element: String, page: WhatIfPage)?
    /// The relative prefix from the page to the site root.
    var root: String

    func render() -> String {
        let document = scenario.document
        let signIn = document["signIn"]
        let identity = signIn?["signInIdentity"]
        let guest = signIn?["guest"]
        let names = tool?.page.tenant
        func name(_ id: String) -> String { names?.name(for: id) ?? id }

        let title = document["title"]?.string ?? "Scenario"
        var html = "<figure class=\"scenario scenario-card\">\n<figcaption>\(title.htmlEscaped)"
        if let item, item.passed {
            html += " <span class=\"verified\"><span aria-hidden=\"true\">✔</span> verified by the engine</span>"
        }
        html += "</figcaption>\n<dl class=\"scenario-facts\">\n"
        func row(_ term: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            html += "<dt>\(term.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd>\n"
        }
        let type = identity?["externalUserType"]?.string
        let provider = guest?["identityProvider"]?.string
        row(
            "Who signs in",
            [identity?["userId"]?.string, Self.describe(type: type, provider: provider)].compactMap { $0 }.joined(
                separator: ", "))
        row("From", identity?["externalTenantId"]?.string.map(name))
        row(
            "To",
            signIn?["signInContext"]?["includeApplications"]?.sequence?.compactMap(\.string).map(name).joined(
                separator: ", "))
        let conditions = signIn?["signInConditions"]
        row(
            "How and where",
            [
                conditions?["clientAppType"]?.string, conditions?["devicePlatform"]?.string,
                conditions?["country"]?.string, conditions?["ipAddress"]?.string,
            ]
            .compactMap { $0 }.joined(separator: ", "))
        let session = guest?["homeSession"]
        let mfa = session?["mfa"]?.sequence?.compactMap(\.string) ?? []
        var home: [String] = [mfa.isEmpty ? "no MFA" : "MFA with " + mfa.joined(separator: "; ")]
        if session?["deviceCompliant"]?.bool == true { home.append("compliant device") }
        if session?["hybridJoined"]?.bool == true { home.append("hybrid joined device") }
        if session != nil { row("At home", home.joined(separator: ", ")) }
        let demands =
            document["expect"]?["requirements"]?.sequence?.compactMap { requirement -> String? in
                guard let control = requirement["control"]?.string else { return nil }
                let label = GrantControl(rawValue: control)?.portalLabel ?? control
                let status = requirement["status"]?.string.map(WalkthroughText.status) ?? ""
                let place =
                    requirement["where"]?.string == "homeTenant" ? "in the home tenant" : "in the resource tenant"
                return "\(label): \(status), \(place)"
            } ?? []
        row("The policies demand", demands.isEmpty ? nil : demands.joined(separator: "; "))
        html += "</dl>\n"
        if let outcome = item?.outcome, item?.passed == true {
            html += "<p class=\"scenario-outcome\"><strong>The engine answers:</strong> \(outcome.htmlEscaped)</p>\n"
        }
        if let link = whatIfLink() {
            html += "<p class=\"scenario-try\"><a href=\"\(link.htmlEscaped)\">Try it in What If</a></p>\n"
        }
        html += "<details class=\"scenario-source\"><summary>Scenario source (YAML)</summary>\n"
        html += "<pre><code class=\"language-yaml\">\(scenario.source.htmlEscaped)</code></pre>\n</details>\n"
        html += "</figure>\n"
        return html
    }

    static func describe(type: String?, provider: String?) -> String? {
        switch (type, provider) {
        case ("b2bDirectConnectUser", _): "B2B direct connect user"
        case ("b2bCollaborationMember", _): "B2B collaboration member"
        case (_, "google"?): "guest signing in with Google"
        case (_, "microsoftAccount"?): "guest signing in with a Microsoft account"
        case (_, "emailOneTimePasscode"?): "guest signing in with an email one-time passcode"
        case ("b2bCollaborationGuest", _): "B2B collaboration guest"
        default: type
        }
    }
}
