// Vehicle detail (#vehicle/VIN): live charts of each signal from the WebSocket feed, health per subsystem with its
// explanation (the signals that cost points, their values and the thresholds they crossed) and a history chart.
import { api, vinPath } from './api.js';
import { lineChart } from './chart.js';
import { clear, compareSignals, dateTime, fill, formatValue, h, humanize, scoreBadge, severityBadge, signalLabel, time,
  unitSymbol } from './dom.js';
import { live } from './live.js';

const POINTS_PER_SIGNAL = 60;
const HISTORY_HOURS = 24;

export function render(container, ctx, vin) {
  const series = new Map(); // signal -> { box, points: [{t, v}], last }
  const scores = new Map(); // subsystem -> latest score
  let historySubsystem = 'overall';
  let historyPoints = [];

  const signalsGrid = h('div', { class: 'grid signal-charts', 'aria-label': 'Live signals' });
  const healthGrid = h('div', { class: 'grid health', 'aria-label': 'Health per subsystem' });
  const subsystemSelect = h('select', { id: 'history-subsystem', onchange: function () {
    historySubsystem = subsystemSelect.value;
    loadHistory();
  } }, h('option', { value: 'overall' }, 'Overall'));
  const historyBox = h('div', { class: 'history-chart' });
  const alertsList = h('ul', { class: 'plain-list vehicle-alerts' });
  const details = h('p', { class: 'muted vehicle-details' }, '');

  container.append(
    h('p', {}, h('a', { href: '#fleet' }, '← Fleet')),
    h('h2', { class: 'page-title vin' }, vin),
    details,
    h('section', { 'aria-labelledby': 'health-title' },
      h('h3', { id: 'health-title' }, 'Health'),
      healthGrid,
      h('div', { class: 'card history' },
        h('div', { class: 'history-head' },
          h('label', { for: 'history-subsystem' }, 'Score history (last ' + HISTORY_HOURS + ' h): '),
          subsystemSelect),
        historyBox)),
    h('section', { 'aria-labelledby': 'signals-title' },
      h('h3', { id: 'signals-title' }, 'Live signals'),
      signalsGrid),
    h('section', { 'aria-labelledby': 'alerts-title' },
      h('h3', { id: 'alerts-title' }, 'Alerts'),
      alertsList,
      h('p', {}, h('a', { href: '#alerts/' + encodeURIComponent(vin) }, 'Handle these alerts'))));

  function drawSignal(signal) {
    const entry = series.get(signal);
    const box = entry.box;
    box.querySelector('.value').textContent = formatValue(signal, entry.last.mean);
    box.querySelector('.unit').textContent = unitSymbol(entry.last.unit);
    box.querySelector('.at').textContent = time(entry.last.windowEnd);
    const chart = box.querySelector('.chart-holder');
    clear(chart).append(lineChart(entry.points, { label: signalLabel(signal) + ' over the last windows',
      format: function (v) { return formatValue(signal, v); } }));
  }

  function applyWindow(sw) {
    let entry = series.get(sw.signal);
    if (!entry) {
      const box = h('article', { class: 'card signal-chart', dataset: { signal: sw.signal } },
        h('header', { class: 'card-head row' },
          h('h4', {}, signalLabel(sw.signal)),
          h('span', { class: 'reading' }, h('span', { class: 'value' }), h('span', { class: 'unit' }))),
        h('div', { class: 'chart-holder' }),
        h('footer', { class: 'card-foot' }, 'Window ending ', h('time', { class: 'at' })));
      entry = { box: box, points: [], last: sw };
      series.set(sw.signal, entry);
      const next = Array.from(signalsGrid.children).find(function (o) {
        return compareSignals(o.dataset.signal, sw.signal) > 0;
      });
      signalsGrid.insertBefore(box, next || null);
    }
    const t = Date.parse(sw.windowEnd);
    if (entry.points.length && t <= entry.points[entry.points.length - 1].t) {
      return; // older than what we show
    }
    entry.points.push({ t: t, v: sw.mean });
    if (entry.points.length > POINTS_PER_SIGNAL) {
      entry.points.shift();
    }
    entry.last = sw;
    drawSignal(sw.signal);
  }

  function drawScore(score) {
    const previous = scores.get(score.subsystem);
    if (previous && Date.parse(previous.computedAt) > Date.parse(score.computedAt)) {
      return;
    }
    scores.set(score.subsystem, score);
    let box = healthGrid.querySelector('[data-subsystem="' + score.subsystem + '"]');
    if (!box) {
      box = h('article', { class: 'card subsystem', dataset: { subsystem: score.subsystem } });
      const next = Array.from(healthGrid.children).find(function (o) {
        return o.dataset.subsystem !== 'overall' && (score.subsystem === 'overall' || o.dataset.subsystem > score.subsystem);
      });
      healthGrid.insertBefore(box, next || null);
      if (!subsystemSelect.querySelector('option[value="' + score.subsystem + '"]')) {
        subsystemSelect.append(h('option', { value: score.subsystem }, humanize(score.subsystem)));
      }
    }
    const reasons = score.explanation || [];
    clear(box).append(
      h('header', { class: 'card-head row' }, h('h4', {}, humanize(score.subsystem)), scoreBadge(score.score)),
      reasons.length
        ? h('table', { class: 'explanation' },
          h('caption', { class: 'sr-only' }, 'Signals that lowered the ' + score.subsystem + ' score'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Signal'), h('th', { scope: 'col' }, 'Value'),
            h('th', { scope: 'col' }, 'Threshold'), h('th', { scope: 'col' }, 'Points'))),
          h('tbody', {}, reasons.map(function (r) {
            return h('tr', { dataset: { signal: r.signal } },
              h('td', {}, signalLabel(r.signal)), h('td', { class: 'num' }, formatValue(r.signal, r.value)),
              h('td', { class: 'num' }, formatValue(r.signal, r.threshold)),
              h('td', { class: 'num' }, '−' + (Math.round(r.penalty * 10) / 10)));
          })))
        : h('p', { class: 'muted' }, 'No signal crossed a threshold.'),
      h('footer', { class: 'card-foot' }, 'Computed ', time(score.computedAt)));
    if (score.subsystem === historySubsystem) {
      const t = Date.parse(score.computedAt);
      if (!historyPoints.length || t > historyPoints[historyPoints.length - 1].t) {
        historyPoints.push({ t: t, v: score.score });
        drawHistory();
      }
    }
  }

  function drawHistory() {
    clear(historyBox).append(lineChart(historyPoints, { label: humanize(historySubsystem) + ' score history',
      min: 0, max: 100, thresholds: [50, 80], width: 900, height: 160 }));
  }

  async function loadHistory() {
    const to = new Date();
    const from = new Date(to.getTime() - HISTORY_HOURS * 3600 * 1000);
    try {
      const list = await api.get(vinPath(vin) + '/health/history?subsystem=' + encodeURIComponent(historySubsystem) +
        '&from=' + from.toISOString() + '&to=' + to.toISOString() + '&max=300');
      historyPoints = list.map(function (s) { return { t: Date.parse(s.computedAt), v: s.score }; })
        .sort(function (a, b) { return a.t - b.t; });
      drawHistory();
    } catch (error) {
      ctx.notice('Could not load the score history (' + error.message + ')');
    }
  }

  async function loadAlerts() {
    try {
      const alerts = await api.get('api/alerts?vin=' + encodeURIComponent(vin) + '&limit=10');
      fill(alertsList, alerts.length ? alerts.map(function (a) {
        return h('li', {}, severityBadge(a.severity), ' ', a.message, ' ',
          h('span', { class: 'muted' }, humanize(a.status) + ' · ' + dateTime(a.raisedAt)));
      }) : h('li', { class: 'muted' }, 'No alerts.'));
    } catch (error) {
      clear(alertsList).append(h('li', { class: 'muted' }, 'Alerts unavailable: ' + error.message));
    }
  }

  async function load() {
    try {
      const [windows, health] = await Promise.all([api.get(vinPath(vin) + '/signals/latest'),
        api.get(vinPath(vin) + '/health')]);
      windows.forEach(applyWindow);
      health.forEach(drawScore);
      if (!windows.length) {
        signalsGrid.append(h('p', { class: 'muted no-signals' }, 'No signal windows yet.'));
      }
    } catch (error) {
      ctx.notice('Could not load ' + vin + ' (' + error.message + ')');
    }
    // registration details are for the owner, its workshops and operators; others simply do not see them
    api.get(vinPath(vin)).then(function (r) {
      const decoded = r.decoded || {};
      const parts = [decoded.manufacturer || decoded.region, decoded.modelYear,
        typeof r.odometerKm === 'number' ? r.odometerKm.toLocaleString() + ' km' : null,
        (r.workshops || []).length ? 'authorised: ' + r.workshops.map(function (w) { return w.name; }).join(', ') : null]
        .filter(function (p) { return p; });
      details.textContent = parts.join(' · ');
    }, function () { /* not allowed: no details line */ });
    loadHistory();
    loadAlerts();
  }

  const stops = [
    live.on('signal-window', function (m) {
      if (m.vin === vin) {
        const placeholder = signalsGrid.querySelector('.no-signals');
        if (placeholder) {
          placeholder.remove();
        }
        applyWindow(m);
      }
    }),
    live.on('health-score', function (m) { if (m.vin === vin) { drawScore(m); } }),
    live.on('alert', function (m) { if (m.vin === vin) { loadAlerts(); } }),
    live.on('reconnected', load)
  ];
  load();
  return function () { stops.forEach(function (stop) { stop(); }); };
}
