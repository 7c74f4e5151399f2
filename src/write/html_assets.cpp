#include "write/html_assets.hpp"

namespace factsheet::write {

std::string_view kind_symbol(Kind k) {
  switch (k) {
    case Kind::money: return "\xC2\xA4";        // ¤
    case Kind::percent: return "%";
    case Kind::count: return "#";
    case Kind::measure: return "\xE2\x86\x94";  // ↔
    case Kind::ratio: return "\xC3\xB7";        // ÷
    case Kind::duration: return "\xE2\x86\xA6"; // ↦
    case Kind::age: return "a";
    case Kind::ordinal: return "\xC2\xBA";      // º
    case Kind::year: return "y";
    case Kind::date: return "d";
    case Kind::time: return "h";
    case Kind::other: return "\xC2\xB7";        // ·
  }
  return "";
}

// Colours: every kind's background is light enough for black text at well above the
// WCAG AA contrast of 4.5:1; the underline style (solid: amounts, dashed: spans of
// time, dotted: dates, double: ranks and names) and the symbol after the figure carry
// the kind without colour, on grey-scale prints too.
std::string_view report_style() {
  return R"CSS(
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--bg:#fff;--panel:#f5f6f8;--link:#0b57d0;--focus:#b00060}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,mark:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header.top{background:#14305a;color:#fff;padding:1rem max(1rem,calc((100% - 72rem)/2))}
header.top h1{margin:0 0 .25rem;font-size:1.6rem;line-height:1.2}
header.top p{margin:.25rem 0;color:#e4ebf5}
header.top nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.top nav a{color:#fff;font-weight:600}
main{max-width:72rem;margin:0 auto;padding:0 1rem 3rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem;overflow-wrap:anywhere}
.note{color:var(--muted);font-size:.95rem}
.cards{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.75rem}
.cards li{background:var(--panel);border:1px solid var(--line);border-left:.4rem solid #14305a;border-radius:.4rem;padding:.6rem .8rem}
.cards .rank{color:var(--muted);font-size:1rem;font-weight:700;margin-right:.3rem}
.cards .fig{font-size:1.3rem;font-weight:700;line-height:1.25;overflow-wrap:anywhere}
.cards .line{display:block;margin:.2rem 0;overflow-wrap:anywhere}
.cards .where{display:block;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
.finding-group{margin:.5rem 0;border:1px solid var(--line);border-radius:.4rem;background:var(--panel)}
.finding-group>summary{cursor:pointer;padding:.5rem .75rem;font-weight:600}
.findings{list-style:none;margin:0;padding:0 .75rem .5rem}
.findings>li{margin:.5rem 0;padding:.5rem .6rem;background:#fff;border:1px solid var(--line);border-radius:.3rem}
.findings ul{margin:.3rem 0 0;padding-left:1.2rem}
.findings li li{overflow-wrap:anywhere}
.badge{display:inline-block;padding:0 .45rem;border-radius:.25rem;font-size:.85rem;font-weight:700;border:1px solid currentColor;margin-right:.35rem}
.st-conflict{background:#ffc7ce;color:#7a0010}
.st-arithmetic{background:#fce4d6;color:#7a2f00}
.st-revised{background:#e4dfec;color:#4a235a}
.st-corroborated{background:#c6efce;color:#00501a}
.st-repeated{background:#ddebf7;color:#1f4e78}
.st-vague{background:#ffeb9c;color:#5c4500}
.st-unsourced{background:#ededed;color:#333}
.legend{list-style:none;padding:0;margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.95rem}
.doc{margin:1.5rem 0;border-top:1px solid var(--line)}
.doc .meta{margin:.25rem 0;color:var(--muted);font-size:.95rem;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.75rem 1rem;line-height:1.7;font-size:1rem}
mark{color:#111;border-radius:.2rem;padding:0 .1rem;border-bottom:.18rem solid;cursor:help;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark::after{font-size:.7em;vertical-align:super;margin-left:.1em;color:#333;font-weight:700}
.k-money::after{content:"\A4" / ""}
.k-percent::after{content:"%" / ""}
.k-count::after{content:"#" / ""}
.k-measure::after{content:"\2194" / ""}
.k-ratio::after{content:"\F7" / ""}
.k-duration::after{content:"\21A6" / ""}
.k-age::after{content:"a" / ""}
.k-ordinal::after{content:"\BA" / ""}
.k-year::after{content:"y" / ""}
.k-date::after{content:"d" / ""}
.k-time::after{content:"h" / ""}
.k-other::after{content:"\B7" / ""}
.k-money{background:#ffe08a;border-color:#8a6100}
.k-percent{background:#bfe3ff;border-color:#1b5e9a}
.k-count{background:#c9efc0;border-color:#2f7a1f}
.k-measure{background:#e6d6ff;border-color:#6236a8}
.k-ratio{background:#ffd3e2;border-color:#a3245a}
.k-duration{background:#cff3ee;border-color:#17766a;border-bottom-style:dashed}
.k-age{background:#f3e2c6;border-color:#805a1a;border-bottom-style:dashed}
.k-ordinal{background:#e4e4e4;border-color:#555;border-bottom-style:double}
.k-year{background:#dce6f0;border-color:#3d5a78;border-bottom-style:dotted}
.k-date{background:#dce6f0;border-color:#3d5a78;border-bottom-style:dotted}
.k-time{background:#dce6f0;border-color:#3d5a78;border-bottom-style:dotted}
.k-other{background:#ececec;border-color:#555;border-bottom-style:double}
#tip{position:absolute;z-index:20;max-width:min(24rem,calc(100vw - 1rem));background:#14305a;color:#fff;padding:.5rem .7rem;border-radius:.35rem;font-size:.9rem;line-height:1.4;box-shadow:0 2px 8px rgba(0,0,0,.3)}
#tip dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:0 .6rem}
#tip dt{font-weight:700}
#tip dd{margin:0;overflow-wrap:anywhere}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0}
.controls label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
.controls input,.controls select{font:inherit;padding:.3rem .4rem;border:1px solid #767676;border-radius:.25rem;min-width:12rem;max-width:100%}
.controls input::placeholder{color:#595959;opacity:1}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:.4rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.idx{white-space:nowrap}
td.place{min-width:9rem;overflow-wrap:break-word}
thead th{position:sticky;top:0;background:#e9edf3;white-space:nowrap}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button::after{content:" \2195" / "";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \25B2" / ""}
th[aria-sort=descending] button::after{content:" \25BC" / ""}
tbody tr:nth-child(even){background:#f7f8fa}
td.subj{min-width:10rem}
[hidden],.print{display:none!important}
@media (max-width:40rem){
  body{font-size:15px}
  header.top h1{font-size:1.3rem}
  main{padding:0 .6rem 2rem}
  .text{padding:.5rem .6rem}
  .controls label,.controls input,.controls select{width:100%;min-width:0}
  th,td{padding:.3rem .35rem}
  .cards{gap:.5rem}
  .cards li{padding:.4rem .6rem}
  .cards .fig{font-size:1.15rem}
}
@media print{
  body{font-size:10pt}
  header.top{background:none;color:#000;padding:0 0 .5rem;border-bottom:2px solid #000}
  header.top p{color:#000}
  header.top nav,.skip,.controls,#tip,th button{display:none}
  th .print{display:inline!important}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  .cards{grid-template-columns:repeat(2,1fr)}
  .cards li,.findings>li,tr{break-inside:avoid}
  h2,h3{break-after:avoid}
  .scroll{overflow:visible;border:0}
  thead th{position:static}
  .text{background:none;border:0;padding:0}
  @page{margin:1.5cm}
}
/* Folded findings print open (a rule of its own: a browser without ::details-content drops only it). */
@media print{details::details-content{content-visibility:visible;display:block}}
)CSS";
}

std::string_view report_script() {
  return R"JS(
(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function () { root.setAttribute("data-script-error", "1"); });
  window.addEventListener("unhandledrejection", function () { root.setAttribute("data-script-error", "1"); });
  document.addEventListener("securitypolicyviolation", function () { root.setAttribute("data-script-error", "csp"); });

  // Tooltip: one region, filled from the focused or hovered figure's data attributes.
  var tip = document.getElementById("tip");
  var fields = [["k", "Kind"], ["v", "Value"], ["u", "Unit"], ["s", "Subject"], ["t", "Time"], ["a", "Attribution"]];
  var shown = null;
  function show(mark) {
    var dl = document.createElement("dl");
    fields.forEach(function (f) {
      var value = mark.getAttribute("data-" + f[0]);
      if (!value) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = f[1];
      dd.textContent = value;
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    tip.replaceChildren(dl);
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = tip.offsetWidth, page = document.documentElement.clientWidth;
    var left = Math.max(4, Math.min(r.left + window.scrollX, window.scrollX + page - width - 4));
    tip.style.left = left + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    shown = mark;
  }
  function hide() { tip.hidden = true; shown = null; }
  function markOf(e) { return e.target && e.target.closest ? e.target.closest("mark[data-k]") : null; }
  document.addEventListener("focusin", function (e) { var m = markOf(e); if (m) show(m); else hide(); });
  document.addEventListener("focusout", function (e) { if (markOf(e) === shown) hide(); });
  document.addEventListener("mouseover", function (e) { var m = markOf(e); if (m) show(m); });
  document.addEventListener("mouseout", function (e) {
    var m = markOf(e);
    if (m && m === shown && m !== document.activeElement) hide();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  // Printing shows the folded findings too, and folds them again afterwards.
  var folded = [];
  window.addEventListener("beforeprint", function () {
    folded = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    folded.forEach(function (d) { d.open = false; });
    folded = [];
  });

  // The table of figures: sort by any column, filter by text and kind.
  var table = document.getElementById("figures-table");
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var heads = table.tHead.rows[0].cells;
    // [group, key]: numbers, then text, then empty cells, whichever the direction.
    function key(row, col) {
      var cell = row.cells[col];
      var v = cell.getAttribute("data-sort");
      if (v === null) v = cell.textContent.trim();
      if (v === "") return [2, ""];
      if (!isNaN(Number(v))) return [0, Number(v)];
      return [1, v.toLowerCase()];
    }
    function sortBy(col) {
      var th = heads[col];
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var order = rows.map(function (row, i) { return [key(row, col), i, row]; });
      order.sort(function (a, b) {
        if (a[0][0] !== b[0][0]) return a[0][0] - b[0][0];
        var x = a[0][1], y = b[0][1];
        if (x < y) return -dir;
        if (x > y) return dir;
        return a[1] - b[1];
      });
      var fragment = document.createDocumentFragment();
      order.forEach(function (o) { fragment.appendChild(o[2]); });
      body.appendChild(fragment);
    }
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector("button");
      if (button) button.addEventListener("click", function () { sortBy(col); });
    });
    var text = document.getElementById("filter-text"), kind = document.getElementById("filter-kind");
    var status = document.getElementById("filter-status");
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    function filter() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean), k = kind.value, n = 0;
      rows.forEach(function (row, i) {
        var ok = (!k || row.getAttribute("data-kind") === k) &&
                 words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        row.hidden = !ok;
        if (ok) ++n;
      });
      status.textContent = "Showing " + n + " of " + rows.length + " figures";
    }
    text.addEventListener("input", filter);
    kind.addEventListener("change", filter);
    filter();
  }
  root.setAttribute("data-ready", "1");
})();
)JS";
}

}  // namespace factsheet::write
