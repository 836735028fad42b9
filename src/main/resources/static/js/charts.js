/*
 * Draws every <canvas data-endpoint data-chart> from the JSON API, so pages and scripts share one data contract.
 * Chart kinds: "shares" (every ally in a year), "trend" (one ally's share over time), "spending" (one ally's spending).
 * Labels are drawn on the canvas, never inserted as HTML.
 */
(function () {
  'use strict';

  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
  var COLOURS = {
    highlight: '#D55E00',
    highlightBorder: '#000000',
    meets: '#0072B2',
    below: '#56B4E9',
    nonMember: '#BBBBBB',
    median: '#555555',
    target: '#000000'
  };

  var locale = document.documentElement.lang || 'en';

  function pct(value) {
    if (value === null || value === undefined) return '—';
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .format(value / 100);
  }

  function musd(value) {
    if (value === null || value === undefined) return '—';
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }

  function targetLine(canvas, axis) {
    var target = parseFloat(canvas.dataset.target);
    var line = {
      type: 'line',
      borderColor: COLOURS.target,
      borderWidth: 2,
      borderDash: [6, 4],
      label: {
        display: true,
        content: canvas.dataset.targetLabel || pct(target),
        position: 'end',
        backgroundColor: 'rgba(0,0,0,0.75)',
        font: { weight: 'bold' }
      }
    };
    line[axis + 'Min'] = target;
    line[axis + 'Max'] = target;
    return line;
  }

  function sharesChart(canvas, data) {
    var highlight = canvas.dataset.highlight;
    var rows = data.rows;
    var labels = rows.map(function (r) {
      var label = r.country;
      if (r.estimate) label += ' (e)';
      if (r.shareOfGdpPct === null) label += ' — ' + canvas.dataset.noData;
      else if (!r.member) label += ' — ' + canvas.dataset.notMember;
      return label;
    });
    var colours = rows.map(function (r) {
      if (r.iso3 === highlight) return COLOURS.highlight;
      if (!r.member) return COLOURS.nonMember;
      return r.meetsTarget ? COLOURS.meets : COLOURS.below;
    });
    var highlightIndex = rows.findIndex(function (r) { return r.iso3 === highlight; });
    var annotations = { target: targetLine(canvas, 'x') };
    if (highlightIndex >= 0 && rows[highlightIndex].shareOfGdpPct !== null) {
      annotations.highlight = {
        type: 'label',
        xValue: rows[highlightIndex].shareOfGdpPct,
        yValue: highlightIndex,
        position: 'start',
        xAdjust: 8,
        content: '◀ ' + rows[highlightIndex].country + ' ' + pct(rows[highlightIndex].shareOfGdpPct),
        color: COLOURS.highlight,
        font: { weight: 'bold' }
      };
    }
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: canvas.getAttribute('aria-label'),
          data: rows.map(function (r) { return r.shareOfGdpPct; }),
          backgroundColor: colours,
          borderColor: rows.map(function (r) { return r.iso3 === highlight ? COLOURS.highlightBorder : colours; }),
          borderWidth: rows.map(function (r) { return r.iso3 === highlight ? 2 : 0; })
        }]
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, ticks: { callback: function (v) { return pct(v); } } },
          y: {
            ticks: {
              autoSkip: false,
              color: function (ctx) { return rows[ctx.index] && rows[ctx.index].iso3 === highlight ? COLOURS.highlight : '#222'; },
              font: function (ctx) { return { weight: rows[ctx.index] && rows[ctx.index].iso3 === highlight ? 'bold' : 'normal' }; }
            }
          }
        },
        plugins: {
          legend: { display: false },
          annotation: { annotations: annotations },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var r = rows[ctx.dataIndex];
                var text = pct(r.shareOfGdpPct) + ' · ' + musd(r.defenceExpenditureMusd) + ' m USD';
                if (r.rank) text += ' · #' + r.rank;
                return text;
              }
            }
          }
        }
      }
    });
  }

  function trendChart(canvas, data) {
    var rows = data.rows;
    var years = rows.map(function (r) { return String(r.year); });
    var medians = {};
    data.allianceMedians.forEach(function (m) { medians[m.year] = m.medianShareOfGdpPct; });
    var estimate = rows.map(function (r) { return r.estimate; });
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: years,
        datasets: [{
          label: data.country,
          data: rows.map(function (r) { return r.shareOfGdpPct; }),
          borderColor: COLOURS.highlight,
          backgroundColor: COLOURS.highlight,
          borderWidth: 3,
          pointRadius: 5,
          pointBackgroundColor: rows.map(function (r) { return r.estimate ? '#ffffff' : COLOURS.highlight; }),
          segment: {
            borderDash: function (ctx) { return estimate[ctx.p1DataIndex] ? [6, 4] : undefined; }
          },
          spanGaps: false
        }, {
          label: canvas.dataset.medianLabel || 'Median ally',
          data: rows.map(function (r) { return medians[r.year] === undefined ? null : medians[r.year]; }),
          borderColor: COLOURS.median,
          backgroundColor: COLOURS.median,
          borderDash: [2, 3],
          pointRadius: 2
        }]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, suggestedMax: parseFloat(canvas.dataset.target) * 1.15,
               ticks: { callback: function (v) { return pct(v); } } }
        },
        plugins: {
          annotation: { annotations: { target: targetLine(canvas, 'y') } },
          tooltip: { callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + pct(ctx.parsed.y); } } }
        }
      }
    });
  }

  function spendingChart(canvas, data) {
    var rows = data.rows;
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.year + (r.estimate ? ' (e)' : ''); }),
        datasets: [{
          label: data.country,
          data: rows.map(function (r) { return r.defenceExpenditureMusd; }),
          backgroundColor: rows.map(function (r) { return r.estimate ? '#F0B285' : COLOURS.highlight; })
        }]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return musd(v); } } } },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) { return musd(ctx.parsed.y) + ' m USD'; } } }
        }
      }
    });
  }

  var KINDS = { shares: sharesChart, trend: trendChart, spending: spendingChart };

  function showError(canvas) {
    var message = document.createElement('p');
    message.className = 'chart-error';
    message.textContent = canvas.dataset.error || 'The chart could not be loaded.';
    canvas.replaceWith(message);
  }

  document.querySelectorAll('canvas[data-endpoint][data-chart]').forEach(function (canvas) {
    var draw = KINDS[canvas.dataset.chart];
    if (!draw || typeof Chart === 'undefined') {
      showError(canvas);
      return;
    }
    fetch(canvas.dataset.endpoint, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (data) {
        draw(canvas, data);
        canvas.dataset.rendered = 'true';
      })
      .catch(function () { showError(canvas); });
  });
})();
