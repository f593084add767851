// Measures, in Chromium, the time from a keystroke in the dossier search box to the updated
// list being painted, for the release build and for its peer, the simplest hand-written
// JavaScript doing the same job on the same data (peer/), in the same run, so that each figure
// has the other to be read against. Prints figures and their ratios; asserts nothing.
// Usage: node tests/bench/keystroke.mjs <label> [data-dir]
//   data-dir: a folder with dossiers.json and content.json to serve instead of the real ones
//   (from `cargo run --release --bin synthetic-data 100000 <dir>`); the app's binary file is
//   written from them beside them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, DIST } from '../e2e/helpers.mjs';
import { siteData } from '../e2e/routes.mjs';

const [label = 'real data', dataDir] = process.argv.slice(2);
const peer = fileURLToPath(new URL('./peer/', import.meta.url));
const css = readdirSync(DIST).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
// The app reads the binary file the build writes from the JSON files, written beside them.
if (dataDir) siteData(dataDir);
const overrides = {
  '/peer/': join(peer, 'index.html'),
  '/peer/peer.js': join(peer, 'peer.js'),
  '/peer/style.css': join(DIST, css),
  // The peer reads the JSON files, the app the binary file.
  ...(dataDir
    ? {
        '/data/dossiers.json': join(dataDir, 'dossiers.json'),
        '/data/content.json': join(dataDir, 'content.json'),
        '/data/site.bin': join(dataDir, 'site.bin'),
        '/data/site.bin.gz': join(dataDir, 'site.bin.gz'),
      }
    : {}),
};
const site = await start({ overrides });

/** Types "digital data security" three times into the page's search box; returns the timings. */
async function measure(path) {
  const page = await site.page({ today: null });
  // Keeps the WebAssembly instance's memory where the benchmark can read its size.
  await page.addInitScript(() => {
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = async (...args) => {
        const result = await original.apply(WebAssembly, args);
        window.__wasmMemory = (result.instance ?? result).exports?.memory;
        return result;
      };
    }
  });
  const loadStart = Date.now();
  await page.goto(`${site.base}${path}`);
  await page.getByTestId('result-count').waitFor();
  await page.waitForFunction(() => /^\d/.test(document.querySelector('[data-testid=result-count]')?.textContent ?? ''));
  const loaded = Date.now() - loadStart;
  const started = await page.locator('body').getAttribute('data-app');
  const box = page.getByLabel('Search titles, names and references');
  await box.focus();
  // Each keystroke is timed twice from its keydown:
  // - "updated": a message posted at keydown runs right after the keystroke's task, whose
  //   microtasks carry the whole update (filtering, DOM); forcing layout there gives the time
  //   until the new list is laid out, ready to paint;
  // - "painted": the next frame after that (requestAnimationFrame, then a task), which adds the
  //   wait for the display's next frame (up to 16.7 ms at 60 Hz).
  await page.evaluate(() => {
    window.__updated = [];
    window.__painted = [];
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          void document.body.offsetHeight;
          window.__updated.push(performance.now() - t0);
          requestAnimationFrame(() => setTimeout(() => window.__painted.push(performance.now() - t0), 0));
        };
        channel.port2.postMessage(null);
      },
      true,
    );
  });

  const words = ['digital', ' data', ' security'];
  for (let round = 0; round < 3; round++) {
    for (const word of words) {
      for (const key of word) {
        const before = await page.evaluate(() => window.__painted.length);
        await page.keyboard.type(key);
        await page.waitForFunction((n) => window.__painted.length > n, before, { timeout: 30_000 });
      }
    }
    await box.fill('');
    await page.waitForTimeout(600);
  }
  const stats = async (name) => {
    const values = (await page.evaluate((n) => window[n], name)).sort((a, b) => a - b);
    const at = (q) => values[Math.min(values.length - 1, Math.round((values.length - 1) * q))];
    const fixed = (q) => at(q).toFixed(1);
    return { n: values.length, median: at(0.5), p95: at(0.95), text: `median ${fixed(0.5)} / p95 ${fixed(0.95)} / max ${fixed(1)} ms` };
  };
  const updated = await stats('__updated');
  const painted = await stats('__painted');
  const rows = await page.locator('.dossier-row').count();
  const total = await page.getByTestId('result-count').innerText();
  const memory = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  await page.close();
  return { loaded, started, updated, painted, rows, total, memory, heap };
}

const app = await measure('/dossiers/');
const js = await measure('/peer/');
const mib = (n) => (n === null ? 'n/a' : `${(n / 1048576).toFixed(1)} MiB`);
const data = dataDir ?? fileURLToPath(new URL('../../dist/data/', import.meta.url));
const raw = statSync(join(data, 'dossiers.json')).size;
console.log(`${label}: interactive (${app.started}) after ${app.loaded} ms; ${app.updated.n} keystrokes; ${app.total}; at most ${app.rows} rows in the DOM`);
console.log(`  WebAssembly memory ${mib(app.memory)} for ${mib(raw)} of dossiers.json (${app.memory ? (app.memory / raw).toFixed(1) : 'n/a'}× the raw JSON); JS heap: app ${mib(app.heap)}, peer ${mib(js.heap)}`);
for (const [name, key] of [['keystroke → list updated and laid out', 'updated'], ['keystroke → next frame presented', 'painted']]) {
  console.log(`  ${name}:`);
  console.log(`    connect-explorer:            ${app[key].text}`);
  console.log(`    hand-written JavaScript peer: ${js[key].text}`);
  console.log(`    ratio (connect-explorer / peer): median ${(app[key].median / js[key].median).toFixed(2)}, p95 ${(app[key].p95 / js[key].p95).toFixed(2)}`);
}
await site.close();
