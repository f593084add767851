// Languages: every prefix translates the interface and sets <html lang>, switching keeps the
// page and its filters, deep links open in their language, the root follows the browser's
// preference once, and axe-core finds nothing in any language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ready, assertClean, assertAccessible, ROUTES, TOTAL } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

const LANGUAGES = [
  ['', 'en', ['Mission', 'Themes', 'International', 'Legislative files', 'Timeline', 'About'], 'Legislative files'],
  ['/fr', 'fr', ['Mission', 'Thèmes', 'International', 'Dossiers législatifs', 'Chronologie', 'À propos'], 'Dossiers législatifs'],
  ['/de', 'de', ['Auftrag', 'Themen', 'International', 'Gesetzgebungsdossiers', 'Zeitleiste', 'Über diese Website'], 'Gesetzgebungsdossiers'],
  ['/hu', 'hu', ['Küldetés', 'Témák', 'Nemzetközi', 'Jogalkotási dossziék', 'Idővonal', 'A webhelyről'], 'Jogalkotási dossziék'],
];

test('each language prefix translates the navigation and sets html lang', async () => {
  const page = await site.page();
  for (const [prefix, code, nav, dossiersHeading] of LANGUAGES) {
    await page.goto(`${site.base}${prefix}/dossiers`);
    await page.getByTestId('result-count').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), code);
    assert.deepEqual(await page.locator('nav.primary-nav a').allInnerTexts(), nav, code);
    assert.equal(await page.locator('main h1').innerText(), dossiersHeading);
    assert.equal((await page.locator('.lang-code').innerText()).trim(), code.toUpperCase());
    const titles = page.locator('.dossier-row h3 [lang=en]');
    assert.ok((await titles.count()) > 0, 'dossier titles stay English, marked lang="en"');
  }
  assertClean(page);
});

test('switching language keeps the page, its filters and its sort', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/dossiers?q=act&status=in-force&sort=title`);
  await page.getByTestId('result-count').waitFor();
  const before = await page.getByTestId('result-count').innerText();
  assert.match(before, new RegExp(`^\\d+ of ${TOTAL} files$`));
  const shown = before.split(' ')[0];

  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL(/\/de\/dossiers\/\?q=act&status=in-force&sort=title$/);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Gesetzgebungsdossiers');
  assert.equal(await page.getByTestId('result-count').innerText(), `${shown} von ${TOTAL} Dossiers`);
  assert.equal(await page.getByLabel('Titel, Namen und Referenzen durchsuchen').inputValue(), 'act');

  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'magyar', exact: true }).click();
  await page.waitForURL(/\/hu\/dossiers\/\?q=act&status=in-force&sort=title$/);
  await ready(page);
  await page.waitForFunction(() => document.documentElement.lang === 'hu');
  assert.equal(await page.getByTestId('result-count').innerText(), `${shown} / ${TOTAL} dosszié`);

  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assertClean(page);
});

test('a deep link under /hu/ opens in Hungarian, with dates in Hungarian form', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/hu/dossiers/com-2020-825`);
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'hu');
  const text = await page.locator('main').innerText();
  for (const fact of ['Hatályban', '(EU) 2022/2065 rendelet', '2020. december 15.', 'A Bizottság javaslata', 'Előzmények', 'a 2026. november 23-i állapot szerint']) {
    assert.ok(text.includes(fact), `shows “${fact}”`);
  }
  assert.equal(await page.locator('main h1 [lang=en]').innerText(), 'Digital Services Act');
  await page.goto(`${site.base}/hu/no-such-page`);
  await page.getByTestId('not-found').waitFor();
  assert.equal(await page.locator('main h1').innerText(), 'Az oldal nem található');
  assertClean(page);
});

