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
  for (const op of c.ops) {
    if (op.op === 'equal') {
      append(left, op.text);
      append(right, op.text);
      same += words(op.text);
    } else if (op.op === 'delete') {
      append(left, h('del', { title: 'only in the left report' }, op.text));
      deleted += words(op.text);
    } else if (op.op === 'insert') {
      append(right, h('ins', { title: 'only in the right report' }, op.text));
      inserted += words(op.text);
    }
  }
  const side = (r, body, label) => h('section.diff-side', { 'aria-label': `${label}: ${r.title || r.id}` },
    h('h2', h('a', { href: `/reports/${encode(r.id)}` }, r.title || r.id)),
    h('p.muted', [r.outlet || 'outlet unknown', ' · ', h('code', r.id)]),
    body);
  append(main, 
    h('p.breadcrumb', h('a', { href: '/' }, 'Stories'), ' › compare'),
    h('h1', 'What changed between two reports'),
    h('p.summary.compare-summary',
      h('strong.similarity', `${Math.round(c.similarity * 100)}% similar`), ' · ',
      h('span', `${same.toLocaleString('en')} words shared`), ' · ',
      h('del', `${deleted.toLocaleString('en')} words only left`), ' · ',
      h('ins', `${inserted.toLocaleString('en')} words only right`), ' · ',
      h('a', { href: `/compare/${encode(c.right.id)}/${encode(c.left.id)}` }, 'swap sides')),
    h('div.diff', side(c.left, left, 'Left'), side(c.right, right, 'Right')));
}
