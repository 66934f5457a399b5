// An SVG map of a story's located events over the world's country outlines (world-atlas
// countries-110m, vendored under /ui/vendor, decoded here: TopoJSON arcs are delta-encoded and
// quantised). Equirectangular projection: one SVG unit per degree, so no library is needed.
import { h } from './dom.js';

let atlas = null; // Promise<string[]>: one SVG path per country, shared by every story page

function loadCountries() {
  if (!atlas) {
    atlas = fetch('/ui/vendor/world-atlas/countries-110m.json')
      .then((r) => { if (!r.ok) throw new Error(`country outlines: HTTP ${r.status}`); return r.json(); })
      .then(countryPaths)
      .catch((error) => { atlas = null; throw error; });
  }
  return atlas;
}

/** TopoJSON topology -> [{ name, d }] with d an SVG path in (lon, -lat) units. */
export function countryPaths(topology) {
  const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
  const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = (indexes) => {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    // A ring that crosses the antimeridian jumps from +180 to -180: break the line there rather
    // than draw a stroke across the whole map.
    let d = '';
    let prev = null;
    for (const [lon, lat] of points) {
      d += (prev === null || Math.abs(lon - prev) > 180 ? 'M' : 'L') + `${lon.toFixed(2)},${(-lat).toFixed(2)}`;
      prev = lon;
    }
    return d + 'Z';
  };
  const out = [];
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const d = polygons.map((rings) => rings.map(ring).join('')).join('');
    if (d) out.push({ name: (g.properties && g.properties.name) || '', d });
  }
  return out;
}

function located(events, entities) {
  const points = [];
  for (const e of events) {
    if (Array.isArray(e.coordinates) && e.coordinates.length === 2) {
      points.push({ lat: e.coordinates[0], lon: e.coordinates[1], label: [e.location, e.date, e.type].filter(Boolean).join(', '), kind: 'event', id: e.id, description: e.description });
    }
  }
  for (const p of entities) {
    if (p.type === 'PLACE' && Array.isArray(p.coordinates) && p.coordinates.length === 2) {
      points.push({ lat: p.coordinates[0], lon: p.coordinates[1], label: p.canonical, kind: 'place' });
    }
  }
  // places first, so the events are drawn over them
  return points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon)).sort((a, b) => (a.kind === 'event') - (b.kind === 'event'));
}

export async function renderMap(host, events, entities, signal) {
  const points = located(events, entities);
  const eventPoints = points.filter((p) => p.kind === 'event');
  const countries = await loadCountries();
  if (signal && signal.aborted) return;

  // The view: the whole world, or the located points with a margin (at least 40° by 20°).
  let box = [-180, -84, 360, 168];
  if (points.length) {
    const lons = points.map((p) => p.lon);
    const lats = points.map((p) => p.lat);
    let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const padX = Math.max(20 - (e - w) / 2, 5);
    const padY = Math.max(10 - (n - s) / 2, 3);
    w = Math.max(-180, w - padX); e = Math.min(180, e + padX);
    s = Math.max(-84, s - padY); n = Math.min(84, n + padY);
    // keep the map's shape between 2:1 and 1.2:1, so a row of far-apart points is not a thin strip
    if (n - s < (e - w) / 2) {
      const grow = ((e - w) / 2 - (n - s)) / 2;
      s = Math.max(-84, s - grow); n = Math.min(84, n + grow);
    }
    if (e - w < (n - s) * 1.2) {
      const grow = ((n - s) * 1.2 - (e - w)) / 2;
      w = Math.max(-180, w - grow); e = Math.min(180, e + grow);
    }
    box = [w, -n, e - w, n - s];
  }
  const r = box[2] / 200;
  const label = eventPoints.length
    ? `Map of ${eventPoints.length} located ${eventPoints.length === 1 ? 'event' : 'events'}`
    : 'World map: no located events';
  // The element takes the view's shape (no land drawn outside it), at most 28rem tall.
  const ratio = box[2] / box[3];
  const svg = h('svg.map', { viewBox: box.map((v) => v.toFixed(2)).join(' '), role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' },
    h('title', label),
    h('rect.sea', { x: box[0], y: box[1], width: box[2], height: box[3] }),
    h('g.countries', countries.map((c) => h('path', { d: c.d }, h('title', c.name)))),
    h('g.points', points.map((p) => h('circle', { class: p.kind, cx: p.lon.toFixed(3), cy: (-p.lat).toFixed(3), r: (p.kind === 'event' ? r * 1.4 : r).toFixed(3) },
      h('title', p.label)))));
  // set through the CSSOM, which the page's Content-Security-Policy does not restrict
  svg.style.aspectRatio = `${box[2].toFixed(2)} / ${box[3].toFixed(2)}`;
  svg.style.maxWidth = `min(100%, ${(28 * ratio).toFixed(2)}rem)`;
  host.replaceChildren(
    svg,
    eventPoints.length
      ? h('ul.map-key', eventPoints.map((p) => h('li', h('a', { href: `#event-${p.id}` }, p.label), ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`)))
      : h('p.map-empty', { role: 'note' }, points.length
        ? 'No located events; the dots are places named in the reports.'
        : 'No located events: none of the events\u2019 places has known coordinates.'));
}
