// Shared set-up for the end-to-end tests: the release build in dist/, served on localhost by
// server.mjs, driven in Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { DIST, siteData } from './routes.mjs';

export { DIST, DIST_SUB, ROUTES, TOTAL } from './routes.mjs';

/** The day every test browser's clock shows, and the day .ci/test prerenders the site for:
 * no result depends on the day the suite runs. */
export const TEST_DAY = process.env.TEST_DAY ?? '2026-11-23';

/** Debian's Chromium, headless, kept off the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];


/**
 * Starts the browser and a server for a test file; returns helpers and a `close`.
 * `options` go to the server (`plain`, `base`, `overrides`).
 */
export async function start(options = {}) {
  const server = await serve(options.dir ?? DIST, options);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts = [];
  return {
    base: server.url.replace(/\/$/, ''),
    browser,
    /** A fresh page in its own context; console errors and page errors fail `assertClean`.
     * Service workers are blocked unless asked for: requests they answer would bypass the
     * tests' request interception. The clock shows `today` (default TEST_DAY, noon UTC);
     * `today: null` leaves the real clock (benchmarks: a pinned clock coarsens performance.now). */
    async page({ today = TEST_DAY, ...contextOptions } = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...contextOptions });
      contexts.push(context);
      if (today !== null) await context.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
      const page = await context.newPage();
      // A prerendered page shows its content at once; wait until the app has taken it over
      // (or said why it cannot) before a test clicks or types.
      if (contextOptions.javaScriptEnabled !== false) {
        const goto = page.goto.bind(page);
        page.goto = async (url, options) => {
          const response = await goto(url, options);
          await page.locator('body[data-app]').waitFor({ state: 'attached' });
          return response;
        };
      }
      page.problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the app has started (hydrated the prerendered page or rendered it) and shows
 * the page's heading. */
export async function ready(page) {
  await page.locator('body[data-app]').waitFor({ state: 'attached' });
  await page.locator('main h1').first().waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' }).catch(() => {});
}

/** Clearly synthetic data: the real content plus a `synthetic` source, and `count` invented
 * dossiers, written as the build writes the browser's data. The page gets it instead of the
 * real file, so it renders from scratch. */
export async function useSyntheticData(page, count) {
  const content = JSON.parse(await readFile(`${DIST}data/content.json`, 'utf8'));
  content.sources.push({
    id: 'synthetic',
    title: 'Synthetic test data',
    publisher: 'The end-to-end tests',
    covers: 'Invented records for testing; not real dossiers.',
    as_of: 'Generated for each test',
  });
  const dossiers = Array.from({ length: count }, (_, i) => ({
    title: `SYNTHETIC TEST RECORD ${i + 1}`,
    type: 'Report',
    reference: `SWD(2020)${i + 1}`,
    steps: [{ kind: 'proposed', date: `2020-02-${String(1 + (i % 28)).padStart(2, '0')}` }],
    checked: '2026-01-01',
    evidence: [{ source: 'synthetic', confirms: ['title', 'lead-dg', 'reference', 'proposed'] }],
  }));
  const file = {
    checked: '2026-01-01',
    source_list: { source: 'synthetic', newest_item: '2026-01-01', negotiation: 0, implementation: 0, in_force_at_least: 0 },
    dossiers,
  };
  const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
  await writeFile(join(dir, 'content.json'), JSON.stringify(content));
  await writeFile(join(dir, 'dossiers.json'), JSON.stringify(file));
  const body = siteData(dir);
  await rm(dir, { recursive: true });
  await page.route('**/data/site.bin*', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body }));
}

/** Fails if the page logged an error or threw. */
export function assertClean(page) {
  assert.deepEqual(page.problems, [], 'no console errors or page errors');
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) and fails with the violations listed. */
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
}

/** Waits until the dossier list says `text`, e.g. "3 of 25 dossiers". */
export function waitForCount(page, text) {
  return page.waitForFunction((t) => document.querySelector('[data-testid=result-count]')?.textContent === t, text);
}

/** The visible text of `main`. */
export async function mainText(page) {
  return page.locator('main').innerText();
}
