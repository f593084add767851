// The projects page's world map: every country drawn, the countries projects name shaded by
// how many do, each a link that filters the list without reloading the page, at a phone's width
// and a desktop's, without JavaScript, and in another language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ready, assertClean, DIST } from './helpers.mjs';

let site;
before(async () => { site = await start({ plain: true }); });
after(async () => { await site.close(); });

const research = JSON.parse(await readFile(join(DIST, 'data', 'content.json'), 'utf8')).international.research;
/** How many projects name each country, from the data file. */
const named = Object.fromEntries(
  research.countries.map((c) => [c.id, research.projects.filter((p) => p.countries.includes(c.id)).length]),
);
const shade = (n) => Math.min(n, 4);

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`the map at ${width} px: every named country shaded by its projects, a link that filters in place`, async () => {
    const page = await site.page({ viewport: { width, height } });
    await page.goto(`${site.base}/international/projects/`);
    await ready(page);
    assert.equal(await page.locator('body').getAttribute('data-app'), 'hydrated');
    const map = page.locator('svg.map-svg');
    assert.ok(await map.isVisible());
    const box = await map.boundingBox();
    assert.ok(box.width > width * 0.8, `the map spans the column (${box.width} px)`);
    assert.ok((await map.locator('path.land').getAttribute('d')).length > 10000, 'the other countries are drawn');
    const links = map.locator('a.country');
    assert.equal(await links.count(), Object.keys(named).length, 'one link per named country');
    for (const [id, n] of Object.entries(named)) {
      const link = map.locator(`a.country[href$="?country=${id}"]`);
      assert.equal(await link.count(), 1, id);
      assert.match(await link.getAttribute('class'), new RegExp(`\\bshade-${shade(n)}\\b`), id);
      assert.match(await link.locator('title').textContent(), new RegExp(`: ${n} projects?$`), id);
      assert.equal(await link.getAttribute('tabindex'), '-1', 'the text links are the keyboard path');
    }
    assert.deepEqual(await page.locator('.map-key li').allInnerTexts(), ['1 project', '2 projects', '3 projects', '4 projects']);

    await page.evaluate(() => { window.sameDocument = true; });
    await map.locator('a.country[href$="?country=kenya"]').click();
    await page.waitForURL(/\/international\/projects\/\?country=kenya$/);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=project]').length === n, named.kenya);
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'the router followed the map link');
    const chosen = map.locator('a.country[aria-current=true]');
    assert.match(await chosen.locator('title').textContent(), /^Kenya: /);
    assert.equal(await chosen.getAttribute('href'), '/international/projects/', 'the chosen country leads back');
    assert.equal(await page.getByRole('navigation', { name: 'Countries' }).locator('a[aria-current=true]').innerText(), `Kenya (${named.kenya})`);

    await map.locator('a.country[aria-current=true]').click();
    await page.waitForURL(/\/international\/projects\/$/);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=project]').length === n, research.projects.length);
    await page.screenshot({ path: `/tmp/map-${width}.png`, fullPage: false });
    assertClean(page);
  });
}

test('a chosen region fades the countries outside it; a country outside it leaves the region', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/international/projects/?region=africa`);
  await ready(page);
  const map = page.locator('svg.map-svg');
  assert.match(await map.locator('a.country[href*="country=greece"]').getAttribute('class'), /\boutside\b/);
  assert.doesNotMatch(await map.locator('a.country[href*="country=kenya"]').getAttribute('class'), /\boutside\b/);
  assert.equal(await map.locator('a.country[href*="country=kenya"]').getAttribute('href'), '/international/projects/?region=africa&country=kenya');
  await map.locator('a.country[href*="country=greece"]').click();
  await page.waitForURL(/\/international\/projects\/\?country=greece$/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=project]').length === 1);
  assertClean(page);
});

test('without JavaScript the map is in the page and its links are addresses', async () => {
  const page = await site.page({ javaScriptEnabled: false });
  await page.goto(`${site.base}/de/international/projects/`);
  const links = page.locator('svg.map-svg a.country');
  assert.equal(await links.count(), Object.keys(named).length);
  await links.and(page.locator('[href$="?country=kenya"]')).click();
  await page.waitForURL(/\/de\/international\/projects\/\?country=kenya$/);
  assert.equal(await page.locator('svg.map-svg a.country[aria-current=true]').count(), 0, 'a static page shows no choice it did not make');
  assert.match(await page.locator('.world-map figcaption').innerText(), /Ländergrenzen: Natural Earth \(gemeinfrei\)/);
});

test('the key, the caption and the country names speak the page’s language', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/hu/international/projects/`);
  await ready(page);
  assert.deepEqual(await page.locator('.map-key li').allInnerTexts(), ['1 projekt', '2 projekt', '3 projekt', '4 projekt']);
  assert.match(await page.locator('svg.map-svg a.country[href$="?country=kenya"] title').textContent(), /^Kenya: 4 projekt$/);
  assert.match(await page.locator('.world-map figcaption').innerText(), /Országhatárok: Natural Earth \(közkincs\)/);
  assertClean(page);
});
