// The dossier browser: filters, search, sort, pages, history, shareable URLs, export, and a
// dossier page that leads back to the same filtered list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, assertClean, ready, useSyntheticData, waitForCount, TOTAL } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

async function openList(page, query = '') {
  await page.goto(`${site.base}/dossiers${query}`);
  await ready(page);
  await page.getByTestId('result-count').waitFor();
}

const count = (page) => page.getByTestId('result-count').innerText();
const rowIds = (page) => page.locator('.dossier-row h3 a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname.split('/').filter(Boolean).pop()));

test('each facet filters, shows counts, and pushes a history entry', async () => {
  const page = await site.page();
  await openList(page);
  assert.equal(await count(page), `${TOTAL} of ${TOTAL} files`);
  const status = page.getByRole('navigation', { name: 'Status' });
  assert.match(await status.getByRole('link', { name: /Listed as in negotiation/ }).innerText(), /3/);
  assert.match(await status.getByRole('link', { name: /^In negotiation/ }).innerText(), /1/, 'the Digital Networks Act, proposed in 2026');

  await status.getByRole('link', { name: /Listed as in negotiation/ }).click();
  await page.waitForURL(/\?status=listed-negotiation$/);
  await waitForCount(page, `3 of ${TOTAL} files`);
  assert.deepEqual(await rowIds(page), ['2021-07-08-mental-health-in-the-digital-world-of-work', 'com-2021-288', 'com-2021-290']);

  const types = page.getByRole('navigation', { name: 'Type' });
  await types.getByRole('link', { name: /Report/ }).click();
  await page.waitForURL(/status=listed-negotiation&type=report$/);
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.deepEqual(await rowIds(page), ['com-2021-290']);

  await page.goBack();
  await waitForCount(page, `3 of ${TOTAL} files`);
  await page.goBack();
  await waitForCount(page, `${TOTAL} of ${TOTAL} files`);
  await page.goForward();
  await waitForCount(page, `3 of ${TOTAL} files`);
  assertClean(page);
});

test('type facets count within the other filters, and the years narrow the list', async () => {
  const page = await site.page();
  await openList(page, '?status=in-force');
  const types = page.getByRole('navigation', { name: 'Type' });
  assert.match(await types.getByRole('link', { name: /Directive/ }).innerText(), /Directive\s*6/);
  await types.getByRole('link', { name: /Directive/ }).click();
  await waitForCount(page, `6 of ${TOTAL} files`);
  assert.ok((await rowIds(page)).includes('com-2020-823'));

  await openList(page);
  await page.getByLabel('From').selectOption('2022');
  await page.waitForURL(/from=2022/);
  await waitForCount(page, `7 of ${TOTAL} files`);
  assert.match(await page.getByLabel('To').locator('option[value="2022"]').innerText(), /2022 \(4\)/, 'each year says what it would yield');
  await page.getByLabel('To').selectOption('2022');
  await page.waitForURL(/from=2022&to=2022/);
  await waitForCount(page, `4 of ${TOTAL} files`);
  await page.goBack();
  await waitForCount(page, `7 of ${TOTAL} files`);
  assert.equal(await page.getByLabel('To').inputValue(), '', 'back restores the select too');
  assertClean(page);
});

test('typing filters on every keystroke, keeps focus, and writes the address once typing pauses', async () => {
  const page = await site.page();
  await openList(page);
  const box = page.getByLabel('Search titles, names and references');
  const before = await page.evaluate(() => history.length);
  await box.click();
  await page.keyboard.type('digital serv');
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'focus stays in the box');
  assert.equal(await box.inputValue(), 'digital serv', 'nothing typed was lost');
  await page.waitForURL((url) => url.searchParams.get('q') === 'digital serv');
  assert.equal(await page.evaluate(() => history.length), before, 'typing replaced the entry');
  assert.deepEqual(await rowIds(page), ['com-2020-825']);

  await box.fill('');
  await page.keyboard.type('MÉDIA FREEDOM');
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.deepEqual(await rowIds(page), ['com-2022-457'], 'case and accents do not matter');
  assertClean(page);
});

