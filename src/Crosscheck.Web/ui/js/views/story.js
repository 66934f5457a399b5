// A story (/stories/{id}) the way a fact-checker reads it: what happened (brief, timeline), which
// figures the sources disagree on, who covered what, who said what, who and where, and which
// outlets only copy a wire story. Everything comes from the JSON report contract (docs/report-format.md).
import { api, exportUrl, onAnalysed } from '../api.js';
import { h, section, encode, dateSpan, humanFact, formatValue, append, progressive, clear } from '../dom.js';
import { renderMap } from '../map.js';

/** Above this many reports the figures table lists values grouped by figure rather than one column per report. */
const MAX_REPORT_COLUMNS = 14;
/** The coverage matrix shows at most this many events (those most reported) as columns. */
const MAX_COVERAGE_EVENTS = 16;
/** Citations listed after one event before "and N more". */
const MAX_CITES = 12;
/** Long lists (events, figures, reports, quotes) render a batch at a time. */
const BATCH = 50;

export async function renderStory(main, id, ctx) {
  const report = await api.story(id, ctx.signal);
  const story = report.stories.find((s) => s.id === id) || report.stories[0];
  if (!story) throw Object.assign(new Error(`no story '${id}'`), { status: 404 });
  // A merged story's old id is redirected by the API; show the id it lives under now, so the
  // address bar holds the link to share.
  if (story.id !== id) history.replaceState(history.state, '', location.pathname.replace(encodeURIComponent(id), encodeURIComponent(story.id)) + location.search);
  ctx.setTitle(story.title || story.id);

  // The story's numbered sources are the brief's (stories[].sources): [n], the outlet and the date
  // basis read the same here as in the CLI and every export. Older reports without them are numbered
  // by their copy groups.
  const numbered = new Map((story.sources || []).map((src) => [src.file, src]));
  const articleById = new Map(report.articles.map((a) => {
    const src = numbered.get(a.file);
    return [a.file, src ? { ...a, outlet: src.outlet ?? a.outlet, basis_text: src.published_basis_text } : a];
  }));
  const storyArticles = (story.articles || []).map((f) => articleById.get(f)).filter(Boolean);
  // [n]: the report's number in the sources table, used by citations, columns and quotes alike.
  const number = new Map();
  for (const src of story.sources || []) number.set(src.file, src.number);
  const sources = groupSources(storyArticles, number);
  if (number.size === 0) sources.flatMap((g) => [g.original, ...g.copies]).forEach((a, i) => number.set(a.file, i + 1));
  const ordered = [...number.entries()].sort((x, y) => x[1] - y[1]).map(([f]) => articleById.get(f)).filter(Boolean);
  const eventIds = new Set(story.event_ids || (story.events || []).map((e) => e.id || e));
  const events = report.events.filter((e) => eventIds.has(e.id) || e.story === story.id)
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.id.localeCompare(b.id));
  const independent = new Set(storyArticles.map((a) => a.independent_source || a.file));
  const dates = events.map((e) => e.date).filter(Boolean).sort();
  const hasConflict = events.some((e) => Object.values(e.facts || {}).some(disagrees));

  const cite = (file, extra) => {
    const n = number.get(file);
    const a = articleById.get(file);
    const label = a ? (a.outlet || a.independent_source || a.file) : file;
    return h('a.cite', { href: reportHref(file, extra), title: extra && extra.text ? `${label}: ${extra.text}` : label }, `[${n ?? '?'}]`);
  };

  // New reports may change this story: say so, and let the reader reload when it suits them.
  const notice = h('div.notice', { role: 'status', hidden: true });
  const off = onAnalysed(() => {
    clear(notice);
    notice.hidden = false;
    append(notice, 'New reports have been analysed: this story may have changed. ',
      h('button.secondary', { type: 'button', onclick: () => ctx.navigate(location.pathname + location.search, { replace: true }) }, 'Reload the story'));
  });

  append(main, notice,
    h('p.breadcrumb', h('a', { href: '/' }, 'Stories'), ' › ', h('span', story.id)),
    h('h1', story.title || story.id),
    h('p.story-meta',
      hasConflict ? h('span.badge.conflict', '⚠ figures disagree') : null,
      h('span', `${storyArticles.length} reports`),
      h('span', `${independent.size} independent sources`),
      h('span', dateSpan(dates[0], dates[dates.length - 1])),
      h('span', `${events.length} ${events.length === 1 ? 'event' : 'events'}`)),
    h('nav.toc', { 'aria-label': 'On this page' },
      [['brief', 'Brief'], ['timeline', 'Timeline'], ['figures', 'Figures'], ['coverage', 'Coverage'], ['quotes', 'Quotes'],
        ['entities', 'People, organisations, places'], ['map', 'Map'], ['sources', 'Sources'], ['exports', 'Export']]
        .map(([anchor, label]) => h('a', { href: `#${anchor}` }, label))),
    briefSection(events, cite, sources),
    timelineSection(events, cite),
    figuresSection(events, ordered, number, cite),
    coverageSection(events, ordered, number),
    quotesSection(report.quotes || [], number, cite),
    entitiesSection(report.entities || []),
    section('Map', 'map', h('div.map-host', h('p.muted', 'Loading the map…'))),
    sourcesSection(sources, number, articleById),
    section('Export', 'exports', h('ul.exports',
      [['brief.md', 'Brief (Markdown)'], ['brief.html', 'Brief (HTML)'], ['report.json', 'Report (JSON)'],
        ['events.csv', 'Events (CSV)'], ['events.geojson', 'Events (GeoJSON)']]
        .map(([name, label]) => h('li', h('a', { href: exportUrl(story.id, name), download: '' }, label, ' ', h('code', name)))))));

  // The map last: it fetches the country outlines, and the rest of the page need not wait for them.
  const host = main.querySelector('.map-host');
  renderMap(host, events, report.entities || [], ctx.signal).catch((error) => {
    if (!ctx.signal.aborted) host.replaceChildren(h('p.muted', `The map could not be drawn: ${error.message}`));
  });
  return off;
}

