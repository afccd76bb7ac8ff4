import Articles

/// The markup of one tenant's What If tool. Without JavaScript it shows the default sign-in's
/// answer; `whatif.js` reveals the form, combines the condition sets and looks the outcome up.
struct WhatIfHTML {
    var page: WhatIfPage
    /// `whatif-N`: the JSON script element's id.
    var elementID: String

    func render() -> String {
        let defaults = InputCombination.defaults(page.dimensions)
        let answer = page.lookUp(defaults)
        let outcome = answer.outcome
        let verdict = outcome?.verdict ?? "granted"
        var html = "<section class=\"whatif\" data-whatif=\"\(elementID)\" aria-labelledby=\"\(elementID)-title\">\n"
        html += "<h2 id=\"\(elementID)-title\">\(page.tenantName.htmlEscaped)</h2>\n"
        html +=
            "<p class=\"walkthrough-intro\">\(page.policies.count) Conditional Access \(page.policies.count == 1 ? "policy" : "policies"); every answer below was computed by the engine when this page was built.</p>\n"
        html += "<form class=\"walkthrough-form\" data-whatif-form hidden>\n"
        for (index, dimension) in page.dimensions.enumerated() {
            let applies = defaults.values[index] != nil
            html +=
                "<fieldset class=\"walkthrough-question\" data-dimension=\"\(dimension.id.htmlEscaped)\"\(applies ? "" : " disabled")>\n<legend>\(dimension.label.htmlEscaped)</legend>\n"
            html += "<select name=\"\(elementID)-q\(index)\" aria-label=\"\(dimension.label.htmlEscaped)\">\n"
            for option in dimension.options {
                html +=
                    "<option value=\"\(option.value.htmlEscaped)\"\(option.value == dimension.defaultValue ? " selected" : "")>\(option.label.htmlEscaped)</option>\n"
            }
            html += "</select>\n"
            if !dimension.notApplicable.isEmpty {
                html +=
                    "<p class=\"walkthrough-na\" data-not-applicable\(applies ? " hidden" : "")>\(dimension.notApplicable.htmlEscaped)</p>\n"
            }
            html += "</fieldset>\n"
        }
        html +=
            "<p class=\"whatif-actions\"><button type=\"button\" data-whatif-reset>Reset</button> <button type=\"button\" data-challenge-new>New challenge</button> <a data-whatif-link href=\"#\(elementID)\">Link to these answers</a></p>\n"
        html += "</form>\n"
        html += challenge()
        html +=
            "<div class=\"walkthrough-scenario\" data-whatif-fallback>\n<p class=\"walkthrough-scenario-title\">Example sign-in</p>\n<dl>\n"
        for (dimension, value) in zip(page.dimensions, defaults.values) {
            guard let value else { continue }
            html += "<dt>\(dimension.label.htmlEscaped)</dt><dd>\(dimension.label(of: value).htmlEscaped)</dd>\n"
        }
        html += "</dl>\n</div>\n"
        html += "<div data-whatif-answer>\n"
        html += "<div class=\"walkthrough-verdict verdict-\(verdict)\" data-verdict=\"\(verdict)\">\n"
        html +=
            "<p class=\"verdict-line\"><span class=\"verdict-label\">Verdict</span> <strong class=\"verdict-value\" data-verdict-text>\(WalkthroughText.verdict(verdict))</strong></p>\n"
        let reason = outcome?.reasonText
        html +=
            "<p class=\"verdict-reason\" data-reason\(reason == nil ? " hidden" : "")>\((reason ?? "").htmlEscaped)</p>\n"
        let mfa = outcome?.mfa ?? "none"
        html +=
            "<p class=\"verdict-mfa\"><span class=\"verdict-label\">Where MFA happens</span> <strong data-mfa=\"\(mfa)\">\(WalkthroughText.mfa(mfa))</strong></p>\n"
        html += "</div>\n"
        html += "<ul class=\"walkthrough-requirements\" data-requirements>\n"
        for requirement in outcome?.requirements ?? [] { html += "<li>\(requirement.htmlEscaped)</li>\n" }
        html += "</ul>\n"
        html +=
            "<div class=\"table-wrap whatif-results\">\n<table>\n<caption class=\"walkthrough-steps-title\">Policies</caption>\n"
        html +=
            "<thead>\n<tr><th scope=\"col\">Policy</th><th scope=\"col\">State</th><th scope=\"col\">Applies</th><th scope=\"col\">Why not (Graph analysis reasons)</th></tr>\n</thead>\n<tbody data-policies>\n"
        for (index, policy) in page.policies.enumerated() {
            let applies = answer.applies[index]
            html +=
                "<tr data-policy=\"\(policy.id.htmlEscaped)\"><td>\(policy.name.htmlEscaped)</td><td>\(policy.state.htmlEscaped)</td>"
            html +=
                "<td class=\"\(applies ? "policy-applies" : "policy-skipped")\" data-applies=\"\(applies)\">\(applies ? "Applies" : "Does not apply")</td>"
            html +=
                "<td class=\"whatif-reasons\">\(applies ? "" : "<code>\(answer.reasons[index].htmlEscaped)</code>")</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        html += "<h3 class=\"whatif-subtitle\">Session controls</h3>\n<ul class=\"whatif-session\" data-session>\n"
        for line in outcome?.session ?? [] { html += "<li>\(line.htmlEscaped)</li>\n" }
        html += "</ul>\n"
        html += "<h3 class=\"whatif-subtitle\">Steps</h3>\n<ol class=\"whatif-steps\" data-steps>\n"
        for line in outcome?.steps ?? [] { html += "<li>\(line.htmlEscaped)</li>\n" }
        html += "</ol>\n</div>\n"
        html += "<p class=\"walkthrough-status\" role=\"status\" aria-live=\"polite\" data-whatif-status></p>\n"
        html +=
            "<script type=\"application/json\" id=\"\(elementID)\">\(ScriptSafeJSON.escape(page.payloadJSON))</script>\n"
        html += "</section>\n"
        return html
    }

    /// The challenge panel: a situation drawn from a seed in the URL fragment, told as a story,
    /// with the answer hidden until the reader predicts the verdict. Revealed by `whatif.js`.
    private func challenge() -> String {
        var html = "<div class=\"whatif-challenge\" data-challenge hidden>\n"
        html += "<p class=\"walkthrough-scenario-title\">Challenge</p>\n<p data-challenge-story></p>\n"
        html += "<fieldset class=\"walkthrough-question\"><legend>Your prediction: the verdict</legend>\n"
        for verdict in WalkthroughText.verdicts {
            html +=
                "<label><input type=\"radio\" name=\"\(elementID)-prediction\" value=\"\(verdict)\"> \(WalkthroughText.verdict(verdict))</label>\n"
        }
        html += "</fieldset>\n<p><button type=\"button\" data-challenge-check>Check my prediction</button></p>\n"
        html += "<p data-challenge-result></p>\n<p class=\"whatif-score\" data-challenge-score></p>\n</div>\n"
        return html
    }
}
