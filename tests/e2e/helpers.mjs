// Shared set-up for the end-to-end tests: the release build in dist/, served on localhost by
// server.mjs, driven in Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Every route of the site, with text each must show. */
export const ROUTES = [
  ['/', 'Directorate-General for Communications Networks, Content and Technology'],
  ['/themes', 'Themes'],
  ['/themes/strategic-vision', 'Shaping a strategic vision'],
  ['/international', 'International cooperation'],
  ['/international/global-internet', 'Global Internet and telecommunications'],
  ['/international/regional-relations', 'Regional and bilateral relations'],
  ['/international/digital4development', 'Digital for development'],
  ['/international/projects', 'International ICT research projects'],
  ['/dossiers', 'Legislative files'],
  ['/dossiers/com-2020-825', 'Digital Services Act'],
  ['/about', 'About this site'],
];

/**
 * Starts the browser and a server for a test file; returns helpers and a `close`.
 * `options` go to the server (`plain`, `base`, `overrides`).
 */
export async function start(options = {}) {
  const server = await serve(DIST, options);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts = [];
  return {
    base: server.url.replace(/\/$/, ''),
    browser,
    /** A fresh page in its own context; console errors and page errors fail `assertClean`. */
    async page(contextOptions = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
      contexts.push(context);
      const page = await context.newPage();
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

/** Waits until the app has rendered the page's heading. */
export async function ready(page) {
  await page.locator('main h1').first().waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' }).catch(() => {});
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

/** The visible text of `main`. */
export async function mainText(page) {
  return page.locator('main').innerText();
}
