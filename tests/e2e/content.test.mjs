// The content pages show every seed's facts, themes link to each other, the project filter
// lives in the URL, and the Hungarian items are marked as Hungarian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, assertClean, mainText } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

/** Opens `path` and checks that each expected text is visible in `main`. */
async function showsFacts(path, facts) {
  const page = await site.page();
  await page.goto(site.base + path);
  await ready(page);
  const text = await mainText(page);
  for (const fact of facts) {
    assert.ok(text.includes(fact), `${path} shows “${fact}”`);
  }
  assertClean(page);
  return page;
}

test('the mission page: statement, five aims, values, tasks, role and the source counts', async () => {
  await showsFacts('/', [
    'create jobs and generate economic growth',
    'high-quality research & innovation',
    'European data value-chain',
    '“cloud” computing',
    'right skills and confidence',
    'support an open Internet',
    'creative, responsible and open European Union public service',
    'value for the taxpayer',
    'accessible on a broad scale',
    'competitiveness and innovation',
    'audiovisual technology applications',
    'ICT-based services',
    'film and music industries',
    'international meetings about the media and the information society',
    'Digital Single Market',
    'modern, secure, open and pluralistic society',
    'digital transformation of European industry and public services',
    'technology breakthroughs and flagships',
    'result-oriented',
    '530 proposals for legislative or other legal instruments in negotiation with the Council and the European Parliament',
    '69 acts being implemented',
    'at least 26 acts in force',
  ]);
});

test('the themes: five, each with its own page and previous/next links', async () => {
  const page = await showsFacts('/themes', [
    'Improving conditions for innovation, growth and jobs',
    'building blocks of the economy of the future',
    "Europe's best scientists and engineers",
    'operational programmes',
    'intersection of technology and humanities',
    'world to look like in 2050',
  ]);
  assert.equal(await page.locator('.theme-list > li').count(), 5);
  await page.getByRole('link', { name: 'Improving conditions for innovation, growth and jobs' }).click();
  await page.waitForURL(/\/themes\/innovation-growth-and-jobs\/$/);
  assert.equal(await page.locator('main h1').innerText(), 'Improving conditions for innovation, growth and jobs');
  assert.equal(await page.locator('a[rel=prev]').count(), 0, 'the first theme has no previous');
  const seen = [];
  for (let i = 0; i < 4; i++) {
    await page.locator('a[rel=next]').click();
    await page.waitForFunction((n) => document.querySelector('.eyebrow')?.textContent === `Theme ${n} of 5`, i + 2);
    seen.push(await page.locator('main h1').innerText());
  }
  assert.deepEqual(seen, [
    'Funding major research and innovation themes',
    'Seizing major opportunities for Europe',
    'Ensuring ICT benefits society',
    'Shaping a strategic vision',
  ]);
  assert.equal(await page.locator('a[rel=next]').count(), 0, 'the last theme has no next');
  await page.locator('a[rel=prev]').click();
  await page.waitForURL(/\/themes\/ict-benefits-society\/$/);
  assertClean(page);
});

test('international cooperation: overview and the global Internet', async () => {
  await showsFacts('/international', [
    'other global players',
    'market access for European companies',
    'inspired by the European digital model',
  ]);
  await showsFacts('/international/global-internet', [
    'political, social and economic challenges',
    'open, distributed nature',
    'COMPACT',
    'space of civic responsibilities',
    'multi-stakeholder approach',
    'fundamental rights and democratic values',
    'reaching out to developing countries',
    'in line with EU legislation and policy',
    'capacity-building',
    'Global Internet Policy Observatory',
    'bottom-up and inclusive approach',
    'international organisations, fora and technical bodies',
  ]);
});

