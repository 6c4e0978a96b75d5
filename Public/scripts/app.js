// Progressive enhancement only: every page works without this file.

// Ask before a form marked as destructive is sent.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The address picker: without JavaScript the officer presses "show this province's subdistricts";
// with it, choosing a province does that by itself.
document.addEventListener("change", function (event) {
  if (event.target.id !== "province_code") return;
  var refresh = event.target.form && event.target.form.querySelector("button[name=refresh]");
  if (refresh) refresh.click();
});

// A job's progress (an import being committed): without JavaScript the page reloads itself every
// two seconds; with it, the part marked data-live is fetched again and replaced in place, and the
// whole page is reloaded once the job is over (the part is gone).
(function () {
  function poll() {
    var live = document.querySelector("[data-live]");
    if (!live) return;
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("[data-live]");
        if (!next) { window.location.reload(); return; }
        live.innerHTML = next.innerHTML;
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  document.addEventListener("DOMContentLoaded", function () { setTimeout(poll, 1000); });
})();
