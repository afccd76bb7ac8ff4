import AccessEngine
import Articles

/// The markup of a walkthrough placement.
///
/// Without JavaScript it is a complete, readable answer: the default scenario, its verdict and
/// the steps it takes. The form, the quiz, the challenge and the stepper are rendered `hidden`
/// and revealed by `walkthrough.js`, which reads the data from the JSON script element.
struct WalkthroughHTML {
    var walkthrough: CompiledWalkthrough
    /// `walkthrough-N`: the id of the JSON script element; other ids derive from it.
    var elementID: String
    /// The level of the title: one below the heading the placement follows, so the outline
    /// skips no level (2 when it follows the page title or no heading).
    var headingLevel = 2

    func render() -> String {
        let flow = walkthrough.flow
        let outcome = walkthrough.defaultOutcome
        let defaults = InputCombination.defaults(walkthrough.dimensions)
        var html =
            "<section class=\"walkthrough\" id=\"\(elementID)-player\" data-walkthrough=\"\(elementID)\" data-flow=\"\(flow.id.rawValue)\" aria-labelledby=\"\(elementID)-title\">\n"
        html += "<header class=\"walkthrough-header\">\n"
        html += "<p class=\"walkthrough-kicker\">Interactive walkthrough</p>\n"
        html +=
            "<h\(headingLevel) class=\"walkthrough-title\" id=\"\(elementID)-title\">\(flow.title.htmlEscaped)</h\(headingLevel)>\n"
        html +=
            "<p class=\"walkthrough-intro\">Pick a situation and follow the resource tenant's decision step by step. Every answer was computed by Crosswalk's evaluation engine when this page was built.</p>\n"
        html += "</header>\n"
        html += challengeBar()
        html += form(defaults)
        html += fallbackScenario(defaults)
        html += quiz()
        html += challenge()
        html += result(outcome)
        html += "<div class=\"walkthrough-stepper\" data-walkthrough-stepper hidden>\n"
        html += "<button type=\"button\" class=\"button\" data-step-previous>Previous step</button>\n"
        html += "<span class=\"walkthrough-position\" data-step-position></span>\n"
        html += "<button type=\"button\" class=\"button\" data-step-next>Next step</button>\n"
        html += "</div>\n"
        html += "<p class=\"walkthrough-status\" role=\"status\" aria-live=\"polite\" data-walkthrough-status></p>\n"
        html +=
            "<script type=\"application/json\" id=\"\(elementID)\">\(ScriptSafeJSON.escape(walkthrough.payloadJSON))</script>\n"
        html += "</section>\n"
        return html
    }

    private func form(_ defaults: InputCombination) -> String {
        var html = "<form class=\"walkthrough-form\" data-walkthrough-form hidden>\n"
        html += "<fieldset class=\"walkthrough-mode\">\n<legend>Mode</legend>\n"
        html += radio(name: "\(elementID)-mode", value: "explore", label: "Explore: show the answer", checked: true)
        html += radio(name: "\(elementID)-mode", value: "quiz", label: "Quiz: predict first", checked: false)
        html += "</fieldset>\n"
        for (index, dimension) in walkthrough.dimensions.enumerated() {
            let applies = defaults.values[index] != nil
            html +=
                "<fieldset class=\"walkthrough-question\" data-dimension=\"\(dimension.id.htmlEscaped)\"\(applies ? "" : " disabled")>\n"
            html += "<legend>\(dimension.label.htmlEscaped)</legend>\n"
            for option in dimension.options {
                html += radio(
                    name: "\(elementID)-q\(index)", value: option.value, label: option.label,
                    checked: option.value == dimension.defaultValue)
            }
            if !dimension.notApplicable.isEmpty {
                html +=
                    "<p class=\"walkthrough-na\" data-not-applicable\(applies ? " hidden" : "")>\(dimension.notApplicable.htmlEscaped)</p>\n"
            }
            html += "</fieldset>\n"
        }
        html += "</form>\n"
        return html
    }

    private func radio(name: String, value: String, label: String, checked: Bool) -> String {
        "<label class=\"choice\"><input type=\"radio\" name=\"\(name.htmlEscaped)\" value=\"\(value.htmlEscaped)\"\(checked ? " checked" : "")> <span>\(label.htmlEscaped)</span></label>\n"
    }

    /// The default answers in words; the player hides this once the form shows them.
    private func fallbackScenario(_ defaults: InputCombination) -> String {
        var html = "<div class=\"walkthrough-scenario\" data-walkthrough-fallback>\n"
        html += "<p class=\"walkthrough-scenario-title\">Example situation</p>\n<dl>\n"
        for (dimension, value) in zip(walkthrough.dimensions, defaults.values) {
            guard let value else { continue }
            html += "<dt>\(dimension.label.htmlEscaped)</dt><dd>\(dimension.label(of: value).htmlEscaped)</dd>\n"
        }
        html += "</dl>\n</div>\n"
        return html
    }

