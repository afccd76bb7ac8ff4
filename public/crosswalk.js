// Crosswalk page behaviour. Pages work without it; it adds search when the index was built, and
// the helpers the walkthrough player and the What If page share.
(function () {
  "use strict";

  // Reads a form of precomputed questions in order and returns the key of the combination:
  // a question that does not apply to the answers before it is greyed out and counts as "-".
  // `readValue(fieldset, dimension)` reads an applying question's answer.
  function combinationKey(form, dimensions, readValue) {
    var chosen = {};
    var parts = [];
    var fieldsets = form.querySelectorAll("[data-dimension]");
    dimensions.forEach(function (dimension, index) {
      var fieldset = fieldsets[index];
      var applies = Object.keys(dimension.requires).every(function (other) {
        return chosen[other] !== undefined && chosen[other] !== null &&
          dimension.requires[other].indexOf(chosen[other]) !== -1;
      });
      fieldset.disabled = !applies;
      fieldset.classList.toggle("is-not-applicable", !applies);
      var note = fieldset.querySelector("[data-not-applicable]");
      if (note) { note.hidden = applies; }
      var value = applies ? readValue(fieldset, dimension) : null;
      chosen[dimension.id] = value;
      parts.push(value === null ? "-" : value);
    });
    return parts.join("|");
  }
  window.Crosswalk = { combinationKey: combinationKey };
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
