// Start-up on a phone-speed CPU: Chromium with its CPU slowed 4× (as Lighthouse's mobile
// profile assumes), each page loaded 10 times in a fresh context. Prints medians of when the app
// had taken the page over (`<body data-app>`), the longest task, and blocking time (the sum of
// every task's time past 50 ms, as Total Blocking Time counts it).
// Given a second built site (say, an older commit's `.ci/build --out DIR`), loads the two in
// turn in the same run and prints each figure as a ratio to it.
// Usage: [PAGES=/,/fr/] node tests/bench/startup.mjs [site] [other site]
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, DIST } from '../e2e/helpers.mjs';

const PAGES = process.env.PAGES?.split(',') ?? ['/', '/dossiers/', '/dossiers/com-2021-206/'];
const LOADS = 10;
const sites = [process.argv[2] ?? DIST, process.argv[3]].filter(Boolean);
const servers = await Promise.all(sites.map((dir) => serve(dir, { plain: true })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function load(server, path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (document.body?.dataset.app && !window.__started) window.__started = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
  await page.goto(server.url.replace(/\/$/, '') + path);
  await page.locator('body[data-app]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  const figures = await page.evaluate(() => ({
    how: document.body.dataset.app,
    started: window.__started,
    longest: Math.max(0, ...window.__tasks),
    blocking: window.__tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
  }));
  await context.close();
  return figures;
}

console.log(`Start-up, CPU slowed 4×, median of ${LOADS} loads per page${sites.length > 1 ? ', the two sites in turn' : ''}`);
for (const path of PAGES) {
  const runs = sites.map(() => []);
  for (let i = 0; i < LOADS; i++) {
    const order = i % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
    for (const which of order) runs[which].push(await load(servers[which], path));
  }
  const summary = runs.map((figures) => ({
    how: [...new Set(figures.map((f) => f.how))].join('/'),
    started: median(figures.map((f) => f.started)),
    longest: median(figures.map((f) => f.longest)),
    blocking: median(figures.map((f) => f.blocking)),
  }));
  summary.forEach((s, which) => {
    console.log(`${path.padEnd(26)} ${sites[which]}: ${s.how} after ${Math.round(s.started)} ms; longest task ${Math.round(s.longest)} ms; blocking ${Math.round(s.blocking)} ms`);
  });
  if (summary.length > 1) {
    const [a, b] = summary;
    const ratio = (x, y) => (y ? (x / y).toFixed(2) : 'n/a');
    console.log(`${''.padEnd(26)} ratio: started ${ratio(a.started, b.started)}, longest task ${ratio(a.longest, b.longest)}, blocking ${ratio(a.blocking, b.blocking)}`);
  }
}
await browser.close();
for (const server of servers) await server.close();
