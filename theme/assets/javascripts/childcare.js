/* Childcare pages: filters, order, "near me" and the weekly cost estimate.
 *
 * Progressive enhancement: the table is complete without this script, and
 * the controls stay hidden unless it runs. Nothing is fetched and nothing
 * leaves the device: a location from the browser is only used for sums here.
 *
 * Each row carries its facts in data- attributes written by the generator
 * (generator/childcare/table.py); the prices there are the comparison figures
 * worked out in Python, so this script never prices anything itself.
 *
 * The same script serves a table of settings (all of them, or one ward's) and,
 * when the list is split by ward, the list of wards on /childcare/, where
 * "Use my location" marks the ward nearest to the parent.
 */
(function () {
  "use strict";

  // The words this script writes, in the page's language (page-words.js, loaded before it).
  var pageWords = window.familyHubWords("cc-words");
  var say = pageWords.say;
  var sayCount = pageWords.sayCount;

  // Distance in miles along the earth's surface (the haversine formula).
  function miles(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var a = Math.pow(Math.sin((lat2 - lat1) * rad / 2), 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin((lon2 - lon1) * rad / 2), 2);
    return 3958.8 * 2 * Math.asin(Math.sqrt(a));
  }

  // The list of wards: each item carries its ward's middle. The nearest is marked and its link
  // takes the focus, so Enter opens that ward's page; the list itself works without this.
  function setUpWardFinder(finder) {
    var status = document.getElementById("cc-status");
    var items = Array.prototype.slice.call(document.querySelectorAll(".cc-ward-list li[data-lat]"));

    function mark(lat, lon) {
      var nearest = null;
      var nearestMiles = Infinity;
      items.forEach(function (item) {
        item.classList.remove("cc-nearest");
        var note = item.querySelector(".cc-nearest-note");
        if (note) { item.removeChild(note); }
        var distance = miles(lat, lon, Number(item.dataset.lat), Number(item.dataset.lon));
        if (distance < nearestMiles) { nearest = item; nearestMiles = distance; }
      });
      if (!nearest) { return; }
      var link = nearest.querySelector("a");
      var text = link.textContent;
      var ward = text.slice(0, text.lastIndexOf(":")); // the link says "Castle: 4 settings"
      var note = document.createElement("strong");
      note.className = "cc-nearest-note";
      note.textContent = say("nearest");
      nearest.classList.add("cc-nearest");
      nearest.appendChild(note);
      status.textContent = say("nearest_ward", { ward: ward, miles: nearestMiles.toFixed(1) });
      link.focus();
    }

    document.getElementById("cc-locate").addEventListener("click", function () {
      if (!navigator.geolocation) {
        status.textContent = say("cannot_locate_wards");
        return;
      }
      status.textContent = say("finding");
      navigator.geolocation.getCurrentPosition(function (position) {
        mark(position.coords.latitude, position.coords.longitude);
      }, function () {
        status.textContent = say("not_located_wards");
      }, { timeout: 15000, maximumAge: 600000 });
    });
    finder.hidden = false;
  }

  var finder = document.getElementById("cc-finder");
  if (finder) { setUpWardFinder(finder); return; }

  var table = document.getElementById("cc-table");
  var tools = document.getElementById("cc-tools");
  if (!table || !tools || !("dataset" in table)) { return; }

  var form = document.getElementById("cc-form");
  var status = document.getElementById("cc-status");
  var orderNote = document.getElementById("cc-order");
  var tbody = table.tBodies[0];
  var field = function (name) { return document.getElementById("cc-" + name); };

  var ORDER_WORDS = {
    "": say("order_name"),
    hour: say("order_hour"),
    day: say("order_day"),
    distance: say("order_distance"),
    estimate: say("order_estimate")
  };
  // The funded hours for each entitlement, by the letter the estimate's options use: hours a week, the
  // ages in months it is for (both included) and its name. The generator writes them into the page
  // (#cc-rules) from the table of national rules, generator/policy/funded_hours.yml, so nothing here
  // repeats them. Without them the estimate takes no funded hours off.
  function readRules() {
    var element = document.getElementById("cc-rules");
    try {
      return (element && JSON.parse(element.textContent).entitlements) || {};
    } catch (error) {
      return {};
    }
  }
  var ENTITLEMENTS = readRules();

  function number(text) { return text === "-" ? null : Number(text); }

  function readRow(tr, index) {
    var d = tr.dataset;
    var ages = d.ages.split(" ");
    var bands = d.bands ? d.bands.split("|").map(function (band) {
      var p = band.split(" ");
      return { from: Number(p[0]), to: Number(p[1]), hour: number(p[2]), day: number(p[3]) };
    }) : [];
    return {
      tr: tr, index: index, cell: tr.cells[0], area: d.area, type: d.type,
      from: Number(ages[0]), to: Number(ages[1]), funded: (d.funded || "").split(" "),
      early: d.early === "1", late: d.late === "1", allyear: d.allyear === "1", send: d.send === "1",
      lat: Number(d.lat), lon: Number(d.lon), bands: bands,
      perday: Number(d.perday || 0), perweek: Number(d.perweek || 0),
      distance: null, estimate: null
    };
  }

  var rows = Array.prototype.map.call(tbody.rows, readRow);
  // { lat, lon, ward } once a ward (ward: its name) or the device's location (ward: null) is chosen
  var origin = null;

  function bandAt(row, months) {
    for (var i = 0; i < row.bands.length; i++) {
      if (row.bands[i].from <= months && months <= row.bands[i].to) { return row.bands[i]; }
    }
    return null;
  }

  // The chosen age as [youngest, oldest, reference age] in months, or null for any age.
  function chosenAge() {
    var value = field("age").value;
    return value ? value.split(" ").map(Number) : null;
  }

  // A comparison figure ("hour" or "day") for the chosen age, or the lowest the setting has.
  function price(row, key) {
    var age = chosenAge();
    if (age) {
      var band = bandAt(row, age[2]);
      return band ? band[key] : null;
    }
    var found = null;
    row.bands.forEach(function (band) {
      if (band[key] !== null && (found === null || band[key] < found)) { found = band[key]; }
    });
    return found;
  }

  function matches(row) {
    var age = chosenAge();
    var area = field("area"); // a ward's page has no Area filter: its settings share one area
    if (area && area.value && row.area !== area.value) { return false; }
    if (field("type").value && row.type !== field("type").value) { return false; }
    if (age && (row.from > age[1] || row.to < age[0])) { return false; }
    if (field("funded").value && row.funded.indexOf(field("funded").value) < 0) { return false; }
    if (field("early").checked && !row.early) { return false; }
    if (field("late").checked && !row.late) { return false; }
    if (field("allyear").checked && !row.allyear) { return false; }
    if (field("send").checked && !row.send) { return false; }
    var most = parseFloat(field("max").value);
    if (!isNaN(most)) {
      var hour = price(row, "hour");
      // A setting with no paid hours at all (funded hours only) costs nothing an hour.
      if (hour === null && row.bands.length > 0) { return false; }
      if (hour !== null && hour > Math.round(most * 100)) { return false; }
    }
    return true;
  }

  function pounds(pence) {
    return "£" + Math.floor(pence / 100).toLocaleString("en-GB") + "." + String(pence % 100).padStart(2, "0");
  }

  // A line of text inside the row's first cell, made on first use.
  function slot(row, name) {
    var element = row.cell.querySelector("." + name);
    if (!element) {
      element = document.createElement("span");
      element.className = name;
      row.cell.appendChild(element);
    }
    return element;
  }

  function clearSlot(row, name) {
    var element = row.cell.querySelector("." + name);
    if (element) { element.parentNode.removeChild(element); }
  }

  function updateDistances() {
    rows.forEach(function (row) {
      if (!origin) { row.distance = null; clearSlot(row, "cc-distance"); return; }
      row.distance = miles(origin.lat, origin.lon, row.lat, row.lon);
      var away = { miles: row.distance.toFixed(1), ward: origin.ward };
      slot(row, "cc-distance").textContent = say(origin.ward ? "miles_from_ward" : "miles_from_you", away);
    });
  }

  // The estimate: see "How the weekly estimate works" on the page; change both together.
  function updateEstimates() {
    var years = parseInt(field("years").value, 10);
    var hours = parseFloat(field("hours").value);
    var note = "";
    if (isNaN(years) || isNaN(hours)) {
      rows.forEach(function (row) { row.estimate = null; clearSlot(row, "cc-est"); });
      return note;
    }
    note = " " + say("estimates_shown");
    var months = years * 12 + (parseInt(field("months").value, 10) || 0);
    var days = parseInt(field("days").value, 10) || 1;
    var entitlement = ENTITLEMENTS[field("entitlement").value] || null;
    if (entitlement && (months < entitlement.from || months > entitlement.to)) {
      note += " " + say("entitlement_not_for_age", { entitlement: entitlement.name });
      entitlement = null;
    }
    rows.forEach(function (row) {
      var text;
      row.estimate = null;
      if (months < row.from || months > row.to) {
        text = say("age_not_taken");
      } else {
        var funded = 0;
        var offered = null; // without an entitlement chosen, the estimate says nothing of funded hours
        if (entitlement) {
          offered = row.funded.indexOf(field("entitlement").value) >= 0;
          if (offered) { funded = entitlement.hours; }
        }
        var paid = Math.max(0, hours - funded);
        var band = bandAt(row, months);
        if (paid > 0 && (!band || band.hour === null)) {
          text = say("no_hourly_price");
        } else {
          row.estimate = Math.round(paid * (paid > 0 ? band.hour : 0)) + row.perday * days + row.perweek;
          var cost = { cost: pounds(row.estimate) };
          text = offered === null ? say("estimate", cost)
            : offered ? sayCount("estimate_funded", funded, cost) : say("estimate_not_funded", cost);
        }
      }
      slot(row, "cc-est").textContent = text;
    });
    return note;
  }

  function sortKey(row, order) {
    if (order === "hour" || order === "day") { return price(row, order); }
    if (order === "distance") { return row.distance; }
    if (order === "estimate") { return row.estimate; }
    return null;
  }

  function update() {
    updateDistances();
    var note = updateEstimates();
    var order = field("sort").value;
    if (order === "distance" && !origin) {
      note += " " + say("choose_for_distance");
    }
    var sorted = rows.slice().sort(function (a, b) {
      var x = sortKey(a, order);
      var y = sortKey(b, order);
      if (x === y) { return a.index - b.index; }
      if (x === null) { return 1; } // settings without the figure go last
      if (y === null) { return -1; }
      return x - y;
    });
    var shown = 0;
    sorted.forEach(function (row) {
      var show = matches(row);
      row.tr.hidden = !show;
      if (show) { shown += 1; }
      tbody.appendChild(row.tr);
    });
    var words = ORDER_WORDS[order] || ORDER_WORDS[""];
    orderNote.textContent = words;
    var count = shown === rows.length ? sayCount("showing_all", rows.length)
      : sayCount("showing_some", rows.length, { shown: shown });
    if (shown === 0) { count = say("none_match"); }
    status.textContent = count + " " + words + note;
  }

  var timer = null;
  function soon() {
    // Wait for a pause in typing, so the count is announced once, not after every key.
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 350);
  }

  form.addEventListener("change", function (event) {
    if (event.target === field("near")) {
      var option = event.target.selectedOptions[0];
      origin = event.target.value ? {
        lat: Number(option.dataset.lat), lon: Number(option.dataset.lon),
        ward: event.target.value
      } : null;
      if (origin) { field("sort").value = "distance"; }
    }
    window.clearTimeout(timer);
    update();
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "number") { soon(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("reset", function () {
    origin = null;
    window.setTimeout(update, 0); // the form's values are reset after this event
  });

  field("locate").addEventListener("click", function () {
    if (!navigator.geolocation) {
      status.textContent = say("cannot_locate");
      return;
    }
    status.textContent = say("finding");
    navigator.geolocation.getCurrentPosition(function (position) {
      origin = { lat: position.coords.latitude, lon: position.coords.longitude, ward: null };
      field("near").value = "";
      field("sort").value = "distance";
      update();
    }, function () {
      status.textContent = say("not_located");
    }, { timeout: 15000, maximumAge: 600000 });
  });

  // On narrow screens the stylesheet shows each row as a block, and some browsers (Safari) then
  // stop telling screen readers it is a table. Explicit roles keep its meaning. They are added
  // here rather than in the HTML because validators reject roles that repeat a table's own.
  function keepTableSemantics() {
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.querySelectorAll("thead, tbody"), function (group) {
      group.setAttribute("role", "rowgroup");
    });
    Array.prototype.forEach.call(table.rows, function (tr) {
      tr.setAttribute("role", "row");
      Array.prototype.forEach.call(tr.cells, function (cell) {
        var scope = cell.getAttribute("scope");
        cell.setAttribute("role", scope === "col" ? "columnheader" : scope === "row" ? "rowheader" : "cell");
      });
    });
  }

  keepTableSemantics();
  tools.hidden = false;
  update();
}());
