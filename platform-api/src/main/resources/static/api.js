// REST calls with the bearer token of auth.js; errors carry the RFC 7807 problem's detail.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || ('HTTP ' + status));
    this.status = status;
    this.title = title;
  }
}

async function request(method, path, body, headers) {
  const options = { method: method, headers: Object.assign({ Accept: 'application/json' }, headers || {}) };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await window.KcsAuth.fetch(path, options);
  if (!response.ok) {
    let title = response.statusText;
    let detail = '';
    try {
      const problem = await response.json();
      title = problem.title || title;
      detail = problem.detail || '';
    } catch (ignored) {
      // not a problem detail: keep the status text
    }
    throw new ApiError(response.status, title, detail || (response.status + ' ' + title));
  }
  return response.status === 204 ? null : response.json();
}

export const api = {
  get: function (path) { return request('GET', path); },
  post: function (path, body, headers) { return request('POST', path, body === undefined ? {} : body, headers); },
  put: function (path, body) { return request('PUT', path, body); },
  del: function (path) { return request('DELETE', path); }
};

export function vinPath(vin) {
  return 'api/vehicles/' + encodeURIComponent(vin);
}
