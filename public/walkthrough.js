// Crosswalk walkthrough player. Every outcome was computed by the evaluation engine when the
// site was built and sits in a <script type="application/json"> next to the player; this file
// only looks answers up and shows them. Without it the page shows the example situation.
(function () {
  "use strict";

  var QUIZ_SCORE = "crosswalk.quiz.";
  var CHALLENGE_SCORE = "crosswalk.challenge.flow.";

  function text(element, value) { if (element) { element.textContent = value; } }

  function uncheck(container) {
    Array.prototype.forEach.call(container.querySelectorAll("input[type=radio]"), function (input) { input.checked = false; });
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
    this.challenge = section.querySelector("[data-challenge]");
    this.id = section.getAttribute("data-walkthrough");
    this.challenging = false;
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
    section.querySelector("[data-challenge-bar]").hidden = false;
    section.querySelector("[data-challenge-new]").addEventListener("click", function () {
      var seed = window.Crosswalk.newSeed();
      window.Crosswalk.pushChallenge(self.id, seed);
      self.startChallenge(seed);
    });
    section.querySelector("[data-challenge-check]").addEventListener("click", function () { self.checkChallenge(); });
    section.querySelector("[data-challenge-end]").addEventListener("click", function () {
      self.endChallenge(true);
      // The button disappears with the panel; keep the keyboard focus in the player.
      section.querySelector("[data-challenge-new]").focus();
      self.update(false);
      self.say("Challenge ended. " + self.summary());
    });
    // Back and forward move between challenges, and out of them.
    window.addEventListener("hashchange", function () { self.readFragment(true); });
    this.showScore();
    this.showChallengeScore();
    this.update(false);
    this.readFragment(false);
  }

  // `#walkthrough-1&challenge=42` starts that challenge; any other fragment ends a running one.
  Player.prototype.readFragment = function (announce) {
    var seed = window.Crosswalk.challengeSeed(window.Crosswalk.fragmentAnswers(this.id));
    if (seed !== null) {
      this.startChallenge(seed);
      if (!announce) { this.section.scrollIntoView(); }
    } else if (this.challenging) {
      this.endChallenge(false);
      this.update(false);
      if (announce) { this.say("Challenge ended. " + this.summary()); }
    }
  };

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
    var quiz = this.mode() === "quiz" && !this.challenging;
    this.revealed = !quiz && !this.challenging;
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
    uncheck(this.quiz);
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
    var feedback = this.quiz.querySelector("[data-quiz-feedback]");
    var right = this.judge(this.quiz, feedback);
    if (right === null) { return; }
    if (!this.revealed) {
      var score = this.quizScore();
      score.answered += 1;
      if (right) { score.correct += 1; }
      window.Crosswalk.saveScore(QUIZ_SCORE + this.data.flow, score);
    }
    this.revealed = true;
    this.render();
    this.showScore();
    var message = (right ? "Correct. " : "Not quite. ") + this.summary();
    feedback.className = "walkthrough-quiz-feedback " + (right ? "is-right" : "is-wrong");
    text(feedback, message);
    this.say(message);
  };

  Player.prototype.quizScore = function () {
    return window.Crosswalk.loadScore(QUIZ_SCORE + this.data.flow, { correct: 0, answered: 0 });
  };

  Player.prototype.showScore = function () {
    var score = this.quizScore();
    text(this.section.querySelector("[data-quiz-score]"),
      score.answered ? "Score: " + score.correct + " of " + score.answered + " predicted correctly" : "No predictions yet");
  };

  // Whether the prediction made in `container` (the quiz or the challenge) is the outcome's
  // verdict and place of MFA; null, after asking for them, while either is not chosen.
  Player.prototype.judge = function (container, feedback) {
    var verdict = container.querySelector("input[name$='-verdict']:checked");
    var mfa = container.querySelector("input[name$='-mfa']:checked");
    if (!verdict || !mfa) {
      text(feedback, "Choose a verdict and where MFA happens first.");
      this.say("Choose a verdict and where MFA happens first.");
      return null;
    }
    return verdict.value === this.outcome.verdict && mfa.value === this.outcome.mfa;
  };

  // Draws a situation from `seed` (the same for everyone with the link), sets the form to it,
  // tells it as a story and hides the answer until the reader predicts it.
  Player.prototype.startChallenge = function (seed) {
    var fieldsets = this.form.querySelectorAll("fieldset[data-dimension]");
    var story = [this.data.opening];
    var dimensions = this.data.dimensions;
    window.Crosswalk.draw(dimensions, seed).forEach(function (drawn) {
      var fieldset = fieldsets[dimensions.indexOf(drawn.dimension)];
      Array.prototype.forEach.call(fieldset.querySelectorAll("input[type=radio]"), function (input) {
        input.checked = input.value === drawn.option.value;
      });
      story.push(drawn.dimension.label + ": " + drawn.option.label + ".");
    });
    var explore = this.form.querySelector("input[name$='-mode'][value='explore']");
    if (explore) { explore.checked = true; }
    this.challenging = true;
    this.challengeChecked = false;
    this.challenge.hidden = false;
    this.form.hidden = true;
    text(this.section.querySelector("[data-challenge-story]"), story.join(" "));
    var feedback = this.challenge.querySelector("[data-challenge-feedback]");
    feedback.className = "walkthrough-quiz-feedback";
    text(feedback, "");
    var explanation = this.challenge.querySelector("[data-challenge-explanation]");
    explanation.textContent = "";
    explanation.hidden = true;
    uncheck(this.challenge);
    this.update(false);
    this.say("New challenge. Read the situation, then predict the verdict and where MFA happens.");
  };

  // Leaves the challenge and shows the form again, set to the drawn answers, to explore from
  // there. `remember` puts a fragment without the challenge in the history, so Back returns
  // to the challenge.
  Player.prototype.endChallenge = function (remember) {
    this.challenging = false;
    this.challenge.hidden = true;
    this.form.hidden = false;
    if (remember && window.Crosswalk.challengeSeed(window.Crosswalk.fragmentAnswers(this.id)) !== null) {
      window.history.pushState(null, "", "#" + this.id);
    }
  };

  Player.prototype.checkChallenge = function () {
    var feedback = this.challenge.querySelector("[data-challenge-feedback]");
    var right = this.judge(this.challenge, feedback);
    if (right === null) { return; }
    var outcome = this.outcome;
    // One situation counts once, however often its answer is checked.
    if (!this.challengeChecked) { window.Crosswalk.recordChallenge(CHALLENGE_SCORE + this.data.flow, right); }
    this.challengeChecked = true;
    this.revealed = true;
    this.current = outcome.decidingStep === null || outcome.decidingStep === undefined ? 0 : outcome.decidingStep;
    this.render();
    this.showChallengeScore();
    var message = (right ? "Right. " : "Not quite. ") + this.summary();
    feedback.className = "walkthrough-quiz-feedback " + (right ? "is-right" : "is-wrong");
    text(feedback, message);
    var lines = this.explain();
    this.showExplanation(lines);
    this.say(message + " " + lines[0][0] + ": " + lines[0][1]);
  };

  // What decided the outcome, as [term, description] pairs: the deciding step with its row of
  // the step table (the page's table when it has one for that flow, else the flow's own
  // words), what happened there, and the policy and requirements the engine says decided.
  Player.prototype.explain = function () {
    var outcome = this.outcome;
    var lines = [];
    var step = outcome.steps[outcome.decidingStep];
    if (step) {
      lines.push(["Deciding step", "Step " + step.number + " of “" + this.label("flow." + step.flow) + "”: " +
        this.stepRow(step)]);
      lines.push(["What happened there", step.text]);
    }
    lines.push(["Decided by", outcome.decidedBy]);
    return lines;
  };

  // The text of a step's row in the page's step table for its flow, else the flow's summary.
  Player.prototype.stepRow = function (step) {
    var rows = document.querySelectorAll("[data-flow-steps='" + step.flow + "'] tbody tr");
    for (var i = 0; i < rows.length; i += 1) {
      var cells = rows[i].querySelectorAll("td");
      if (cells.length > 1 && parseInt(cells[0].textContent, 10) === step.number) { return cells[1].textContent.trim(); }
    }
    var known = (this.data.flowSteps[step.flow] || []).filter(function (entry) { return entry.number === step.number; });
    return known.length ? known[0].summary : "";
  };

  Player.prototype.showExplanation = function (lines) {
    var list = this.challenge.querySelector("[data-challenge-explanation]");
    list.textContent = "";
    lines.forEach(function (line) {
      var term = document.createElement("dt");
      term.textContent = line[0];
      var description = document.createElement("dd");
      description.textContent = line[1];
      list.appendChild(term);
      list.appendChild(description);
    });
    list.hidden = false;
  };

  Player.prototype.showChallengeScore = function () {
    var score = window.Crosswalk.challengeScore(CHALLENGE_SCORE + this.data.flow);
    text(this.section.querySelector("[data-challenge-score]"), score.answered
      ? "Challenges in this flow: " + score.correct + " of " + score.answered + " right; streak " + score.streak + "."
      : "No challenge answered in this flow yet.");
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
