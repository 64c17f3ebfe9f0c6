// Small DOM and formatting helpers shared by the views (no framework: the app builds with a JDK only).

/** h('button', {class: 'x', onclick: fn}, 'text', child...): an element; null/false children are skipped. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(function ([name, value]) {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  });
  children.flat().forEach(function (child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

/** Replaces the element's children; arrays (of arrays) of children are flattened, null/false skipped. */
export function fill(element, ...children) {
  clear(element);
  children.flat(Infinity).forEach(function (child) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

export function clear(element) {
  while (element.firstChild) {
    element.removeChild(element.firstChild);
  }
  return element;
}

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

export function humanize(name) {
  const words = String(name || '').toLowerCase().replace(/[_-]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function signalLabel(signal) {
  return KNOWN_SIGNALS[signal] ? KNOWN_SIGNALS[signal].label : humanize(signal);
}

export function formatValue(signal, value) {
  if (typeof value !== 'number' || !isFinite(value)) {
    return '–';
  }
  const known = KNOWN_SIGNALS[signal];
  const digits = known ? known.decimals : (Math.abs(value) >= 1000 ? 0 : 1);
  return value.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function unitSymbol(unit) {
  return UNIT_SYMBOLS[unit] || unit || '';
}

export function compareSignals(a, b) {
  const rank = function (s) { const i = SIGNAL_ORDER.indexOf(s); return i < 0 ? SIGNAL_ORDER.length : i; };
  return rank(a) - rank(b) || a.localeCompare(b);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const shortTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function time(iso) {
  return iso ? timeFormat.format(new Date(iso)) : '–';
}

export function hhmm(iso, zone) {
  if (!iso) {
    return '–';
  }
  return zone ? new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: zone })
    .format(new Date(iso)) : shortTime.format(new Date(iso));
}

export function dateTime(iso, zone) {
  if (!iso) {
    return '–';
  }
  return zone ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })
    .format(new Date(iso)) : dateTimeFormat.format(new Date(iso));
}

/** good / fair / poor band of a 0..100 health score, for colour and for words (colour is never the only cue). */
export function scoreBand(score) {
  if (typeof score !== 'number') {
    return { band: 'none', word: 'no score yet' };
  }
  if (score >= 80) {
    return { band: 'good', word: 'good' };
  }
  return score >= 50 ? { band: 'fair', word: 'fair' } : { band: 'poor', word: 'poor' };
}

export function scoreBadge(score, extraClass) {
  const band = scoreBand(score);
  return h('span', { class: 'score score-' + band.band + (extraClass ? ' ' + extraClass : ''),
    title: 'Health ' + band.word, dataset: typeof score === 'number' ? { score: String(Math.round(score)) } : null },
  typeof score === 'number' ? Math.round(score) : '–', h('span', { class: 'sr-only' }, ' of 100, ' + band.word));
}

export function severityBadge(severity) {
  return h('span', { class: 'severity severity-' + String(severity).toLowerCase() }, humanize(severity));
}
