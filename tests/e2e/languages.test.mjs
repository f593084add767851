// The twenty languages beyond English, French, German and Hungarian (whose every route the
// other tests visit): in each, the home page, the dossier list, one dossier and the timeline
// are prerendered in the language from its own files, taken over by the app as rendered, and
// pass axe-core. And the selector of all 24: at 390 px, by keyboard, and without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, ready, assertClean, assertAccessible, DIST, ROUTES } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

/** Every language the build has, from the root page's alternates. */
const ALL = [...readFileSync(`${DIST}index.html`, 'utf8').matchAll(/<link rel="alternate" hreflang="([a-z]{2})"/g)].map((m) => m[1]);
const OTHERS = ALL.filter((code) => !['en', 'fr', 'de', 'hu'].includes(code));
const PATHS = ['/', '/dossiers/', '/dossiers/com-2021-574/', '/timeline/'];
const english = Object.fromEntries(ROUTES.map(([path, heading]) => [path, heading]));

test('the build has all 24 official languages of the EU', () => {
  assert.deepEqual(
    [...ALL].sort(),
    ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
  );
});

for (const code of OTHERS) {
  test(`${code}: home, dossier list, a dossier and the timeline, in ${code} and accessible`, async () => {
    const page = await site.page();
    for (const path of PATHS) {
      await page.goto(`${site.base}/${code}${path}`);
      await ready(page);
      assert.equal(await page.locator('html').getAttribute('lang'), code, path);
      const interactive = path === '/dossiers/' || path === '/timeline/';
      assert.equal(
        await page.locator('body').getAttribute('data-app'),
        interactive ? 'hydrated' : 'static',
        interactive ? `${code}${path}: taken over as prerendered, from its own files` : `${code}${path}: complete as prerendered, no app loaded`,
      );
      const heading = (await page.locator('main h1').first().innerText()).trim();
      assert.ok(heading.length > 0, `${code}${path}: a heading`);
      if (path !== '/dossiers/com-2021-574/') assert.notEqual(heading, english[path], `${code}${path}: the heading is translated`);
      assert.equal(await page.locator('.lang-code').innerText(), code.toUpperCase());
      if (path === '/dossiers/com-2021-574/') {
        // This site's list of verified files is named in the page's language; a source page keeps its English title.
        assert.equal(await page.locator('ul.evidence a[href$="#source-facts"]').getAttribute('lang'), null);
        assert.equal(await page.locator('ul.evidence a[href$="#source-001"]').getAttribute('lang'), 'en');
      }
      if (path === '/dossiers/') {
        assert.ok(await page.locator('.dossier-row h3 [lang=en]').count() > 0, 'the files’ titles stay English, marked lang="en"');
      }
      await assertAccessible(page, `/${code}${path}`);
    }
    await page.goto(`${site.base}/${code}/`);
    await ready(page);
    assert.equal(await page.locator('main p.lead').first().getAttribute('lang'), null, 'the mission in the page’s language');
    assert.equal(await page.locator('.translated-note').count() > 0, true, 'marked as this site’s translation');
    assertClean(page);
  });
}

test('the selector lists all 24 by their own names, fits a 390 px screen and works by keyboard', async () => {
  const page = await site.page({ viewport: { width: 390, height: 844 } });
  await page.goto(`${site.base}/dossiers/?q=act&sort=title`);
  await ready(page);
  await page.locator('.lang-select summary').focus();
  await page.keyboard.press('Enter');
  const links = page.locator('.lang-select a');
  assert.equal(await links.count(), ALL.length);
  for (let i = 0; i < ALL.length; i++) {
    const link = links.nth(i);
    const code = await link.getAttribute('hreflang');
    assert.equal(await link.getAttribute('lang'), code, 'each name marked with its language');
    const prefix = code === 'en' ? '' : `/${code}`;
    assert.equal(await link.getAttribute('href'), `${prefix}/dossiers/?q=act&sort=title`, 'keeps the page and its query');
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `${code} is inside the screen (${box.x}, ${box.width})`);
  }
  assert.equal(await page.locator('.lang-select a[aria-current=true]').getAttribute('hreflang'), 'en');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('hreflang')), ALL[0], 'Tab goes into the list');
  await page.locator('.lang-select a[hreflang=pl]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/pl\/dossiers\/\?q=act&sort=title$/);
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
  assertClean(page);
});

test('without JavaScript the selector opens and leads to the page in another language', async () => {
  const page = await site.page({ javaScriptEnabled: false });
  await page.goto(`${site.base}/timeline/`);
  await page.locator('.lang-select summary').click();
  await page.locator('.lang-select a[hreflang=el]').click();
  await page.waitForURL(/\/el\/timeline\/$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'el');
  assert.notEqual((await page.locator('main h1').innerText()).trim(), english['/timeline/']);
});
