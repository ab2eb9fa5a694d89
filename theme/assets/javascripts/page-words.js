/* The words the page scripts (whats-on.js, childcare.js) write, in the page's language.
 *
 * A page with one of those scripts carries its words as JSON just before it (#wo-words or #cc-words, from
 * generator/script_words.py), so the catalogue that translates the page translates them too. Each is a
 * whole sentence with named blanks ("%(ward)s"), or, for a count, one such sentence for each plural
 * category of the language ("one", "few", "many", "other"), which the browser chooses for a number.
 */
(function () {
  "use strict";

  // The browser knows each language's plural rules; a browser without them tells one from many.
  var pluralRules = null;
  try {
    pluralRules = new Intl.PluralRules(document.documentElement.lang || "en");
  } catch (error) {
    pluralRules = null;
  }

  // A sentence with its blanks filled in from values: "%(name)s" and "%(name)d" alike, as the numbers
  // are already written as they should appear (miles to one decimal place, pounds with pence).
  function fill(pattern, values) {
    return String(pattern || "").replace(/%\((\w+)\)[sd]/g, function (blank, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : blank;
    });
  }

  // The words in the block with this id: say(name, values) for a sentence, sayCount(name, count, values)
  // for a sentence with a count (the form for the count's category, or "other" when the catalogue's
  // language has no form for the category the browser names).
  window.familyHubWords = function (id) {
    var element = document.getElementById(id);
    var words = {};
    try {
      words = (element && JSON.parse(element.textContent)) || {};
    } catch (error) {
      words = {};
    }
    return {
      say: function (name, values) { return fill(words[name], values); },
      sayCount: function (name, count, values) {
        var forms = words[name] || {};
        var category = pluralRules ? pluralRules.select(count) : (count === 1 ? "one" : "other");
        var filled = { num: count };
        Object.keys(values || {}).forEach(function (key) { filled[key] = values[key]; });
        return fill(Object.prototype.hasOwnProperty.call(forms, category) ? forms[category] : forms.other,
                    filled);
      }
    };
  };
})();
