// People, organisations and places across all stories (/entities?q=&type=).
import { api } from '../api.js';
import { h, encode, append } from '../dom.js';

export async function renderEntities(main, ctx) {
  ctx.setTitle('Entities');
  const q = ctx.params.get('q') || '';
  const type = ctx.params.get('type') || '';
  const form = h('form.filters', { role: 'search', 'aria-label': 'Find names', action: '/entities', method: 'get' },
    h('div.field.grow', h('label', { for: 'e-q' }, 'Name'), h('input#e-q', { type: 'search', name: 'q', value: q })),
    h('div.field', h('label', { for: 'e-type' }, 'Type'), h('select#e-type', { name: 'type' },
      [['', 'any'], ['PERSON', 'people'], ['ORG', 'organisations'], ['PLACE', 'places']]
        .map(([v, label]) => h('option', { value: v, selected: v === type }, label)))),
    h('div.actions', h('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) search.set(key, String(value));
    ctx.navigate('/entities' + (search.toString() ? `?${search}` : ''));
  });
  const data = await api.entities({ q, type, limit: 100 }, ctx.signal);
  append(main, h('h1', 'People, organisations and places'), form,
    h('p.summary', data.entities.length ? `${data.entities.length}${data.entities.length === 100 ? '+' : ''} names, most mentioned first` : 'No names match.'),
    h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': 'Names' }, h('table.entities-table',
      h('thead', h('tr', ['Name', 'Type', 'Mentions', 'Also written', 'Stories'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', data.entities.map((e) => h('tr',
        h('th', { scope: 'row' }, e.canonical),
        h('td', h('span', { class: `tag ent-${e.type}` }, e.type)),
        h('td.num', String(e.mentions)),
        h('td', (e.variants || []).filter((v) => v !== e.canonical).join(', ')),
        h('td', h('ul.inline', (e.stories || []).slice(0, 5).map((s) => h('li', h('a', { href: `/stories/${encode(s.id)}` }, s.title || s.id)))),
          (e.stories || []).length > 5 ? h('span.muted', ` +${e.stories.length - 5} more`) : null)))))));
}
