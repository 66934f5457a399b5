// Building DOM nodes. Every string from the API goes in as a text node (or an attribute value):
// nothing here ever parses HTML, so text from reports cannot inject markup.

/**
 * h('a.cls#id', { href, onclick, ... }, child, [children], 'text') -> Element.
 * Children may be strings/numbers (text nodes), nodes, arrays, or null/false (skipped).
 */
export function h(spec, attrs, ...children) {
  const match = /^([a-z0-9-]+)?((?:[.#][\w-]+)*)$/i.exec(spec);
  const tag = (match && match[1]) || 'div';
  const el = tag === 'svg' || SVG_TAGS.has(tag)
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  if (match && match[2]) {
    for (const part of match[2].match(/[.#][\w-]+/g)) {
      if (part[0] === '.') el.classList.add(part.slice(1));
      else el.id = part.slice(1);
    }
  }
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'class') el.setAttribute('class', [el.getAttribute('class'), value].filter(Boolean).join(' '));
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key === 'value' && 'value' in el) el.value = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

const SVG_TAGS = new Set(['g', 'path', 'circle', 'rect', 'text', 'title', 'line']);

/** Like Element.append, but skips null/false and flattens arrays (Element.append would write "null"). */
export function append(el, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, ...child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A link handled by the client-side router (plain <a href>, so it works with keyboard, middle click, copy). */
export function link(href, ...children) {
  return h('a', { href }, ...children);
}

export function section(title, id, ...children) {
  return h('section.panel', { 'aria-labelledby': id + '-h', id },
    h('h2', { id: id + '-h' }, title), ...children);
}

export function encode(s) {
  return encodeURIComponent(s);
}

export function dateSpan(first, last) {
  if (!first && !last) return '—';
  if (!last || first === last) return first || last;
  if (!first) return last;
  return `${first} – ${last}`;
}

/** killed -> killed, distance_km -> distance (km), amount_eur -> amount (EUR), natural_disaster -> natural disaster. */
export function humanFact(name) {
  const m = /^(.+)_(km|m|mi|ha|kg|t|[a-z]{3})$/.exec(String(name));
  if (m && m[1] !== 'natural' && !/^(claim|election|attack)$/.test(m[1])) {
    return `${m[1].replace(/_/g, ' ')} (${m[2].length === 3 && !['kph', 'mph'].includes(m[2]) ? m[2].toUpperCase() : m[2]})`;
  }
  return String(name).replace(/_/g, ' ');
}

/** A number with its unit, written as the briefs write it (Output/ReportFormat.WithUnit): "US$1,500",
 * "12%", "30 day" — the same figure must read the same in the CLI, the exports and the page. */
function withUnit(number, unit) {
  if (!unit || !unit.trim()) return number;
  switch (unit.toUpperCase()) {
    case 'USD': return `US$${number}`;
    case 'EUR': return `€${number}`;
    case 'GBP': return `£${number}`;
    case 'PERCENT': case '%': return `${number}%`;
    default: return `${number} ${unit}`;
  }
}

const QUALIFIERS = { at_least: 'at least', more_than: 'more than', at_most: 'at most', less_than: 'less than', about: 'about', range: '' };

/** "at least 3", "3–5", "about 1,200 km". */
export function formatValue(value, qualifier, unit) {
  const num = (n) => typeof n === 'number' ? n.toLocaleString('en') : String(n);
  const v = Array.isArray(value) ? `${num(value[0])}–${num(value[1])}` : num(value);
  const q = qualifier && QUALIFIERS[qualifier] !== undefined ? QUALIFIERS[qualifier] : (qualifier || '');
  return [q, withUnit(v, unit)].filter(Boolean).join(' ');
}

/**
 * Render a long list a batch at a time: the first `step` items now, then a "show more" button
 * under the container for the next batch (a story of thousands of reports stays fast to open).
 * Returns the button (or null when everything fits), to be placed after the container.
 */
export function progressive(container, items, renderItem, step, noun) {
  let shown = 0;
  const more = () => {
    const next = items.slice(shown, shown + step);
    shown += next.length;
    for (const item of next) append(container, renderItem(item));
    if (shown >= items.length) button.remove();
    else button.textContent = `Show ${Math.min(step, items.length - shown)} more of ${items.length - shown} ${noun}`;
  };
  const button = h('button.more.secondary', { type: 'button' });
  button.addEventListener('click', more);
  more();
  return shown < items.length ? button : null;
}
