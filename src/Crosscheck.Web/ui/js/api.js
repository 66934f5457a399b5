// The JSON API (docs/api.md). Errors arrive as RFC 7807 problem details; they become ApiError.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

async function check(response) {
  if (response.ok) return response;
  let title = response.statusText;
  let detail = '';
  try {
    const problem = await response.json();
    title = problem.title || title;
    detail = problem.detail || '';
  } catch {
    // not JSON: keep the status text
  }
  throw new ApiError(response.status, title, detail);
}

export async function getJson(path, params, signal) {
  const url = new URL(path, location.origin);
  if (params) {
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '' && value !== false) url.searchParams.set(key, String(value));
    }
  }
  const response = await check(await fetch(url, { headers: { Accept: 'application/json' }, signal }));
  return response.json();
}

/** POST /api/reports; answers { stored, rejected, corpus_version } also for 422 (nothing readable). */
export async function postReports(body, contentType, token) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch('/api/reports', { method: 'POST', body, headers });
  if (response.status === 422) {
    const problem = await response.json();
    return { stored: problem.stored || [], rejected: problem.rejected || [], corpus_version: problem.corpus_version, status: 422 };
  }
  await check(response);
  const result = await response.json();
  result.status = response.status;
  return result;
}

export const api = {
  status: (signal) => getJson('/api/status', null, signal),
  stories: (params, signal) => getJson('/api/stories', params, signal),
  story: (id, signal) => getJson(`/api/stories/${encodeURIComponent(id)}`, null, signal),
  report: (id, signal) => getJson(`/api/reports/${encodeURIComponent(id)}`, null, signal),
  compare: (a, b, signal) => getJson(`/api/reports/${encodeURIComponent(a)}/compare/${encodeURIComponent(b)}`, null, signal),
  search: (q, limit, signal) => getJson('/api/reports', { q, limit }, signal),
  entities: (params, signal) => getJson('/api/entities', params, signal),
};

export function exportUrl(storyId, name) {
  return `/api/stories/${encodeURIComponent(storyId)}/${name}`;
}

// One EventSource for the page: views subscribe to "analysed" (the stories changed).
const listeners = new Set();
let source = null;

export function onAnalysed(listener) {
  listeners.add(listener);
  if (!source && typeof EventSource !== 'undefined') {
    source = new EventSource('/api/updates');
    source.addEventListener('analysed', (event) => {
      let data = {};
      try { data = JSON.parse(event.data); } catch { /* keep {} */ }
      for (const l of [...listeners]) l(data);
    });
  }
  return () => listeners.delete(listener);
}
