// The timeline: every dated step on one axis, the steps still ahead from the visitor's day,
// the same steps as a list of links, filters in the address, at a phone's width and a
// desktop's, with and without JavaScript, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ready, assertClean, DIST } from './helpers.mjs';

let site;
before(async () => { site = await start({ plain: true }); });
after(async () => { await site.close(); });

const data = JSON.parse(await readFile(join(DIST, 'data', 'dossiers.json'), 'utf8'));
const allSteps = data.dossiers.flatMap((d) => d.steps);

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`the timeline at ${width} px: chart, coming up and list agree with the data`, async () => {
    const page = await site.page({ viewport: { width, height } });
    await page.goto(`${site.base}/timeline/`);
    await ready(page);
    assert.equal(await page.locator('body').getAttribute('data-app'), 'hydrated');
    assert.equal(await page.locator('svg.timeline-svg circle.mark').count(), allSteps.length, 'one mark per dated step');
    assert.equal(await page.getByTestId('every-step').locator('li').count(), allSteps.length, 'the same steps as a list');
    const coming = await page.getByTestId('coming-up').locator('li').allInnerTexts();
    assert.ok(coming.length > 0);
    assert.match(coming[0], /^2 December 2026 Artificial Intelligence Act – Date of application of some provisions \(new prohibitions in Article 5, added by the Digital Omnibus on AI\)$/);
    assert.ok(coming.some((line) => line.startsWith('11 December 2027 Cyber Resilience Act')), coming.join('\n'));
    const mark = page.locator('svg.timeline-svg a').first();
    assert.match(await mark.getAttribute('href'), /^\/dossiers\/[a-z0-9-]+\/$/);
    await page.screenshot({ path: `/tmp/timeline-${width}.png`, fullPage: false });
    assertClean(page);
  });
}

test('coming up follows the visitor’s day, not the build’s', async () => {
  const page = await site.page({ today: '2026-12-03' });
  await page.goto(`${site.base}/timeline/`);
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'rendered', 'a step passed since the build');
  const coming = await page.getByTestId('coming-up').locator('li').allInnerTexts();
  assert.ok(!coming.some((line) => line.includes('2 December 2026')), coming.join('\n'));
  assert.match(coming[0], /^12 January 2027 Data Act/);
  assertClean(page);
});

test('the filters live in the address: step kind, years, type and text', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/timeline/`);
  await ready(page);
  await page.locator('.timeline-filters summary').click();
  await page.getByRole('navigation', { name: 'Step' }).getByRole('link', { name: 'Deadline for Member States to transpose it' }).click();
  await page.waitForURL(/\/timeline\/\?kind=transposition$/);
  const transpositions = allSteps.filter((s) => s.kind === 'transposition').length;
  await page.waitForFunction((n) => document.querySelectorAll('svg.timeline-svg circle.mark').length === n, transpositions);
  await page.getByLabel('From').first().selectOption('2020');
  await page.waitForURL(/from=2020/);
  const since2020 = allSteps.filter((s) => s.kind === 'transposition' && s.date >= '2020').length;
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=every-step] li').length === n, since2020);
  await page.goBack();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=every-step] li').length === n, transpositions);
  await page.goto(`${site.base}/timeline/?q=COM(2021)206&kind=applies-in-part`);
  await ready(page);
  const ai = data.dossiers.find((d) => d.reference === 'COM(2021)206').steps.filter((s) => s.kind === 'applies-in-part');
  assert.equal(await page.locator('[data-testid=every-step] li').count(), ai.length);
  assertClean(page);
});

test('without JavaScript the timeline reads, and its marks and list items are links', async () => {
  const page = await site.page({ javaScriptEnabled: false });
  await page.goto(`${site.base}/fr/timeline/`);
  assert.equal(await page.locator('main h1').innerText(), 'Chronologie\u00a0: ce qui s’applique et quand');
  assert.equal(await page.locator('svg.timeline-svg circle.mark').count(), allSteps.length);
  await page.getByTestId('every-step').locator('a').first().click();
  await page.waitForURL(/\/fr\/dossiers\/[a-z0-9-]+\/$/);
  await page.locator('main h1').waitFor();
});

test('a dossier page says when it applies and leads to the timeline', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/de/dossiers/com-2021-206/`);
  await ready(page);
  const applies = await page.getByTestId('applies-when').innerText();
  assert.match(applies, /Wann es gilt/);
  assert.match(applies, /Geltungsbeginn einzelner Bestimmungen \(Artikel 6 Absatz 1: Hochrisiko-KI-Systeme in Produkten nach Anhang I, verschoben durch den Digital Omnibus zur KI\): 2\. August 2028/);
  await page.getByTestId('applies-when').getByRole('link').click();
  await page.waitForURL(/\/de\/timeline\/\?q=COM\(2021\)206$/);
  await page.getByTestId('every-step').waitFor();
  assertClean(page);
});
