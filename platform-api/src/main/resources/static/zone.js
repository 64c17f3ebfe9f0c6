// Workshop-local days without a date library: the UTC instant of local midnight of a calendar day in an IANA zone.

function offsetMs(zone, epochMs) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(epochMs));
  const get = function (type) { return Number(parts.find(function (p) { return p.type === type; }).value); };
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** 'YYYY-MM-DD' of an instant in the zone. */
export function localDate(epochMs, zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(epochMs));
}

/** Epoch ms of 00:00 of day 'YYYY-MM-DD' in the zone (twice corrected, so a DST change that day is honoured). */
export function startOfDay(day, zone) {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let start = guess - offsetMs(zone, guess);
  start = guess - offsetMs(zone, start);
  return start;
}

/** The day after 'YYYY-MM-DD' (calendar arithmetic, zone-free). */
export function nextDay(day, count) {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + (count || 1)));
  return next.toISOString().slice(0, 10);
}
