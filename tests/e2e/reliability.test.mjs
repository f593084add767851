// What real browsers and real hosts do that a happy path never shows: WebKit's limit on history
// calls, a data file that answers 503, odd addresses, the day moving past a step's date. The
// app must keep working, or leave an ordinary page whose links work; it must never stop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, assertClean, waitForCount, DIST_SUB, TOTAL } from './helpers.mjs';

let site;
let sub;
before(async () => {
  site = await start();
  sub = await start({ plain: true, dir: DIST_SUB, base: '/connect-explorer/' });
});
after(async () => {
  await site.close();
  await sub.close();
});

/** WebKit's rule, installed before the app starts: the 101st pushState or replaceState within
 * 10 seconds throws a SecurityError (Chromium itself never throws). Counts the calls. */
function webkitHistoryLimit() {
  window.__historyCalls = 0;
  window.__historyRefused = 0;
  let recent = 0;
  for (const name of ['pushState', 'replaceState']) {
    const original = History.prototype[name];
    History.prototype[name] = function (...args) {
      window.__historyCalls++;
      if (recent >= 100) {
        window.__historyRefused++;
        throw new DOMException(`Attempt to use history.${name}() more than 100 times per 10 seconds`, 'SecurityError');
      }
      // Timers, not the clock: the tests pin the clock.
      recent++;
      setTimeout(() => recent--, 10_000);
      return original.apply(this, args);
    };
  }
}

test('typing writes the address once it pauses, not once per keystroke', async () => {
  const page = await site.page();
  await page.addInitScript(webkitHistoryLimit);
  await page.goto(`${site.base}/dossiers/`);
  await ready(page);
  const box = page.getByLabel('Search titles, names and references');
  await box.click();
  await page.keyboard.type('cyber resilience', { delay: 30 });
  await waitForCount(page, `1 of ${TOTAL} files`);
  await page.waitForURL((url) => url.searchParams.get('q') === 'cyber resilience');
  assert.ok(await page.evaluate(() => window.__historyCalls) <= 2, 'at most a couple of history calls for 16 keystrokes');
  assert.equal(await box.getAttribute('maxlength'), '200');
  assertClean(page);
});

test('past the history limit the app keeps working and the address catches up', async () => {
  const page = await site.page();
  await page.addInitScript(webkitHistoryLimit);
  await page.goto(`${site.base}/dossiers/`);
  await ready(page);
  // Use up the browser's allowance, as a burst of navigation would.
  await page.evaluate(() => { for (let i = 0; i < 100; i++) history.replaceState(history.state, '', location.href); });
  const status = page.getByRole('navigation', { name: 'Status' });
  await status.getByRole('link', { name: /In force/ }).click();
  await waitForCount(page, `22 of ${TOTAL} files`);
  const box = page.getByLabel('Search titles, names and references');
  await box.click();
  await page.keyboard.type('x'.repeat(300), { delay: 5 });
  assert.equal((await box.inputValue()).length, 200, 'the box takes at most 200 characters');
  await box.fill('gigabit');
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.ok(await page.evaluate(() => window.__historyRefused) > 0, 'the browser refused calls');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Themes' }).click();
  await page.locator('main h1', { hasText: 'Themes' }).waitFor();
  // Once the limit's window has passed, the refused call is made and the address shows the page.
  await page.waitForURL(/\/themes\/$/, { timeout: 25_000 });
  await page.goBack();
  await page.locator('main h1', { hasText: 'Legislative files' }).waitFor();
  assert.notEqual(await page.locator('body').getAttribute('data-app'), 'failed', page.problems.join('\n'));
  assertClean(page);
});

test('the data travels compressed, and a browser that cannot decompress gets it whole', async () => {
  for (const [lacking, file] of [[false, '/data/site.bin.gz'], [true, '/data/site.bin']]) {
    const page = await site.page();
    if (lacking) await page.addInitScript(() => delete window.DecompressionStream);
    const data = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/site.')) data.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.base}/dossiers/`);
    await page.waitForFunction(() => document.body.dataset.app === 'hydrated');
    // The page preloads the compressed file either way; the app asks for the one it can read.
    assert.ok(data.includes(file), `${lacking ? 'without' : 'with'} DecompressionStream: ${data}`);
    if (!lacking) assert.ok(!data.includes('/data/site.bin'), `nothing but the compressed file: ${data}`);
    await page.getByLabel('Search titles, names and references').fill('gigabit');
    await waitForCount(page, `1 of ${TOTAL} files`);
    assertClean(page);
  }
});