test('French counts use French plurals and number spacing', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/fr/dossiers?q=COM(2020)825`);
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('result-count').innerText(), `1 sur ${TOTAL} dossiers`);
  await page.goto(`${site.base}/fr/`);
  await ready(page);
  assert.ok((await page.locator('main').innerText()).includes('530 propositions d’instruments législatifs ou autres instruments juridiques en négociation'));
  assertClean(page);
});

test('a first visit to / follows the browser language once and remembers it; explicit URLs win', async () => {
  const page = await site.page({ locale: 'fr-FR' });
  await page.goto(`${site.base}/`);
  await page.waitForURL(/\/fr\/$/);
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');

  await page.goto(`${site.base}/dossiers`);
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'an explicit URL is never redirected');

  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'English' }).click();
  await page.goto(`${site.base}/`);
  await ready(page);
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, '/', 'a chosen English is remembered over the browser language');

  const german = await site.page({ locale: 'de-AT' });
  await german.goto(`${site.base}/`);
  await german.waitForURL(/\/de\/$/);
  await german.locator('.lang-select summary').click();
  await german.getByRole('link', { name: 'magyar', exact: true }).click();
  await german.waitForURL(/\/hu\/$/);
  await german.goto(`${site.base}/`);
  await german.waitForURL(/\/hu\/$/, { timeout: 5000 });
  assertClean(german);
});

for (const [prefix, code] of LANGUAGES.slice(1)) {
  test(`axe: every route in ${code}`, async () => {
    const page = await site.page();
    for (const [path] of ROUTES) {
      await page.goto(`${site.base}${prefix}${path === '/' ? '' : path}`);
      await ready(page);
      await assertAccessible(page, `${prefix}${path}`);
    }
  });
}

test('no page in French, German or Hungarian shows English legal terms outside English source text', async () => {
  const page = await site.page();
  // French writes a directive standing alone as « Directive (UE) 2022/2555 ».
  const english = /\b(Regulation|Directive(?! \(UE\)| \d| nº)|Decision|Proposal|Report|Communication)\b/;
  const paths = ['/dossiers/', '/dossiers/com-2020-825/', '/dossiers/com-2021-574/', '/dossiers/com-2021-288/', '/dossiers/com-2020-823/', '/dossiers/com-2020-569/', '/about/', '/'];
  for (const prefix of ['/fr', '/de', '/hu']) {
    for (const path of paths) {
      await page.goto(`${site.base}${prefix}${path}`);
      await ready(page);
      // The page's own text: everything but what is marked as English.
      const own = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true);
        for (const english of copy.querySelectorAll('[lang=en]')) english.remove();
        return copy.innerText ?? copy.textContent;
      });
      const found = own.match(english);
      assert.equal(found, null, `${prefix}${path} says “${found?.[0]}” in: …${found ? own.slice(Math.max(0, found.index - 60), found.index + 40) : ''}…`);
    }
  }
  assertClean(page);
});

test('a record known only from the source’s list states the list and its date as the source’s', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/dossiers/com-2021-288/`);
  await page.getByTestId('dossier').waitFor();
  assert.equal(await page.locator('.status-line .badge').innerText(), 'Listed as in negotiation');
  assert.equal(
    await page.getByTestId('status-note').innerText(),
    'EU Monitor listed it under “Legislative proposals in negotiation”, in lists that carry no date of their own (their newest item is dated 15 September 2021); no dated step known to this site says more.',
  );
  assert.match(await page.locator('main').innerText(), /Date given by the source\s+4 June 2021/);
  assert.doesNotMatch(await page.locator('main').innerText(), /as of 23 November 2026/, 'no claim about today');
  await page.goto(`${site.base}/hu/dossiers/com-2021-288/`);
  await page.getByTestId('dossier').waitFor();
  assert.match(await page.getByTestId('status-note').innerText(), /legújabb elemük 2021\. szeptember 15\. keltezésű/);
  assert.match(await page.locator('main').innerText(), /Közlemény/);
  assert.equal(
    await page.getByRole('link', { name: /A bizottsági dokumentum \(52021DC0288\)/ }).getAttribute('href'),
    'https://eur-lex.europa.eu/legal-content/HU/TXT/?uri=CELEX:52021DC0288',
    'EUR-Lex opens in the page’s language',
  );
  assertClean(page);
});

test('the content is in the page’s language, marked as this site’s translation, with the English original a link away', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/fr/`);
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static', 'the French page is shown as rendered, from its own files, with no app to load');
  const lead = page.locator('main p.lead').first();
  assert.match(await lead.innerText(), /^La DG contribue à exploiter les technologies de l’information/);
  assert.equal(await lead.getAttribute('lang'), null, 'in the page’s language');
  assert.equal(await page.locator('main [lang=en]', { hasText: 'The DG helps' }).count(), 0);
  const note = page.locator('.translated-note').first();
  assert.match(await note.innerText(), /^Traduction réalisée par ce site\. L’original anglais$/);
  // A visitor who chose French still reaches the English original: the root follows a
  // remembered language only for visits from outside the site.
  await page.evaluate(() => localStorage.setItem('connect-explorer.lang', 'fr'));
  await note.getByRole('link').click();
  await page.waitForURL(`${site.base}/`);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await ready(page);
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).pathname, '/', 'not sent back to /fr/');
  assert.match(await page.locator('main p.lead').first().innerText(), /^The DG helps to harness/);
  assert.equal(await page.locator('.translated-note').count(), 0, 'the original says nothing of translation');

  await page.goto(`${site.base}/de/themes/`);
  await ready(page);
  assert.equal(await page.locator('.theme-list h2').first().innerText(), 'Verbesserung der Bedingungen für Innovation, Wachstum und Arbeitsplätze');
  assert.match(await page.locator('.translated-note').first().innerText(), /^Übersetzung durch diese Website\./);

  await page.goto(`${site.base}/hu/international/regional-relations/`);
  await ready(page);
  const cards = page.locator('main ul.cards h3');
  assert.equal(await cards.first().innerText(), 'Az EU szomszédai', 'the source’s own Hungarian');
  assert.equal(await page.locator('.bilingual .translation [lang=en]').count() > 0, true, 'beside it, the English');
  assertClean(page);
});

test('the language switch loads the other language’s content', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/international/digital4development`);
  await ready(page);
  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'magyar', exact: true }).click();
  await page.waitForURL(/\/hu\/international\/digital4development\/$/);
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
  const lead = page.locator('main p.lead').first();
  assert.equal(await lead.getAttribute('lang'), null);
  assert.doesNotMatch(await lead.innerText(), /sustainable development goals/);
  assert.match(await page.locator('.translated-note').first().innerText(), /^A webhely saját fordítása\./);
  assertClean(page);
});
