// Notifications (#settings): subscribe this browser to Web Push with the server's VAPID key, and the user's delivery
// preferences (minimum severity, quiet hours, immediate or digest).
import { api } from './api.js';
import { h } from './dom.js';

function keyBytes(base64Url) {
  const padded = base64Url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - base64Url.length % 4) % 4);
  return Uint8Array.from(atob(padded), function (c) { return c.charCodeAt(0); });
}

async function enableNotifications(status) {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    status.textContent = 'This browser cannot receive push notifications.';
    return;
  }
  try {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      status.textContent = 'Notifications are blocked for this site; allow them in the browser settings.';
      return;
    }
    const registration = await navigator.serviceWorker.ready;
    const key = (await api.get('api/push/vapid-public-key')).publicKey;
    const subscription = await registration.pushManager.getSubscription() ||
      await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
    const body = subscription.toJSON();
    body.device = navigator.userAgent.slice(0, 120);
    await api.post('api/push/subscriptions', body);
    status.textContent = 'Notifications are on for this device.';
  } catch (error) {
    status.textContent = 'Could not turn notifications on: ' + error.message;
  }
}

export function render(container, ctx) {
  const status = h('p', { class: 'push-status', role: 'status', 'aria-live': 'polite' });
  const severity = h('select', { id: 'pref-severity', name: 'minSeverity' },
    ['INFO', 'WARNING', 'CRITICAL'].map(function (s) { return h('option', { value: s }, s.charAt(0) + s.slice(1).toLowerCase()); }));
  const delivery = h('select', { id: 'pref-delivery', name: 'delivery' },
    h('option', { value: 'IMMEDIATE' }, 'Immediately'), h('option', { value: 'DIGEST' }, 'As a digest'));
  const digest = h('input', { type: 'number', id: 'pref-digest', min: 5, max: 1440, step: 5, value: 60 });
  const quiet = h('input', { type: 'checkbox', id: 'pref-quiet' });
  const quietStart = h('input', { type: 'time', id: 'pref-quiet-start', value: '22:00' });
  const quietEnd = h('input', { type: 'time', id: 'pref-quiet-end', value: '07:00' });
  const saved = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

  const form = h('form', { class: 'card form preferences', onsubmit: async function (event) {
    event.preventDefault();
    try {
      await api.put('api/push/preferences', {
        minSeverity: severity.value, delivery: delivery.value, digestEveryMinutes: Number(digest.value),
        quietStart: quiet.checked ? quietStart.value : null, quietEnd: quiet.checked ? quietEnd.value : null,
        timeZone: zone
      });
      saved.textContent = 'Saved.';
    } catch (error) {
      saved.textContent = 'Not saved: ' + error.message;
    }
  } },
  h('h3', {}, 'What to push'),
  h('div', { class: 'field' }, h('label', { for: 'pref-severity' }, 'Minimum severity'), severity),
  h('div', { class: 'field' }, h('label', { for: 'pref-delivery' }, 'Delivery'), delivery),
  h('div', { class: 'field' }, h('label', { for: 'pref-digest' }, 'Digest every (minutes)'), digest),
  h('div', { class: 'field' }, h('label', { for: 'pref-quiet', class: 'check' }, quiet, ' Quiet hours (' + zone + ')')),
  h('div', { class: 'field-row' }, h('label', { for: 'pref-quiet-start' }, 'From'), quietStart,
    h('label', { for: 'pref-quiet-end' }, 'to'), quietEnd),
  h('button', { type: 'submit', class: 'button primary' }, 'Save preferences'), saved);

  container.append(h('h2', { class: 'page-title' }, 'Notifications'),
    h('div', { class: 'card form' },
      h('p', {}, 'Get alerts about your vehicles on this device, even when the app is closed.'),
      h('button', { type: 'button', class: 'button primary enable-push', onclick: function () {
        enableNotifications(status);
      } }, 'Enable notifications'), status),
    form);

  api.get('api/push/preferences').then(function (p) {
    severity.value = p.minSeverity;
    delivery.value = p.delivery;
    digest.value = p.digestEveryMinutes;
    quiet.checked = Boolean(p.quietStart);
    if (p.quietStart) {
      quietStart.value = p.quietStart.slice(0, 5);
      quietEnd.value = p.quietEnd.slice(0, 5);
    }
  }, function (error) { ctx.notice('Could not load the preferences (' + error.message + ')'); });
  return function () {};
}
