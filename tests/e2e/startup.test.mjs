// Start-up everywhere: with a browser API the app uses taken away before the page loads, the
// app still starts and its search still filters (only the feature that needed the API is
// lost); an exception while it starts leaves an ordinary page that says so; the addresses a
// static host serves for a page (…/index.html, percent-encoded letters) show that page; a
// search in quotes finds what it names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, ready, assertClean, waitForCount, TOTAL } from './helpers.mjs';

let site;
before(async () => {
  site = await start({ plain: true });
});
after(() => site.close());

/** Browser APIs beyond the baseline, each taken away as an older or stricter browser lacks it. */
export const MISSING = {
  'no service worker (plain HTTP, iOS in-app browsers)': () =>
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined, configurable: true }),
  'no AbortSignal.timeout (Safari before 16)': () => {
    delete AbortSignal.timeout;
  },
  'no scheduler.yield and no MessageChannel': () => {
    if (globalThis.Scheduler) delete Scheduler.prototype.yield;
    delete globalThis.MessageChannel;
  },
  'no History API': () => {
    delete History.prototype.pushState;
    delete History.prototype.replaceState;
  },
  'no Blob URLs': () => {
    delete URL.createObjectURL;
  },
};

for (const [label, remove] of Object.entries(MISSING)) {
  test(`${label}: the app starts and the search filters`, async () => {
    // Playwright's pinned clock itself needs MessageChannel; the real clock serves here.
    const page = await site.page({ serviceWorkers: 'allow', today: null });
    await page.addInitScript(remove);
    await page.goto(`${site.base}/dossiers/`);
    await ready(page);
    const app = await page.locator('body').getAttribute('data-app');
    assert.ok(app === 'hydrated' || app === 'rendered', `${label}: started (${app})`);
    await page.getByLabel('Search titles, names and references').fill('gigabit');
    await waitForCount(page, `1 of ${TOTAL} files`);
    assertClean(page);
  });
}

test('without the History API, links load their pages', async () => {
  const page = await site.page();
  await page.addInitScript(MISSING['no History API']);
  await page.goto(`${site.base}/dossiers/`);
  await ready(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await page.locator('main h1', { hasText: 'About this site' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/about/');
  assertClean(page);
});

test('without Blob URLs, the export still downloads', async () => {
  const page = await site.page({ acceptDownloads: true });
  await page.addInitScript(MISSING['no Blob URLs']);
  await page.goto(`${site.base}/dossiers/?q=gigabit`);
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dg-connect-dossiers.csv');
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFid,title'), csv.slice(0, 40));
  assert.equal(csv.trim().split('\r\n').length, 2, 'the header and the one match');
  assertClean(page);
});

test('an exception while the app starts leaves an ordinary page that says so', async () => {
  const page = await site.page();
  // A JavaScript exception inside the start-up task, past the boot script's own promise: the
  // kind a missing browser API throws.
  await page.addInitScript(() => {
    const has = Element.prototype.hasAttribute;
    Element.prototype.hasAttribute = function (name) {
      if (name === 'data-mutated') throw new TypeError('test: no such API here');
      return has.call(this, name);
    };
  });
  await page.goto(`${site.base}/dossiers/`);
  await page.locator('body[data-app=failed]').waitFor({ state: 'attached' });
  await page.locator('.needs-app-note').first().waitFor();
  assert.equal(await page.locator('#dossier-search').isVisible(), false, 'controls that need the app are hidden');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await page.locator('main h1', { hasText: 'About this site' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/about/', 'links load as ordinary pages');
  assert.ok(page.problems.some((p) => p.includes('test: no such API here')), 'the error is reported');
});

// The address, the site's own, the heading, and how the page starts: a static page at a
// spelling its boot script knows stays static; another spelling starts the app, which writes it.
const ADDRESSES = [
  ['/index.html', '/', 'Directorate-General for Communications Networks', 'static'],
  ['/dossiers/index.html', '/dossiers/', 'Legislative files', 'hydrated'],
  ['/dossiers/com-2021-574/index.html', '/dossiers/com-2021-574/', 'Digital Decade', 'static'],
  ['/dossiers/com-2021-574', '/dossiers/com-2021-574/', 'Digital Decade', 'static'],
  ['/%66r/themes/', '/fr/themes/', 'Thèmes', 'hydrated'],
  ['/d%65/dossiers/com%2D2021%2D574/', '/de/dossiers/com-2021-574/', 'Digital Decade', 'hydrated'],
];

test('every address a static host serves for a page shows that page, under its clean address', async () => {
  const page = await site.page();
  for (const [address, clean, heading, how] of ADDRESSES) {
    await page.goto(`${site.base}${address}`);
    await ready(page);
    assert.match(await page.locator('main h1').first().innerText(), new RegExp(heading), address);
    assert.equal(await page.locator('body').getAttribute('data-app'), how, `${address} is shown in place`);
    assert.equal(new URL(page.url()).pathname, clean, `${address} is shown as ${clean}`);
    assert.equal(new URL(await page.locator('link[rel=canonical]').getAttribute('href')).pathname, clean);
  }
  assertClean(page);
});

test('a search in quotes, straight or typographic, finds what it names; its text is shown as typed', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/dossiers/`);
  await ready(page);
  const box = page.getByLabel('Search titles, names and references');
  for (const query of ['"gigabit infrastructure act"', '“Gigabit Infrastructure Act”', '„gigabit infrastructure act“.']) {
    await box.fill(query);
    await waitForCount(page, `1 of ${TOTAL} files`);
  }
  await box.fill('"infrastructure gigabit act"');
  await waitForCount(page, `0 of ${TOTAL} files`);
  assert.match(await page.locator('main').innerText(), /“"infrastructure gigabit act"”/, 'the empty state names the search as typed');
  await page.goto(`${site.base}/dossiers/?q=%E2%80%AEtca+atad`);
  await ready(page);
  assert.equal(await box.inputValue(), 'tca atad', 'no direction override is shown back');
  assertClean(page);
});