test('every pasted form of a reference finds its dossier', async () => {
  const page = await site.page();
  await openList(page);
  const box = page.getByLabel('Search titles, names and references');
  for (const reference of ['COM(2021)574', 'com(2021) 574', 'COM/2021/574', 'COM(2021) 574 final', '52021PC0574', '2021/0293(COD)', '2022/2481']) {
    await box.fill(reference);
    await waitForCount(page, `1 of ${TOTAL} files`);
    assert.deepEqual(await rowIds(page), ['com-2021-574'], reference);
  }
  assertClean(page);
});

test('sorting orders the list, and the real dataset fits one page', async () => {
  const page = await site.page();
  await openList(page);
  assert.equal(await page.locator('.dossier-row').count(), TOTAL);
  assert.equal(await page.getByRole('navigation', { name: 'Pages' }).count(), 0, 'no pagination for one page');
  assert.equal((await rowIds(page))[0], 'com-2026-16', 'newest first by default');

  await page.getByRole('navigation', { name: 'Sort:' }).getByRole('link', { name: 'Oldest first' }).click();
  await page.waitForURL(/sort=date-asc/);
  await page.waitForFunction(() => document.querySelector('.dossier-row a')?.href.endsWith('/dossiers/com-1994-492/?sort=date-asc'));

  await page.getByRole('navigation', { name: 'Sort:' }).getByRole('link', { name: 'Title' }).click();
  await page.waitForURL(/sort=title/);
  await page.waitForFunction(() => document.querySelector('.dossier-row a')?.href.includes('/dossiers/com-2021-574'));
  assert.equal((await rowIds(page)).at(-1), 'sec-2004-661', 'the record without a title sorts last');
  assert.match(await page.locator('.dossier-row').last().innerText(), /Title not given by the source/);
  assertClean(page);
});

