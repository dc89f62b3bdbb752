// The page's one script, allowed by its hash: search, status toggles, sorting, the language
// switch, and every goal opened for printing. It reads the page and changes only what is
// shown (hidden, open, order, language); it writes no markup, so no data can become code.
(() => {
  "use strict";
  const root = document.documentElement;
  const all = (selector, within = document) => Array.from(within.querySelectorAll(selector));
  const rows = all("tr[data-kind]");
  const place = new Map(rows.map((row, index) => [row, index])); // ties keep the data's order
  const fold = (text) => text.normalize("NFKC").toLowerCase();
  const haystack = new Map(rows.map((row) => [row, fold(row.textContent)]));
  const search = document.getElementById("search");
  const toggles = all("input[data-kind-toggle]");
  const toggled = new Set(toggles.map((box) => box.value));
  const shown = document.getElementById("shown");
  const noMatch = document.getElementById("no-match");

  function filter() {
    const terms = fold(search.value).split(/\s+/).filter(Boolean);
    const allowed = new Set(toggles.filter((box) => box.checked).map((box) => box.value));
    let visible = 0;
    for (const row of rows) {
      const kind = row.dataset.kind;
      const text = haystack.get(row);
      const show =
        (!toggled.has(kind) || allowed.has(kind)) && terms.every((term) => text.includes(term));
      row.hidden = !show;
      visible += show;
    }
    const active = terms.length > 0 || allowed.size < toggled.size;
    for (const section of all("main section")) {
      const inside = all("tr[data-kind]", section);
      section.hidden = active && !inside.some((row) => !row.hidden);
    }
    for (const span of all("[data-template]", shown)) {
      span.textContent = span.dataset.template
        .replace("{shown}", String(visible))
        .replace("{total}", shown.dataset.total);
    }
    noMatch.hidden = visible > 0 || rows.length === 0;
  }

  // The status column sorts in the order of the toggles (met, missed, unreported).
  const statusRank = new Map(toggles.map((box, index) => [box.value, String(index)]));

  function sortKey(cell) {
    if (cell.dataset.sort !== undefined) return cell.dataset.sort;
    // A name sorts by the name in the language shown (the Chinese one when there is no other).
    const names = cell.querySelector(".names");
    if (names) {
      const shown = names.querySelector(`:scope > [lang="${root.dataset.ui}"]`) ?? names.firstChild;
      return shown.textContent;
    }
    return statusRank.get(cell.parentElement.dataset.kind) ?? "";
  }

  function compare(a, b, lang) {
    if (a === "" || b === "") return (a === "") - (b === "");
    const x = Number(a);
    const y = Number(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return a.localeCompare(b, lang);
  }

  function sort(button) {
    const header = button.closest("th");
    const table = button.closest("table");
    const column = Number(button.dataset.col);
    const descending = header.getAttribute("aria-sort") === "ascending";
    for (const th of all("th", table)) th.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    const body = table.tBodies[0];
    const lang = root.dataset.ui;
    const keyed = Array.from(body.rows, (row) => [sortKey(row.cells[column]), row]);
    keyed.sort(([a, rowA], [b, rowB]) => {
      const empty = (a === "") - (b === "");
      if (empty) return empty; // no figure sorts last either way
      const order = compare(a, b, lang) * (descending ? -1 : 1);
      return order || place.get(rowA) - place.get(rowB);
    });
    body.append(...keyed.map(([, row]) => row));
  }

  function setLanguage(lang) {
    root.dataset.ui = lang;
    root.lang = lang;
    for (const button of all("[data-set-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.setLang === lang));
    }
    for (const element of all("[data-en][data-zh]")) {
      const text = element.dataset[lang];
      if (element.tagName === "INPUT") element.placeholder = text;
      else element.textContent = text;
    }
  }

  const controls = document.getElementById("controls");

  // The sticky toolbar's height, for the CSS that keeps a linked goal from under it.
  function measureControls() {
    root.style.setProperty("--controls-height", `${controls.offsetHeight}px`);
  }

  function openTarget() {
    const row = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const details = row && row.querySelector("details");
    if (details) details.open = true;
    if (row) row.scrollIntoView();
  }

  const closedForPrint = [];
  window.addEventListener("beforeprint", () => {
    for (const details of all("details:not([open])")) {
      details.open = true;
      closedForPrint.push(details);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const details of closedForPrint.splice(0)) details.open = false;
  });

  search.addEventListener("input", filter);
  for (const box of toggles) box.addEventListener("change", filter);
  for (const button of all("th button[data-col]")) {
    button.addEventListener("click", () => sort(button));
  }
  for (const button of all("[data-set-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.setLang));
  }
  document.getElementById("open-all").addEventListener("click", () => {
    for (const details of all("main details")) details.open = true;
  });
  document.getElementById("close-all").addEventListener("click", () => {
    for (const details of all("main details")) details.open = false;
  });
  window.addEventListener("hashchange", openTarget);
  window.addEventListener("resize", measureControls);
  filter();
  controls.hidden = false;
  measureControls();
  openTarget();
})();
