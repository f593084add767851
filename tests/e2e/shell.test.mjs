// The app shell: every route loads from the release build, navigation by clicking,
// back/forward, deep links in a fresh tab, the not-found view, and a failed data load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ready, assertClean, ROUTES, TOTAL, DIST } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

test('every route loads in a fresh tab with its heading and title', async () => {
  const page = await site.page();
  const titles = new Set();
  for (const [path, heading] of ROUTES) {
    await page.goto(site.base + path);
    await ready(page);
    assert.match(await page.locator('main h1').first().innerText(), new RegExp(heading.replace(/[()]/g, '\\$&')), path);
    const title = await page.title();
    assert.match(title, /– CONNECT Explorer$/, path);
    titles.add(title);
    assert.equal(await page.locator('h1').count(), 1, `one h1 on ${path}`);
    const description = await page.locator('meta[name=description]').last().getAttribute('content');
    assert.ok(description && description.length > 30, `a meta description on ${path}`);
  }
  assert.equal(titles.size, ROUTES.length, 'every page has its own title');
  assertClean(page);
});

test('the navigation marks the current section and works by clicking', async () => {
  const page = await site.page();
  await page.goto(site.base + '/');
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await nav.locator('[aria-current=page]').innerText(), 'Mission');

  await nav.getByRole('link', { name: 'Themes' }).click();
  await page.waitForURL(/\/themes\/$/);
  await ready(page);
  assert.equal(await nav.locator('[aria-current=page]').innerText(), 'Themes');

  await nav.getByRole('link', { name: 'Legislative files' }).click();
  await page.waitForURL(/\/dossiers\/$/);
  await page.getByTestId('result-count').waitFor();
  assert.equal(await nav.locator('[aria-current=page]').innerText(), 'Legislative files');

  // The list started the app, whose router now shows the earlier pages in place.
  await page.goBack();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: /^Themes$/ }).waitFor();
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await ready(page);
  await page.locator('main h1', { hasText: 'Directorate-General' }).waitFor();
  await page.goForward();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: /^Themes$/ }).waitFor();
  assert.equal(await nav.locator('[aria-current=page]').innerText(), 'Themes');
  assertClean(page);
});

test('the skip link moves focus to the main content', async () => {
  const page = await site.page();
  await page.goto(site.base + '/about');
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true, 'the skip link is focused first');
  assert.ok(await skip.isVisible(), 'the skip link shows when focused');
  assert.equal(await skip.getAttribute('href'), '#main', 'a fragment on this very page');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(page.url().replace(/#main$/, ''), before, 'the page stays');
  assertClean(page);
});

test('an unknown path shows the not-found view', async () => {
  const page = await site.page();
  for (const path of ['/no-such-page', '/themes/no-such-theme', '/dossiers/com-1999-1']) {
    await page.goto(site.base + path);
    await page.getByTestId('not-found').waitFor();
    assert.equal(await page.locator('main h1').innerText(), 'Page not found', path);
    assert.equal(await page.title(), 'Page not found – CONNECT Explorer');
  }
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await ready(page);
  assertClean(page);
});

test('the footer says the site is unofficial and links to the sources', async () => {
  const page = await site.page();
  await page.goto(site.base + '/');
  await ready(page);
  const footer = page.locator('footer');
  assert.match(await footer.innerText(), /not an official website of the European Commission/);
  await footer.getByRole('link', { name: 'Sources' }).click();
  await page.waitForURL(/\/about\/#sources$/);
  await page.locator('#source-001').waitFor();
  assertClean(page);
});

test('a failed data load explains itself and offers a retry link that works', async () => {
  const page = await site.page();
  let failing = true;
  await page.route('**/data/site.bin*', (route) => (failing ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto(site.base + '/dossiers');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  assert.equal(await page.locator('.dossier-row').count(), TOTAL, 'the prerendered list stays readable');
  await alert.getByText('Technical details').click();
  assert.match(await alert.innerText(), /data\/site\.bin answered with HTTP status 503/);
  failing = false;
  await alert.getByRole('link', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.body.dataset.app === 'hydrated');
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(await page.getByTestId('result-count').innerText(), `${TOTAL} of ${TOTAL} files`);
});

test('a malformed data file is reported, not a blank page or a panic', async () => {
  const page = await site.page();
  // The first bytes of a current file, cut off: as a host or a proxy can leave it.
  const whole = await readFile(join(DIST, 'data', 'site.bin'));
  await page.route('**/data/site.bin*', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: whole.subarray(0, 200) }));
  await page.goto(site.base + '/timeline');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  assert.match(await page.locator('main h1').innerText(), /^Timeline/, 'the page around the message still renders');
  assert.equal(await page.locator('nav.primary-nav a').count(), 6, 'and so does the navigation');
  await alert.getByText('Technical details').click();
  assert.match(await alert.innerText(), /data\/site\.bin: record \(the whole file\)/, 'the details name the file');
});
