// Crosswalk walkthrough player. Every outcome was computed by the evaluation engine when the
// site was built and sits in a <script type="application/json"> next to the player; this file
// only looks answers up and shows them. Without it the page shows the example situation.
(function () {
  "use strict";

  var SCORE_PREFIX = "crosswalk.quiz.";

  function text(element, value) { if (element) { element.textContent = value; } }

  function loadScore(flow) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(SCORE_PREFIX + flow) || "null");
      if (saved && typeof saved.correct === "number" && typeof saved.answered === "number") { return saved; }
    } catch (ignored) { /* storage unavailable or corrupt: start again */ }
    return { correct: 0, answered: 0 };
  }

  function saveScore(flow, score) {
    try { window.localStorage.setItem(SCORE_PREFIX + flow, JSON.stringify(score)); } catch (ignored) { /* not kept */ }
  }

  function Player(section) {
    var script = document.getElementById(section.getAttribute("data-walkthrough"));
    if (!script) { return; }
    this.section = section;
    this.data = JSON.parse(script.textContent);
    this.form = section.querySelector("[data-walkthrough-form]");
    this.quiz = section.querySelector("[data-walkthrough-quiz]");
    this.result = section.querySelector("[data-walkthrough-result]");
    this.stepper = section.querySelector("[data-walkthrough-stepper]");
    this.status = section.querySelector("[data-walkthrough-status]");
    this.current = 0;
    this.outcome = null;
    this.revealed = true;
    this.marked = [];
    var fallback = section.querySelector("[data-walkthrough-fallback]");
    if (fallback) { fallback.hidden = true; }
    this.form.hidden = false;
    this.stepper.hidden = false;
    section.classList.add("is-interactive");
    var self = this;
    this.form.addEventListener("change", function (event) {
      if (event.target.name && event.target.name.slice(-5) === "-mode") { self.changeMode(); } else { self.update(true); }
    });
    section.querySelector("[data-step-previous]").addEventListener("click", function () { self.move(-1); });
    section.querySelector("[data-step-next]").addEventListener("click", function () { self.move(1); });
    section.querySelector("[data-quiz-check]").addEventListener("click", function () { self.check(); });
    this.showScore();
    this.update(false);
  }

  Player.prototype.mode = function () {
    var checked = this.form.querySelector("input[name$='-mode']:checked");
    return checked ? checked.value : "explore";
  };

  // The key of the chosen combination (questions that do not apply are greyed out).
  Player.prototype.key = function () {
    return window.Crosswalk.combinationKey(this.form, this.data.dimensions, function (fieldset, dimension) {
      var checked = fieldset.querySelector("input:checked");
      return checked ? checked.value : dimension.defaultValue;
    });
  };

  Player.prototype.update = function (announce) {
    var index = this.data.cases[this.key()];
    this.outcome = this.data.outcomes[index === undefined ? this.data.cases[this.data.defaultKey] : index];
    this.current = 0;
    var quiz = this.mode() === "quiz";
    this.revealed = !quiz;
    this.quiz.hidden = !quiz;
    if (quiz) { this.clearGuesses(); }
    this.render();
    if (announce) {
      if (quiz) {
        this.say("New situation. Predict the verdict and where MFA happens, then check your prediction.");
      } else {
        this.say(this.summary() + " " + this.stepLine());
      }
    }
  };

  Player.prototype.changeMode = function () {
    this.update(false);
    this.say(this.mode() === "quiz"
      ? "Quiz mode. Predict the verdict and where MFA happens, then check your prediction."
      : "Explore mode. " + this.summary());
  };

  Player.prototype.clearGuesses = function () {
    Array.prototype.forEach.call(this.quiz.querySelectorAll("input"), function (input) { input.checked = false; });
    text(this.quiz.querySelector("[data-quiz-feedback]"), "");
  };

  Player.prototype.label = function (key) { return this.data.labels[key] || key; };

  Player.prototype.summary = function () {
    var outcome = this.outcome;
    var line = "Verdict: " + this.label("verdict." + outcome.verdict) + ".";
    if (outcome.reasonText) { line += " " + outcome.reasonText; }
    return line + " Where MFA happens: " + this.label("mfa." + outcome.mfa) + ".";
  };

  Player.prototype.stepLine = function () {
    var step = this.outcome.steps[this.current];
    if (!step) { return ""; }
    return "Step " + (this.current + 1) + " of " + this.outcome.steps.length + ": " + step.text;
  };

  Player.prototype.render = function () {
    var outcome = this.outcome;
    var section = this.section;
    this.result.hidden = !this.revealed;
    this.stepper.hidden = !this.revealed;
    var verdict = section.querySelector("[data-verdict]");
    verdict.setAttribute("data-verdict", outcome.verdict);
    verdict.className = "walkthrough-verdict verdict-" + outcome.verdict;
    text(section.querySelector("[data-verdict-text]"), this.label("verdict." + outcome.verdict));
    text(section.querySelector("[data-verdict-detail]"), this.label("verdictDetail." + outcome.verdict));
    var reason = section.querySelector("[data-reason]");
    text(reason, outcome.reasonText || "");
    reason.hidden = !outcome.reasonText;
    var mfa = section.querySelector("[data-mfa]");
    mfa.setAttribute("data-mfa", outcome.mfa);
    text(mfa, this.label("mfa." + outcome.mfa));
    var list = section.querySelector("[data-requirements]");
    list.textContent = "";
    outcome.requirements.forEach(function (requirement) {
      var item = document.createElement("li");
      item.textContent = requirement.text;
      list.appendChild(item);
    });
    this.renderSteps();
  };

  Player.prototype.renderSteps = function () {
    var self = this;
    var steps = this.outcome.steps;
    var list = this.section.querySelector("[data-walkthrough-steps]");
    list.textContent = "";
    steps.forEach(function (step, index) {
      var item = document.createElement("li");
      item.className = "walkthrough-step" + (index === self.current ? " is-current" : "") +
        (index < self.current ? " is-done" : "");
      item.setAttribute("data-flow", step.flow);
      item.setAttribute("data-step", String(step.number));
      if (index === self.current) { item.setAttribute("aria-current", "step"); }
      var number = document.createElement("span");
      number.className = "step-number";
      number.textContent = "Step " + step.number;
      item.appendChild(number);
      if (step.flow !== self.data.flow) {
        var flow = document.createElement("span");
        flow.className = "step-flow";
        flow.textContent = self.label("flow." + step.flow);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(flow);
      }
      var words = document.createElement("span");
      words.className = "step-text";
      words.textContent = step.text;
      item.appendChild(document.createTextNode(" "));
      item.appendChild(words);
      list.appendChild(item);
    });
    text(this.section.querySelector("[data-step-position]"),
      steps.length ? "Step " + (this.current + 1) + " of " + steps.length : "No steps");
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    this.section.querySelector("[data-step-previous]").setAttribute("aria-disabled", String(this.current <= 0));
    this.section.querySelector("[data-step-next]").setAttribute("aria-disabled", String(this.current >= steps.length - 1));
    this.markTables();
  };

  // Highlights the rows of the page's step tables that this outcome passes through.
  Player.prototype.markTables = function () {
    this.marked.forEach(function (row) {
      row.classList.remove("step-taken", "step-current");
      row.removeAttribute("data-taken");
    });
    this.marked = [];
    if (!this.revealed) { return; }
    var self = this;
    this.outcome.steps.forEach(function (step, index) {
      var tables = document.querySelectorAll("[data-flow-steps='" + step.flow + "'] tbody tr");
      Array.prototype.forEach.call(tables, function (row) {
        var cell = row.querySelector("td");
        if (!cell || parseInt(cell.textContent, 10) !== step.number) { return; }
        row.classList.add("step-taken");
        row.setAttribute("data-taken", "true");
        if (index === self.current) { row.classList.add("step-current"); }
        self.marked.push(row);
      });
    });
  };

  Player.prototype.move = function (delta) {
    var next = this.current + delta;
    if (next < 0 || next >= this.outcome.steps.length) { return; }
    this.current = next;
    this.renderSteps();
    this.say(this.stepLine());
  };

  Player.prototype.check = function () {
    var verdict = this.quiz.querySelector("input[name$='-guess-verdict']:checked");
    var mfa = this.quiz.querySelector("input[name$='-guess-mfa']:checked");
    var feedback = this.quiz.querySelector("[data-quiz-feedback]");
    if (!verdict || !mfa) {
      text(feedback, "Choose a verdict and where MFA happens first.");
      this.say("Choose a verdict and where MFA happens first.");
      return;
    }
    var right = verdict.value === this.outcome.verdict && mfa.value === this.outcome.mfa;
    if (!this.revealed) {
      var score = loadScore(this.data.flow);
      score.answered += 1;
      if (right) { score.correct += 1; }
      saveScore(this.data.flow, score);
    }
    this.revealed = true;
    this.render();
    this.showScore();
    var message = (right ? "Correct. " : "Not quite. ") + this.summary();
    feedback.className = "walkthrough-quiz-feedback " + (right ? "is-right" : "is-wrong");
    text(feedback, message);
    this.say(message);
  };

  Player.prototype.showScore = function () {
    var score = loadScore(this.data.flow);
    text(this.section.querySelector("[data-quiz-score]"),
      score.answered ? "Score: " + score.correct + " of " + score.answered + " predicted correctly" : "No predictions yet");
  };

  // Polite announcement in the player's status region; focus never moves.
  Player.prototype.say = function (message) { text(this.status, message); };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-walkthrough]"), function (section) {
      new Player(section);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
