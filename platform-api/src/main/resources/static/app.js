// The web app after auth.js has logged in: hash routes to the views, the header (user, connection badge, nav by role),
// the shared live feed and the service worker that makes the app installable and shows push notifications.
//   #fleet  #vehicle/VIN  #alerts[/VIN]  #calendar  #terminal  #settings
import { api } from './api.js';
import { clear } from './dom.js';
import { live } from './live.js';
import * as fleet from './fleet.js';
import * as vehicle from './vehicle.js';
import * as alerts from './alerts.js';
import * as calendar from './calendar.js';
import * as terminal from './terminal.js';
import * as settings from './settings.js';

const ROUTES = { fleet: fleet, vehicle: vehicle, alerts: alerts, calendar: calendar, terminal: terminal,
  settings: settings };
const STAFF = ['TECHNICIAN', 'WORKSHOP_ADMIN'];

const page = document.getElementById('page');
const notice = document.getElementById('notice');
let leave = null;
let ctx = null;

function showNotice(text) {
  notice.textContent = text || '';
  notice.hidden = !text;
}

function route() {
  const [name, argument] = window.location.hash.replace(/^#\/?/, '').split('/');
  const view = ROUTES[name] ? name : 'fleet';
  if (leave) {
    leave();
    leave = null;
  }
  showNotice('');
  clear(page);
  document.querySelectorAll('nav.main a').forEach(function (link) {
    if (link.getAttribute('href') === '#' + (view === 'vehicle' ? 'fleet' : view)) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  document.body.dataset.view = view;
  leave = ROUTES[view].render(page, ctx, argument ? decodeURIComponent(argument) : undefined);
  // move focus to the new content for keyboard and screen-reader users
  document.getElementById('view').focus({ preventScroll: true });
}

function showUser(me) {
  const roles = me.roles.map(function (r) { return r.toLowerCase().replace(/_/g, ' '); });
  document.getElementById('user-name').textContent = me.subject + (roles.length ? ' (' + roles.join(', ') + ')' : '');
  document.getElementById('user').hidden = false;
  document.querySelectorAll('[data-staff-only]').forEach(function (el) {
    el.hidden = !(ctx.isStaff || ctx.isOperator);
  });
}

function registerServiceWorker() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(function (error) {
      console.warn('service worker not registered', error);
    });
  }
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
live.on('state', function (state) {
  const badge = document.getElementById('connection');
  badge.dataset.state = state.state;
  document.getElementById('connection-text').textContent = state.text;
});
live.on('error', function (message) { showNotice('Live updates refused: ' + message.message); });

registerServiceWorker();
window.KcsAuth.ready.then(async function () {
  const me = await api.get('api/me');
  const roles = me.roles || [];
  ctx = {
    me: me,
    isOwner: roles.includes('VEHICLE_OWNER'),
    isStaff: roles.some(function (r) { return STAFF.includes(r); }),
    isOperator: roles.includes('OPERATOR'),
    notice: showNotice
  };
  showUser(me);
  live.start();
  window.addEventListener('hashchange', route);
  route();
}).catch(function (error) {
  showNotice('Could not log in (' + error.message + '). Reload the page to try again.');
});
