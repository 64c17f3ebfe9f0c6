// Live garage page (after auth.js has logged in): lists the cars this user may see from /api/vehicles, shows the
// latest mean of each signal from /api/vehicles/{vin}/signals/latest, then keeps them current from /ws/signals.
'use strict';

(function () {
  // friendly labels, display order and decimals of the signals the collector and simulator send
  const KNOWN_SIGNALS = {
    ENGINE_RPM: { label: 'Engine speed', decimals: 0 },
    VEHICLE_SPEED: { label: 'Vehicle speed', decimals: 0 },
    ENGINE_LOAD: { label: 'Engine load', decimals: 1 },
    COOLANT_TEMP: { label: 'Coolant temperature', decimals: 1 },
    CONTROL_MODULE_VOLTAGE: { label: 'Module voltage', decimals: 2 },
    SHORT_FUEL_TRIM_1: { label: 'Short-term fuel trim (bank 1)', decimals: 1 },
    LONG_FUEL_TRIM_1: { label: 'Long-term fuel trim (bank 1)', decimals: 1 }
  };
  const SIGNAL_ORDER = Object.keys(KNOWN_SIGNALS);
  const UNIT_SYMBOLS = { degC: '°C', degF: '°F', percent: '%', pct: '%', kph: 'km/h', volt: 'V', volts: 'V' };

  const VEHICLE_REFRESH_MS = 30000;
  const RECONNECT_MIN_MS = 1000;
  const RECONNECT_MAX_MS = 30000;

  const vehicles = new Map(); // vin -> { card, rows: Map(signal -> row), latest: Map(signal -> newest signal window) }
  const grid = document.getElementById('vehicles');
  const empty = document.getElementById('empty');
  const notice = document.getElementById('notice');
  const connection = document.getElementById('connection');
  const connectionText = document.getElementById('connection-text');
  const cardTemplate = document.getElementById('vehicle-card');
  const rowTemplate = document.getElementById('signal-row');
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  let refreshPending = null;

  function label(signal) {
    if (KNOWN_SIGNALS[signal]) {
      return KNOWN_SIGNALS[signal].label;
    }
    // unknown signals still show, with a readable name: OIL_TEMP -> Oil temp
    const words = signal.toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function formatValue(signal, value) {
    const known = KNOWN_SIGNALS[signal];
    const digits = known ? known.decimals : (Math.abs(value) >= 1000 ? 0 : 1);
    return value.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  function unitSymbol(unit) {
    return UNIT_SYMBOLS[unit] || unit || '';
  }

  function signalRank(signal) {
    const index = SIGNAL_ORDER.indexOf(signal);
    return index < 0 ? SIGNAL_ORDER.length : index;
  }

  function compareSignals(a, b) {
    return signalRank(a) - signalRank(b) || a.localeCompare(b);
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function ensureVehicle(vin) {
    let vehicle = vehicles.get(vin);
    if (vehicle) {
      return vehicle;
    }
    const card = cardTemplate.content.firstElementChild.cloneNode(true);
    card.dataset.vin = vin;
    card.querySelector('.vin').textContent = vin;
    vehicle = { card: card, rows: new Map(), latest: new Map() };
    vehicles.set(vin, vehicle);
    // keep the cards ordered by VIN, like the API
    const next = Array.from(grid.children).find(function (other) { return other.dataset.vin > vin; });
    grid.insertBefore(card, next || null);
    empty.hidden = true;
    return vehicle;
  }

  function updateSummary(summary) {
    const vehicle = ensureVehicle(summary.vin);
    // a registered car that has not sent telemetry yet has no times
    vehicle.card.querySelector('.seen').textContent = summary.firstSeen
      ? 'First seen ' + dateTimeFormat.format(new Date(summary.firstSeen)) +
        ' · last seen ' + dateTimeFormat.format(new Date(summary.lastSeen))
      : 'Registered, no telemetry yet';
  }

  function rowFor(vehicle, signal) {
    let row = vehicle.rows.get(signal);
    if (row) {
      return row;
    }
    row = rowTemplate.content.firstElementChild.cloneNode(true);
    row.dataset.signal = signal;
    row.querySelector('.label').textContent = label(signal);
    row.querySelector('.label').title = signal;
    vehicle.rows.set(signal, row);
    const list = vehicle.card.querySelector('.signals');
    const next = Array.from(list.children).find(function (other) {
      return compareSignals(other.dataset.signal, signal) > 0;
    });
    list.insertBefore(row, next || null);
    return row;
  }

  // windows can arrive out of order (page load vs. socket, or under load): keep the newest per signal
  function applyWindow(vin, sw, flash) {
    const vehicle = ensureVehicle(vin);
    const previous = vehicle.latest.get(sw.signal);
    if (previous && Date.parse(previous.windowStart) > Date.parse(sw.windowStart)) {
      return;
    }
    vehicle.latest.set(sw.signal, sw);
    const row = rowFor(vehicle, sw.signal);
    row.querySelector('.value').textContent = formatValue(sw.signal, sw.mean);
    row.querySelector('.unit').textContent = unitSymbol(sw.unit);
    row.title = 'min ' + sw.min + ', max ' + sw.max + ' over ' + sw.count + ' readings';
    const at = row.querySelector('.at');
    at.dateTime = sw.windowEnd;
    at.textContent = timeFormat.format(new Date(sw.windowEnd));
    vehicle.card.querySelector('.no-signals').hidden = true;
    updateCardTime(vehicle);
    if (flash) {
      row.classList.add('flash');
      requestAnimationFrame(function () {
        requestAnimationFrame(function () { row.classList.remove('flash'); });
      });
    }
  }

  function updateCardTime(vehicle) {
    let newest = null;
    vehicle.latest.forEach(function (sw) {
      if (!newest || Date.parse(sw.windowEnd) > Date.parse(newest)) {
        newest = sw.windowEnd;
      }
    });
    const updated = vehicle.card.querySelector('.updated');
    if (newest) {
      updated.dateTime = newest;
      updated.textContent = timeFormat.format(new Date(newest));
    }
  }

  async function getJson(path) {
    const response = await window.KcsAuth.fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        detail = (await response.json()).detail || detail;
      } catch (ignored) {
        // not a problem detail: keep the status text
      }
      throw new Error(path + ': ' + response.status + ' ' + detail);
    }
    return response.json();
  }

  async function loadLatest(vin) {
    const windows = await getJson('api/vehicles/' + encodeURIComponent(vin) + '/signals/latest');
    const vehicle = ensureVehicle(vin);
    windows.forEach(function (sw) { applyWindow(vin, sw, false); });
    vehicle.card.querySelector('.no-signals').hidden = vehicle.latest.size > 0;
  }

  // reloadAll: after a reconnect every car may have missed windows, not only the new ones
  async function loadVehicles(reloadAll) {
    try {
      const list = await getJson('api/vehicles');
      const fresh = list.filter(function (summary) {
        return reloadAll || !vehicles.has(summary.vin) || vehicles.get(summary.vin).latest.size === 0;
      });
      list.forEach(updateSummary);
      empty.hidden = vehicles.size > 0;
      await Promise.all(fresh.map(function (summary) { return loadLatest(summary.vin); }));
      showNotice('');
    } catch (error) {
      showNotice('Could not load the vehicles (' + error.message + '). Retrying shortly.');
    }
  }

  // a VIN we have not listed yet: fetch the list soon, once, however many windows arrive meanwhile
  function scheduleRefresh() {
    if (refreshPending === null) {
      refreshPending = setTimeout(function () {
        refreshPending = null;
        loadVehicles(false);
      }, 500);
    }
  }

  function setConnection(state, text) {
    connection.dataset.state = state;
    connectionText.textContent = text;
  }

  // the socket only carries the vehicles this user may see; the token rides in the query (auth.js)
  function socketUrl() {
    return window.KcsAuth.socketUrl('ws/signals');
  }

  let attempt = 0;

  function connect() {
    if (!window.KcsAuth.hasValidToken()) {
      // expired while the page was open: log in again (back here afterwards)
      window.KcsAuth.login();
      return;
    }
    setConnection('connecting', attempt === 0 ? 'Connecting…' : 'Reconnecting…');
    const socket = new WebSocket(socketUrl());
    socket.onopen = function () {
      if (attempt > 0) {
        // catch up on what changed while the socket was down
        loadVehicles(true);
      }
      attempt = 0;
      setConnection('live', 'Live');
    };
    socket.onmessage = function (event) {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (ignored) {
        return;
      }
      if (message.type === 'signal-window') {
        if (!vehicles.has(message.vin)) {
          scheduleRefresh();
        }
        applyWindow(message.vin, message, true);
      } else if (message.type === 'error') {
        showNotice('Live updates refused: ' + message.message);
      }
    };
    socket.onclose = function () {
      // exponential backoff with jitter, so many open pages do not reconnect in lockstep
      const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * Math.pow(2, attempt));
      const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
      attempt++;
      setConnection('retrying', 'Disconnected, retrying in ' + Math.ceil(delay / 1000) + ' s');
      setTimeout(connect, delay);
    };
  }

  function showUser() {
    const claims = window.KcsAuth.claims();
    const roles = (claims.roles || []).map(function (r) { return r.toLowerCase().replace(/_/g, ' '); });
    document.getElementById('user-name').textContent = (claims.sub || '') + (roles.length ? ' (' + roles.join(', ') + ')' : '');
    document.getElementById('user').hidden = false;
  }

  document.getElementById('logout').addEventListener('click', function (event) {
    event.preventDefault();
    window.KcsAuth.logout();
  });
  document.getElementById('copy-token').addEventListener('click', function (event) {
    event.preventDefault();
    // for Swagger UI's "Authorize" or curl
    navigator.clipboard.writeText(window.KcsAuth.token() || '').then(function () {
      showNotice('Access token copied: paste it into Swagger UI (swagger-ui.html) or curl -H "Authorization: Bearer …".');
    });
  });

  window.KcsAuth.ready.then(function () {
    showUser();
    loadVehicles(false);
    connect();
    setInterval(function () { loadVehicles(false); }, VEHICLE_REFRESH_MS);
  }, function (error) {
    showNotice('Could not log in (' + error.message + '). Reload the page to try again.');
  });
}());
