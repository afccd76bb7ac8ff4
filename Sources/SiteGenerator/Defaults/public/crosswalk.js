// Crosswalk page behaviour. Pages work without it; it only adds search when the index was built.
(function () {
  "use strict";
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
