// Alerts (#alerts, #alerts/VIN): newest first; acknowledge, assign to a technician (staff and operators), resolve with
// a note, and "book a fix" straight from the alert. New alerts and lifecycle events arrive over the live feed.
import { api } from './api.js';
import { workshopResources, bookingPanel } from './booking.js';
import { clear, dateTime, fill, h, humanize, severityBadge } from './dom.js';
import { live } from './live.js';

export function render(container, ctx, vin) {
  const activeOnly = h('input', { type: 'checkbox', id: 'active-only', checked: true, onchange: load });
  const list = h('div', { class: 'alert-list', 'aria-live': 'polite' });
  const technicians = h('datalist', { id: 'technician-names' });
  container.append(
    h('h2', { class: 'page-title' }, vin ? 'Alerts of ' + vin : 'Alerts'),
    h('div', { class: 'toolbar' },
      h('label', { for: 'active-only', class: 'check' }, activeOnly, ' Only alerts that need attention'),
      vin ? h('a', { href: '#alerts' }, 'All vehicles') : null),
    list, technicians);

  if (ctx.me.workshopId) {
    workshopResources(ctx.me.workshopId).then(function (resources) {
      resources.technicians.forEach(function (t) { technicians.append(h('option', { value: t.name })); });
    }, function () { /* suggestions only */ });
  }

  function act(alert, action, body) {
    return api.post('api/alerts/' + encodeURIComponent(alert.alertId) + '/' + action, body)
      .then(load, function (error) { ctx.notice('Could not ' + action + ' the alert: ' + error.message); });
  }

  function actions(alert) {
    const done = alert.status === 'RESOLVED';
    const box = h('div', { class: 'actions' });
    if (alert.status === 'OPEN') {
      box.append(h('button', { type: 'button', class: 'button acknowledge', onclick: function () {
        act(alert, 'acknowledge');
      } }, 'Acknowledge'));
    }
    if (!done && (ctx.isStaff || ctx.isOperator)) {
      const input = h('input', { type: 'text', list: 'technician-names', id: 'assign-' + alert.alertId,
        value: alert.assignedTo || '', placeholder: 'Technician' });
      box.append(h('form', { class: 'inline-form assign', onsubmit: function (event) {
        event.preventDefault();
        act(alert, 'assign', { technician: input.value });
      } }, h('label', { for: input.id, class: 'sr-only' }, 'Assign to technician'), input,
      h('button', { type: 'submit', class: 'button' }, 'Assign')));
    }
    if (!done) {
      const note = h('input', { type: 'text', id: 'note-' + alert.alertId, placeholder: 'What was done (optional)' });
      box.append(h('form', { class: 'inline-form resolve', onsubmit: function (event) {
        event.preventDefault();
        act(alert, 'resolve', { note: note.value || null });
      } }, h('label', { for: note.id, class: 'sr-only' }, 'Resolution note'), note,
      h('button', { type: 'submit', class: 'button' }, 'Resolve')));
    }
    if (!done && (ctx.isOwner || ctx.isStaff)) {
      const holder = h('div', { class: 'booking-holder' });
      box.append(h('button', { type: 'button', class: 'button primary book-fix', 'aria-expanded': 'false',
        onclick: function (event) {
          const button = event.currentTarget;
          if (holder.firstChild) {
            clear(holder);
            button.setAttribute('aria-expanded', 'false');
          } else {
            holder.append(bookingPanel(alert, ctx));
            button.setAttribute('aria-expanded', 'true');
          }
        } }, 'Book a fix'), holder);
    }
    return box;
  }

  function card(alert) {
    const people = [
      alert.acknowledgedBy ? 'acknowledged by ' + alert.acknowledgedBy : null,
      alert.assignedTo ? 'assigned to ' + alert.assignedTo : null,
      alert.resolvedBy ? 'resolved by ' + alert.resolvedBy + (alert.resolutionNote ? ': ' + alert.resolutionNote : '')
        : null].filter(function (p) { return p; });
    return h('article', { class: 'card alert status-' + alert.status.toLowerCase(),
      dataset: { alertId: alert.alertId, status: alert.status } },
    h('header', { class: 'card-head row' },
      h('div', {}, severityBadge(alert.severity), ' ', h('strong', {}, humanize(alert.rule))),
      h('span', { class: 'status' }, humanize(alert.status))),
    h('div', { class: 'card-body' },
      h('p', { class: 'message' }, alert.message),
      h('p', { class: 'muted' }, h('a', { href: '#vehicle/' + encodeURIComponent(alert.vin) }, alert.vin),
        ' · raised ' + dateTime(alert.raisedAt) + (alert.clearedAt ? ' · cleared ' + dateTime(alert.clearedAt) : '')),
      people.length ? h('p', { class: 'muted people' }, people.join(' · ')) : null,
      actions(alert)));
  }

  let loading = null;
  async function load() {
    const query = ['limit=100'];
    if (activeOnly.checked) {
      query.push('active=true');
    }
    if (vin) {
      query.push('vin=' + encodeURIComponent(vin));
    }
    try {
      const alerts = await api.get('api/alerts?' + query.join('&'));
      // keep an open booking panel: redraw only the alerts whose state changed
      const existing = new Map(Array.from(list.querySelectorAll('.alert')).map(function (el) {
        return [el.dataset.alertId, el];
      }));
      const fresh = alerts.map(function (alert) {
        const old = existing.get(alert.alertId);
        const key = alert.status + '|' + alert.updatedAt + '|' + alert.assignedTo + '|' + alert.severity;
        if (old && old.dataset.key === key) {
          return old;
        }
        const made = card(alert);
        made.dataset.key = key;
        return made;
      });
      fill(list, fresh.length ? fresh : h('p', { class: 'empty' }, 'No alerts.'));
    } catch (error) {
      ctx.notice('Could not load the alerts (' + error.message + ')');
    }
  }

  // The socket and the alert store hear of an event independently, so the store may not have it yet when the
  // socket does: reload soon, then twice more. A burst of events shares the same reloads.
  function scheduleLoad() {
    if (!loading) {
      loading = [300, 1500, 5000].map(function (delay, i, all) {
        return setTimeout(function () {
          if (i === all.length - 1) {
            loading = null;
          }
          load();
        }, delay);
      });
    }
  }

  const stops = [live.on('alert', scheduleLoad), live.on('reconnected', load)];
  load();
  return function () {
    (loading || []).forEach(clearTimeout);
    stops.forEach(function (stop) { stop(); });
  };
}