function reportHref(file, extra) {
  const base = `/reports/${encode(file)}`;
  return extra && Number.isInteger(extra.start) ? `${base}?hl=${extra.start}-${extra.end}#hl` : base;
}

/** Originals (wire stories and independent reports), each with the copies of it that are in the story. */
/** Whether the sources of a figure contradict each other: the report's own verdict (agreement), not
 * merely different figures ("at least 3" and "4" differ but agree; a toll that rose is no dispute). */
const disagrees = (f) => (f.agreement ? f.agreement === 'disagree' : Boolean(f.conflict));

export function groupSources(articles, number = new Map()) {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const files = new Set(byFile.keys());
  const groups = new Map();
  for (const a of articles) {
    if (!a.copy_of || !files.has(a.copy_of)) groups.set(a.file, { original: a, copies: [] });
  }
  for (const a of articles) {
    if (a.copy_of && files.has(a.copy_of)) {
      let root = a.copy_of;
      const seen = new Set();
      while (!groups.has(root) && !seen.has(root)) { seen.add(root); root = byFile.get(root)?.copy_of || root; }
      (groups.get(root) || groups.get(a.file) || { copies: [] }).copies.push(a);
    }
  }
  const byDate = (x, y) => (x.published || '').localeCompare(y.published || '') || x.file.localeCompare(y.file);
  const list = [...groups.values()];
  if (number.size > 0) {
    // Numbered sources: each group where its first report is numbered, copies in number order.
    const n = (a) => number.get(a.file) ?? Number.MAX_SAFE_INTEGER;
    for (const g of list) g.copies.sort((x, y) => n(x) - n(y));
    const first = (g) => Math.min(n(g.original), ...g.copies.map(n));
    return list.sort((x, y) => first(x) - first(y));
  }
  for (const g of list) g.copies.sort(byDate);
  // wire stories with copies first (they drive most of the coverage), then by date
  return list.sort((x, y) => (y.copies.length > 0) - (x.copies.length > 0) || byDate(x.original, y.original));
}

/** Figures counted in people: "At least 3 and as many as 7 people were killed". */
const PEOPLE_FACTS = new Set(['killed', 'dead', 'injured', 'wounded', 'missing', 'evacuated', 'displaced', 'arrested',
  'detained', 'rescued', 'hospitalised', 'hospitalized', 'affected', 'homeless']);

