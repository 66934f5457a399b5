// One report (/reports/{id}): its metadata, and its text with what the engine extracted from it
// highlighted (names by type, dates with their resolved day, figures with their fact, quotes with
// their speaker). ?hl=START-END marks a cited sentence (the story page's citations link here).
import { api, onAnalysed } from '../api.js';
import { h, encode, formatValue, humanFact, append } from '../dom.js';

const KINDS = [
  { key: 'PERSON', label: 'People' },
  { key: 'ORG', label: 'Organisations' },
  { key: 'PLACE', label: 'Places' },
  { key: 'time', label: 'Dates and times' },
  { key: 'quantity', label: 'Figures' },
  { key: 'quote', label: 'Quotes' },
];

// Outer spans first when two start together: a quote holds the names inside it.
const NESTING = { cite: 0, quote: 1, PERSON: 2, ORG: 2, PLACE: 2, time: 3, quantity: 3 };

export async function renderReport(main, id, ctx) {
  const r = await api.report(id, ctx.signal);
  ctx.setTitle(r.title || r.id);
  const a = r.annotations || {};
  const spans = [];
  for (const e of a.entities || []) {
    spans.push({ start: e.start, end: e.end, kind: e.type, title: `${e.type.toLowerCase()}: ${e.canonical || e.text}` });
  }
  for (const t of a.times || []) {
    spans.push({ start: t.start, end: t.end, kind: 'time', title: t.value ? `date: ${t.value}` : 'time (unresolved)' });
  }
  for (const q of a.quantities || []) {
    spans.push({ start: q.start, end: q.end, kind: 'quantity', title: [q.fact ? humanFact(q.fact) : 'figure', formatValue(q.value, q.qualifier, q.unit)].join(': ') });
  }
  for (const q of a.quotes || []) {
    spans.push({ start: q.start, end: q.end, kind: 'quote', title: `quote: ${q.speaker || 'speaker unknown'}` });
  }
  const hl = /^(\d+)-(\d+)$/.exec(ctx.params.get('hl') || '');
  if (hl) spans.push({ start: +hl[1], end: +hl[2], kind: 'cite', title: 'the cited sentence', id: 'hl' });

  const counts = Object.fromEntries(KINDS.map((k) => [k.key, 0]));
  for (const s of spans) if (s.kind in counts) counts[s.kind]++;

  const text = h('div.report-text', { lang: r.language || null });
  renderAnnotated(text, r.text || '', spans);

  const toggles = h('fieldset.legend-toggles', h('legend', 'Highlight'),
    KINDS.map((k) => {
      const input = h('input', { type: 'checkbox', id: `show-${k.key}`, checked: true });
      input.addEventListener('change', () => text.classList.toggle(`hide-${k.key}`, !input.checked));
      return h('span.toggle', input, h('label', { for: `show-${k.key}` }, h('mark', { class: `ann ann-${k.key}` }, k.label), ` ${counts[k.key]}`));
    }));

  const copies = (r.copies || []).filter((c) => c !== r.id);
  const datalist = h('datalist#compare-options', copies.map((c) => h('option', { value: c })));
  const compareInput = h('input#compare-with', { type: 'text', name: 'other', list: 'compare-options', required: true, value: r.copy_of || copies[0] || '', autocomplete: 'off' });
  const compareForm = h('form.compare-form', { action: '#' },
    h('label', { for: 'compare-with' }, 'Compare with report'), compareInput, datalist,
    h('button', { type: 'submit' }, 'Compare'));
  compareForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const other = compareInput.value.trim();
    if (other) ctx.navigate(`/compare/${encode(r.id)}/${encode(other)}`);
  });

  const meta = h('dl.meta',
    item('Outlet', r.outlet || '—'),
    r.wire ? item('Wire', r.wire) : null,
    item('Independent source', r.independent_source || '—'),
    item('Published', [r.published || 'unknown', r.published_basis ? ` (${humanFact(r.published_basis)})` : '']),
    item('Language', r.language || '—'),
    r.analysed === false ? item('Analysis', h('span.not-analysed', `Not analysed (${r.not_analysed || 'no language pack'}): its events, figures and quotes were not read.`)) : null,
    item('Story', r.story ? h('a', { href: `/stories/${encode(r.story)}` }, r.story) : h('span.muted', 'not analysed yet')),
    r.copy_of ? item('Copy of', h('a', { href: `/reports/${encode(r.copy_of)}` }, r.copy_of), ' · ', h('a', { href: `/compare/${encode(r.copy_of)}/${encode(r.id)}` }, 'compare')) : null,
    copies.length ? item('Copies of the same wire story', h('ul.inline', copies.map((c) => h('li',
      h('a', { href: `/reports/${encode(c)}` }, c), ' ', h('a.small', { href: `/compare/${encode(r.id)}/${encode(c)}`, 'aria-label': `compare with ${c}` }, '(compare)'))))) : null,
    r.url ? item('URL', h('a', { href: safeUrl(r.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, r.url)) : null,
    item('File', h('code', r.id)),
    r.origin && r.origin !== r.id ? item('Origin', h('code', r.origin)) : null);

  append(main, 
    h('p.breadcrumb', h('a', { href: '/' }, 'Stories'), r.story ? [' › ', h('a', { href: `/stories/${encode(r.story)}` }, 'story')] : null, ' › ', h('span', r.id)),
    h('h1', r.title || r.id),
    h('div.report-layout',
      h('aside.report-side', meta, compareForm, toggles),
      h('article.report-body', { 'aria-label': 'Report text' }, text)));
  // Not in a story yet: show it as soon as the analysis has placed it.
  if (!r.story) return onAnalysed(() => ctx.navigate(location.pathname + location.search, { replace: true }));
  return undefined;
}

function item(term, ...value) {
  return [h('dt', term), h('dd', ...value)];
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url : '#';
}

/**
 * Nest the spans into a tree (a span starting inside another and ending past it is split at the
 * outer one's end, so overlaps never produce crossing tags) and write the text with <mark>s.
 */
export function renderAnnotated(container, text, spans) {
  const queue = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start)
    .map((s) => ({ ...s }));
  const order = (x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start) || (NESTING[x.kind] ?? 9) - (NESTING[y.kind] ?? 9);
  queue.sort(order);
  const root = { start: 0, end: text.length, children: [] };
  const stack = [root];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (s.end > parent.end) {
      // crosses the parent's end: keep the part inside, queue the rest
      const rest = { ...s, start: parent.end, id: undefined };
      s.end = parent.end;
      let j = i + 1;
      while (j < queue.length && order(queue[j], rest) <= 0) j++;
      queue.splice(j, 0, rest);
    }
    const node = { ...s, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  write(container, text, root);
}

function write(el, text, node) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) append(el, text.slice(cursor, child.start));
    const entity = child.kind === 'PERSON' || child.kind === 'ORG' || child.kind === 'PLACE';
    const mark = h('mark', { class: `ann ann-${child.kind}${entity ? ' ann-entity' : ''}`, title: child.title, id: child.id || null });
    write(mark, text, child);
    append(el, mark);
    cursor = child.end;
  }
  if (cursor < node.end) append(el, text.slice(cursor, node.end));
}
