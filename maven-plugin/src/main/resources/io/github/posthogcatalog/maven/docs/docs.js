(function () {
  "use strict";

  var input = document.getElementById("search");
  var noResults = document.getElementById("no-results");
  var noResultsQuery = document.getElementById("no-results-query");
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-search]:not(tr)"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-kind]"));

  // Every word must appear somewhere in the item's search text, in any order and any case.
  function matches(text, words) {
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  function navLinkFor(card) {
    return document.querySelector('.sidebar a[href="#' + card.id + '"]');
  }

  // Shows an event when the event itself matches, or when some of its properties do: then only
  // those property rows stay visible and are highlighted.
  function filterCard(card, words) {
    var cardMatches = words.length === 0 || matches(card.getAttribute("data-search"), words);
    var rows = card.querySelectorAll("tr[data-search]");
    var rowMatches = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var rowHit = words.length > 0 && matches(row.getAttribute("data-search"), words);
      if (rowHit) {
        rowMatches++;
      }
      row.hidden = !cardMatches && !rowHit;
      row.classList.toggle("match", rowHit && !cardMatches);
    }
    var visible = cardMatches || rowMatches > 0;
    card.hidden = !visible;
    var link = navLinkFor(card);
    if (link) {
      link.parentElement.hidden = !visible;
    }
    return visible;
  }

  function applyFilter() {
    var query = input.value.trim().toLowerCase();
    var words = query.length === 0 ? [] : query.split(/\s+/);
    var shownCount = 0;
    sections.forEach(function (section) {
      var sectionCards = section.querySelectorAll("article[data-search]");
      var sectionShown = 0;
      for (var i = 0; i < sectionCards.length; i++) {
        if (filterCard(sectionCards[i], words)) {
          sectionShown++;
        }
      }
      shownCount += sectionShown;
      section.hidden = words.length > 0 && sectionShown === 0;
      var count = section.querySelector(".section-count");
      if (count) {
        count.textContent = words.length === 0
          ? String(sectionCards.length)
          : sectionShown + " of " + sectionCards.length;
      }
    });
    noResults.hidden = words.length === 0 || shownCount > 0 || cards.length === 0;
    noResultsQuery.textContent = input.value.trim();
  }

  function clearFilter() {
    if (input.value !== "") {
      input.value = "";
      applyFilter();
    }
  }

  // A shared link or a link from an Action must land on a visible item, so a search that hides
  // the target is cleared first.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) {
      return;
    }
    var target = document.getElementById(id);
    if (!target) {
      return;
    }
    if (target.closest("[hidden]")) {
      clearFilter();
    }
    target.scrollIntoView({ block: "start" });
    var card = target.closest(".card");
    if (card) {
      card.classList.remove("flash");
      void card.offsetWidth;
      card.classList.add("flash");
      window.setTimeout(function () { card.classList.remove("flash"); }, 1600);
    }
  }

  // A click on a link to a hidden item clears the search before the browser scrolls. A click on
  // the link of the current hash fires no hashchange, so the handler reveals the target itself.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link) {
      return;
    }
    var href = link.getAttribute("href");
    var target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (target && target.closest("[hidden]")) {
      clearFilter();
    }
    if (href === window.location.hash) {
      event.preventDefault();
      revealTarget();
    }
  });

  input.addEventListener("input", applyFilter);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      clearFilter();
      input.blur();
    }
  });
  document.addEventListener("keydown", function (event) {
    var typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  window.addEventListener("hashchange", revealTarget);

  // Browsers may restore a typed query on reload; filter by it right away.
  applyFilter();
  revealTarget();
})();
