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
