/* What's on filters and "copy the address" buttons.
   Everything is already in the page; this script only hides what does not
   match the choices, says how many sessions are shown (role="status"), and
   keeps the choices in the address so a filtered view can be shared. */
(function () {
  "use strict";

  // The words this script writes, in the page's language (page-words.js, loaded before it).
  var pageWords = window.familyHubWords("wo-words");
  var say = pageWords.say;
  var sayCount = pageWords.sayCount;

  function setupCopyButtons() {
    var buttons = document.querySelectorAll("button[data-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      var field = document.getElementById(button.getAttribute("data-copy"));
      if (!field) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        field.select();
        var done = function () { button.textContent = say("copied"); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
        } else {
          document.execCommand("copy");
          done();
        }
      });
    });
  }

  // "language" is there only when some session is held in a language other than English.
  var NAMES = ["venue", "stage", "theme", "time", "access", "language"];
  var CHECKS = ["send", "free"];

  function choices(form) {
    var chosen = {};
    NAMES.forEach(function (name) { chosen[name] = form.elements[name] ? form.elements[name].value : ""; });
    CHECKS.forEach(function (name) { chosen[name] = form.elements[name].checked; });
    return chosen;
  }

  function hasWord(list, word) {
    return (" " + (list || "") + " ").indexOf(" " + word + " ") !== -1;
  }

  function matches(item, chosen) {
    var data = item.dataset;
    if (chosen.venue && data.venue !== chosen.venue) { return false; }
    if (chosen.stage && !hasWord(data.stages, chosen.stage)) { return false; }
    if (chosen.theme && !hasWord(data.themes, chosen.theme)) { return false; }
    if (chosen.time && data.time !== chosen.time) { return false; }
    if (chosen.access && data.access !== chosen.access) { return false; }
    if (chosen.language && data.language !== chosen.language) { return false; }
    if (chosen.send && data.send !== "yes") { return false; }
    if (chosen.free && data.free !== "yes") { return false; }
    return true;
  }

  function setupFilters() {
    var form = document.getElementById("wo-filters");
    var status = document.getElementById("wo-status");
    if (!form || !status) { return; }
    var dated = document.querySelectorAll("li[data-wo-item]");
    var weekly = document.querySelectorAll("tr[data-wo-item]");

    function fromAddress() {
      var params = new URLSearchParams(window.location.search);
      NAMES.forEach(function (name) {
        var value = params.get(name) || "";
        var select = form.elements[name];
        if (!select) { return; }
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        select.value = known ? value : "";
      });
      CHECKS.forEach(function (name) { form.elements[name].checked = params.get(name) === "yes"; });
    }

    function toAddress(chosen) {
      var params = new URLSearchParams();
      NAMES.forEach(function (name) { if (chosen[name]) { params.set(name, chosen[name]); } });
      CHECKS.forEach(function (name) { if (chosen[name]) { params.set(name, "yes"); } });
      var query = params.toString();
      var address = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(null, "", address);
    }

    function apply(updateAddress) {
      var chosen = choices(form);
      var shownDated = 0;
      var shownWeekly = 0;
      Array.prototype.forEach.call(dated, function (item) {
        var show = matches(item, chosen);
        item.hidden = !show;
        if (show) { shownDated += 1; }
      });
      Array.prototype.forEach.call(weekly, function (row) {
        var show = matches(row, chosen);
        row.hidden = !show;
        if (show) { shownWeekly += 1; }
      });
      Array.prototype.forEach.call(document.querySelectorAll("[data-wo-day]"), function (day) {
        var items = day.querySelectorAll("[data-wo-item]");
        var visible = day.querySelectorAll("[data-wo-item]:not([hidden])").length;
        var empty = day.querySelector(".wo-empty");
        if (day.tagName === "TABLE") {
          day.hidden = items.length > 0 && visible === 0;
        } else if (empty) {
          empty.hidden = visible > 0;
        }
      });
      status.textContent = say("showing", {
        dated: sayCount("dated", shownDated), weekly: sayCount("weekly", shownWeekly)
      });
      if (updateAddress) { toAddress(chosen); }
    }

    form.hidden = false;
    fromAddress();
    apply(false);
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(true); }, 0); });
  }

  setupCopyButtons();
  setupFilters();
})();