function figureSentence(name, f) {
  const v = (x) => formatValue(x, null, f.unit);
  const people = PEOPLE_FACTS.has(name);
  const spread = !sameValue(f.low, f.high);
  // agreement_text is the brief's own wording ("sources disagree", "rose from 3 to 4 over one day").
  const note = [spread ? `best estimate ${v(f.best)}` : null, f.agreement_text || (f.conflict ? 'sources disagree' : null)].filter(Boolean).join('; ');
  const tail = note ? ` (${note})` : '';
  if (people) {
    return spread ? `At least ${v(f.low)} and as many as ${v(f.high)} people were ${name}${tail}` : `${v(f.best)} ${f.best === 1 ? 'person was' : 'people were'} ${name}${tail}`;
  }
  // "distance_km" with a unit: the value says "30 km", so the label is just "distance"
  const label = f.unit && name.endsWith(`_${f.unit}`) ? humanFact(name.slice(0, -f.unit.length - 1)) : humanFact(name);
  return `${label[0].toUpperCase()}${label.slice(1)}: ${spread ? `${v(f.low)} to ${v(f.high)}` : v(f.best)}${tail}`;
}

function briefSection(events, cite, groups) {
  if (events.length === 0) return section('Brief', 'brief', h('p.muted', 'No events were found in these reports.'));
  // The story in two lines: what the sources disagree on, and which reports only copy a wire story.
  const disputed = events.flatMap((e, i) => Object.entries(e.facts || {}).filter(([, f]) => disagrees(f)).map(([name]) => ({ e, i, name })));
  const copied = groups.filter((g) => g.copies.length);
  const summary = h('p.brief-summary',
    disputed.length
      ? ['Sources disagree on ', disputed.length === 1 ? 'one figure' : `${disputed.length} figures`, ': ',
        disputed.slice(0, 12).map(({ e, name }, k) => [k ? ', ' : '', h('a', { href: `#fig-${e.id}-${name}` }, humanFact(name)),
          events.length > 1 ? ` (${[e.date, e.location].filter(Boolean).join(', ') || 'undated'})` : '']),
        disputed.length > 12 ? ` and ${disputed.length - 12} more` : '', '. ']
      : 'The sources agree on every figure they share. ',
    copied.slice(0, 6).map((g) => [`${g.copies.length + 1} reports are copies of one ${g.original.independent_source || g.original.outlet || 'wire'} story and count as one source `,
      [g.original, ...g.copies].slice(0, MAX_CITES).map((a) => cite(a.file)), '. ']),
    copied.length > 6 ? `${copied.length - 6} more wire stories are copied. ` : null);
  const brief = h('div.brief', summary);
  const more = progressive(brief, events, (e) => {
      const seen = new Set();
      const cites = (e.citations || []).filter((c) => !seen.has(c.file) && seen.add(c.file));
      const extraSources = (e.sources || []).filter((f) => !seen.has(f)).length + Math.max(0, cites.length - MAX_CITES);
      const figures = Object.entries(e.facts || {});
      return h('div.brief-event', { id: `brief-${e.id}` },
        h('p',
          h('strong', [e.date, e.location].filter(Boolean).join(', ') || 'Undated'), ' — ',
          e.description || e.id, ' ',
          cites.slice(0, MAX_CITES).map((c) => [cite(c.file, c), ' ']),
          extraSources ? h('span.muted', `(and ${extraSources} more ${extraSources === 1 ? 'report' : 'reports'})`) : null),
        figures.length ? h('ul.brief-figures', figures.map(([name, f]) => h('li', { class: disagrees(f) ? 'conflict' : null },
          disagrees(f) ? h('span', { 'aria-hidden': 'true' }, '⚠ ') : null,
          h('a.figure-link', { href: `#fig-${e.id}-${name}` }, figureSentence(name, f)),
          f.single_source ? h('span.badge.single', 'one independent source') : null))) : null);
  }, BATCH, 'events');
  return section('Brief', 'brief', brief, more);
}

function timelineSection(events, cite) {
  if (events.length === 0) return section('Timeline', 'timeline', h('p.muted', 'No events.'));
  const list = h('ol.timeline');
  const more = progressive(list, events, (e) => h('li', { id: `event-${e.id}` },
      h('time.when', { datetime: e.date || null }, e.date || 'undated'),
      h('div.what',
        h('span.tag.type', humanFact(e.type || 'event')),
        e.location ? h('span.tag.place', e.location) : null,
        h('p', e.description || e.id),
        h('p.muted', `${(e.sources || []).length} ${(e.sources || []).length === 1 ? 'report' : 'reports'} `, (e.sources || []).slice(0, MAX_CITES).map((f) => [cite(f), ' ']),
          (e.sources || []).length > MAX_CITES ? '…' : null))), BATCH * 2, 'events');
  return section('Timeline', 'timeline', list, more);
}

