/*
 * Sortable tables: each <th data-sort="number|text"> in a table.sortable becomes a button. Cells give their value in
 * data-sort-value; a cell without one (a missing figure) always sorts last.
 */
(function () {
  'use strict';

  function value(row, index, kind) {
    var cell = row.children[index];
    var raw = cell ? cell.getAttribute('data-sort-value') : null;
    if (raw === null || raw === '') return null;
    return kind === 'number' ? parseFloat(raw) : raw.toLocaleLowerCase();
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = table.querySelectorAll('thead th[data-sort]');
    headers.forEach(function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var kind = th.getAttribute('data-sort');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a, index, kind);
          var y = value(b, index, kind);
          if (x === null && y === null) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          var order = kind === 'number' ? x - y : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
