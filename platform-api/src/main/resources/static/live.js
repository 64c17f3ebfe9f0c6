// One WebSocket to /ws/signals for the whole app: views subscribe to message types and get only the vehicles this
// user may see (the server filters). Reconnects with backoff; views hear about reconnects to catch up over REST.

const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30000;

const listeners = new Map(); // type -> Set(fn); type 'reconnected' after a reconnect, 'state' on status changes
let attempt = 0;
let started = false;
let state = { state: 'connecting', text: 'Connecting…' };

function emit(type, payload) {
  (listeners.get(type) || new Set()).forEach(function (listener) {
    try {
      listener(payload);
    } catch (error) {
      console.error('live listener failed', error);
    }
  });
}

function setState(name, text) {
  state = { state: name, text: text };
  emit('state', state);
}

function connect() {
  if (!window.KcsAuth.hasValidToken()) {
    // expired while the page was open: log in again (back here afterwards)
    window.KcsAuth.login();
    return;
  }
  setState('connecting', attempt === 0 ? 'Connecting…' : 'Reconnecting…');
  // browsers cannot set headers on a WebSocket handshake: the token goes in the query (only /ws/ accepts it there)
  const socket = new WebSocket(window.KcsAuth.socketUrl('ws/signals'));
  socket.onopen = function () {
    const wasReconnect = attempt > 0;
    attempt = 0;
    setState('live', 'Live');
    if (wasReconnect) {
      emit('reconnected', null);
    }
  };
  socket.onmessage = function (event) {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch (ignored) {
      return;
    }
    emit(message.type, message);
  };
  socket.onclose = function () {
    // exponential backoff with jitter, so many open pages do not reconnect in lockstep
    const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * Math.pow(2, attempt));
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    attempt++;
    setState('retrying', 'Disconnected, retrying in ' + Math.ceil(delay / 1000) + ' s');
    setTimeout(connect, delay);
  };
}

export const live = {
  start: function () {
    if (!started) {
      started = true;
      connect();
    }
  },
  /** Subscribes; returns the function that unsubscribes (views call it when they go away). */
  on: function (type, listener) {
    if (!listeners.has(type)) {
      listeners.set(type, new Set());
    }
    listeners.get(type).add(listener);
    if (type === 'state') {
      listener(state);
    }
    return function () { listeners.get(type).delete(listener); };
  }
};