function figuresSection(events, ordered, number, cite) {
  const rows = events.flatMap((e) => Object.entries(e.facts || {}).map(([name, fact]) => ({ e, name, fact })));
  if (rows.length === 0) return section('Figures', 'figures', h('p.muted', 'No figures were reported.'));
  const conflicts = rows.filter((r) => disagrees(r.fact)).length;
  const wide = ordered.length <= MAX_REPORT_COLUMNS;
  const eventLabel = (e) => [humanFact(e.type || 'event'), e.location, e.date].filter(Boolean).join(', ');

  const evidenceOf = new WeakMap();
  const valueCell = (fact, file) => {
    const claims = fact.by_article || {};
    if (!(file in claims)) return h('td.na', { title: 'does not report this event' }, h('span.visually-hidden', 'does not report the event'));
    const claim = claims[file];
    if (!claim) return h('td.silent', { title: 'reports the event, states no figure' }, h('span', { 'aria-hidden': 'true' }, '·'), h('span.visually-hidden', 'no figure'));
    const differs = fact.conflict && !sameValue(claim.value, fact.best);
    const td = h('td.value', { class: differs ? 'differs' : null, title: claim.evidence || null, tabindex: claim.evidence ? '0' : null },
      formatValue(claim.value, claim.qualifier, fact.unit));
    if (claim.evidence) evidenceOf.set(td, { file, text: claim.evidence });
    return td;
  };

  const columns = 4 + (wide ? ordered.length : 1);
  const head = h('tr',
    h('th', { scope: 'col' }, 'Figure'),
    wide ? ordered.map((a) => h('th.src', { scope: 'col', title: a.outlet || a.file },
      h('a', { href: reportHref(a.file) }, `[${number.get(a.file)}]`), h('span.src-name', shortName(a)),
      a.copy_of ? h('span.src-copy', `copy of [${number.get(a.copy_of) ?? '?'}]`) : null)) : h('th', { scope: 'col' }, 'Values stated'),
    h('th.num', { scope: 'col' }, 'Low'), h('th.num', { scope: 'col' }, 'Best'), h('th.num', { scope: 'col' }, 'High'));

  const byEvent = new Map();
  for (const row of rows) {
    if (!byEvent.has(row.e.id)) byEvent.set(row.e.id, []);
    byEvent.get(row.e.id).push(row);
  }
  const table = h('table.figures', h('thead', head));
  // The sentence behind a value, for keyboard and touch users too (a title shows only on hover).
  const evidence = h('p.evidence', { 'aria-live': 'polite' }, 'Select a value to read the sentence it comes from.');
  const showEvidence = (event) => {
    const td = event.target.closest && event.target.closest('td.value');
    const found = td && evidenceOf.get(td);
    if (!found) return;
    clear(evidence);
    append(evidence, cite(found.file), ' “', found.text, '”');
  };
  table.addEventListener('focusin', showEvidence);
  table.addEventListener('click', showEvidence);
  const more = progressive(table, [...byEvent.values()], (eventRows) => h('tbody', { dataset: { event: eventRows[0].e.id } },
    h('tr.event-row', h('th', { scope: 'colgroup', colspan: String(columns) }, h('a', { href: `#event-${eventRows[0].e.id}` }, eventLabel(eventRows[0].e)))),
    eventRows.map(({ e, name, fact }) => h('tr', {
    class: [disagrees(fact) ? 'conflict' : null, fact.single_source ? 'single-source' : null].filter(Boolean).join(' ') || null,
    dataset: { event: e.id, fact: name },
    id: `fig-${e.id}-${name}`,
  },
  h('th.fact', { scope: 'row' }, humanFact(name),
    h('span.fact-status',
      disagrees(fact) ? h('span.badge.conflict', 'disagree') : null,
      fact.agreement === 'compatible' || fact.agreement === 'evolving'
        ? h('span.badge', { title: fact.agreement_text || '' }, fact.agreement === 'evolving' ? 'rose over time' : 'differ, could all be true') : null,
      fact.single_source ? h('span.badge.single', { title: 'only one independent source states this figure' }, 'single source') : null,
      h('span.count', `${fact.independent_sources ?? '?'} ${fact.independent_sources === 1 ? 'source' : 'sources'}`))),
  wide ? ordered.map((a) => valueCell(fact, a.file)) : h('td', groupedValues(fact, cite)),
  h('td.num', formatValue(fact.low, null, fact.unit)),
  h('td.num.best', formatValue(fact.best, null, fact.unit)),
  h('td.num', formatValue(fact.high, null, fact.unit))))), BATCH, 'events with figures');

  return section('Figures', 'figures',
    h('p.summary', conflicts
      ? `${conflicts} of ${rows.length} figures disagree between sources (highlighted).`
      : `The sources agree on all ${rows.length} figures.`),
    h('p.legend.muted', '· reports the event without a figure; blank: does not report it; a value in red differs from the best figure. Select a value (or hover it) for its sentence.'),
    h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': 'Figures table (scrolls sideways)' },
      table), more, evidence);
}

