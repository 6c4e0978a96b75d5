// Progressive enhancement only: every page works without this file.
// Ask before a form that is marked as destructive is sent (disabling a user, for instance).
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
