// Prints the release bundle's sizes: every file in dist/ raw, gzip and brotli, and what the
// first page load needs. Usage: node tests/bench/sizes.mjs [dist]
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ?? fileURLToPath(new URL('../../dist/', import.meta.url));

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for (const path of (await files(dist)).sort()) {
  const body = await readFile(path);
  rows.push({
    name: relative(dist, path),
    raw: (await stat(path)).size,
    // A file written compressed travels as it is: hosts do not compress it again.
    gzip: path.endsWith('.gz') ? body.length : gzipSync(body, { level: 9 }).length,
    brotli: path.endsWith('.gz') ? body.length : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}

// A first visit to a page fetches the page, the CSS and the boot script. A page with nothing but
// links (the home page, a dossier's page) stops there; an interactive page (the list, the
// timeline, the projects) also fetches the JS glue and its snippets, the WebAssembly, the data
// (data/site.bin.gz, written compressed) and English's language file (a page in another
// language fetches its language's three files instead, each listed below). Only the pages, the app's files and the data are listed:
// the other prerendered pages are the size of these or smaller.
const page = (name) => (r) =>
  r.name === name || /^boot-[0-9a-f]+\.js$/.test(r.name) || /^main-[0-9a-f]+\.css$/.test(r.name);
// A build from before the binary data file read the JSON files instead.
const wire = rows.some((r) => r.name === 'data/site.bin.gz');
const app = (r) =>
  /^connect-explorer-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name) ||
  r.name.startsWith('snippets/') ||
  (wire ? r.name === 'data/site.bin.gz' : /^data\/[a-z]+\.json$/.test(r.name)) ||
  r.name === 'data/lang/en.json';
const staticLoad = rows.filter(page('index.html'));
const interactiveLoad = rows.filter((r) => page('dossiers/index.html')(r) || app(r));

console.log(`${'file'.padEnd(48)} ${'raw KiB'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
const pages = rows.filter((r) => r.name.endsWith('index.html'));
for (const r of rows.filter((r) => !r.name.endsWith('index.html') || r.name === 'index.html' || r.name === 'dossiers/index.html')) {
  console.log(`${r.name.padEnd(48)} ${kib(r.raw)} ${kib(r.gzip)} ${kib(r.brotli)}`);
}
const largest = pages.reduce((a, b) => (b.brotli > a.brotli ? b : a), pages[0] ?? { name: '-', raw: 0, gzip: 0, brotli: 0 });
console.log(`${`(${pages.length} prerendered pages; largest: ${largest.name})`.padEnd(48)} ${kib(largest.raw)} ${kib(largest.gzip)} ${kib(largest.brotli)}`);
const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
console.log('-'.repeat(75));
const short = (list) => list.map((r) => r.name.replace(/-[0-9a-f]{16}/, '')).join(', ');
for (const [label, list] of [['first visit to a static page', staticLoad], ['first visit to an interactive page', interactiveLoad]]) {
  console.log(`${label} (${short(list)})`);
  console.log(`${''.padEnd(48)} ${kib(sum(list, 'raw'))} ${kib(sum(list, 'gzip'))} ${kib(sum(list, 'brotli'))}`);
}