test('pages of 50 keep at most one page of rows in the DOM (synthetic data)', async () => {
  const page = await site.page();
  await useSyntheticData(page, 120);
  await openList(page);
  await waitForCount(page, '120 of 120 files');
  assert.equal(await page.locator('.dossier-row').count(), 50);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByRole('link', { name: 'Next' }).click();
  await page.waitForURL(/\?page=2$/);
  await page.waitForFunction(() => document.querySelector('[aria-current=page][aria-label="Page 2"]'));
  assert.equal(await page.locator('.dossier-row').count(), 50);
  await pages.getByRole('link', { name: 'Page 3' }).click();
  await page.waitForURL(/\?page=3$/);
  await page.waitForFunction(() => document.querySelectorAll('.dossier-row').length === 20);
  assert.match(await page.locator('.dossier-row').first().innerText(), /SYNTHETIC TEST RECORD/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.dossier-row').length === 50);
  await page.goto(`${site.base}/dossiers?page=9`);
  await page.waitForFunction(() => location.search === '?page=3', null, { timeout: 10_000 });
  assertClean(page);
});

test('a pasted URL restores the exact view, and bad parameters are dropped from it', async () => {
  const page = await site.page();
  await openList(page, '?q=act&status=in-force,implementation&type=regulation&sort=reference');
  await waitForCount(page, `11 of ${TOTAL} files`);
  assert.equal(await page.getByLabel('Search titles, names and references').inputValue(), 'act');
  assert.equal(await page.locator('.facet-link.selected').count(), 3);
  assert.equal(await page.locator('.sort a[aria-current=true]').innerText(), 'Reference');
  const ids = await rowIds(page);
  assert.equal(ids[0], 'com-2012-238');

  await openList(page, '?status=bogus&utm_source=mail&type=regulation&page=99&from=abc');
  await page.waitForURL((url) => url.search === '?type=regulation');
  await waitForCount(page, `24 of ${TOTAL} files`);
  assertClean(page);
});

test('an empty result says which filter to relax and offers to clear it', async () => {
  const page = await site.page();
  await openList(page, '?q=zebra&status=in-force');
  const empty = page.getByTestId('empty-state');
  await empty.waitFor();
  assert.match(await empty.innerText(), /Remove the search “zebra” \(22 files\)/);
  await empty.getByRole('link', { name: /Remove the search/ }).click();
  await waitForCount(page, `22 of ${TOTAL} files`);
  assert.equal(new URL(page.url()).search, '?status=in-force');
  assertClean(page);
});

test('markup typed into the search box is shown as text, never run', async () => {
  const page = await site.page();
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  await openList(page);
  const markup = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Search titles, names and references').fill(markup);
  const empty = page.getByTestId('empty-state');
  await empty.waitFor();
  assert.ok((await empty.innerText()).includes(markup), 'the markup appears literally');
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(dialogs, 0);
});

test('a dossier page shows its history and sources, and leads back to the filtered list', async () => {
  const page = await site.page();
  await openList(page, '?q=digital&status=in-force');
  await page.getByRole('link', { name: /Digital Decade Policy Programme 2030/ }).click();
  await page.waitForURL(/\/dossiers\/com-2021-574\/\?q=digital&status=in-force$/);
  await page.getByTestId('dossier').waitFor();
  const text = await page.locator('main').innerText();
  for (const fact of ['Decision (EU) 2022/2481', '2021/0293(COD)', '14 December 2022', 'OJ L 323', '8 January 2023', 'Computed from the dated steps in this record, as of 23 November 2026.']) {
    assert.ok(text.includes(fact), `shows “${fact}”`);
  }
  const steps = await page.getByTestId('timeline').locator('li').count();
  assert.equal(steps, 4, 'proposal, adoption, publication, entry into force: dated steps only');
  assert.match(await page.getByTestId('listing').innerText(), /^EU Monitor listed it under “Legislative proposals in negotiation”, in lists that carry no date of their own \(their newest item is dated 15 September 2021\)/);
  const sources = page.locator('section[aria-labelledby=dossier-sources] li');
  assert.match(await sources.nth(0).innerText(), /\(CNECT\)[\s\S]*confirms: title, DG CONNECT as the lead department, reference, listing by EU Monitor/);
  assert.match(await sources.nth(1).innerText(), /confirms: DG CONNECT as the lead department, procedure, adopted act, proposed by the Commission, adopted, published in the Official Journal, entry into force/);
  assert.equal(
    await page.getByRole('link', { name: /The proposal \(52021PC0574\)/ }).getAttribute('href'),
    'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021PC0574',
  );
  assert.equal(
    await page.getByRole('link', { name: /The adopted act \(32022D2481\)/ }).getAttribute('href'),
    'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022D2481',
  );
  await page.getByTestId('back-to-list').click();
  await page.waitForURL(/\/dossiers\/\?q=digital&status=in-force$/);
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByLabel('Search titles, names and references').inputValue(), 'digital');
  assertClean(page);
});

test('seed rows without type, reference or title are shown honestly', async () => {
  const page = await site.page();
  await page.goto(site.base + '/dossiers/2021-07-08-mental-health-in-the-digital-world-of-work');
  await ready(page);
  await page.getByTestId('dossier').waitFor();
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('Type not given'));
  assert.ok(text.includes('No reference given by the source'));
  await page.goto(site.base + '/dossiers/sec-2004-661');
  await page.getByTestId('dossier').waitFor();
  assert.match(await page.locator('main h1').innerText(), /Title not given by the source/);
  await page.goto(site.base + '/dossiers/com-2020-568');
  await page.getByTestId('dossier').waitFor();
  assert.match(await page.locator('main h1').innerText(), /title cut off by the source/);
  assertClean(page);
});

