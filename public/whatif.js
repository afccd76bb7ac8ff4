// Crosswalk What If page: looks up the precomputed answer for the sign-in described by the form.
// Without this script the page shows the example sign-in's answer.
(function () {
  "use strict";

  function text(element, value) { if (element) { element.textContent = value; } }

  function Tool(section) {
    var script = document.getElementById(section.getAttribute("data-whatif"));
    if (!script) { return; }
    this.section = section;
    this.data = JSON.parse(script.textContent);
    this.form = section.querySelector("[data-whatif-form]");
    this.status = section.querySelector("[data-whatif-status]");
    section.querySelector("[data-whatif-fallback]").hidden = true;
    this.form.hidden = false;
    var self = this;
    this.form.addEventListener("change", function () { self.update(true); });
    this.update(false);
  }

  Tool.prototype.key = function () {
    return window.Crosswalk.combinationKey(this.form, this.data.dimensions, function (fieldset) {
      return fieldset.querySelector("select").value;
    });
  };

  Tool.prototype.update = function (announce) {
    var data = this.data;
    var index = data.cases[this.key()];
    var outcome = data.outcomes[index === undefined ? data.cases[data.defaultKey] : index];
    var section = this.section;
    var verdict = section.querySelector("[data-verdict]");
    verdict.setAttribute("data-verdict", outcome.verdict);
    verdict.className = "walkthrough-verdict verdict-" + outcome.verdict;
    text(section.querySelector("[data-verdict-text]"), data.labels["verdict." + outcome.verdict]);
    var reason = section.querySelector("[data-reason]");
    text(reason, outcome.reasonText || "");
    reason.hidden = !outcome.reasonText;
    var mfa = section.querySelector("[data-mfa]");
    mfa.setAttribute("data-mfa", outcome.mfa);
    text(mfa, data.labels["mfa." + outcome.mfa]);
    var list = section.querySelector("[data-requirements]");
    list.textContent = "";
    outcome.requirements.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    var rows = section.querySelectorAll("[data-policies] tr");
    var applying = 0;
    data.policies.forEach(function (policy, position) {
      var cells = rows[position].querySelectorAll("td");
      var applies = outcome.applies[position];
      if (applies) { applying += 1; }
      cells[2].className = applies ? "policy-applies" : "policy-skipped";
      cells[2].setAttribute("data-applies", String(applies));
      text(cells[2], applies ? "Applies" : "Does not apply");
      cells[3].textContent = "";
      outcome.reasons[position].forEach(function (name) {
        var code = document.createElement("code");
        code.textContent = name;
        cells[3].appendChild(code);
        cells[3].appendChild(document.createTextNode(" "));
      });
    });
    if (announce) {
      text(this.status, "Verdict: " + data.labels["verdict." + outcome.verdict] + ". " + applying + " of " +
        data.policies.length + " policies apply. Where MFA happens: " + data.labels["mfa." + outcome.mfa] + ".");
    }
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-whatif]"), function (section) { new Tool(section); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
