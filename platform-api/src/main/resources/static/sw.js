// Service worker of the KC Speedshop web app: keeps the app shell for offline starts (network first, so a new
// version shows at once when online), shows Web Push alerts and opens the app on a notification click.
// Never caches the API, the socket or the login: those are per user and must be fresh.
'use strict';

const CACHE = 'kcs-shell-v1';
const SHELL = ['./', 'index.html', 'app.css', 'auth.js', 'app.js', 'api.js', 'dom.js', 'live.js', 'chart.js',
  'zone.js', 'fleet.js', 'vehicle.js', 'alerts.js', 'booking.js', 'calendar.js', 'terminal.js', 'settings.js',
  'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function isShell(url) {
  if (url.origin !== self.location.origin || url.search) {
    return false; // ?code=... of the login, API queries
  }
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  return SHELL.includes(path) || path === '';
}

self.addEventListener('fetch', function (event) {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isShell(url)) {
    return; // the browser handles it as if there were no worker
  }
  event.respondWith(fetch(event.request).then(function (response) {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(event.request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(event.request).then(function (cached) {
      return cached || caches.match('./');
    });
  }));
});

// payload: {title, body, url, alertId, severity} (platform-api's PushService)
self.addEventListener('push', function (event) {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (ignored) {
    data = { body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'KC Speedshop';
  event.waitUntil(self.registration.showNotification(title, {
    body: data.body || '',
    icon: 'icon-192.png',
    badge: 'icon-192.png',
    tag: data.alertId || undefined, // a later event of the same alert replaces the earlier notification
    renotify: Boolean(data.alertId),
    requireInteraction: data.severity === 'CRITICAL',
    data: { url: data.url || './#alerts' }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url || './#alerts',
    self.registration.scope).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    const open = windows.find(function (w) { return w.url.startsWith(self.registration.scope); });
    if (open) {
      return open.navigate(target).then(function (w) { return (w || open).focus(); });
    }
    return self.clients.openWindow(target);
  }));
});
