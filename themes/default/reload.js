// Only under `nastavnik serve`: asks the preview server for the build number and reloads the
// page when a rebuild has finished.
(function () {
  "use strict";
  var seen = null;
  function poll() {
    fetch("/__reload", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (build) {
        if (seen !== null && build !== seen) { window.location.reload(); return; }
        seen = build;
        setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 1500); });
  }
  poll();
})();
