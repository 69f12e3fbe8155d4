/* tipbrief evidence popovers (inlined into the page by evidence.lua, in both engines): a cited figure
   (a.ev-num) or a note mark (a.ev-ref) shows its note(s) on hover, keyboard focus and tap; Escape or a
   tap elsewhere closes it. Without JavaScript the links lead to the notes in the evidence section. */
(function () {
  var pop = document.getElementById("ev-popover");
  if (!pop) { return; }
  var hideTimer = null;
  var current = null;
  var pinned = false;
  function notesOf(a) {
    var list = (a.getAttribute("data-notes") || "").split(/\s+/).filter(Boolean);
    if (!list.length) { list = [a.getAttribute("href").slice(1).replace(/^ev-note-/, "")]; }
    return list.map(function (n) { return document.getElementById("ev-note-" + n); }).filter(Boolean);
  }
  function place(a) {
    var r = a.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    pop.style.maxWidth = Math.min(448, width - 16) + "px";
    var left = Math.min(window.scrollX + r.left, window.scrollX + width - pop.offsetWidth - 8);
    pop.style.left = Math.max(window.scrollX + 8, left) + "px";
    /* below the figure, or above it when there is more room there */
    var below = window.innerHeight - r.bottom, above = r.top;
    var top = (below < pop.offsetHeight + 12 && above > below) ? r.top - pop.offsetHeight - 6 : r.bottom + 6;
    pop.style.top = (window.scrollY + top) + "px";
  }
  function show(a) {
    clearTimeout(hideTimer);
    var notes = notesOf(a);
    if (!notes.length) { return; }
    var parts = [];
    notes.forEach(function (note) {
      var clone = note.cloneNode(true);
      clone.removeAttribute("id");
      clone.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
      parts.push(clone);
    });
    pop.replaceChildren.apply(pop, parts);
    pop.hidden = false;
    current = a;
    place(a);
  }
  function hide(now) {
    clearTimeout(hideTimer);
    if (now) { pop.hidden = true; current = null; pinned = false; return; }
    if (pinned) { return; }
    hideTimer = setTimeout(function () { pop.hidden = true; current = null; }, 200);
  }
  document.querySelectorAll("a.ev-num, a.ev-ref").forEach(function (a) {
    a.setAttribute("aria-describedby", "ev-popover");
    a.addEventListener("mouseenter", function () { show(a); });
    a.addEventListener("mouseleave", function () { hide(false); });
    a.addEventListener("focus", function () { show(a); });
    a.addEventListener("blur", function () { hide(false); });
    a.addEventListener("click", function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey) { return; }
      e.preventDefault(); /* a tap opens the quote here instead of jumping to the notes */
      if (current === a && pinned) { hide(true); return; }
      show(a);
      pinned = true;
    });
  });
  pop.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  pop.addEventListener("mouseleave", function () { hide(false); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !pop.hidden) { var a = current; hide(true); if (a) { a.focus({ preventScroll: true }); hide(true); } }
  });
  document.addEventListener("click", function (e) {
    if (!pop.hidden && !pop.contains(e.target) && !(e.target.closest && e.target.closest("a.ev-num, a.ev-ref"))) {
      hide(true);
    }
  });
  /* a link to a row of a collapsed table opens the table first */
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var e = target; e; e = e.parentElement) { if (e.tagName === "DETAILS") { e.open = true; } }
    if (target) { target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  if (location.hash) { openTarget(); }
})();
