// Lighthouse on the release site served from localhost (compressed, as static hosts do), in
// Debian's Chromium, offline: mobile and desktop, for /, /dossiers and one dossier page.
// Prints the median of several runs: the four category scores, FCP, LCP, TBT, CLS and the
// longest main-thread task (Lighthouse's max potential first input delay).
// Given another built site (say, an older commit's `.ci/build --out DIR`), runs mobile only,
// the two sites in turn in the same run, and prints both with the ratio of their medians.
// Usage: [PAGES=/,/about/] node tests/bench/lighthouse.mjs [runs] [other site]
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, DIST } from '../e2e/helpers.mjs';

const runs = Number(process.argv[2] ?? 3);
const PAGES = process.env.PAGES?.split(',') ?? ['/', '/dossiers', '/dossiers/com-2021-206'];
const server = await serve(DIST, { plain: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, median of ${runs} runs, ${new Date().toISOString().slice(0, 10)}`);
const other = process.argv[3];
if (other) {
  await compare(other);
  process.exit(0);
}
console.log('| page | form factor | performance | accessibility | best practices | SEO | FCP | LCP | TBT | longest task | CLS |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const path of PAGES) {
  for (const [formFactor, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${server.url.replace(/\/$/, '')}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      results.push(lhr);
    }
    const score = (id) => Math.round(median(results.map((r) => r.categories[id].score)) * 100);
    const metric = (id) => median(results.map((r) => r.audits[id].numericValue));
    console.log(
      `| \`${path}\` | ${formFactor} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ` +
        `${(metric('first-contentful-paint') / 1000).toFixed(2)} s | ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s | ` +
        `${Math.round(metric('total-blocking-time'))} ms | ${Math.round(metric('max-potential-fid'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} |`,
    );
    const failing = new Set(results.flatMap((r) => Object.values(r.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id)));
    if (failing.size) console.log(`|  | below 0.9: ${[...failing].join(', ')} ||||||||||`);
  }
}
await chrome.kill();
await server.close();

/** Mobile runs of this site and `dir`, alternating, with the ratio of their medians. */
async function compare(dir) {
  const peer = await serve(dir, { plain: true });
  const figures = (lhr) => ({
    performance: lhr.categories.performance.score * 100,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    longest: lhr.audits['max-potential-fid'].numericValue,
  });
  console.log(`| page | site | performance (each run) | TBT median | longest task median |`);
  console.log('|---|---|---|---:|---:|');
  for (const path of PAGES) {
    const results = { [DIST]: [], [dir]: [] };
    for (let i = 0; i < runs; i++) {
      for (const [site, url] of i % 2 ? [[dir, peer.url], [DIST, server.url]] : [[DIST, server.url], [dir, peer.url]]) {
        const { lhr } = await lighthouse(`${url.replace(/\/$/, '')}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        results[site].push(figures(lhr));
      }
    }
    const medians = {};
    for (const [site, list] of Object.entries(results)) {
      medians[site] = { tbt: median(list.map((f) => f.tbt)), longest: median(list.map((f) => f.longest)) };
      console.log(`| \`${path}\` | ${site} | ${list.map((f) => Math.round(f.performance)).join(', ')} | ${Math.round(medians[site].tbt)} ms | ${Math.round(medians[site].longest)} ms |`);
    }
    const ratio = (key) => (medians[dir][key] ? (medians[DIST][key] / medians[dir][key]).toFixed(2) : 'n/a');
    console.log(`| \`${path}\` | ratio | | ${ratio('tbt')} | ${ratio('longest')} |`);
  }
  await chrome.kill();
  await server.close();
  await peer.close();
}
