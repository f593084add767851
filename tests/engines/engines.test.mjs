// The site in real WebKit (every iPhone and iPad browser, Safari) and real Firefox: every
// route starts, search filters, back and forward, the language switch keeps the query, the
// world map's links filter the projects in place, a burst of typing and of history calls past
// the browser's limit does not stop the app, a page changed while the app downloads is
// rendered afresh, an act repealed by another says so and links it, links still navigate when
// the data answers 503, and the app starts without a
// service worker or AbortSignal.timeout. These browsers run on today's real date, so the
// checks here hold on any day.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../e2e/server.mjs';
import { DIST, ROUTES, TOTAL } from '../e2e/routes.mjs';
import { firefox, webkit } from './drivers.mjs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const research = JSON.parse(await readFile(join(DIST, 'data', 'content.json'), 'utf8')).international.research;
const inKenya = research.projects.filter((p) => p.countries.includes('kenya')).length;

/** Browser APIs taken away before each page's scripts run (a script the test server adds to
 * every page), as the browsers that lack them do. */
const LACKING = {
  'no service worker': "Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined, configurable: true });",
  'no AbortSignal.timeout': 'delete AbortSignal.timeout;',
};

const COUNT = '[data-testid=result-count]';
const SEARCH = '#dossier-search';

/** Polls `check` in the page until it returns something truthy. */
async function until(browser, label, check, ...args) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await browser.evaluate(check, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${browser.name}: timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page is ready: a static page shown as it is, or the app started. */
const started = (browser) =>
  until(browser, 'the page to be ready', () => ['static', 'hydrated', 'rendered'].includes(document.body.dataset.app) && document.body.dataset.app);
const countIs = (browser, text) =>
  until(browser, `the count “${text}”`, (selector, want) => document.querySelector(selector)?.textContent === want, COUNT, text);
const headingIs = (browser, text) =>
  until(browser, `the heading “${text}”`, (want) => document.querySelector('main h1')?.textContent.includes(want), text);

async function assertClean(browser) {
  assert.deepEqual(await browser.problems(), [], `${browser.name}: no errors`);
  assert.notEqual(await browser.evaluate(() => document.body.dataset.app), 'failed', `${browser.name}: the app is running`);
}

for (const [name, launch] of [['WebKit', webkit], ['Firefox', firefox]]) {
  describe(name, () => {
    let site;
    let down;
    let slow;
    let lacking;
    let held;
    let heldDir;
    let browser;
    before(async () => {
      site = await serve(DIST);
      // The about and themes pages as if no date ahead changed what they show: these browsers
      // run on the real date, which may be past the day the build's static pages hold until.
      heldDir = await mkdtemp(join(tmpdir(), 'connect-explorer-held-'));
      const overrides = {};
      for (const name of ['about', 'themes']) {
        const html = (await readFile(join(DIST, name, 'index.html'), 'utf8')).replace(/ data-static="[^"]*"/, ' data-static=""');
        await writeFile(join(heldDir, `${name}.html`), html);
        overrides[`/${name}/`] = join(heldDir, `${name}.html`);
      }
      held = await serve(DIST, { overrides });
      down = await serve(DIST, { failing: ['/data/site.bin', '/data/site.bin.gz'] });
      slow = await serve(DIST, { slow: { '_bg.wasm': 2000 } });
      lacking = Object.fromEntries(await Promise.all(Object.entries(LACKING).map(async ([label, prelude]) => [label, await serve(DIST, { prelude })])));
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await site?.close();
      await down?.close();
      await slow?.close();
      await held?.close();
      if (heldDir) await rm(heldDir, { recursive: true, force: true });
      for (const server of Object.values(lacking ?? {})) await server.close();
    });

    for (const label of Object.keys(LACKING)) {
      test(`${label}: the app starts and the search filters`, async () => {
        await browser.goto(`${lacking[label].url}dossiers/`);
        await started(browser);
        await browser.type(SEARCH, 'gigabit');
        await countIs(browser, `1 of ${TOTAL} files`);
        await assertClean(browser);
      });
    }

    test('every route loads and the app starts', async () => {
      for (const [path, heading] of ROUTES) {
        await browser.goto(`${site.url}${path.slice(1)}`);
        await headingIs(browser, heading);
        await started(browser);
      }
      await assertClean(browser);
    });

    test('a page with nothing but links is shown as prerendered, loads no WebAssembly, and moves in place to the next page', async () => {
      await browser.goto(`${held.url}about/`);
      await until(browser, 'the static page', () => document.body.dataset.app === 'static');
      const loaded = await browser.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.wasm$|\/data\//.test(name)));
      assert.deepEqual(loaded, [], `${name}: no WebAssembly, no data`);
      await browser.evaluate(() => { window.__samePage = true; });
      await browser.click('nav.primary-nav a[href="/themes/"]');
      await headingIs(browser, 'Themes');
      assert.equal(await browser.evaluate(() => location.pathname + document.body.dataset.app + window.__samePage), '/themes/statictrue', `${name}: moved in place`);
      await browser.click('nav.primary-nav a[href="/dossiers/"]');
      await headingIs(browser, 'Legislative files');
      await until(browser, 'the app to take the list over', () => ['hydrated', 'rendered'].includes(document.body.dataset.app));
      await countIs(browser, `${TOTAL} of ${TOTAL} files`);
      assert.equal(await browser.evaluate(() => window.__samePage), true, `${name}: the list swapped in starts the app in place`);
      await assertClean(browser);
    });

    test('search filters, and back and forward restore the list', async () => {
      await browser.goto(`${site.url}dossiers/`);
      await started(browser);
      await browser.type(SEARCH, 'gigabit');
      await countIs(browser, `1 of ${TOTAL} files`);
      await until(browser, 'the address to follow', () => location.search === '?q=gigabit');
      await browser.clear(SEARCH);
      await countIs(browser, `${TOTAL} of ${TOTAL} files`);
      await browser.click('nav[aria-labelledby=facet-type] a[href*="type=directive"]');
      await countIs(browser, `8 of ${TOTAL} files`);
      await browser.back();
      await countIs(browser, `${TOTAL} of ${TOTAL} files`);
      await browser.forward();
      await countIs(browser, `8 of ${TOTAL} files`);
      await assertClean(browser);
    });

    test('an act repealed by another shows it, and the repeal links the two records', async () => {
      await browser.goto(`${site.url}dossiers/?status=no-longer-in-force`);
      await started(browser);
      // Acts whose validity ended before this suite was written: listed on any later day.
      await until(browser, 'the acts no longer in force', () => ['com-2013-48', 'com-2016-399', 'com-2020-568']
        .every((id) => document.querySelector(`.dossier-row h3 a[href^="/dossiers/${id}/"]`)));
      await browser.goto(`${site.url}dossiers/com-2013-48/`);
      await started(browser);
      await until(browser, 'the status', () => document.querySelector('.status-line .badge')?.textContent === 'No longer in force');
      await browser.click('[data-testid=relations] li[data-relation=repealed-by] a');
      await until(browser, 'the NIS2 page', () => location.pathname === '/dossiers/com-2020-823/'
        && document.querySelector('[data-testid=relations] li[data-relation=repeals] a')?.getAttribute('href') === '/dossiers/com-2013-48/');
      await assertClean(browser);
    });

    test('the language switch keeps the page and its query', async () => {
      await browser.goto(`${site.url}dossiers/?q=gigabit&type=regulation`);
      await started(browser);
      await countIs(browser, `1 of ${TOTAL} files`);
      await browser.click('.lang-select summary');
      await browser.click('.lang-select a[hreflang=de]');
      await until(browser, 'the German address', () => location.pathname === '/de/dossiers/' && location.search === '?q=gigabit&type=regulation');
      await countIs(browser, `1 von ${TOTAL} Dossiers`);
      assert.equal(await browser.evaluate(() => document.documentElement.lang), 'de');
      await assertClean(browser);
    });

    test('the selector offers the 24 official languages, and a Polish page starts and filters', async () => {
      await browser.goto(`${site.url}dossiers/`);
      await started(browser);
      await browser.click('.lang-select summary');
      assert.equal(await browser.evaluate(() => document.querySelectorAll('.lang-select a[hreflang][lang]').length), 24);
      await browser.click('.lang-select a[hreflang=pl]');
      await until(browser, 'the Polish address', () => location.pathname === '/pl/dossiers/');
      await started(browser);
      assert.equal(await browser.evaluate(() => document.documentElement.lang), 'pl');
      await browser.type(SEARCH, 'gigabit');
      await until(browser, 'one match', (total) => new RegExp(`^1\\D.*\\b${total}\\b`).test(document.querySelector('[data-testid=result-count]')?.textContent ?? ''), TOTAL);
      await assertClean(browser);
    });

    test('a page in another language shows the content in that language, marked as translated', async () => {
      // Not the root: a visit there follows the language remembered from the test before.
      await browser.goto(`${site.url}themes/`);
      await started(browser);
      await browser.click('.lang-select summary');
      await browser.click('.lang-select a[hreflang=hu]');
      await until(browser, 'the Hungarian page', () => location.pathname === '/hu/themes/' && document.body.dataset.app);
      const title = await browser.evaluate(() => {
        const h2 = document.querySelector('.theme-list h2');
        return { text: h2?.textContent?.trim() ?? '', lang: h2?.getAttribute('lang') };
      });
      assert.equal(title.text, 'Az innováció, a növekedés és a foglalkoztatás feltételeinek javítása');
      assert.equal(title.lang, null, 'in the page’s language');
      assert.match(await browser.evaluate(() => document.querySelector('.translated-note')?.textContent ?? ''), /^A webhely saját fordítása\./);
      await assertClean(browser);
    });

    test('a country on the world map filters the projects without reloading the page', async () => {
      await browser.goto(`${site.url}international/projects/`);
      await started(browser);
      await browser.evaluate(() => { window.sameDocument = true; });
      await browser.click('svg.map-svg a.country[href$="?country=kenya"] path');
      await until(browser, 'the projects in Kenya', (n) => location.search === '?country=kenya'
        && document.querySelectorAll('[data-testid=project]').length === n, inKenya);
      assert.equal(await browser.evaluate(() => window.sameDocument), true, 'the router followed the map link');
      assert.equal(await browser.evaluate(() => document.querySelector('svg.map-svg a.country[aria-current=true] title').textContent), `Kenya: ${inKenya} projects`);
      await assertClean(browser);
    });

    test('300 characters typed within 10 seconds, then a new search, still work', async () => {
      await browser.goto(`${site.url}dossiers/`);
      await started(browser);
      const began = Date.now();
      await browser.type(SEARCH, 'digital '.repeat(38));
      assert.ok(Date.now() - began < 10_000, `${browser.name} typed 300 characters within 10 seconds`);
      assert.equal(await browser.evaluate((s) => document.querySelector(s).value.length, SEARCH), 200, 'the box stops at 200 characters');
      await browser.clear(SEARCH);
      await browser.type(SEARCH, 'chips');
      await countIs(browser, `1 of ${TOTAL} files`);
      await until(browser, 'the address to follow', () => location.search === '?q=chips');
      await assertClean(browser);
    });

    test('past the browser’s history limit the app keeps working and navigates', async () => {
      await browser.goto(`${site.url}dossiers/`);
      await started(browser);
      // Use up the allowance (WebKit: 100 calls in 10 s; Firefox: 200), as a burst of
      // navigation would; the browser refuses the calls that follow.
      const refused = await browser.evaluate(() => {
        let refusals = 0;
        for (let i = 0; i < 250; i++) {
          try {
            history.replaceState(history.state, '', location.href);
          } catch {
            refusals++;
          }
        }
        return refusals;
      });
      assert.equal(refused, 0, 'the app’s guard absorbs refused calls instead of throwing');
      await browser.click('nav[aria-labelledby=facet-type] a[href*="type=directive"]');
      await countIs(browser, `8 of ${TOTAL} files`);
      await browser.type(SEARCH, 'copyright');
      await countIs(browser, `2 of ${TOTAL} files`);
      await browser.click('nav.primary-nav a[href="/themes/"]');
      await headingIs(browser, 'Themes');
      await until(browser, 'the address to catch up', () => location.pathname === '/themes/');
      // Firefox reports the refused calls in its console itself; nothing else may appear.
      const problems = (await browser.problems()).filter((p) => !/Too many calls to Location or History APIs/.test(p));
      assert.deepEqual(problems, []);
      assert.notEqual(await browser.evaluate(() => document.body.dataset.app), 'failed');
    });

    test('a page changed while the app downloads is rendered afresh, not hydrated', async () => {
      await browser.goto(`${slow.url}dossiers/`);
      // The boot script has imported the app's JavaScript; the WebAssembly is held back 2 s.
      await until(browser, 'the app’s JavaScript', () => performance.getEntriesByType('resource')
        .some((entry) => /\/connect-explorer-[0-9a-f]+\.js$/.test(entry.name)));
      await browser.evaluate(() => { document.querySelector('main h1').textContent = 'Changed while loading'; });
      assert.equal(await started(browser), 'rendered');
      await headingIs(browser, 'Legislative files');
      await assertClean(browser);
    });

    test('with the data answering 503, the notice shows and links still navigate', async () => {
      await browser.goto(`${down.url}dossiers/`);
      await until(browser, 'the notice', () => document.querySelector('[role=alert]') && document.body.dataset.app === 'unavailable');
      await browser.click('nav.primary-nav a[href="/themes/"]');
      await until(browser, 'the themes page', () => location.pathname === '/themes/');
      await headingIs(browser, 'Themes');
      // The notice reports the 503 in the console: that is the fault under test.
      const problems = (await browser.problems()).filter((p) => !/503|Service Unavailable/i.test(p));
      assert.deepEqual(problems, []);
    });
  });
}
