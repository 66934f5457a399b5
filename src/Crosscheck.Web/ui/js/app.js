// The UI's shell: client-side routing over the server's UI routes (history API), the status line,
// and the hand-over between views. Each view renders into <main> and may return a cleanup function.
import { api, onAnalysed } from './api.js';
import { h, clear, append } from './dom.js';
import { renderStories } from './views/stories.js';
import { renderStory } from './views/story.js';
import { renderReport } from './views/report.js';
import { renderCompare } from './views/compare.js';
import { renderAdd } from './views/add.js';
import { renderEntities } from './views/entities.js';
import { renderSearch } from './views/search.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');

const routes = [
  [/^\/$/, () => renderStories],
  [/^\/stories\/(.+)$/, (m) => (el, ctx) => renderStory(el, decode(m[1]), ctx)],
  [/^\/reports\/(.+)$/, (m) => (el, ctx) => renderReport(el, decode(m[1]), ctx)],
  [/^\/compare\/([^/]+)\/([^/]+)$/, (m) => (el, ctx) => renderCompare(el, decode(m[1]), decode(m[2]), ctx)],
  [/^\/add$/, () => renderAdd],
  [/^\/entities$/, () => renderEntities],
  [/^\/search$/, () => renderSearch],
];

function decode(segment) {
  try { return decodeURIComponent(segment); } catch { return segment; }
}

let current = null; // { controller, cleanup }

export function navigate(href, { replace = false } = {}) {
  const url = new URL(href, location.origin);
  if (url.href === location.href && !replace) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render(!replace);
}

async function render(moveFocus) {
  if (current) {
    current.controller.abort();
    if (typeof current.cleanup === 'function') current.cleanup();
  }
  const controller = new AbortController();
  const state = { controller, cleanup: null };
  current = state;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  let view = null;
  for (const [pattern, make] of routes) {
    const m = pattern.exec(path);
    if (m) { view = make(m); break; }
  }
  markNav(path);
  clear(main);
  main.setAttribute('aria-busy', 'true');
  const ctx = {
    signal: controller.signal,
    params: new URLSearchParams(location.search),
    navigate,
    setTitle: (title) => { document.title = title ? `${title} · Crosscheck` : 'Crosscheck'; },
  };
  try {
    if (!view) {
      ctx.setTitle('Not found');
      append(main, h('h1', { tabindex: '-1' }, 'Page not found'), h('p', h('a', { href: '/' }, 'Back to the stories')));
    } else {
      state.cleanup = await view(main, ctx);
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    showError(main, error);
  } finally {
    if (current === state) main.removeAttribute('aria-busy');
  }
  if (current !== state) return;
  if (moveFocus) {
    // Tell screen-reader and keyboard users the page changed: focus the new heading.
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    if (!location.hash) window.scrollTo(0, 0);
  }
  if (location.hash) {
    const target = document.getElementById(decode(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
}

export function showError(el, error) {
  clear(el);
  const notFound = error && error.status === 404;
  // fetch() rejects with a TypeError when the server cannot be reached at all
  const offline = error instanceof TypeError && /fetch|network/i.test(error.message);
  append(el,
    h('h1', { tabindex: '-1' }, notFound ? 'Not found' : offline ? 'The server cannot be reached' : 'Something went wrong'),
    h('p.error', { role: 'alert' }, offline ? 'Is crosscheck serve still running? Reload the page to try again.'
      : error && error.message ? error.message : String(error)),
    h('p', h('a', { href: '/' }, 'Back to the stories')));
}

function markNav(path) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    const href = a.getAttribute('href');
    const active = href === '/' ? path === '/' || path.startsWith('/stories/') : path.startsWith(href);
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Same-origin links to UI routes are handled here; API links (exports) and /ui/ files are not.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const a = event.target.closest && event.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.origin);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/ui/') || url.pathname.startsWith('/openapi/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor
  event.preventDefault();
  navigate(url.href);
});

window.addEventListener('popstate', () => render(true));

// "/" jumps to the page's search box, as on many sites (not while typing in a field).
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = main.querySelector('input[type=search]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// The status line: counts, and "analysing…" while the stories are being recomputed.
let statusTimer = 0;
export async function refreshStatus() {
  clearTimeout(statusTimer);
  try {
    const s = await api.status();
    const parts = [`${s.reports.toLocaleString('en')} reports`, `${s.stories.toLocaleString('en')} stories`];
    if (s.analysing || s.analysed_version < s.corpus_version) parts.push('analysing…');
    if (!s.writable) parts.push('read-only');
    statusLine.textContent = parts.join(' · ');
    statusLine.dataset.analysing = String(Boolean(s.analysing || s.analysed_version < s.corpus_version));
    document.body.dataset.writable = String(s.writable);
    if (s.analysing || s.analysed_version < s.corpus_version) statusTimer = setTimeout(refreshStatus, 3000);
    return s;
  } catch {
    statusLine.textContent = 'server unreachable';
    statusTimer = setTimeout(refreshStatus, 10000);
    return null;
  }
}

onAnalysed(() => refreshStatus());
refreshStatus();
render(false);