test('with the data down, the notice offers a retry and every link still navigates', async () => {
  const page = await site.page();
  await page.route('**/data/site.bin*', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(`${site.base}/dossiers/`);
  await page.getByRole('alert').waitFor();
  assert.equal(await page.locator('body').getAttribute('data-app'), 'unavailable');
  assert.ok(await page.getByRole('alert').getByRole('link', { name: 'Try again' }).isVisible());
  assert.equal(await page.getByLabel('Search titles, names and references').isVisible(), false, 'controls that cannot work are not offered');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Themes' }).click();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: 'Themes' }).waitFor();
  await page.getByRole('link', { name: 'Shaping a strategic vision' }).click();
  await page.waitForURL(/\/themes\/strategic-vision\/$/);
  await page.locator('main h1', { hasText: 'Shaping a strategic vision' }).waitFor();
});

test('without its language’s file a page stays as prerendered, in its language, and its links navigate', async () => {
  const page = await site.page();
  await page.route('**/data/lang/fr.json*', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(`${site.base}/fr/dossiers/`);
  await page.locator('body[data-app=unavailable]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('main h1').innerText(), 'Dossiers législatifs', 'the prerendered page, not a blank one');
  assert.equal(await page.getByRole('alert').count(), 0, 'no notice without words for it');
  await page.locator('.dossier-row h3 a').first().click();
  await page.waitForURL(/\/fr\/dossiers\/[a-z0-9-]+\/$/);
  await page.locator('main h1').waitFor();
});

/** Every link on the page, resolved: all must stay on `origin` under `base`. */
async function assertLinksStayOnSite(page, origin, base) {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.href));
  for (const href of hrefs) {
    if (href.startsWith('https://eur-lex.europa.eu/')) continue;
    const url = new URL(href);
    assert.equal(url.origin, origin, `${href} stays on the site`);
    assert.ok(url.pathname.startsWith(base), `${href} stays under ${base}`);
  }
}

const ODD_PATHS = ['/dossiers//', '/dossiers///', '/fr//', '/dossiers%2F', '/themes\\\\', '//evil.example/x', '/\\\\evil.example/x', '/dossiers/com-2020-825//'];

test('odd addresses never stop the app, and no link leaves the site', async () => {
  for (const [server, base] of [[site, '/'], [sub, '/connect-explorer/']]) {
    const page = await server.page();
    const origin = new URL(server.base).origin;
    // The plain server answers unknown addresses with 404.html and status 404, which the
    // browser reports; nothing else may be missing.
    const missing = [];
    page.on('response', (response) => {
      if (response.status() === 404 && response.request().resourceType() !== 'document') missing.push(response.url());
    });
    for (const odd of ODD_PATHS) {
      const address = `${origin}${base.replace(/\/$/, '')}${odd}`;
      await page.goto(address);
      await page.locator('main h1').first().waitFor();
      const app = await page.locator('body').getAttribute('data-app');
      assert.ok(app === 'hydrated' || app === 'rendered', `${odd} under ${base}: the app started (${app})`);
      await assertLinksStayOnSite(page, origin, base);
      assert.equal(await page.locator('a.skip-link').getAttribute('href'), '#main');
    }
    // The app still navigates after all of them.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await page.locator('main h1', { hasText: 'About this site' }).waitFor();
    assert.deepEqual(missing, []);
    page.problems = page.problems.filter((problem) => !/status of 404 \(Not Found\)/.test(problem));
    assertClean(page);
  }
});

test('the not-found page keeps the skip link on the visitor’s address', async () => {
  const page = await sub.page({ javaScriptEnabled: false });
  await page.goto(`${sub.base}/no-such-page`);
  assert.equal(await page.locator('a.skip-link').getAttribute('href'), '#main');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/connect-explorer\/no-such-page#main$/);
});

test('when the day passes a step’s date, statuses and counts follow (the Media Freedom Act on 8 May 2027)', async () => {
  const before = await site.page();
  await before.goto(`${site.base}/dossiers/`);
  await ready(before);
  assert.equal(await before.locator('body').getAttribute('data-app'), 'hydrated', 'on the build day the page is taken over as rendered');
  const status = before.getByRole('navigation', { name: 'Status' });
  assert.match(await status.getByRole('link', { name: /Being implemented/ }).innerText(), /4/);

  const after = await site.page({ today: '2027-05-09' });
  await after.goto(`${site.base}/dossiers/`);
  await ready(after);
  assert.equal(await after.locator('body').getAttribute('data-app'), 'rendered', 'a status changed since the build, so the page is rendered afresh');
  const later = after.getByRole('navigation', { name: 'Status' });
  assert.match(await later.getByRole('link', { name: /Being implemented/ }).innerText(), /3/);
  assert.match(await later.getByRole('link', { name: /^In force/ }).innerText(), /23/);
  await before.goto(`${site.base}/dossiers/com-2022-457/`);
  assert.equal(await before.locator('body').getAttribute('data-app'), 'static', 'on the build day a dossier page needs no app');
  assert.equal(await before.locator('.status-line .badge').innerText(), 'Being implemented');
  await after.goto(`${site.base}/dossiers/com-2022-457/`);
  await after.getByTestId('dossier').waitFor();
  assert.equal(await after.locator('body').getAttribute('data-app'), 'rendered', 'past the day its page holds until, the app renders it for today');
  assert.equal(await after.locator('.status-line .badge').innerText(), 'In force');
  assertClean(before);
  assertClean(after);
});
