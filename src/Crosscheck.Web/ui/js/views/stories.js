// The story list (/): search and filters in the URL's query (so a filtered list can be bookmarked),
// one page at a time from the server, refreshed when an analysis finishes.
import { api, onAnalysed } from '../api.js';
import { h, clear, dateSpan, encode, append } from '../dom.js';

export const EVENT_TYPES = ['attack', 'natural_disaster', 'accident', 'negotiation', 'diplomacy', 'territorial_claim',
  'protest', 'arrest', 'election', 'business', 'legal'];

const PAGE_SIZE = 25;

export async function renderStories(main, ctx) {
  ctx.setTitle('Stories');
  const p = ctx.params;
  const query = {
    q: p.get('q') || '', from: p.get('from') || '', to: p.get('to') || '', place: p.get('place') || '',
    type: p.get('type') || '', conflicts: p.get('conflicts') === 'true', page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
  };

  const field = (label, input) => h('div.field', h('label', { for: input.id }, label), input);
  const form = h('form.filters', { role: 'search', 'aria-label': 'Filter stories', action: '/', method: 'get' },
    h('div.field.grow', h('label', { for: 'f-q' }, 'Search'),
      h('input#f-q', { type: 'search', name: 'q', value: query.q, placeholder: 'words in the reports or titles  (press /)', 'aria-keyshortcuts': '/' })),
    // On a phone the date, place and type filters fold away unless one is in use.
    h('details.more-filters', { open: Boolean(query.from || query.to || query.place || query.type) || window.matchMedia('(min-width: 48rem)').matches },
      h('summary', 'Dates, place, event type'),
      h('div.more-fields',
      field('From', h('input#f-from', { type: 'date', name: 'from', value: query.from })),
      field('To', h('input#f-to', { type: 'date', name: 'to', value: query.to })),
      field('Place', h('input#f-place', { type: 'text', name: 'place', value: query.place, autocomplete: 'off' })),
      field('Event type', h('select#f-type', { name: 'type' },
        h('option', { value: '' }, 'any'),
        EVENT_TYPES.map((t) => h('option', { value: t, selected: t === query.type }, t.replace(/_/g, ' '))))))),
    h('div.field.check', h('input#f-conflicts', { type: 'checkbox', name: 'conflicts', value: 'true', checked: query.conflicts }),
      h('label', { for: 'f-conflicts' }, 'only stories whose figures disagree')),
    h('div.actions', h('button', { type: 'submit' }, 'Apply'),
      h('a.button.secondary', { href: '/' }, 'Reset')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const search = new URLSearchParams();
    for (const [key, value] of data) if (value) search.set(key, String(value));
    ctx.navigate('/' + (search.toString() ? `?${search}` : ''));
  });

  // Only the one-line summary is announced: re-reading the whole list on each refresh would drown it.
  const live = h('p.summary', { 'aria-live': 'polite' });
  const results = h('div.results');
  append(main, h('h1', 'Stories'), form, live, results);

  const load = async (signal) => {
    const data = await api.stories({ ...query, conflicts: query.conflicts ? 'true' : '', page: query.page, page_size: PAGE_SIZE }, signal);
    clear(results);
    append(results, renderList(data));
    live.textContent = summaryText(data);
  };
  await load(ctx.signal);

  let busy = false;
  const off = onAnalysed(async () => {
    if (busy || ctx.signal.aborted) return;
    busy = true;
    try { await load(ctx.signal); } catch { /* keep the old list */ } finally { busy = false; }
  });
  return off;
}

function summaryText(data) {
  const first = (data.page - 1) * data.page_size + 1;
  const last = Math.min(data.total, data.page * data.page_size);
  const pending = data.analysed_version < data.corpus_version ? ' · new reports are being analysed' : '';
  if (data.total === 0) return 'No stories match.' + pending;
  return `${data.total.toLocaleString('en')} ${data.total === 1 ? 'story' : 'stories'} · showing ${first}–${last}${pending}`;
}

function renderList(data) {
  const frag = document.createDocumentFragment();
  const first = (data.page - 1) * data.page_size + 1;
  if (data.stories.length === 0) return frag;

  const list = h('ol.story-list', { start: first });
  for (const s of data.stories) {
    list.append(h('li.story-item', { class: s.has_conflict ? 'has-conflict' : null, dataset: { id: s.id } },
      h('h2.story-title', h('a', { href: `/stories/${encode(s.id)}` }, s.title || s.id)),
      h('p.story-meta',
        s.has_conflict ? h('span.badge.conflict', { title: 'The sources state different figures' }, '⚠ figures disagree') : null,
        h('span', `${s.report_count} ${s.report_count === 1 ? 'report' : 'reports'}`),
        h('span', `${s.source_count} independent ${s.source_count === 1 ? 'source' : 'sources'}`),
        h('span', h('time', dateSpan(s.first_date, s.last_date)))),
      (s.places.length || s.event_types.length)
        ? h('p.story-tags',
          s.event_types.map((t) => h('a.tag.type', { href: `/?type=${encode(t)}`, title: `stories of type ${t.replace(/_/g, ' ')}` }, t.replace(/_/g, ' '))),
          s.places.slice(0, 6).map((pl) => h('a.tag.place', { href: `/?place=${encode(pl)}`, title: `stories at ${pl}` }, pl)),
          s.places.length > 6 ? h('span.tag', `+${s.places.length - 6}`) : null)
        : null));
  }
  frag.append(list);

  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  if (pages > 1) {
    const pageHref = (n) => {
      const search = new URLSearchParams(location.search);
      if (n === 1) search.delete('page'); else search.set('page', String(n));
      const s = search.toString();
      return '/' + (s ? `?${s}` : '');
    };
    frag.append(h('nav.pager', { 'aria-label': 'Pages' },
      data.page > 1 ? h('a', { href: pageHref(data.page - 1), rel: 'prev' }, '← Previous') : h('span.disabled', '← Previous'),
      h('span', `page ${data.page} of ${pages}`),
      data.page < pages ? h('a', { href: pageHref(data.page + 1), rel: 'next' }, 'Next →') : h('span.disabled', 'Next →')));
  }
  return frag;
}
