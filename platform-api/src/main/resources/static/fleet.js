// Fleet overview (#fleet): the vehicles this user may see, each with its overall health and the latest value of each
// signal, kept current by the live feed. The vehicle list itself refreshes every 30 s.
import { api, vinPath } from './api.js';
import { clear, compareSignals, formatValue, h, scoreBadge, signalLabel, time, unitSymbol } from './dom.js';
import { live } from './live.js';

const REFRESH_MS = 30000;

export function render(container, ctx) {
  const vehicles = new Map(); // vin -> { card, latest: Map(signal -> window) }
  const grid = h('section', { class: 'grid', 'aria-label': 'Vehicles' });
  const empty = h('p', { class: 'empty', hidden: true },
    'No vehicles to show yet. Owners see the cars they registered, workshops the cars their owners authorised, ' +
    'operators every car.');
  container.append(h('h2', { class: 'page-title' }, 'Fleet'), empty, grid);

  function ensure(vin) {
    let vehicle = vehicles.get(vin);
    if (vehicle) {
      return vehicle;
    }
    const card = h('article', { class: 'card vehicle', dataset: { vin: vin } },
      h('header', { class: 'card-head' },
        h('div', {},
          h('h3', { class: 'vin' }, h('a', { href: '#vehicle/' + encodeURIComponent(vin) }, vin)),
          h('p', { class: 'seen' }, '')),
        h('div', { class: 'overall', 'aria-label': 'Overall health' }, scoreBadge(null))),
      h('ul', { class: 'signals' }),
      h('p', { class: 'no-signals' }, 'No signal windows yet.'),
      h('footer', { class: 'card-foot' }, 'Updated ', h('time', { class: 'updated' }, 'never')));
    vehicle = { card: card, latest: new Map() };
    vehicles.set(vin, vehicle);
    const next = Array.from(grid.children).find(function (other) { return other.dataset.vin > vin; });
    grid.insertBefore(card, next || null);
    empty.hidden = true;
    return vehicle;
  }

  // windows can arrive out of order (page load vs. socket): keep the newest per signal
  function applyWindow(vin, sw, flash) {
    const vehicle = ensure(vin);
    const previous = vehicle.latest.get(sw.signal);
    if (previous && Date.parse(previous.windowStart) > Date.parse(sw.windowStart)) {
      return;
    }
    vehicle.latest.set(sw.signal, sw);
    const list = vehicle.card.querySelector('.signals');
    let row = list.querySelector('[data-signal="' + sw.signal + '"]');
    if (!row) {
      row = h('li', { class: 'signal', dataset: { signal: sw.signal } },
        h('span', { class: 'label', title: sw.signal }, signalLabel(sw.signal)),
        h('span', { class: 'reading' }, h('span', { class: 'value' }), h('span', { class: 'unit' })),
        h('time', { class: 'at' }));
      const next = Array.from(list.children).find(function (o) { return compareSignals(o.dataset.signal, sw.signal) > 0; });
      list.insertBefore(row, next || null);
    }
    row.querySelector('.value').textContent = formatValue(sw.signal, sw.mean);
    row.querySelector('.unit').textContent = unitSymbol(sw.unit);
    row.title = 'min ' + sw.min + ', max ' + sw.max + ' over ' + sw.count + ' readings';
    row.querySelector('.at').textContent = time(sw.windowEnd);
    vehicle.card.querySelector('.no-signals').hidden = true;
    if (flash) {
      vehicle.card.querySelector('.seen').textContent = 'Live';
    }
    const updated = vehicle.card.querySelector('.updated');
    updated.dateTime = sw.windowEnd;
    updated.textContent = time(sw.windowEnd);
    if (flash) {
      row.classList.add('flash');
      setTimeout(function () { row.classList.remove('flash'); }, 50);
    }
  }

  function applyScore(vin, score) {
    if (score.subsystem !== 'overall') {
      return;
    }
    const overall = ensure(vin).card.querySelector('.overall');
    clear(overall).append(scoreBadge(score.score));
    overall.title = 'Overall health at ' + time(score.computedAt);
  }

  async function loadVehicle(vin) {
    const [windows, health] = await Promise.all([api.get(vinPath(vin) + '/signals/latest'),
      api.get(vinPath(vin) + '/health')]);
    windows.forEach(function (sw) { applyWindow(vin, sw, false); });
    health.forEach(function (score) { applyScore(vin, score); });
  }

  async function load(all) {
    try {
      const list = await api.get('api/vehicles');
      const fresh = list.filter(function (s) { return all || !vehicles.has(s.vin); });
      list.forEach(function (s) {
        const card = ensure(s.vin).card;
        card.querySelector('.seen').textContent = s.lastSeen ? 'Last seen ' + time(s.lastSeen)
          : 'Registered, no telemetry yet';
      });
      empty.hidden = vehicles.size > 0;
      await Promise.all(fresh.map(function (s) { return loadVehicle(s.vin); }));
    } catch (error) {
      ctx.notice('Could not load the vehicles (' + error.message + '). Retrying shortly.');
    }
  }

  const stops = [
    live.on('signal-window', function (m) { applyWindow(m.vin, m, true); }),
    live.on('health-score', function (m) { applyScore(m.vin, m); }),
    live.on('reconnected', function () { load(true); })
  ];
  load(false);
  const timer = setInterval(function () { load(false); }, REFRESH_MS);
  return function () {
    clearInterval(timer);
    stops.forEach(function (stop) { stop(); });
  };
}
