// Login for the web app: OAuth 2.0 authorization code with PKCE (RFC 7636) against the issuer named by
// /auth-config (the embedded issuer by default). The access token lives in sessionStorage for this tab only; when it
// is missing, expired or refused, the page goes through the issuer's login again (silently while its login session
// lasts). Exposes window.KcsAuth for app.js.
'use strict';

(function () {
  const TOKEN_KEY = 'kcs.accessToken';
  const VERIFIER_KEY = 'kcs.pkceVerifier';
  const STATE_KEY = 'kcs.oauthState';
  const ROUTE_KEY = 'kcs.route';

  function base64Url(bytes) {
    let text = '';
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomString() {
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return base64Url(bytes);
  }

  async function challengeOf(verifier) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    return base64Url(new Uint8Array(digest));
  }

  // the page itself is the redirect URI: http://host:port/
  function redirectUri() {
    return new URL('./', window.location.href).toString();
  }

  function claims(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload));
    } catch (ignored) {
      return {};
    }
  }

  function validToken() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) {
      return null;
    }
    const exp = claims(token).exp;
    // renew a little early so a request in flight does not cross the expiry
    return exp && exp * 1000 > Date.now() + 30000 ? token : null;
  }

  async function config() {
    const response = await fetch('auth-config', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('auth-config: ' + response.status);
    }
    return response.json();
  }

  async function startLogin() {
    // the issuer sends us back to the bare page: remember the route (#alerts, ...) to return to it
    sessionStorage.setItem(ROUTE_KEY, window.location.hash || '');
    const settings = await config();
    const verifier = randomString();
    const state = randomString();
    sessionStorage.setItem(VERIFIER_KEY, verifier);
    sessionStorage.setItem(STATE_KEY, state);
    const url = new URL(settings.authorizationEndpoint, window.location.href);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: redirectUri(),
      scope: settings.scope,
      state: state,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256'
    }).toString();
    window.location.assign(url.toString());
    // the page is going away; never resolve
    return new Promise(function () {});
  }

  async function finishLogin(code, state) {
    const expected = sessionStorage.getItem(STATE_KEY);
    const verifier = sessionStorage.getItem(VERIFIER_KEY);
    sessionStorage.removeItem(STATE_KEY);
    sessionStorage.removeItem(VERIFIER_KEY);
    // drop ?code=...&state=... from the address bar and history; back to the route the login started from
    window.history.replaceState(null, '', redirectUri() + (sessionStorage.getItem(ROUTE_KEY) || ''));
    sessionStorage.removeItem(ROUTE_KEY);
    if (!expected || state !== expected || !verifier) {
      return startLogin();
    }
    const settings = await config();
    const response = await fetch(new URL(settings.tokenEndpoint, window.location.href).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code,
        redirect_uri: redirectUri(),
        client_id: settings.clientId,
        code_verifier: verifier
      }).toString()
    });
    if (!response.ok) {
      throw new Error('token exchange failed: ' + response.status);
    }
    const token = (await response.json()).access_token;
    sessionStorage.setItem(TOKEN_KEY, token);
    return token;
  }

  async function init() {
    const params = new URLSearchParams(window.location.search);
    if (params.has('code') && params.has('state')) {
      return finishLogin(params.get('code'), params.get('state'));
    }
    if (params.has('error')) {
      throw new Error('login refused: ' + params.get('error') + ' ' + (params.get('error_description') || ''));
    }
    return validToken() || startLogin();
  }

  const ready = init();

  // fetch with the bearer token; a 401 means the token went stale: log in again
  async function authorizedFetch(path, options) {
    const token = validToken() || await startLogin();
    const request = Object.assign({}, options || {});
    request.headers = Object.assign({}, request.headers || {}, { Authorization: 'Bearer ' + token });
    const response = await fetch(path, request);
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      await startLogin();
    }
    return response;
  }

  // browsers cannot set headers on a WebSocket handshake: the token goes in the query (only /ws/ accepts it there)
  function socketUrl(path) {
    const url = new URL(path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('access_token', validToken() || '');
    return url.toString();
  }

  function logout() {
    sessionStorage.removeItem(TOKEN_KEY);
    // the embedded issuer's own logout page ends its login session too
    window.location.assign(new URL('logout', window.location.href).toString());
  }

  window.KcsAuth = {
    ready: ready,
    fetch: authorizedFetch,
    socketUrl: socketUrl,
    hasValidToken: function () { return validToken() !== null; },
    login: startLogin,
    logout: logout,
    claims: function () { return claims(validToken() || ''); },
    token: validToken
  };
}());
