// Going from page to page as a visitor does, on a phone-speed CPU: Chromium with its CPU
// slowed 4×, the service worker installed and controlling the page (a second visit), each hop
// 10 times. A hop is a click on a link until the frame that shows the next page's heading, both
// timed by the page itself (the click in the page clicked, the frame in the page shown, on the
// same clock across documents): in a site that hydrates every page the router renders the next
// page in place; from a page that loads no app, the boot script swaps the next page in (or, in a
// build before it did, the browser loaded it through the service worker). Prints the median and
// the slowest of each hop.
// Given a second built site, measures the two in turn in the same run and prints ratios.
// Usage: node tests/bench/navigate.mjs [site] [other site]
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, DIST } from '../e2e/helpers.mjs';

// From, the link's name, the heading that shows the next page.
const HOPS = [
  ['/', 'Themes', 'Themes'],
  ['/themes/', 'About', 'About this site'],
  ['/dossiers/com-2021-206/', 'Legislative files', 'Legislative files'],
  ['/dossiers/', 'Artificial Intelligence Act', 'Artificial Intelligence Act'],
];
const ROUNDS = 10;
const sites = [process.argv[2] ?? DIST, process.argv[3]].filter(Boolean);
const servers = await Promise.all(sites.map((dir) => serve(dir, { plain: true })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A context whose service worker has installed and controls the page: a returning visitor. */
async function visitor(server) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    addEventListener('click', () => sessionStorage.setItem('clicked', String(performance.timeOrigin + performance.now())), true);
    new MutationObserver(() => {
      const want = sessionStorage.getItem('heading');
      if (!want || document.querySelector('main h1')?.textContent.trim() !== want) return;
      sessionStorage.removeItem('heading');
      requestAnimationFrame(() => sessionStorage.setItem('shown', String(performance.timeOrigin + performance.now())));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

async function hop(page, server, [from, link, heading]) {
  await page.goto(server.url.replace(/\/$/, '') + from);
  await page.locator('body[data-app]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  const target = page.locator('main, header').getByRole('link', { name: link, exact: true }).first();
  await page.evaluate((text) => {
    sessionStorage.removeItem('shown');
    sessionStorage.setItem('heading', text);
  }, heading);
  await target.click();
  await page.waitForFunction(() => sessionStorage.getItem('shown'), null, { polling: 50 });
  return page.evaluate(() => Number(sessionStorage.getItem('shown')) - Number(sessionStorage.getItem('clicked')));
}

console.log(`Page to page, CPU slowed 4×, service worker installed, ${ROUNDS} hops each${sites.length > 1 ? ', the two sites in turn' : ''}`);
const visitors = [];
for (const server of servers) visitors.push(await visitor(server));
for (const path of HOPS) {
  const runs = sites.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
    for (const which of order) runs[which].push(await hop(visitors[which].page, servers[which], path));
  }
  const label = `${path[0]} → ${path[1]}`;
  const summary = runs.map((times) => ({ median: median(times), slowest: Math.max(...times) }));
  summary.forEach((s, which) => {
    console.log(`${label.padEnd(52)} ${sites[which]}: median ${Math.round(s.median)} ms, slowest ${Math.round(s.slowest)} ms`);
  });
  if (summary.length > 1) {
    const [a, b] = summary;
    console.log(`${''.padEnd(52)} ratio: median ${(a.median / b.median).toFixed(2)}, slowest ${(a.slowest / b.slowest).toFixed(2)}`);
  }
}
for (const { context } of visitors) await context.close();
await browser.close();
for (const server of servers) await server.close();