test('regional relations: rules, seven goals, partners, areas, and Hungarian items with lang="hu"', async () => {
  const page = await showsFacts('/international/regional-relations', [
    'level playing field',
    'first port of call',
    'United States, Japan and others',
    'reciprocity',
    'market access conditions',
    'international standards and interoperability',
    'excellence and attractiveness',
    'global societal challenges',
    "support the EU's external policies",
    'third countries geographically close',
    'tremendous opportunities',
    '5G and AI',
    'relations with the Americas',
    'various Commission services',
    'The EU and Australia speed up their digital cooperation',
    '12 June 2024',
  ]);
  const news = page.locator('[lang=hu]', { hasText: 'Az EU és Ausztrália felgyorsítja digitális együttműködését' });
  assert.equal(await news.count(), 1, 'the Hungarian news title is inside a lang="hu" element');
  assert.match(await news.innerText(), /2024\. június 12-én/);
  for (const teaser of ['Az EU szomszédai', 'Ázsia–csendes-óceáni térség', 'Globális internet és telekommunikáció', 'óriási lehetőségeket kínál Afrikának']) {
    assert.equal(await page.locator('[lang=hu]', { hasText: teaser }).count() >= 1, true, `“${teaser}” is marked Hungarian`);
  }
  const labels = page.locator('[lang=hu] .label');
  for (const lang of await labels.evaluateAll((els) => els.map((el) => el.lang))) {
    assert.equal(lang, 'en', 'interface labels inside Hungarian blocks are marked with the interface language');
  }
});

test('Digital4Development: approach, 2016 conclusions, 2017 document and its priorities', async () => {
  await showsFacts('/international/digital4development', [
    'sustainable development goals',
    'fight against poverty and inequality',
    'Africa',
    'mobile payments',
    'Council conclusions, 2016',
    'freedom of expression online',
    'May 2017',
    'access to affordable digital infrastructure',
    'digital skills & literacy',
    'digital entrepreneurship',
    'digital as an enabler',
    '#Digital4Dev',
    '#ICT4DEV',
  ]);
});

test('projects: all twelve, filtered by region and country through the URL', async () => {
  const page = await showsFacts('/international/projects', [
    '€13.6 million',
    'low and middle income countries',
    'Kenya and Rwanda',
    'forecasting floods',
    'bee health',
    'cybersecurity readiness',
    'Internet of Things',
    'richer learning environments',
    'skills gap',
    'EU–US collaboration',
    'Europe and North America',
    'National Contact Points',
    'Australia, New Zealand and Singapore',
    'four complementary objectives',
  ]);
  const names = () => page.locator('[data-testid=project] h2').allInnerTexts();
  assert.deepEqual(await names(), ['ISOOKO', 'FANFAR', 'SAMS', 'YAKSHA', 'WAZIHUB', 'GO-GA', 'EPICA', 'PICASSO', 'DISCOVERY', 'Idealist2018', 'EPIC', 'IST-Africa']);

  await page.getByRole('navigation', { name: 'Regions' }).getByRole('link', { name: /Asia-Pacific/ }).click();
  await page.waitForURL(/region=asia-pacific/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=project]').length === 3);
  assert.deepEqual(await names(), ['SAMS', 'YAKSHA', 'EPIC']);
  assert.match(await page.locator('.result-count').innerText(), /Showing 3 of 12 projects/);

  await page.getByRole('navigation', { name: 'Countries' }).getByRole('link', { name: /Singapore/ }).click();
  await page.waitForURL(/region=asia-pacific&country=singapore/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=project]').length === 1);
  assert.deepEqual(await names(), ['EPIC']);

  await page.goBack();
  await page.waitForURL(/region=asia-pacific$/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=project]').length === 3);

  const pasted = await site.page();
  await pasted.goto(site.base + '/international/projects?country=kenya');
  await ready(pasted);
  await pasted.locator('[data-testid=project]').first().waitFor();
  assert.deepEqual(await pasted.locator('[data-testid=project] h2').allInnerTexts(), ['ISOOKO', 'WAZIHUB', 'GO-GA', 'EPICA']);
  const countries = pasted.getByRole('navigation', { name: 'Countries' });
  assert.equal(await countries.locator('a[aria-current=true]', { hasText: 'Kenya' }).count(), 1, 'the pasted filter is shown as chosen');
  assert.match(await pasted.locator('svg.map-svg a.country[aria-current=true] title').textContent(), /^Kenya: /, 'and on the map');
  assertClean(pasted);
});

test('about: unofficial, sources with their dates, accessibility statement', async () => {
  await showsFacts('/about', [
    'not an official website of the European Commission',
    'EU Monitor',
    '15 September 2021',
    '12 June 2024',
    'Verified DG CONNECT legislative files',
    'WCAG',
    '2.1',
    'Known limitations',
  ]);
});

test('every page reads on a 320 px wide phone without sideways scrolling', async () => {
  const page = await site.page({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/themes', '/international/regional-relations', '/international/projects', '/dossiers', '/dossiers/com-2021-206', '/about']) {
    await page.goto(site.base + path);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} overflows by ${overflow}px at 320px`);
  }
  assertClean(page);
});
