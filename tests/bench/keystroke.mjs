// Measures, in Chromium, the time from a keystroke in the dossier search box to the updated
// list being painted, on the release build. Prints figures; asserts nothing.
// Usage: node tests/bench/keystroke.mjs <label> [data-dir]
//   data-dir: a folder with dossiers.json and content.json to serve instead of the real ones
//   (from `cargo run --release --bin synthetic-data 100000 <dir>`).
import { join } from 'node:path';
import { start } from '../e2e/helpers.mjs';

const [label = 'real data', dataDir] = process.argv.slice(2);
const overrides = dataDir
  ? { '/data/dossiers.json': join(dataDir, 'dossiers.json'), '/data/content.json': join(dataDir, 'content.json') }
  : {};
const site = await start({ overrides });
const page = await site.page();
const loadStart = Date.now();
// Returns once the app has taken the prerendered page over (or rendered it afresh).
await page.goto(`${site.base}/dossiers`);
await page.getByTestId('result-count').waitFor();
const loaded = Date.now() - loadStart;
const started = await page.locator('body').getAttribute('data-app');
const box = page.getByLabel('Search titles, names and references');
await box.focus();

// Each keystroke is timed twice from its keydown:
// - "updated": a message posted at keydown runs right after the keystroke's task, whose
//   microtasks carry Leptos' whole update (navigation, filtering, DOM); forcing layout there
//   gives the time until the new list is laid out, ready to paint;
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
  await page.waitForTimeout(200);
}
const stats = async (name) => {
  const values = (await page.evaluate((n) => window[n], name)).sort((a, b) => a - b);
  const at = (q) => values[Math.min(values.length - 1, Math.round((values.length - 1) * q))].toFixed(1);
  return { n: values.length, text: `median ${at(0.5)} / p95 ${at(0.95)} / max ${at(1)} ms` };
};
const updated = await stats('__updated');
const painted = await stats('__painted');
const rows = await page.locator('.dossier-row').count();
const total = await page.getByTestId('result-count').innerText();
console.log(`${label}: interactive (${started}) after ${loaded} ms; ${updated.n} keystrokes; ${total}; at most ${rows} rows in the DOM`);
console.log(`  keystroke → list updated and laid out: ${updated.text}`);
console.log(`  keystroke → next frame presented:      ${painted.text}`);
await site.close();
