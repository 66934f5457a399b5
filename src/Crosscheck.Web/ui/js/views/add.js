// Adding reports (/add): paste one, or upload files; then follow them until the background analysis
// has placed them in a story.
import { api, postReports, onAnalysed } from '../api.js';
import { h, clear, encode, append } from '../dom.js';

const TOKEN_KEY = 'crosscheck-token';

export async function renderAdd(main, ctx) {
  ctx.setTitle('Add reports');
  const status = await api.status(ctx.signal);
  const results = h('div.add-results', { 'aria-live': 'polite' });

  const tokenInput = h('input#token', { type: 'password', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) || '' });
  const tokenField = status.token_required
    ? h('div.field', h('label', { for: 'token' }, 'Access token'), tokenInput,
      h('p.hint', 'This server needs a token for writes; it is kept for this tab only.'))
    : null;
  const token = () => {
    const t = tokenInput.value.trim();
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    return t || null;
  };

  const paste = h('form.add-form#paste-form', { 'aria-labelledby': 'paste-h' },
    h('h2#paste-h', 'Paste a report'),
    h('div.field', h('label', { for: 'p-title' }, 'Title (optional)'), h('input#p-title', { name: 'title', type: 'text' })),
    h('div.row',
      h('div.field', h('label', { for: 'p-outlet' }, 'Outlet (optional)'), h('input#p-outlet', { name: 'outlet', type: 'text' })),
      h('div.field', h('label', { for: 'p-published' }, 'Published (optional)'), h('input#p-published', { name: 'published', type: 'date' }))),
    h('div.field', h('label', { for: 'p-text' }, 'Text'),
      h('textarea#p-text', { name: 'text', rows: '12', required: true, placeholder: 'The report\u2019s text: a header (Title:, Outlet:, Date:) is read too.' })),
    h('button', { type: 'submit' }, 'Add report'));
  paste.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(paste);
    const body = { text: String(data.get('text') || '') };
    for (const key of ['title', 'outlet', 'published']) {
      const v = String(data.get(key) || '').trim();
      if (v) body[key] = v;
    }
    await submit(() => postReports(JSON.stringify(body), 'application/json', token()), paste);
  });

  const fileInput = h('input#u-files', { type: 'file', name: 'files', multiple: true, required: true });
  const upload = h('form.add-form#upload-form', { 'aria-labelledby': 'upload-h' },
    h('h2#upload-h', 'Upload files'),
    h('div.field', h('label', { for: 'u-files' }, 'Files: text, HTML, JSON Lines, RSS or Atom'), fileInput),
    h('button', { type: 'submit' }, 'Upload'));
  upload.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData();
    for (const file of fileInput.files) form.append('files', file, file.name);
    await submit(() => postReports(form, null, token()), upload);
  });

  const submit = async (send, form) => {
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    clear(results);
    append(results, h('p', 'Sending…'));
    try {
      const answer = await send();
      showResults(results, answer, ctx);
      if (answer.stored.some((s) => s.status === 'added')) form.reset();
    } catch (error) {
      clear(results);
      append(results, h('p.error', { role: 'alert' }, error.status === 401 || error.status === 403
        ? `Refused: ${error.message}` : `Could not add: ${error.message}`));
    } finally {
      button.disabled = false;
    }
  };

  append(main, h('h1', 'Add reports'),
    status.writable ? null : h('p.error', 'This server is read-only for you: adding reports will be refused.'),
    tokenField, h('div.add-grid', paste, upload), results);
}

function showResults(el, answer, ctx) {
  clear(el);
  const stored = answer.stored || [];
  const rejected = answer.rejected || [];
  const rows = new Map();
  append(el, 
    h('h2', 'Result'),
    stored.length ? h('ul.stored', stored.map((s) => {
      const state = h('span.state', s.status === 'added' ? ' — waiting for the analysis…' : ' — already stored');
      rows.set(s.id, state);
      return h('li', { dataset: { id: s.id } }, h('a', { href: `/reports/${encode(s.id)}` }, s.name || s.id), ` (${s.status})`, state);
    })) : null,
    rejected.length ? h('ul.rejected', rejected.map((r) => h('li.error', `${r.name}: rejected, ${r.reason}`))) : null,
    stored.length === 0 && rejected.length === 0 ? h('p', 'Nothing was sent.') : null);
  if (stored.length === 0) return;

  // Wait for the analysis to catch up with this upload, then say which story each report joined.
  const target = answer.corpus_version ?? 0;
  let done = false;
  let timer = 0;
  const finish = async () => {
    if (done) return;
    done = true;
    off();
    clearTimeout(timer);
    for (const s of stored) {
      try {
        const report = await api.report(s.id, ctx.signal);
        const state = rows.get(s.id);
        clear(state);
        append(state, ' — ', report.story
          ? h('a.story-link', { href: `/stories/${encode(report.story)}` }, 'open its story')
          : 'analysed, but it joined no story (no event found)');
      } catch {
        // navigated away, or the report is gone: leave the line as it is
      }
    }
  };
  const check = async () => {
    if (done || ctx.signal.aborted) return;
    try {
      const s = await api.status(ctx.signal);
      if (!s.analysing && s.analysed_version >= target) { await finish(); return; }
    } catch {
      if (ctx.signal.aborted) return;
    }
    timer = setTimeout(check, 1000);
  };
  const off = onAnalysed((data) => { if ((data.corpus_version ?? 0) >= target) check(); });
  ctx.signal.addEventListener('abort', () => { done = true; off(); clearTimeout(timer); });
  check();
}
