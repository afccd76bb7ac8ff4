import Foundation
import Yams

extension ScenarioCard {
    /// The What If page with the scenario's answers, when every answer the scenario gives is on
    /// the page and the page's verdict is the one the scenario expects; otherwise `nil`.
    func whatIfLink() -> String? {
        guard let tool, let answers = answers(), let expected = scenario.document["expect"]?["decision"]?.string else {
            return nil
        }
        let page = tool.page
        var chosen: [String: String?] = [:]
        var values: [String?] = []
        for dimension in page.dimensions {
            var value: String? = nil
            if dimension.applies(given: chosen) {
                let wanted = answers[dimension.id] ?? dimension.defaultValue
                let resolved = page.aliases[dimension.id]?[wanted] ?? wanted
                guard dimension.options.contains(where: { $0.value == resolved }) else { return nil }
                value = resolved
            }
            chosen[dimension.id] = .some(value)
            values.append(value)
        }
        guard page.lookUp(InputCombination(values: values)).outcome?.verdict == expected else { return nil }
        var parts = [tool.element]
        for (dimension, value) in zip(page.dimensions, values) {
            guard let value, value != dimension.defaultValue else { continue }
            parts.append(Self.encode(dimension.id) + "=" + Self.encode(value))
        }
        return root + "whatif.html#" + parts.joined(separator: "&")
    }

    /// `encodeURIComponent`, which the page decodes.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_.!~*'()")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The page's answers for the scenario's sign-in, `nil` when it says something the page
    /// cannot ask.
    func answers() -> [String: String]? {
        let signIn = scenario.document["signIn"]
        let identity = signIn?["signInIdentity"]
        let guest = signIn?["guest"]
        let conditions = signIn?["signInConditions"]
        let type = identity?["externalUserType"]?.string
        let tenantId = identity?["externalTenantId"]?.string
        let provider = guest?["identityProvider"]?.string
        var answers: [String: String] = [:]
        if type == "b2bDirectConnectUser" || guest?["accessPath"]?.string == "b2bDirectConnect" {
            answers[WhatIfQuestions.who] = "directConnect"
        } else if provider == "entraId" || (provider == nil && tenantId != nil) {
            answers[WhatIfQuestions.who] = type == "b2bCollaborationMember" ? "entraMember" : "entraGuest"
        } else if let provider, ["google", "microsoftAccount", "emailOneTimePasscode"].contains(provider) {
            answers[WhatIfQuestions.who] = provider
        } else {
            return nil
        }
        if let tenantId {
            let partner =
                tool?.page.dimensions.first { $0.id == WhatIfQuestions.homeTenant }?.options.contains {
                    $0.value == tenantId
                } == true
            answers[WhatIfQuestions.homeTenant] = partner ? tenantId : WhatIfQuestions.otherTenant
        }
        if let app = signIn?["signInContext"]?["includeApplications"]?.sequence?.first?.string {
            let named = tool?.page.dimensions.first { $0.id == "app" }?.options.contains { $0.value == app } == true
            answers["app"] = named ? app : WhatIfQuestions.otherApp
        }
        if let client = conditions?["clientAppType"]?.string { answers["clientApp"] = client }
        if let platform = conditions?["devicePlatform"]?.string { answers["platform"] = platform }
        if let risk = conditions?["signInRiskLevel"]?.string { answers["signInRisk"] = risk }
        if let risk = conditions?["userRiskLevel"]?.string { answers["userRisk"] = risk }
        if conditions?["ipAddress"] != nil { return nil }
        if let country = conditions?["country"]?.string {
            let named =
                tool?.page.dimensions.first { $0.id == "location" }?.options.contains {
                    $0.value == "country:" + country.uppercased()
                } == true
            answers["location"] = named ? "country:" + country.uppercased() : "elsewhere"
        }
        let session = guest?["homeSession"]
        answers["homeMfa"] = (session?["mfa"]?.sequence?.compactMap(\.string) ?? []).joined(separator: ";")
        answers["device"] =
            session?["hybridJoined"]?.bool == true
            ? "hybrid" : session?["deviceCompliant"]?.bool == true ? "compliant" : "none"
        answers["registered"] = (guest?["registeredMethods"]?["resource"]?.sequence?.compactMap(\.string) ?? []).joined(
            separator: ",")
        return answers
    }
}
