/*
 * "Download PNG" and "Download data (CSV)" for every chart drawn by charts.js. Buttons carry data-chart-download
 * ("png" or "csv"), data-chart-id (the canvas) and data-filename (without extension).
 * PNG: the chart as drawn, on a white background (a transparent PNG turns black in some slide tools).
 * CSV: the rows of the JSON the chart was drawn from (the same endpoint, revalidated with its ETag), one column per
 * field, text neutralised so that no spreadsheet runs a name such as =HYPERLINK(...) as a formula.
 */
(function () {
  'use strict';

  function save(href, filename) {
    var link = document.createElement('a');
    link.href = href;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function png(canvas, filename) {
    var chart = typeof Chart === 'undefined' ? null : Chart.getChart(canvas);
    if (!chart) return;
    var copy = document.createElement('canvas');
    copy.width = chart.canvas.width;
    copy.height = chart.canvas.height;
    var context = copy.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(chart.canvas, 0, 0);
    save(copy.toDataURL('image/png'), filename + '.png');
  }

  /** A cell no spreadsheet evaluates, quoted as RFC 4180 asks. */
  function cell(value) {
    if (value === null || value === undefined) return '';
    var text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(data) {
    var rows = Array.isArray(data.rows) ? data.rows : [];
    var medians = {};
    (data.allianceMedians || []).forEach(function (m) { medians[m.year] = m.medianShareOfGdpPct; });
    var columns = rows.length ? Object.keys(rows[0]).filter(function (k) { return typeof rows[0][k] !== 'object' || rows[0][k] === null; }) : [];
    var header = columns.concat(['targetPct']);
    if (data.allianceMedians) header.push('allianceMedianShareOfGdpPct');
    var lines = [header.join(',')];
    rows.forEach(function (row) {
      var values = columns.map(function (c) { return cell(row[c]); });
      values.push(cell(data.targetPct));
      if (data.allianceMedians) values.push(cell(medians[row.year]));
      lines.push(values.join(','));
    });
    return lines.join('\n') + '\n';
  }

  function csv(canvas, filename) {
    fetch(canvas.dataset.endpoint, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (data) {
        var url = URL.createObjectURL(new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }));
        save(url, filename + '.csv');
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      })
      .catch(function () { /* the page's tables and the report downloads carry the same figures */ });
  }

  document.querySelectorAll('[data-chart-download]').forEach(function (button) {
    button.addEventListener('click', function () {
      var canvas = document.getElementById(button.dataset.chartId);
      if (!canvas) return;
      var filename = button.dataset.filename || 'pledgewatch-chart';
      if (button.dataset.chartDownload === 'png') png(canvas, filename);
      else csv(canvas, filename);
    });
  });

  window.pledgewatchChartCsv = toCsv;
})();