function groupedValues(fact, cite) {
  const byValue = new Map();
  for (const [file, claim] of Object.entries(fact.by_article || {})) {
    if (!claim) continue;
    const key = formatValue(claim.value, claim.qualifier, fact.unit);
    if (!byValue.has(key)) byValue.set(key, { claim, files: [] });
    byValue.get(key).files.push(file);
  }
  return h('ul.grouped-values', [...byValue].map(([label, { claim, files }]) => h('li',
    { class: fact.conflict && !sameValue(claim.value, fact.best) ? 'differs' : null },
    h('strong', label), ' ', files.slice(0, MAX_CITES).map((f) => [cite(f), ' ']),
    files.length > MAX_CITES ? h('span.muted', `and ${files.length - MAX_CITES} more`) : null)));
}

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function shortName(a) {
  return a.outlet || a.wire || a.file.replace(/\.[a-z]+$/i, '');
}

function coverageSection(allEvents, ordered, number) {
  if (allEvents.length === 0 || ordered.length === 0) return section('Coverage', 'coverage', h('p.muted', 'Nothing to show.'));
  // Columns: every event, or the most reported ones (a story can hold hundreds of events).
  const events = allEvents.length <= MAX_COVERAGE_EVENTS ? allEvents
    : [...allEvents].sort((a, b) => (b.sources || []).length - (a.sources || []).length).slice(0, MAX_COVERAGE_EVENTS)
      .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.id.localeCompare(b.id));
  const sourceSets = new Map(events.map((e) => [e.id, new Set(e.sources || [])]));
  const head = h('tr', h('th', { scope: 'col' }, 'Source'),
    events.map((e, i) => h('th.ev', { scope: 'col', title: e.description || e.id },
      h('a', { href: `#event-${e.id}` }, `E${i + 1}`), h('span.ev-label', [e.date, humanFact(e.type || '')].filter(Boolean).join(' '))) ),
    h('th.num', { scope: 'col' }, 'Figures stated'));
  const body = h('tbody');
  const more = progressive(body, ordered, (a) => {
    let stated = 0;
    const cells = events.map((e) => {
      const covers = sourceSets.get(e.id).has(a.file);
      const facts = Object.entries(e.facts || {}).filter(([, f]) => f.by_article && f.by_article[a.file]);
      stated += facts.length;
      return covers
        ? h('td.cov.yes', { title: facts.length ? `states ${facts.map(([n]) => humanFact(n)).join(', ')}` : 'reports it, no figures' },
          h('span', { 'aria-hidden': 'true' }, '●'), h('span.visually-hidden', 'reports it'),
          facts.length ? h('small', ` ${facts.length}`, h('span.visually-hidden', ` ${facts.length === 1 ? 'figure' : 'figures'}`)) : null)
        : h('td.cov.no', h('span.visually-hidden', 'no'));
    });
    return h('tr', { class: a.copy_of ? 'copy' : null },
      h('th', { scope: 'row' }, h('a', { href: reportHref(a.file) }, `[${number.get(a.file)}] `, shortName(a)),
        a.copy_of ? h('span.muted', ' (copy)') : null),
      cells, h('td.num', String(stated)));
  }, BATCH, 'reports');
  return section('Coverage', 'coverage',
    h('p.legend.muted', '● the report covers the event; the small number is how many of its figures it states.',
      events.length < allEvents.length ? ` Showing the ${events.length} most reported of ${allEvents.length} events.` : ''),
    h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': 'Coverage matrix (scrolls sideways)' },
      h('table.coverage', h('thead', head), body)), more,
    h('ol.event-key', events.map((e, i) => h('li', h('strong', `E${i + 1}`), ' ', e.description || e.id))));
}