    private func quiz() -> String {
        var html = "<div class=\"walkthrough-quiz\" data-walkthrough-quiz hidden>\n"
        html += predictions(name: "\(elementID)-guess")
        html +=
            "<p class=\"walkthrough-quiz-actions\"><button type=\"button\" class=\"button button-primary\" data-quiz-check>Check my prediction</button> <span class=\"walkthrough-score\" data-quiz-score></span></p>\n"
        html += "<p class=\"walkthrough-quiz-feedback\" data-quiz-feedback></p>\n"
        html += "</div>\n"
        return html
    }

    /// The two questions a quiz or a challenge asks before showing the answer; `name` prefixes
    /// the radio groups (`NAME-verdict`, `NAME-mfa`).
    private func predictions(name: String) -> String {
        var html = "<fieldset>\n<legend>Your prediction: the verdict</legend>\n"
        for verdict in WalkthroughText.verdicts {
            html += radio(
                name: "\(name)-verdict", value: verdict, label: WalkthroughText.verdict(verdict), checked: false)
        }
        html += "</fieldset>\n<fieldset>\n<legend>Your prediction: where MFA happens</legend>\n"
        for place in WalkthroughText.places {
            html += radio(name: "\(name)-mfa", value: place, label: WalkthroughText.mfa(place), checked: false)
        }
        html += "</fieldset>\n"
        return html
    }

    /// "New challenge" and the score of this flow's challenges. `hidden` until the player shows
    /// it, so a page without JavaScript offers no control that does nothing.
    private func challengeBar() -> String {
        var html = "<p class=\"walkthrough-challenge-bar\" data-challenge-bar hidden>"
        html += "<button type=\"button\" class=\"button\" data-challenge-new>New challenge</button> "
        html += "<span class=\"walkthrough-score\" data-challenge-score></span></p>\n"
        return html
    }

    /// A situation drawn from a seed in the URL fragment, told as a story; the answer stays
    /// hidden until the reader predicts it, then the explanation names the deciding step and
    /// what decided. Filled and revealed by `walkthrough.js`.
    private func challenge() -> String {
        var html = "<div class=\"walkthrough-challenge\" data-challenge hidden>\n"
        html += "<p class=\"walkthrough-scenario-title\">Challenge</p>\n"
        html += "<p class=\"walkthrough-story\" data-challenge-story></p>\n"
        html += predictions(name: "\(elementID)-challenge")
        html += "<p class=\"walkthrough-quiz-actions\">"
        html +=
            "<button type=\"button\" class=\"button button-primary\" data-challenge-check>Check my prediction</button> "
        html += "<button type=\"button\" class=\"button\" data-challenge-end>End the challenge</button></p>\n"
        html += "<p class=\"walkthrough-quiz-feedback\" data-challenge-feedback></p>\n"
        html += "<dl class=\"walkthrough-explanation\" data-challenge-explanation hidden></dl>\n"
        html += "</div>\n"
        return html
    }

    private func result(_ outcome: WalkthroughOutcome) -> String {
        var html = "<div class=\"walkthrough-result\" data-walkthrough-result>\n"
        html += "<div class=\"walkthrough-verdict verdict-\(outcome.verdict)\" data-verdict=\"\(outcome.verdict)\">\n"
        html +=
            "<p class=\"verdict-line\"><span class=\"verdict-label\">Verdict</span> <strong class=\"verdict-value\" data-verdict-text>\(WalkthroughText.verdict(outcome.verdict))</strong> <span class=\"verdict-detail\" data-verdict-detail>\(WalkthroughText.verdictDetail(outcome.verdict))</span></p>\n"
        html +=
            "<p class=\"verdict-reason\" data-reason\((outcome.reasonText ?? "").isEmpty ? " hidden" : "")>\((outcome.reasonText ?? "").htmlEscaped)</p>\n"
        html +=
            "<p class=\"verdict-mfa\"><span class=\"verdict-label\">Where MFA happens</span> <strong data-mfa=\"\(outcome.mfa)\">\(WalkthroughText.mfa(outcome.mfa))</strong></p>\n"
        html += "</div>\n"
        html += "<ul class=\"walkthrough-requirements\" data-requirements>\n"
        for requirement in outcome.requirements { html += "<li>\(requirement.text.htmlEscaped)</li>\n" }
        html += "</ul>\n"
        html += "<p class=\"walkthrough-steps-title\" id=\"\(elementID)-steps-title\">Steps taken</p>\n"
        html += "<ol class=\"walkthrough-steps\" aria-labelledby=\"\(elementID)-steps-title\" data-walkthrough-steps>\n"
        for step in outcome.steps { html += stepItem(step) }
        html += "</ol>\n</div>\n"
        return html
    }

    private func stepItem(_ step: WalkthroughOutcome.Step) -> String {
        let other = step.flow != walkthrough.flow.id.rawValue
        let flowName = other ? (FlowID(rawValue: step.flow).map { Flow.flow($0).title } ?? step.flow) : ""
        var html = "<li class=\"walkthrough-step\" data-flow=\"\(step.flow)\" data-step=\"\(step.number)\">"
        html += "<span class=\"step-number\">Step \(step.number)</span>"
        if other { html += " <span class=\"step-flow\">\(flowName.htmlEscaped)</span>" }
        html += " <span class=\"step-text\">\(step.text.htmlEscaped)</span></li>\n"
        return html
    }
}
