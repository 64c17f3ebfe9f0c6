// "Book a fix" from an alert: pick a workshop, get the booking suggestion (the service the alert calls for and the
// first free slots), hold one slot (Idempotency-Key, so a retried click never books twice), then confirm it.
import { api } from './api.js';
import { clear, dateTime, h } from './dom.js';

const resourcesCache = new Map(); // workshopId -> Promise(resources)

export function workshopResources(workshopId) {
  if (!resourcesCache.has(workshopId)) {
    const loading = api.get('api/workshops/' + encodeURIComponent(workshopId) + '/resources');
    loading.catch(function () { resourcesCache.delete(workshopId); });
    resourcesCache.set(workshopId, loading);
  }
  return resourcesCache.get(workshopId);
}

function newKey() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
}

function nameOf(list, id) {
  const found = list.find(function (item) { return item.id === id; });
  return found ? found.name : '#' + id;
}

/** The booking panel of one alert; ctx.me says whether the caller is staff (own workshop only). */
export function bookingPanel(alert, ctx) {
  const panel = h('div', { class: 'booking-panel', role: 'region', 'aria-label': 'Book a fix for ' + alert.vin });
  const status = h('p', { class: 'booking-status', role: 'status', 'aria-live': 'polite' });
  const workshopSelect = h('select', { class: 'workshop-select', id: 'workshop-' + alert.alertId });
  const slotsBox = h('div', { class: 'slots' });
  const findButton = h('button', { type: 'button', class: 'button find-slots', onclick: findSlots }, 'Find free slots');
  panel.append(
    h('div', { class: 'field-row' },
      h('label', { for: workshopSelect.id }, 'Workshop'), workshopSelect, findButton),
    slotsBox, status);

  async function loadWorkshops() {
    try {
      let workshops = await api.get('api/workshops');
      if (ctx.me.workshopId) {
        // staff book into their own workshop only
        workshops = workshops.filter(function (w) { return w.id === ctx.me.workshopId; });
      }
      workshops.forEach(function (w) { workshopSelect.append(h('option', { value: w.id }, w.name)); });
    } catch (error) {
      status.textContent = 'Could not load the workshops: ' + error.message;
    }
  }

  async function findSlots() {
    const workshopId = workshopSelect.value;
    clear(slotsBox);
    status.textContent = 'Looking for free slots…';
    try {
      const [suggestion, resources] = await Promise.all([
        api.get('api/alerts/' + encodeURIComponent(alert.alertId) + '/booking-suggestion?workshopId=' +
          encodeURIComponent(workshopId) + '&limit=8'),
        workshopResources(workshopId)]);
      if (!suggestion.slots.length) {
        status.textContent = 'No free slot for ' + suggestion.serviceName + ' in the next two weeks.';
        return;
      }
      status.textContent = suggestion.serviceName + ': choose a slot (times in ' + resources.timeZone + ').';
      const group = 'slot-' + alert.alertId;
      const list = h('fieldset', { class: 'slot-list' }, h('legend', {}, suggestion.serviceName));
      suggestion.slots.forEach(function (slot, index) {
        const id = group + '-' + index;
        list.append(h('div', { class: 'slot' },
          h('input', { type: 'radio', name: group, id: id, value: String(index), checked: index === 0 }),
          h('label', { for: id }, dateTime(slot.range.start, resources.timeZone) + ' · ' +
            nameOf(resources.bays, slot.bayId) + ' · ' + nameOf(resources.technicians, slot.technicianId))));
      });
      const holdButton = h('button', { type: 'button', class: 'button primary hold', onclick: function () {
        const chosen = list.querySelector('input:checked');
        hold(suggestion, suggestion.slots[Number(chosen ? chosen.value : 0)], resources, holdButton);
      } }, 'Hold this slot');
      slotsBox.append(list, holdButton);
    } catch (error) {
      status.textContent = 'Could not find slots: ' + error.message;
    }
  }

  async function hold(suggestion, slot, resources, holdButton) {
    holdButton.disabled = true;
    status.textContent = 'Holding…';
    try {
      const booking = await api.post('api/bookings', {
        workshopId: suggestion.workshopId, serviceTypeId: suggestion.serviceTypeId, vin: alert.vin,
        bayId: slot.bayId, technicianId: slot.technicianId, start: slot.range.start, alertId: alert.alertId
      }, { 'Idempotency-Key': newKey() });
      clear(slotsBox).append(h('p', { class: 'held', dataset: { bookingId: booking.id } },
        'Held: ' + dateTime(booking.range.start, resources.timeZone) + ', ' + nameOf(resources.bays, booking.bayId) +
        ' (until ' + dateTime(booking.holdExpiresAt, resources.timeZone) + ' unless confirmed). '),
      h('button', { type: 'button', class: 'button primary confirm', onclick: function (event) {
        confirm(booking, resources, event.currentTarget);
      } }, 'Confirm booking'));
      status.textContent = 'Slot held: confirm to book it.';
    } catch (error) {
      holdButton.disabled = false;
      status.textContent = (error.status === 409 ? 'Someone just took that slot. ' : 'Could not hold it: ') +
        error.message;
    }
  }

  async function confirm(booking, resources, button) {
    button.disabled = true;
    try {
      const confirmed = await api.post('api/bookings/' + encodeURIComponent(booking.id) + '/confirm');
      clear(slotsBox).append(h('p', { class: 'confirmed', dataset: { bookingId: confirmed.id } },
        '✔ Booked: ' + dateTime(confirmed.range.start, resources.timeZone) + ', ' +
        nameOf(resources.bays, confirmed.bayId) + ' with ' + nameOf(resources.technicians, confirmed.technicianId) +
        '.'));
      status.textContent = 'Booking confirmed.';
    } catch (error) {
      button.disabled = false;
      status.textContent = 'Could not confirm: ' + error.message;
    }
  }

  loadWorkshops();
  return panel;
}
