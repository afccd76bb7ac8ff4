// Microsoft Learn extensions. Pages work without this script: every tab and every pivot shows
// under its own heading. With it, tab sets follow the WAI-ARIA tabs pattern (arrow keys, Home,
// End; the same tab is chosen in every set of the page) and zones get a pivot selector.
(function () {
  "use strict";

  var chosenTabs = [];

  function chooseTab(id) {
    chosenTabs = [id].concat(chosenTabs.filter(function (other) { return other !== id; }));
    document.querySelectorAll("[data-tabset]").forEach(showChosen);
  }

  // A set shows the most recently chosen tab it has (its first otherwise); a dependent panel
  // (`#tab/id/dependent`) shows when its dependency was also chosen.
  function showChosen(set) {
    var tabs = set.querySelectorAll("[role=tab]");
    if (!tabs.length) { return; }
    var ids = Array.prototype.map.call(tabs, function (tab) { return tab.dataset.tab; });
    var selected = chosenTabs.filter(function (id) { return ids.indexOf(id) !== -1; })[0] || ids[0];
    var panels = set.querySelectorAll(":scope > .tab-panel");
    var candidates = Array.prototype.filter.call(panels, function (panel) { return panel.dataset.tab === selected; });
    var shown = candidates.filter(function (panel) { return chosenTabs.indexOf(panel.dataset.depends) !== -1; })[0] ||
      candidates.filter(function (panel) { return !panel.dataset.depends; })[0] || candidates[0];
    tabs.forEach(function (tab) {
      var isSelected = tab.dataset.tab === selected;
      tab.setAttribute("aria-selected", isSelected ? "true" : "false");
      tab.tabIndex = isSelected ? 0 : -1;
      if (isSelected && shown) { tab.setAttribute("aria-controls", shown.id); }
    });
    panels.forEach(function (panel) {
      panel.hidden = panel !== shown;
      if (panel === shown) {
        panel.setAttribute("aria-labelledby", set.id + "-tab-" + panel.dataset.tab);
      }
    });
  }

  function buildTabSet(set, index) {
    var panels = set.querySelectorAll(":scope > .tab-panel");
    var list = document.createElement("div");
    list.className = "tab-list";
    list.setAttribute("role", "tablist");
    var seen = {};
    panels.forEach(function (panel) {
      panel.setAttribute("role", "tabpanel");
      panel.tabIndex = 0;
      if (seen[panel.dataset.tab]) { return; }
      seen[panel.dataset.tab] = true;
      var tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.id = set.id + "-tab-" + panel.dataset.tab;
      tab.dataset.tab = panel.dataset.tab;
      tab.textContent = panel.dataset.title;
      tab.addEventListener("click", function () { chooseTab(tab.dataset.tab); });
      tab.addEventListener("keydown", function (event) { moveFocus(event, list); });
      list.appendChild(tab);
    });
    var heading = set.previousElementSibling;
    list.setAttribute("aria-label", heading && /^H[1-6]$/.test(heading.tagName) ? heading.textContent : "Tabs " + (index + 1));
    set.insertBefore(list, set.firstChild);
    set.classList.add("is-interactive");
  }

  function moveFocus(event, list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
    var current = tabs.indexOf(event.target);
    var next = null;
    switch (event.key) {
      case "ArrowRight": next = (current + 1) % tabs.length; break;
      case "ArrowLeft": next = (current - 1 + tabs.length) % tabs.length; break;
      case "Home": next = 0; break;
      case "End": next = tabs.length - 1; break;
      default: return;
    }
    event.preventDefault();
    chooseTab(tabs[next].dataset.tab);
    tabs[next].focus();
  }

  function buildPivots() {
    var zones = document.querySelectorAll(".zone[data-pivots]");
    if (!zones.length) { return; }
    var pivots = [];
    var titles = {};
    zones.forEach(function (zone) {
      var ids = zone.dataset.pivots.split(" ");
      var names = (zone.dataset.pivotTitles || "").split("|");
      ids.forEach(function (id, position) {
        if (pivots.indexOf(id) === -1) { pivots.push(id); titles[id] = names[position] || id; }
      });
    });
    var requested = new URLSearchParams(window.location.search).get("pivots");
    var selected = pivots.indexOf(requested) !== -1 ? requested : pivots[0];
    var fieldset = document.createElement("fieldset");
    fieldset.className = "pivot-selector";
    var legend = document.createElement("legend");
    legend.textContent = zones[0].dataset.pivotPrompt || "Show instructions for";
    fieldset.appendChild(legend);
    pivots.forEach(function (id) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "pivot";
      input.value = id;
      input.checked = id === selected;
      input.addEventListener("change", function () { showPivot(zones, id); });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + titles[id]));
      fieldset.appendChild(label);
    });
    zones[0].parentNode.insertBefore(fieldset, zones[0]);
    document.documentElement.classList.add("zones-interactive");
    showPivot(zones, selected);
  }

  function showPivot(zones, id) {
    zones.forEach(function (zone) { zone.hidden = zone.dataset.pivots.split(" ").indexOf(id) === -1; });
  }

  function start() {
    document.querySelectorAll("[data-tabset]").forEach(buildTabSet);
    document.querySelectorAll("[data-tabset]").forEach(showChosen);
    buildPivots();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
