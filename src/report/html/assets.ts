// The page's inline style and script: no library, no font, no network.

export const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 1180px; padding: 0 1rem; color: #1d232a; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d5dae0; }
.meta { color: #56606b; margin-top: 0; }
table { border-collapse: collapse; margin: .6rem 0; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid #e4e8ec; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th.sortable { cursor: pointer; user-select: none; white-space: nowrap; }
th.sortable::after { content: ' \\2195'; color: #9aa4ae; }
th[aria-sort="ascending"]::after { content: ' \\2191'; color: #1d232a; }
th[aria-sort="descending"]::after { content: ' \\2193'; color: #1d232a; }
.ci { color: #56606b; font-size: .85em; white-space: nowrap; }
input[type=search] { padding: .3rem .5rem; width: 18rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; overflow-x: auto; max-width: 100%; }
.scroll { overflow-x: auto; max-width: 100%; }
#problems table { display: block; overflow-x: auto; max-width: 100%; }
details { margin: .3rem 0; } summary { cursor: pointer; }
.status-passed { color: #1a7f37; } .status-timeout, .status-memory_limit { color: #9a6700; }
.status-fail { color: #cf222e; }
.msg { color: #56606b; font-size: .85em; max-width: 32rem; overflow-wrap: anywhere; }
ul.warnings li { color: #9a6700; }
`;

/**
 * Sorts a table.sortable by the clicked header (numbers by data-value, else text; a second
 * click reverses) and filters rows of tables named by a search box's data-filter.
 */
export const SCRIPT = `
(function () {
  function key(cell) {
    var v = cell.getAttribute('data-value');
    if (v !== null && v !== '' && !isNaN(Number(v))) return Number(v);
    return cell.textContent.trim().toLowerCase();
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      th.classList.add('sortable');
      th.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('input', function () {
      var q = box.value.trim().toLowerCase();
      document.querySelectorAll(box.getAttribute('data-filter')).forEach(function (row) {
        row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
})();
`;
