// Workshop terminal (#terminal): a touch screen in the shop showing today's bays, big and readable from a distance:
// what is in each bay now and what comes next. Refreshes by itself every 30 s (and at once on a tap of "Refresh").
import { api } from './api.js';
import { workshopResources } from './booking.js';
import { fill, h, hhmm, humanize } from './dom.js';
import { localDate, nextDay, startOfDay } from './zone.js';

const REFRESH_MS = 30000;

export function render(container, ctx) {
  document.body.classList.add('terminal-mode');
  if (!ctx.isStaff && !ctx.isOperator) {
    container.append(h('p', { class: 'empty' }, 'The workshop terminal is for workshop staff.'));
    return function () { document.body.classList.remove('terminal-mode'); };
  }
  const workshopSelect = h('select', { id: 'terminal-workshop', class: 'big', onchange: load });
  const clock = h('time', { class: 'terminal-clock' });
  const bays = h('div', { class: 'terminal-bays' });
  const updated = h('p', { class: 'muted', role: 'status' });
  container.append(
    h('div', { class: 'terminal-head' },
      h('h2', { class: 'page-title' }, 'Today in the bays'), clock,
      h('label', { for: 'terminal-workshop', class: 'sr-only' }, 'Workshop'), workshopSelect,
      h('button', { type: 'button', class: 'button big', onclick: load }, 'Refresh')),
    bays, updated);

  async function init() {
    const workshops = (await api.get('api/workshops')).filter(function (w) {
      return !ctx.me.workshopId || w.id === ctx.me.workshopId;
    });
    workshops.forEach(function (w) { workshopSelect.append(h('option', { value: w.id }, w.name)); });
    await load();
  }

  function serviceName(resources, id) {
    const found = resources.services.find(function (s) { return s.id === id; });
    return found ? found.name : 'Service #' + id;
  }

  function technicianName(resources, id) {
    const found = resources.technicians.find(function (t) { return t.id === id; });
    return found ? found.name : '';
  }

  async function load() {
    const workshopId = workshopSelect.value;
    if (!workshopId) {
      return;
    }
    try {
      const resources = await workshopResources(workshopId);
      const zone = resources.timeZone;
      const today = localDate(Date.now(), zone);
      const from = new Date(startOfDay(today, zone)).toISOString();
      const to = new Date(startOfDay(nextDay(today), zone)).toISOString();
      const bookings = (await api.get('api/workshops/' + encodeURIComponent(workshopId) + '/bookings?from=' + from +
        '&to=' + to)).filter(function (b) { return b.status === 'CONFIRMED' || b.status === 'HELD'; });
      const now = Date.now();
      fill(bays, resources.bays.map(function (bay) {
        const mine = bookings.filter(function (b) { return b.bayId === bay.id && Date.parse(b.range.end) > now; });
        const current = mine.find(function (b) { return Date.parse(b.range.start) <= now; });
        const next = mine.filter(function (b) { return b !== current; });
        return h('article', { class: 'terminal-bay ' + (current ? 'busy' : 'free'), dataset: { bayId: bay.id } },
          h('h3', {}, bay.name),
          h('p', { class: 'bay-state' }, current ? 'In use' : 'Free'),
          current ? h('div', { class: 'now' },
            h('p', { class: 'big-text' }, serviceName(resources, current.serviceTypeId)),
            h('p', {}, h('span', { class: 'mono' }, current.vin), ' · until ' + hhmm(current.range.end, zone)),
            h('p', {}, technicianName(resources, current.technicianId))) : null,
          h('ul', { class: 'next' }, next.length ? next.slice(0, 4).map(function (b) {
            return h('li', {}, h('strong', {}, hhmm(b.range.start, zone)), ' ', serviceName(resources, b.serviceTypeId),
              b.status === 'HELD' ? h('span', { class: 'tag' }, humanize(b.status)) : null);
          }) : h('li', { class: 'muted' }, 'Nothing else today')));
      }));
      clock.textContent = hhmm(new Date(now).toISOString(), zone);
      updated.textContent = 'Updated ' + hhmm(new Date(now).toISOString(), zone) + ' (workshop time, ' + zone + ')';
    } catch (error) {
      ctx.notice('Could not load today\'s bays (' + error.message + ')');
    }
  }

  init().catch(function (error) { ctx.notice('Could not load the workshops (' + error.message + ')'); });
  const timer = setInterval(load, REFRESH_MS);
  return function () {
    clearInterval(timer);
    document.body.classList.remove('terminal-mode');
  };
}
