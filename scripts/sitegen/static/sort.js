// Sortable tables: an enhancement only (every table reads fine without it).
// A header becomes a button; cells sort by their data-v value when present.
"use strict";
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.querySelectorAll("thead th");
  heads.forEach(function (th, col) {
    var b = document.createElement("button");
    b.type = "button";
    while (th.firstChild) b.appendChild(th.firstChild);
    th.appendChild(b);
    b.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, z) {
        var x = key(a.cells[col]), y = key(z.cells[col]);
        var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
function key(td) {
  if (!td) return "";
  var v = td.hasAttribute("data-v") ? td.getAttribute("data-v") : td.textContent.trim();
  var n = parseFloat(v);
  return (v !== "" && !isNaN(n) && isFinite(v)) ? n : v;
}
