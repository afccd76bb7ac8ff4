// Crosswalk page behaviour. Pages work without it; it adds search when the index was built, and
// the helpers the walkthrough player and the What If page share.
(function () {
  "use strict";

  // Whether a precomputed question applies, given the answers chosen before it (null where a
  // question did not apply): every question it names must have one of the listed answers.
  function applies(dimension, chosen) {
    return Object.keys(dimension.requires).every(function (other) {
      return chosen[other] !== undefined && chosen[other] !== null &&
        dimension.requires[other].indexOf(chosen[other]) !== -1;
    });
  }

  // Reads a form of precomputed questions in order and returns the key of the combination:
  // a question that does not apply to the answers before it is greyed out and counts as "-".
  // `readValue(fieldset, dimension)` reads an applying question's answer.
  function combinationKey(form, dimensions, readValue) {
    var chosen = {};
    var parts = [];
    var fieldsets = form.querySelectorAll("[data-dimension]");
    dimensions.forEach(function (dimension, index) {
      var fieldset = fieldsets[index];
      var applying = applies(dimension, chosen);
      fieldset.disabled = !applying;
      fieldset.classList.toggle("is-not-applicable", !applying);
      var note = fieldset.querySelector("[data-not-applicable]");
      if (note) { note.hidden = applying; }
      var value = applying ? readValue(fieldset, dimension) : null;
      chosen[dimension.id] = value;
      parts.push(value === null ? "-" : value);
    });
    return parts.join("|");
  }

  // A generator of numbers in [0, 1) from a 32-bit seed (mulberry32): the same seed draws the
  // same situation in every browser, so a trainer can hand a class one link.
  function random(seed) {
    var state = seed >>> 0;
    return function () {
      state = (state + 0x6D2B79F5) >>> 0;
      var t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // A fresh seed for "New challenge".
  function newSeed() { return Math.floor(Math.random() * 4294967296); }

  // Draws an answer to every question that applies, in order, from `seed`; returns the
  // drawn {dimension, option} pairs (questions that do not apply are left out).
  function draw(dimensions, seed) {
    var next = random(seed);
    var chosen = {};
    var drawn = [];
    dimensions.forEach(function (dimension) {
      var option = applies(dimension, chosen) ? dimension.options[Math.floor(next() * dimension.options.length)] : null;
      chosen[dimension.id] = option ? option.value : null;
      if (option) { drawn.push({ dimension: dimension, option: option }); }
    });
    return drawn;
  }

  // The answers of a fragment such as `#whatif-1&who=google&challenge=42` when it belongs to
  // the tool `id`, else null.
  function fragmentAnswers(id) {
    var parts = window.location.hash.replace(/^#/, "").split("&");
    if (parts[0] !== id) { return null; }
    var answers = {};
    parts.slice(1).forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) { answers[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1)); }
    });
    return answers;
  }

  // The seed of a challenge link, or null when the fragment names none (or not a number).
  function challengeSeed(answers) {
    return answers && /^[0-9]+$/.test(answers.challenge || "") ? Number(answers.challenge) : null;
  }

  // A score kept in localStorage under `key`, shaped like `empty` (every field a number).
  // Storage that is unavailable or holds something else starts from `empty` again.
  function loadScore(key, empty) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(key) || "null");
      if (saved && Object.keys(empty).every(function (field) { return typeof saved[field] === "number"; })) { return saved; }
    } catch (ignored) { /* storage unavailable or corrupt: start again */ }
    return JSON.parse(JSON.stringify(empty));
  }

  function saveScore(key, score) {
    try { window.localStorage.setItem(key, JSON.stringify(score)); } catch (ignored) { /* not kept */ }
  }

  // The score of the challenges kept under `key`: right answers, answered, current streak.
  function challengeScore(key) {
    return loadScore(key, { correct: 0, answered: 0, streak: 0 });
  }

  // Starts challenge `seed` of the player or tool `id` in the address, for back and forward.
  function pushChallenge(id, seed) {
    window.history.pushState(null, "", "#" + id + "&challenge=" + seed);
  }

  // Counts one answered challenge: right answers and the streak of right answers in a row.
  function recordChallenge(key, right) {
    var score = challengeScore(key);
    score.answered += 1;
    if (right) { score.correct += 1; score.streak += 1; } else { score.streak = 0; }
    saveScore(key, score);
    return score;
  }

  window.Crosswalk = {
    combinationKey: combinationKey, newSeed: newSeed, draw: draw,
    fragmentAnswers: fragmentAnswers, challengeSeed: challengeSeed,
    loadScore: loadScore, saveScore: saveScore, challengeScore: challengeScore, pushChallenge: pushChallenge,
    recordChallenge: recordChallenge
  };

  function startSearch() {
    var element = document.querySelector("[data-search]");
    if (!element || typeof window.PagefindUI !== "function") { return; }
    new window.PagefindUI({ element: element, showSubResults: true, resetStyles: false });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startSearch);
  } else {
    startSearch();
  }
})();
