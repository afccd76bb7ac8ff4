// Crosswalk What If page. The engine computed everything when the site was built: per question
// and answer, the policies that answer lets through (hex bit sets), and per guest state the
// outcome of each reachable set of applying policies. This file ANDs the sets of the chosen
// answers and looks the outcome up; it holds no Conditional Access rule. The answers live in
// the URL fragment (#whatif-1&who=...&location=...), so a link reproduces them and back and
// forward move through them. Without this script the page shows the example sign-in's answer.
(function () {
  "use strict";

  var HEX = "0123456789abcdef";

  function text(element, value) { if (element) { element.textContent = value; } }

  function combine(a, b, op) {
    var out = "";
    for (var i = 0; i < a.length; i += 1) { out += HEX.charAt(op(HEX.indexOf(a.charAt(i)), HEX.indexOf(b.charAt(i))) & 15); }
    return out;
  }
  function has(bits, index) { return (HEX.indexOf(bits.charAt(index >> 2)) & (1 << (index & 3))) !== 0; }

  // An outcome with its sentences read from the shared list.
  function expand(data, packed) {
    function texts(list) { return list.map(function (index) { return data.texts[index]; }); }
    return {
      verdict: packed.v, reasonText: packed.r === undefined ? null : data.texts[packed.r], mfa: packed.m,
      requirements: texts(packed.q), steps: texts(packed.s), session: texts(packed.c)
    };
  }

  function hexOf(indexes, count) {
    var nibbles = [];
    for (var i = 0; i < Math.max(1, Math.ceil(count / 4)); i += 1) { nibbles.push(0); }
    indexes.forEach(function (index) { nibbles[index >> 2] |= 1 << (index & 3); });
    return nibbles.map(function (n) { return HEX.charAt(n); }).join("");
  }

  // The page's answer for one combination (values in question order, null where a question
  // does not apply): AND the sets of the chosen answers, then look the outcome up.
  function lookUp(data, values) {
    var position = {};
    data.dimensions.forEach(function (dimension, index) { position[dimension.id] = index; });
    function key(questions) {
      return questions.filter(function (id) { return position[id] !== undefined; }).map(function (id) {
        var index = position[id];
        var value = values[index];
        if (value === null) { return "-"; }
        var found = -1;
        data.dimensions[index].options.forEach(function (option, at) { if (found < 0 && option.value === value) { found = at; } });
        return found < 0 ? "-" : String(found);
      }).join("|");
    }
    var sets = (data.identitySets[key(data.identityQuestions)] || []).slice();
    data.dimensions.forEach(function (dimension, index) {
      var table = data.conditionSets[dimension.id];
      if (table && values[index] !== null && table[values[index]]) { sets.push(table[values[index]]); }
    });
    sets.sort(function (a, b) { return a.r - b.r; });
    var count = data.policies.length;
    var through = hexOf(data.policies.map(function (policy, index) { return index; }), count);
    var undecided = hexOf([], count);
    sets.forEach(function (set) {
      through = combine(through, set.t, function (x, y) { return x & y; });
      if (set.u) { undecided = combine(undecided, set.u, function (x, y) { return x | y; }); }
    });
    var kinds = [];
    var reasons = data.policies.map(function (policy, index) {
      for (var s = 0; s < sets.length; s += 1) { if (!has(sets[s].t, index)) { return data.reasons[sets[s].r]; } }
      // Undecided policies count for the verdict, as in the engine.
      if (data.kinds[index] >= 0) { kinds.push(data.kinds[index]); }
      if (has(undecided, index)) { return "notEnoughInformation"; }
      return "notSet";
    });
    var state = key(data.stateQuestions) + "|" + (data.access[key(["who", "homeTenant", "app"])] || "") + "|";
    var facets = [];
    data.dimensions.forEach(function (dimension, index) {
      var table = data.facets[dimension.id];
      if (table) { facets.push(values[index] === null ? "-" : table[values[index]]); }
    });
    state += facets.join("|");
    var kindCount = Math.max.apply(null, data.kinds.concat([-1])) + 1;
    var table = data.tables[data.cases[state]] || {};
    var found = table[hexOf(kinds, kindCount)];
    return { outcome: found === undefined ? null : expand(data, data.outcomes[found]), reasons: reasons };
  }

  function Tool(section) {
    var script = document.getElementById(section.getAttribute("data-whatif"));
    if (!script) { return; }
    this.id = section.getAttribute("data-whatif");
    this.section = section;
    this.data = JSON.parse(script.textContent);
    this.form = section.querySelector("[data-whatif-form]");
    this.status = section.querySelector("[data-whatif-status]");
    this.link = section.querySelector("[data-whatif-link]");
    section.querySelector("[data-whatif-fallback]").hidden = true;
    this.form.hidden = false;
    var self = this;
    this.form.addEventListener("change", function () { self.endChallenge(); self.update(true, true); });
    section.querySelector("[data-whatif-reset]").addEventListener("click", function () {
      self.endChallenge();
      self.setAnswers({});
      self.update(true, true);
    });
    window.addEventListener("hashchange", function () { if (self.readFragment()) { self.update(true, false); } });
    this.challenge = section.querySelector("[data-challenge]");
    section.querySelector("[data-challenge-new]").addEventListener("click", function () {
      var seed = window.Crosswalk.newSeed();
      window.Crosswalk.pushChallenge(self.id, seed);
      self.startChallenge(seed);
    });
    section.querySelector("[data-challenge-check]").addEventListener("click", function () { self.checkChallenge(); });
    this.readFragment();
    this.update(false, false);
  }

  Tool.prototype.selects = function () { return this.form.querySelectorAll("fieldset[data-dimension] select"); };

  // Sets every question to the given answer, or its default.
  Tool.prototype.setAnswers = function (answers) {
    var selects = this.selects();
    var aliases = this.data.aliases;
    this.data.dimensions.forEach(function (dimension, index) {
      var wanted = answers[dimension.id];
      if (aliases[dimension.id] && aliases[dimension.id][wanted] !== undefined) { wanted = aliases[dimension.id][wanted]; }
      var known = dimension.options.some(function (option) { return option.value === wanted; });
      selects[index].value = known ? wanted : dimension.defaultValue;
    });
  };

  // `#whatif-1&who=google&location=country%3AKP`: true when the fragment is this tool's.
  Tool.prototype.readFragment = function () {
    var answers = window.Crosswalk.fragmentAnswers(this.id);
    if (!answers) { return false; }
    this.setAnswers(answers);
    var seed = window.Crosswalk.challengeSeed(answers);
    if (seed !== null) {
      this.startChallenge(seed);
    } else {
      this.endChallenge();
    }
    return true;
  };

  // The same seed draws the same situation everywhere (`Crosswalk.draw`).
  Tool.prototype.startChallenge = function (seed) {
    var answers = {};
    var story = [];
    window.Crosswalk.draw(this.data.dimensions, seed).forEach(function (drawn) {
      answers[drawn.dimension.id] = drawn.option.value;
      story.push(drawn.dimension.label + ": " + drawn.option.label + ".");
    });
    this.setAnswers(answers);
    this.challenging = true;
    this.checked = false;
    this.challenge.hidden = false;
    this.section.querySelector("[data-whatif-answer]").hidden = true;
    text(this.section.querySelector("[data-challenge-story]"), story.join(" "));
    text(this.section.querySelector("[data-challenge-result]"), "");
    Array.prototype.forEach.call(this.challenge.querySelectorAll("input[type=radio]"), function (radio) { radio.checked = false; });
    this.showScore();
    this.update(false, false);
    text(this.status, "New challenge. Read the situation and predict the verdict.");
  };

  Tool.prototype.endChallenge = function () {
    this.challenging = false;
    if (this.challenge) { this.challenge.hidden = true; }
    this.section.querySelector("[data-whatif-answer]").hidden = false;
  };

  var SCORE = "crosswalk.challenge.whatif.";

  Tool.prototype.score = function () {
    return window.Crosswalk.challengeScore(SCORE + this.data.tenant);
  };

  Tool.prototype.showScore = function () {
    var score = this.score();
    text(this.section.querySelector("[data-challenge-score]"), "What If, " + this.data.tenant + ": " + score.correct + " of " +
      score.answered + " correct; streak " + score.streak + ".");
  };

  Tool.prototype.checkChallenge = function () {
    var picked = this.challenge.querySelector("input[type=radio]:checked");
    if (!picked) { text(this.status, "Pick a verdict first."); return; }
    // The answer the form shows, as update() last looked it up.
    var answer = this.answer;
    if (!answer || !answer.outcome) { return; }
    var right = picked.value === answer.outcome.verdict;
    // One situation counts once, however often its answer is checked.
    if (!this.checked) { window.Crosswalk.recordChallenge(SCORE + this.data.tenant, right); }
    this.checked = true;
    var data = this.data;
    var deciding = data.policies.filter(function (policy, index) { return answer.reasons[index] === "notSet" && data.kinds[index] >= 0; })
      .map(function (policy) { return policy.name; });
    var why = answer.outcome.reasonText || (answer.outcome.requirements.length ? answer.outcome.requirements.join("; ") : "Nothing is required.");
    var last = answer.outcome.steps.length ? " Last step: " + answer.outcome.steps[answer.outcome.steps.length - 1] : "";
    text(this.section.querySelector("[data-challenge-result]"), (right ? "Right: " : "Not quite: ") +
      data.labels["verdict." + answer.outcome.verdict] + ". " + why + " Policies deciding: " +
      (deciding.length ? deciding.join(", ") : "none") + "." + last);
    this.section.querySelector("[data-whatif-answer]").hidden = false;
    this.showScore();
    text(this.status, (right ? "Right. " : "Not quite. ") + "Verdict: " + data.labels["verdict." + answer.outcome.verdict] + ".");
  };

  Tool.prototype.values = function () {
    var key = window.Crosswalk.combinationKey(this.form, this.data.dimensions, function (fieldset) {
      return fieldset.querySelector("select").value;
    });
    return key.split("|").map(function (value) { return value === "-" ? null : value; });
  };

  Tool.prototype.fragment = function (values) {
    var parts = [this.id];
    this.data.dimensions.forEach(function (dimension, index) {
      if (values[index] !== null && values[index] !== dimension.defaultValue) {
        parts.push(encodeURIComponent(dimension.id) + "=" + encodeURIComponent(values[index]));
      }
    });
    return "#" + parts.join("&");
  };

  Tool.prototype.update = function (announce, remember) {
    var data = this.data;
    var values = this.values();
    var answer = lookUp(data, values);
    this.answer = answer;
    var fragment = this.fragment(values);
    this.link.setAttribute("href", fragment);
    if (remember && !this.challenging && window.location.hash !== fragment) { window.history.pushState(null, "", fragment); }
    var section = this.section;
    var outcome = answer.outcome;
    var verdict = section.querySelector("[data-verdict]");
    if (!outcome) {
      text(section.querySelector("[data-verdict-text]"), "Not on this page");
      if (announce) { text(this.status, "This combination is not on the page; use crosswalk whatif."); }
      return;
    }
    verdict.setAttribute("data-verdict", outcome.verdict);
    verdict.className = "walkthrough-verdict verdict-" + outcome.verdict;
    text(section.querySelector("[data-verdict-text]"), data.labels["verdict." + outcome.verdict]);
    var reason = section.querySelector("[data-reason]");
    text(reason, outcome.reasonText || "");
    reason.hidden = !outcome.reasonText;
    var mfa = section.querySelector("[data-mfa]");
    mfa.setAttribute("data-mfa", outcome.mfa);
    text(mfa, data.labels["mfa." + outcome.mfa]);
    function fill(selector, lines) {
      var list = section.querySelector(selector);
      list.textContent = "";
      lines.forEach(function (line) {
        var item = document.createElement("li");
        item.textContent = line;
        list.appendChild(item);
      });
    }
    fill("[data-requirements]", outcome.requirements);
    fill("[data-session]", outcome.session);
    fill("[data-steps]", outcome.steps);
    var rows = section.querySelectorAll("[data-policies] tr");
    var applying = 0;
    data.policies.forEach(function (policy, position) {
      var cells = rows[position].querySelectorAll("td");
      var applies = answer.reasons[position] === "notSet";
      if (applies) { applying += 1; }
      cells[2].className = applies ? "policy-applies" : "policy-skipped";
      cells[2].setAttribute("data-applies", String(applies));
      text(cells[2], applies ? "Applies" : "Does not apply");
      cells[3].textContent = "";
      if (!applies) {
        var code = document.createElement("code");
        code.textContent = answer.reasons[position];
        cells[3].appendChild(code);
      }
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
