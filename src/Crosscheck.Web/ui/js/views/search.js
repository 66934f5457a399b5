// Full-text search over the reports (/search?q=).
import { api } from '../api.js';
import { h, encode, append } from '../dom.js';

export async function renderSearch(main, ctx) {
  ctx.setTitle('Search');
  const q = ctx.params.get('q') || '';
  const form = h('form.filters', { role: 'search', 'aria-label': 'Search reports', action: '/search', method: 'get' },
    h('div.field.grow', h('label', { for: 's-q' }, 'Words in the reports'), h('input#s-q', { type: 'search', name: 'q', value: q, required: true })),
    h('div.actions', h('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(form).get('q');
    ctx.navigate('/search' + (value ? `?q=${encode(String(value))}` : ''));
  });
  append(main, h('h1', 'Search the reports'), form);
  if (!q) return;
  const data = await api.search(q, 50, ctx.signal);
  append(main, 
    h('p.summary', data.results.length ? `${data.results.length}${data.results.length === 50 ? '+' : ''} reports` : 'No report matches.'),
    h('ol.search-results', data.results.map((r) => h('li',
      h('h2.story-title', h('a', { href: `/reports/${encode(r.id)}` }, r.title || r.id)),
      h('p.story-meta', h('span', r.outlet || 'outlet unknown'), h('span', r.published || 'undated'),
        r.story ? h('a', { href: `/stories/${encode(r.story)}` }, 'its story') : h('span.muted', 'no story yet')),
      h('p.snippet', snippet(r.snippet || ''))))));
}

/** The API marks hits with [ and ]: turn them into <mark> without parsing any HTML. */
function snippet(text) {
  const parts = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(h('mark', m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
