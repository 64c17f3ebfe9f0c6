// Booking calendar (#calendar): the bays of a workshop × the hours of a day, or × the days of a week, with every
// booking in its bay. For workshop staff (their own workshop) and operators (any workshop).
import { api } from './api.js';
import { workshopResources } from './booking.js';
import { clear, h, hhmm, humanize } from './dom.js';
import { live } from './live.js';
import { localDate, nextDay, startOfDay } from './zone.js';

const FIRST_HOUR = 6;
const LAST_HOUR = 21;

export function render(container, ctx) {
  if (!ctx.isStaff && !ctx.isOperator) {
    container.append(h('h2', { class: 'page-title' }, 'Booking calendar'),
      h('p', { class: 'empty' }, 'The calendar is for workshop staff. Book a fix from an alert instead.'));
    return function () {};
  }
  const workshopSelect = h('select', { id: 'calendar-workshop', onchange: load });
  const dayInput = h('input', { type: 'date', id: 'calendar-day', onchange: load });
  const modeSelect = h('select', { id: 'calendar-mode', onchange: load },
    h('option', { value: 'day' }, 'Day'), h('option', { value: 'week' }, 'Week'));
  const board = h('div', { class: 'calendar', role: 'region', 'aria-label': 'Bookings by bay' });
  container.append(h('h2', { class: 'page-title' }, 'Booking calendar'),
    h('div', { class: 'toolbar' },
      h('label', { for: 'calendar-workshop' }, 'Workshop'), workshopSelect,
      h('label', { for: 'calendar-day' }, 'Day'), dayInput,
      h('label', { for: 'calendar-mode' }, 'Show'), modeSelect),
    board);

  async function init() {
    const workshops = (await api.get('api/workshops')).filter(function (w) {
      return !ctx.me.workshopId || w.id === ctx.me.workshopId;
    });
    workshops.forEach(function (w) { workshopSelect.append(h('option', { value: w.id }, w.name)); });
    await load();
  }

  async function load() {
    const workshopId = workshopSelect.value;
    if (!workshopId) {
      return;
    }
    try {
      const resources = await workshopResources(workshopId);
      const zone = resources.timeZone;
      if (!dayInput.value) {
        dayInput.value = localDate(Date.now(), zone);
      }
      const days = modeSelect.value === 'week' ? 7 : 1;
      const from = startOfDay(dayInput.value, zone);
      const to = startOfDay(nextDay(dayInput.value, days), zone);
      const bookings = await api.get('api/workshops/' + encodeURIComponent(workshopId) + '/bookings?from=' +
        new Date(from).toISOString() + '&to=' + new Date(to).toISOString());
      clear(board).append(days === 1 ? dayBoard(resources, bookings, from)
        : weekBoard(resources, bookings, dayInput.value));
    } catch (error) {
      ctx.notice('Could not load the calendar (' + error.message + ')');
    }
  }

  function serviceName(resources, id) {
    const found = resources.services.find(function (s) { return s.id === id; });
    return found ? found.name : 'Service #' + id;
  }

  function block(resources, booking) {
    return h('div', { class: 'booking status-' + booking.status.toLowerCase(), dataset: { bookingId: booking.id },
      title: humanize(booking.status) + ' · ' + booking.vin },
    h('strong', {}, hhmm(booking.range.start, resources.timeZone) + '–' + hhmm(booking.range.end, resources.timeZone)),
    ' ', serviceName(resources, booking.serviceTypeId), h('br'), h('span', { class: 'mono' }, booking.vin),
    booking.status === 'CONFIRMED' ? null : h('span', { class: 'tag' }, humanize(booking.status)));
  }

  function dayBoard(resources, bookings, from) {
    const span = (LAST_HOUR - FIRST_HOUR) * 3600 * 1000;
    const origin = from + FIRST_HOUR * 3600 * 1000;
    const hours = h('div', { class: 'cal-row cal-hours', 'aria-hidden': 'true' }, h('div', { class: 'cal-bay' }),
      h('div', { class: 'cal-track' }, Array.from({ length: LAST_HOUR - FIRST_HOUR }, function (_, i) {
        return h('span', { class: 'cal-hour', style: 'left:' + (i / (LAST_HOUR - FIRST_HOUR) * 100) + '%' },
          String(FIRST_HOUR + i).padStart(2, '0') + ':00');
      })));
    const rows = resources.bays.map(function (bay) {
      const track = h('div', { class: 'cal-track' });
      bookings.filter(function (b) { return b.bayId === bay.id; }).forEach(function (b) {
        const start = Math.max(0, (Date.parse(b.range.start) - origin) / span);
        const end = Math.min(1, (Date.parse(b.range.end) - origin) / span);
        const el = block(resources, b);
        el.style.left = (start * 100) + '%';
        el.style.width = Math.max(2, (end - start) * 100) + '%';
        track.append(el);
      });
      return h('div', { class: 'cal-row', dataset: { bayId: bay.id } },
        h('div', { class: 'cal-bay' }, h('strong', {}, bay.name), h('br'),
          h('span', { class: 'muted' }, Array.from(bay.capabilities).join(', ') || 'basic')), track);
    });
    return h('div', { class: 'cal-day' }, hours, rows);
  }

  function weekBoard(resources, bookings, firstDay) {
    const days = Array.from({ length: 7 }, function (_, i) { return nextDay(firstDay, i); });
    const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
    return h('table', { class: 'cal-week' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Bay'), days.map(function (d) {
        return h('th', { scope: 'col' }, dayName.format(new Date(d + 'T12:00:00Z')));
      }))),
      h('tbody', {}, resources.bays.map(function (bay) {
        return h('tr', { dataset: { bayId: bay.id } }, h('th', { scope: 'row' }, bay.name), days.map(function (d) {
          return h('td', {}, bookings.filter(function (b) {
            return b.bayId === bay.id && localDate(Date.parse(b.range.start), resources.timeZone) === d;
          }).map(function (b) { return block(resources, b); }));
        }));
      })));
  }

  const stops = [live.on('reconnected', load)];
  init().catch(function (error) { ctx.notice('Could not load the workshops (' + error.message + ')'); });
  const timer = setInterval(load, 60000);
  return function () {
    clearInterval(timer);
    stops.forEach(function (stop) { stop(); });
  };
}
