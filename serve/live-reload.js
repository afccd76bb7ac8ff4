// Live reload for `crosswalk serve`: the server sends an event when it has rebuilt the site,
// and this script reloads the page. When a rebuild fails, the page stays as it was and the
// diagnostics are shown over it until the next good build. Only `crosswalk serve` adds this
// script to pages; published sites never load it.
(function () {
  "use strict";
  if (!("EventSource" in window)) { return; }

  var overlay = null;

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showErrors(text) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.className = "crosswalk-build-errors";
    Object.assign(overlay.style, {
      position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "60vh", overflow: "auto",
      margin: "0", padding: "1rem", background: "#2b0b0b", color: "#ffe4e4", zIndex: "2147483647",
      borderTop: "4px solid #e5484d", font: "14px/1.45 ui-monospace, monospace"
    });
    var title = document.createElement("p");
    title.textContent = "The site could not be rebuilt; you are looking at the last good build.";
    Object.assign(title.style, { margin: "0 0 .5rem", fontWeight: "bold" });
    var details = document.createElement("pre");
    details.textContent = text;
    Object.assign(details.style, { margin: "0", whiteSpace: "pre-wrap" });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", hideErrors);
    Object.assign(close.style, { float: "right" });
    overlay.append(close, title, details);
    document.body.append(overlay);
  }

  var source = new EventSource("/_crosswalk/events");
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("failed", function (event) {
    var data = {};
    try { data = JSON.parse(event.data); } catch (error) { data = { diagnostics: event.data }; }
    showErrors(data.diagnostics || "");
  });
})();