/** Parses RFC 4180 CSV. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

test('export downloads CSV and JSON whose rows match the filtered list', async () => {
  const page = await site.page({ acceptDownloads: true });
  await openList(page, '?status=in-force');
  await waitForCount(page, `22 of ${TOTAL} files`);
  const listed = await rowIds(page);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.equal(csvDownload.suggestedFilename(), 'dg-connect-dossiers.csv');
  const text = await readFile(await csvDownload.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark tells spreadsheets the file is UTF-8');
  const csv = parseCsv(text.slice(1));
  assert.equal(csv[0][0], 'id');
  assert.deepEqual(csv.slice(1).map((r) => r[0]), listed);
  const titleColumn = csv[0].indexOf('title');
  assert.ok(csv.some((r) => r[titleColumn] === 'European Cybersecurity Industrial, Technology and Research Competence Centre and National Coordination Centres - Contribution to the Leaders’ meeting, September 2018'), 'quoted fields with commas survive');

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(json.map((r) => r.id), listed);
  assert.ok(json.every((r) => r.status === 'in-force'));
  assertClean(page);
});

test('the filters work with the keyboard alone, and the count is a polite status', async () => {
  const page = await site.page();
  await openList(page);
  assert.equal(await page.getByTestId('result-count').getAttribute('role'), 'status');
  const link = page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: /In force/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/status=in-force/);
  await waitForCount(page, `22 of ${TOTAL} files`);
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement?.textContent), /No longer in force/, 'focus moves on through the filters');
  assertClean(page);
});

test('a withdrawn proposal has its own status, page and facet count', async () => {
  const page = await site.page();
  await openList(page);
  const status = page.getByRole('navigation', { name: 'Status' });
  const withdrawn = status.getByRole('link', { name: /Withdrawn/ });
  assert.match(await withdrawn.innerText(), /Withdrawn\s*1/);
  await withdrawn.click();
  await page.waitForURL(/\?status=withdrawn$/);
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.deepEqual(await rowIds(page), ['com-2017-10']);
  await page.getByRole('link', { name: /ePrivacy Regulation/ }).click();
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'Withdrawn');
  const history = await page.getByTestId('timeline').innerText();
  assert.match(history, /10 January 2017\s+Proposed by the Commission/);
  assert.match(history, /11 February 2025\s+Withdrawn by the Commission \(announced in Annex IV \(withdrawals\) of the Commission work programme for 2025\)/);
  assert.match(await page.locator('main').innerText(), /Proposal for a regulation/);
  await page.goto(`${site.base}/de/dossiers/com-2017-10/`);
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'Zurückgezogen');
  assertClean(page);
});

test('a seed row that became law shows its adopted act and a status computed from its dates', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/dossiers/com-2018-434/`);
  await page.getByTestId('dossier').waitFor();
  const text = await page.locator('main').innerText();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'In force');
  assert.match(await page.getByTestId('status-note').innerText(), /^Computed from the dated steps in this record, as of 23 November 2026\.$/);
  assert.match(text, /Adopted act\s+Regulation \(EU\) 2021\/694/);
  assert.match(await page.getByTestId('timeline').innerText(), /29 April 2021\s+Adopted as Regulation \(EU\) 2021\/694/);
  assert.match(await page.getByTestId('listing').innerText(), /EU Monitor listed it under “Legislation currently being implemented”/, 'the source’s listing stays, as the source’s');
  assert.equal(
    await page.getByRole('link', { name: /The adopted act \(32021R0694\)/ }).getAttribute('href'),
    'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R0694',
  );
  await page.goto(`${site.base}/hu/dossiers/com-2020-569/`);
  await page.getByTestId('dossier').waitFor();
  assert.match(await page.locator('main').innerText(), /\(EU\) 2021\/1173 tanácsi rendelet/, 'a Council act, cited the Hungarian way');
  assertClean(page);
});

test('on a phone, the search, the count and the results come first; the filters fold behind a button', async () => {
  const page = await site.page({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openList(page, '?status=in-force&type=directive');
  assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift when the app starts');
  const box = await page.getByLabel('Search titles, names and references').boundingBox();
  const firstRow = await page.locator('.dossier-row').first().boundingBox();
  assert.ok(box.y < firstRow.y && firstRow.y < 844, `the first result is on the first screen (at ${firstRow.y} px)`);
  assert.equal(await page.locator('#filters').isVisible(), false, 'the filters are folded away');
  const toggle = page.getByRole('button', { name: 'Filters (2 on)' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.getByRole('navigation', { name: 'Status' }).isVisible());
  await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: /Directive/ }).click();
  await waitForCount(page, `22 of ${TOTAL} files`);
  assert.ok(await page.getByRole('button', { name: 'Filters (1 on)' }).isVisible());
  assertClean(page);

  const wide = await site.page({ viewport: { width: 1280, height: 900 } });
  await openList(wide);
  assert.equal(await wide.locator('.filters-toggle').isVisible(), false, 'no button on a wide screen');
  assert.ok(await wide.getByRole('navigation', { name: 'Status' }).isVisible());
  const filters = await wide.locator('#filters').boundingBox();
  const results = await wide.locator('.dossier-row').first().boundingBox();
  assert.ok(filters.x < results.x, 'filters beside the results');
  assertClean(wide);
});

test('an act repealed or expired is no longer in force, and repeals link both records', async () => {
  const page = await site.page();
  await openList(page);
  const status = page.getByRole('navigation', { name: 'Status' });
  const ended = status.getByRole('link', { name: /No longer in force/ });
  assert.match(await ended.innerText(), /No longer in force\s*6/);
  await ended.click();
  await page.waitForURL(/\?status=no-longer-in-force$/);
  await waitForCount(page, `6 of ${TOTAL} files`);
  const ids = await rowIds(page);
  for (const id of ['com-2013-48', 'com-2016-399', 'com-2020-568']) assert.ok(ids.includes(id), `${id} among ${ids}`);

  await page.getByRole('link', { name: /NIS Directive/ }).click();
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'No longer in force');
  assert.match(await page.getByTestId('status-note').innerText(), /^Repealed by Directive \(EU\) 2022\/2555; its last day of validity was 17 October 2024\./);
  const repealedBy = page.getByTestId('relations').locator('li[data-relation=repealed-by]');
  assert.match(await repealedBy.innerText(), /^Repealed by: Directive \(EU\) 2022\/2555 \(NIS2 Directive\), with effect from 18 October 2024/);
  await repealedBy.getByRole('link').click();
  await page.waitForURL(/\/dossiers\/com-2020-823\/$/);
  await page.getByTestId('dossier').waitFor();
  const repeals = page.getByTestId('relations').locator('li[data-relation=repeals]');
  assert.equal(await repeals.getByRole('link').getAttribute('href'), '/dossiers/com-2013-48/');

  await page.goto(`${site.base}/dossiers/com-2020-568/`);
  await page.getByTestId('dossier').waitFor();
  assert.match(await page.getByTestId('status-note').innerText(), /^Expired; its last day of validity was 3 April 2026\./);
  assert.ok(await page.getByTestId('secondary').count() > 0, 'a page that is not an institution’s is marked secondary');
  const external = page.getByTestId('relations').locator('li[data-relation=amended-by] a');
  assert.equal(await external.getAttribute('href'), 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1307');

  await page.goto(`${site.base}/fr/dossiers/com-2013-48/`);
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'Plus en vigueur');
  assertClean(page);
});

test('acts go by their official short titles in the page’s language, and every name finds them', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/fr/dossiers/?q=data%20act`);
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('.dossier-row').length > 0);
  const dataAct = page.locator('.dossier-row', { has: page.locator('a[href^="/fr/dossiers/com-2022-68/"]') });
  assert.equal(await dataAct.locator('.short-name').innerText(), 'règlement sur les données');
  assert.equal(await dataAct.locator('.short-name').getAttribute('lang'), 'fr');

  await openList(page, '?q=r%C3%A8glement%20sur%20les%20donn%C3%A9es');
  await waitForCount(page, `1 of ${TOTAL} files`);
  assert.deepEqual(await rowIds(page), ['com-2022-68'], 'the French name finds the act on the English page');

  await page.goto(`${site.base}/de/dossiers/com-2020-823/`);
  await page.getByTestId('dossier').waitFor();
  const heading = page.locator('main h1 .short-name');
  assert.equal(await heading.innerText(), 'NIS-2-Richtlinie');
  assert.equal(await heading.getAttribute('lang'), 'de');
  const cited = page.locator('.evidence li', { has: page.locator('q[lang=de]') });
  assert.match(await cited.innerText(), /bestätigt: den amtlichen Kurztitel „?NIS-2-Richtlinie/);
  assert.match(await cited.locator('a').getAttribute('href'), /^https:\/\/eur-lex\.europa\.eu\/legal-content\/DE\//);

  await page.goto(`${site.base}/fr/timeline/?q=COM(2022)68`);
  await ready(page);
  const named = page.getByTestId('every-step').locator('a[lang=fr]').first();
  assert.equal(await named.innerText(), 'règlement sur les données');
  assertClean(page);
});
