// Two reports side by side (/compare/{a}/{b}), typically a wire story and a copy of it: what the
// copy cut (struck through on the left) and what it added or reworded (underlined on the right).
import { api } from '../api.js';
import { h, encode, append } from '../dom.js';

export async function renderCompare(main, a, b, ctx) {
  const c = await api.compare(a, b, ctx.signal);
  ctx.setTitle(`Compare ${c.left.title || c.left.id} and ${c.right.title || c.right.id}`);
  const words = (s) => (s.match(/\S+/g) || []).length;
  let deleted = 0;
  let inserted = 0;
  let same = 0;
  const left = h('div.diff-text');
  const right = h('div.diff-text');
  const merged = h('div.diff-text'); // one text: the left report with the right one's changes inline
  for (const op of c.ops) {
    if (op.op === 'equal') {
      append(left, op.text);
      append(right, op.text);
      append(merged, op.text);
      same += words(op.text);
    } else if (op.op === 'delete') {
      append(left, h('del', { title: 'only in the left report' }, op.text));
      append(merged, h('del', { title: 'only in the left report' }, op.text));
      deleted += words(op.text);
    } else if (op.op === 'insert') {
      append(right, h('ins', { title: 'only in the right report' }, op.text));
      append(merged, h('ins', { title: 'only in the right report' }, op.text));
      inserted += words(op.text);
    }
  }
  const side = (r, body, label) => h('section.diff-side', { 'aria-label': `${label}: ${r.title || r.id}` },
    h('h2', h('a', { href: `/reports/${encode(r.id)}` }, r.title || r.id)),
    h('p.muted', [r.outlet || 'outlet unknown', ' · ', h('code', r.id)]),
    body);
  const sideBySide = h('div.diff#diff-side-by-side', side(c.left, left, 'Left'), side(c.right, right, 'Right'));
  const inline = h('section.diff-side.diff-inline#diff-inline', { 'aria-label': 'Both reports as one text' },
    h('h2', 'From ', h('a', { href: `/reports/${encode(c.left.id)}` }, c.left.title || c.left.id), ' to ', h('a', { href: `/reports/${encode(c.right.id)}` }, c.right.title || c.right.id)),
    merged);
  append(main,
    h('p.breadcrumb', h('a', { href: '/' }, 'Stories'), ' › compare'),
    h('h1', 'What changed between two reports'),
    h('p.summary.compare-summary',
      h('strong.similarity', `${Math.round(c.similarity * 100)}% similar`), ' · ',
      h('span', `${same.toLocaleString('en')} words shared`), ' · ',
      h('del', `${deleted.toLocaleString('en')} words only left`), ' · ',
      h('ins', `${inserted.toLocaleString('en')} words only right`), ' · ',
      h('a', { href: `/compare/${encode(c.right.id)}/${encode(c.left.id)}` }, 'swap sides')),
    layoutSwitch(sideBySide, inline),
    sideBySide, inline);
  show(window.matchMedia('(max-width: 48rem)').matches ? 'inline' : 'side');
}

function layoutSwitch(sideBySide, inline) {
  const radio = (value, label) => {
    const input = h('input', { type: 'radio', name: 'diff-layout', id: `layout-${value}`, value });
    input.addEventListener('change', () => show(value));
    return h('span.toggle', input, h('label', { for: `layout-${value}` }, label));
  };
  return h('fieldset.diff-layout', h('legend', 'Show'), radio('side', 'side by side'), radio('inline', 'one text with the changes'));
}

function show(layout) {
  const side = document.getElementById('diff-side-by-side');
  const inline = document.getElementById('diff-inline');
  if (!side || !inline) return;
  side.hidden = layout !== 'side';
  inline.hidden = layout === 'side';
  const radio = document.getElementById(`layout-${layout}`);
  if (radio) radio.checked = true;
}
