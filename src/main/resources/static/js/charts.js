/*
 * Draws every <canvas data-endpoint data-chart> from the JSON API, so pages and scripts share one data contract.
 * Chart kinds: "shares" (every ally in a year), "trend" (one ally's share over time), "spending" (one ally's spending),
 * "path" (an ally's shares and the path to the target by 2035), "compare" (several allies over time).
 * Time series with data-events get the key events (/api/events) as annotations.
 * The words come translated from the page: <main data-chart-labels> holds a JSON object (names by iso3, fixed texts).
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

  // Other allies on the compare chart: the rest of Okabe–Ito, each with its own dash pattern and point shape too.
  var SERIES = [
    { colour: '#0072B2', dash: [], point: 'rect' },
    { colour: '#009E73', dash: [8, 4], point: 'triangle' },
    { colour: '#CC79A7', dash: [2, 3], point: 'rectRot' },
    { colour: '#E69F00', dash: [10, 3, 2, 3], point: 'star' },
    { colour: '#56B4E9', dash: [4, 4], point: 'crossRot' },
    { colour: '#000000', dash: [1, 2], point: 'cross' },
    { colour: '#F0E442', dash: [12, 6], point: 'rectRounded' }
  ];

  var labelHolder = document.querySelector('[data-chart-labels]');
  var LABELS = {};
  try { LABELS = labelHolder ? JSON.parse(labelHolder.getAttribute('data-chart-labels')) : {}; } catch (e) { LABELS = {}; }
  var NAMES = LABELS.names || {};
  var locale = LABELS.locale || document.documentElement.lang || 'en';

  function text(key, fallback) {
    return LABELS[key] || fallback;
  }

  function name(iso3, fallback) {
    return NAMES[iso3] || fallback;
  }

  function pct(value) {
    if (value === null || value === undefined) return '—';
    var number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    return text('percent', '{0}%').replace('{0}', number);
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
        position: axis === 'y' ? 'start' : 'end',
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
      var label = name(r.iso3, r.country);
      if (r.estimate) label += ' ' + text('estimate', '(e)');
      // The verdict is the server's (one rule, on the shown share): never recomputed here.
      if (r.verdict === 'no-figure') label += ' — ' + canvas.dataset.noData;
      else if (r.verdict === 'not-yet-member') label += ' — ' + canvas.dataset.notMember;
      return label;
    });
    var colours = rows.map(function (r) {
      if (r.iso3 === highlight) return COLOURS.highlight;
      if (r.verdict === 'not-yet-member') return COLOURS.nonMember;
      return r.verdict === 'meets' ? COLOURS.meets : COLOURS.below;
    });
    var highlightIndex = rows.findIndex(function (r) { return r.iso3 === highlight; });
    var annotations = { target: targetLine(canvas, 'x') };
    if (highlightIndex >= 0 && rows[highlightIndex].shareOfGdpPctRounded !== null) {
      annotations.highlight = {
        type: 'label',
        xValue: rows[highlightIndex].shareOfGdpPctRounded,
        yValue: highlightIndex,
        // Left edge at the bar's end, centred on the bar's own row (a bare 'start' also aligns the top edge, one row low).
        position: { x: 'start', y: 'center' },
        xAdjust: 8,
        content: '◀ ' + name(rows[highlightIndex].iso3, rows[highlightIndex].country) + ' ' + pct(rows[highlightIndex].shareOfGdpPctRounded),
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
          data: rows.map(function (r) { return r.shareOfGdpPctRounded; }),
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
                var line = pct(r.shareOfGdpPctRounded);
                if (r.defenceExpenditureMusd !== null) line += ' · ' + musd(r.defenceExpenditureMusd) + ' ' + text('musd', 'm USD');
                if (r.rank) line += ' · ' + text('rank', 'rank') + ' ' + r.rank;
                return line;
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
          label: name(data.iso3, data.country),
          data: rows.map(function (r) { return r.shareOfGdpPctRounded; }),
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
          label: text('median', 'Median ally'),
          data: rows.map(function (r) { return medians[r.year] === undefined ? null : medians[r.year]; }),
          borderColor: COLOURS.median,
          backgroundColor: COLOURS.median,
          borderDash: [2, 3],
          pointRadius: 2
        }]
      },
      options: shareOverTime(canvas, years, 1.15)
    });
  }

  function spendingChart(canvas, data) {
    var rows = data.rows;
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.year + (r.estimate ? ' ' + text('estimate', '(e)') : ''); }),
        datasets: [{
          label: name(data.iso3, data.country),
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
          tooltip: { callbacks: { label: function (ctx) { return musd(ctx.parsed.y) + ' ' + text('musd', 'm USD'); } } }
        }
      }
    });
  }

  // How many allies meet the target each year (from /api/trend), against how many reported; partial years marked.
  function meetingChart(canvas, data) {
    var years = data.years;
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: years.map(function (y) { return y.year + (y.complete ? '' : ' (' + text('partial', 'partial') + ')'); }),
        datasets: [{
          label: text('meeting', 'Allies meeting the target'),
          data: years.map(function (y) { return y.alliesMeetingTarget; }),
          backgroundColor: COLOURS.meets,
          grouped: false,
          order: 1
        }, {
          label: text('reporting', 'Allies reporting'),
          data: years.map(function (y) { return y.alliesReporting; }),
          backgroundColor: '#D7E6F2',
          grouped: false,
          order: 2
        }]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  // Key events as dotted vertical lines at their year, with their short titles; years the chart lacks are skipped.
  // Room above the plot for three rows of event labels.
  var EVENT_ROWS_HEIGHT = 112;

  function withEvents(canvas, years, annotations) {
    var events = canvas.eventList || [];
    var byYear = {};
    // On an ally's chart its own events come first in their year, so "+4" never hides them (Belgium–Ukraine, 2024).
    var ally = canvas.dataset.ally || '';
    function concernsAlly(e) { return ally !== '' && (e.title + ' ' + e.shortTitle).indexOf(ally) >= 0; }
    events.filter(concernsAlly).concat(events.filter(function (e) { return !concernsAlly(e); })).forEach(function (e) {
      var year = String(e.year);
      if (years.indexOf(year) < 0) return;
      (byYear[year] = byYear[year] || []).push(e.shortTitle);
    });
    // Labels sit above the plot, in three staggered rows so neighbouring years do not collide and no label covers a
    // data line; a year with several events shows the first and a count (the full list is on the ally's page).
    Object.keys(byYear).forEach(function (year, i) {
      var titles = byYear[year];
      var first = titles[0].length > 26 ? titles[0].slice(0, 25) + '…' : titles[0];
      var content = titles.length > 1 ? [first, '+' + (titles.length - 1)] : [first];
      annotations['event' + year] = {
        type: 'line',
        xMin: year,
        xMax: year,
        borderColor: '#555555',
        borderWidth: 1,
        borderDash: [2, 3],
        label: {
          // On a phone the labels would cover the data; the dotted lines stay and the events are listed on the page.
          display: function (ctx) { return ctx.chart.width >= 640; },
          content: content,
          position: 'end',
          yAdjust: -EVENT_ROWS_HEIGHT + 4 + (i % 3) * 36,
          backgroundColor: 'rgba(255,255,255,0.92)',
          color: '#1b1f24',
          borderColor: '#555555',
          borderWidth: 1,
          font: { size: 11 },
          padding: 3
        }
      };
    });
    return annotations;
  }

  // Options shared by the charts of shares over time: percent axis with room above the target, the target line and
  // key events as annotations, percent tooltips. `plugins` adds or overrides plugin options (the compare legend).
  function shareOverTime(canvas, years, headroom, plugins) {
    var options = {
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 70, top: (canvas.eventList || []).length ? EVENT_ROWS_HEIGHT : 0 } },
      scales: {
        y: { beginAtZero: true, suggestedMax: parseFloat(canvas.dataset.target) * headroom,
             ticks: { callback: function (v) { return pct(v); } } }
      },
      plugins: {
        annotation: { clip: false, annotations: withEvents(canvas, years, { target: targetLine(canvas, 'y') }) },
        tooltip: { callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + pct(ctx.parsed.y); } } }
      }
    };
    Object.keys(plugins || {}).forEach(function (key) { options.plugins[key] = plugins[key]; });
    return options;
  }

  function pathChart(canvas, data) {
    var last = data.required.length ? data.required[data.required.length - 1].year : null;
    var first = data.actual.length ? data.actual[0].year : null;
    if (first === null) return null;
    var end = Math.max(last || data.deadline, data.actual[data.actual.length - 1].year);
    var years = [];
    for (var y = first; y <= end; y++) years.push(String(y));
    function series(points) {
      var byYear = {};
      points.forEach(function (p) { byYear[p.year] = p.sharePct; });
      return years.map(function (y) { return byYear[y] === undefined ? null : byYear[y]; });
    }
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: years,
        datasets: [{
          label: name(data.iso3, data.country) + ' · ' + text('actual', 'reported'),
          data: series(data.actual),
          borderColor: COLOURS.highlight,
          backgroundColor: COLOURS.highlight,
          borderWidth: 3,
          pointRadius: 4
        }, {
          label: text('required', 'Required path'),
          data: series(data.required),
          borderColor: COLOURS.target,
          backgroundColor: COLOURS.target,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 2,
          pointStyle: 'rect'
        }]
      },
      options: shareOverTime(canvas, years, 1.1)
    });
  }

  function compareChart(canvas, data) {
    var highlight = canvas.dataset.highlight;
    var years = [];
    data.forEach(function (h) {
      h.rows.forEach(function (r) { if (years.indexOf(String(r.year)) < 0) years.push(String(r.year)); });
    });
    years.sort();
    var other = 0;
    var datasets = data.map(function (h) {
      var byYear = {};
      h.rows.forEach(function (r) { byYear[r.year] = r.shareOfGdpPctRounded; });
      var isHighlight = h.iso3 === highlight;
      var style = isHighlight ? { colour: COLOURS.highlight, dash: [], point: 'circle' } : SERIES[other++ % SERIES.length];
      return {
        label: name(h.iso3, h.country),
        data: years.map(function (y) { return byYear[y] === undefined ? null : byYear[y]; }),
        borderColor: style.colour,
        backgroundColor: style.colour,
        borderDash: style.dash,
        borderWidth: isHighlight ? 4 : 2,
        pointStyle: style.point,
        pointRadius: isHighlight ? 5 : 4,
        order: isHighlight ? 0 : 1
      };
    });
    return new Chart(canvas, {
      type: 'line',
      data: { labels: years, datasets: datasets },
      options: shareOverTime(canvas, years, 1.15, {
        legend: {
          labels: {
            usePointStyle: true,
            generateLabels: function (chart) {
              var items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
              items.forEach(function (item) {
                if (data[item.datasetIndex] && data[item.datasetIndex].iso3 === highlight) {
                  item.text = '▶ ' + item.text;
                  item.fontColor = '#9a3b00';
                }
              });
              return items;
            }
          }
        }
      })
    });
  }

  var KINDS = { shares: sharesChart, trend: trendChart, spending: spendingChart, path: pathChart, compare: compareChart,
    meeting: meetingChart };

  var eventsRequests = {};

  // The events once per page, whatever number of charts ask; a chart draws without them if they fail to load.
  function loadEvents(url) {
    if (!url) return Promise.resolve([]);
    if (!eventsRequests[url]) {
      eventsRequests[url] = fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; });
    }
    return eventsRequests[url];
  }

  function showError(canvas) {
    var message = document.createElement('p');
    message.className = 'chart-error';
    message.textContent = canvas.dataset.error || 'The chart could not be loaded.';
    canvas.replaceWith(message);
  }

  // A page viewed with ?version=N names that version in every endpoint (the server builds them): charts and the
  // charts' CSV downloads read the figures the page cites.
  document.querySelectorAll('canvas[data-endpoint][data-chart]').forEach(function (canvas) {
    var draw = KINDS[canvas.dataset.chart];
    if (!draw || typeof Chart === 'undefined') {
      showError(canvas);
      return;
    }
    Promise.all([
      fetch(canvas.dataset.endpoint, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        }),
      loadEvents(canvas.dataset.events)
    ])
      .then(function (results) {
        canvas.eventList = results[1];
        draw(canvas, results[0]);
        canvas.dataset.rendered = 'true';
      })
      .catch(function () { showError(canvas); });
  });
})();