function quotesSection(quotes, number, cite) {
  if (quotes.length === 0) return section('Quotes', 'quotes', h('p.muted', 'No quotes.'));
  const bySpeaker = new Map();
  for (const q of quotes) {
    const key = q.speaker || '';
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(q);
  }
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === '') - (b === '') || bySpeaker.get(b).length - bySpeaker.get(a).length || a.localeCompare(b));
  const quote = (q) => {
    const files = (q.files || []).filter((f) => number.has(f)).sort((x, y) => number.get(x) - number.get(y));
    return h('figure.quote',
      h('blockquote', `“${q.text}”`),
      h('figcaption', files.slice(0, MAX_CITES).map((f) => [cite(f), ' ']), files.length > MAX_CITES ? `and ${files.length - MAX_CITES} more` : null));
  };
  const grid = h('div.quotes');
  const more = progressive(grid, speakers, (speaker) => {
    const box = h('div.speaker', h('h3', speaker || 'Unattributed', h('span.muted', ` · ${bySpeaker.get(speaker).length}`)));
    return append(box, progressive(box, bySpeaker.get(speaker), quote, 5, 'quotes'));
  }, BATCH / 2, 'speakers');
  return section('Quotes', 'quotes', grid, more);
}

function entitiesSection(entities) {
  if (entities.length === 0) return section('People, organisations, places', 'entities', h('p.muted', 'No names found.'));
  const types = [['PERSON', 'People'], ['ORG', 'Organisations'], ['PLACE', 'Places']];
  return section('People, organisations, places', 'entities', h('div.entity-columns', types.map(([type, label]) => {
    const list = entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions);
    const shown = 40;
    const item = (e) => h('li', { class: `entity ${type}` },
      h('a', { href: `/entities?q=${encode(e.canonical)}&type=${type}` }, e.canonical),
      h('span.muted', ` ${e.mentions}×`),
      e.variants && e.variants.filter((v) => v !== e.canonical).length
        ? h('span.variants', ' also ', e.variants.filter((v) => v !== e.canonical).join(', ')) : null);
    const ul = h('ul.entities', list.slice(0, shown).map(item));
    const more = list.length > shown
      ? h('button.link', { type: 'button', onclick: (ev) => { ul.append(...list.slice(shown).map(item)); ev.target.remove(); } }, `show all ${list.length}`)
      : null;
    return h('div.entity-col', { class: `col-${type}` }, h('h3', `${label} (${list.length})`), list.length ? ul : h('p.muted', 'none'), more);
  })));
}

function sourcesSection(groups, number) {
  const row = (a, isCopy, original) => h('tr', { class: isCopy ? 'copy' : 'original', dataset: { file: a.file } },
    h('td.num', `[${number.get(a.file)}]`),
    h('td.title', isCopy ? h('span.copy-mark', { 'aria-hidden': 'true' }, '↳ ') : null,
      h('a', { href: reportHref(a.file) }, a.title || a.file), a.title ? h('div.muted.file', a.file) : null,
      // "analysed": false comes with the reason (a language without a pack): say plainly what is missing.
      a.analysed === false ? h('div.not-analysed', `Not analysed (${a.not_analysed || 'no language pack'}): its events, figures and quotes were not read.`) : null),
    h('td', a.outlet || h('span.muted', 'unknown')),
    h('td', a.published || '—', a.published_basis && a.published_basis !== 'header' ? h('div.muted', a.basis_text || humanFact(a.published_basis)) : null),
    h('td', isCopy
      ? [`copy of [${number.get(a.copy_of) ?? number.get(original.file)}]`, a.copy_evidence ? h('div.muted', a.copy_evidence) : null,
        h('div', h('a.compare', { href: `/compare/${encode(a.copy_of || original.file)}/${encode(a.file)}` }, 'compare with it'))]
      : (a.wire && a.wire === a.outlet ? 'wire story' : 'original')),
    h('td', a.independent_source || ''));
  const wireCount = groups.filter((g) => g.copies.length).length;
  const table = h('table.sources',
    h('thead', h('tr', ['#', 'Report', 'Outlet', 'Published', 'Relation', 'Independent source'].map((t) => h('th', { scope: 'col' }, t)))));
  const more = progressive(table, groups, (g) => h('tbody', { class: g.copies.length ? 'wire-group' : 'single', dataset: { original: g.original.file } },
    row(g.original, false), g.copies.map((c) => row(c, true, g.original))), BATCH, 'sources');
  return section('Sources', 'sources',
    h('p.summary', `${number.size} reports from ${new Set([...groups].map((g) => g.original.independent_source || g.original.file)).size} independent sources`,
      wireCount ? `; ${groups.reduce((n, g) => n + g.copies.length, 0)} only copy a wire story` : '', '.'),
    h('div.table-wrap', { tabindex: '0', role: 'region', 'aria-label': 'Sources table (scrolls sideways)' }, table), more);
}
