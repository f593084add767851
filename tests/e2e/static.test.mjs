// The static site: prerendered pages that work without JavaScript, hydration without a flash,
// deep links on a plain static server (no rewrites) at the root and under a sub-path, offline
// use, the feed and the sitemap, no third-party requests and no CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, ready, assertClean, waitForCount, DIST, DIST_SUB, ROUTES, TOTAL } from './helpers.mjs';

let site;
let sub;
before(async () => {
  site = await start({ plain: true });
  sub = await start({ plain: true, dir: DIST_SUB, base: '/connect-explorer/' });
});
after(async () => {
  await site.close();
  await sub.close();
});

test('without JavaScript every route shows its content and links navigate', async () => {
  const page = await site.page({ javaScriptEnabled: false });
  for (const [path, heading] of ROUTES) {
    const response = await page.goto(site.base + path);
    assert.equal(response.status(), 200, path);
    assert.ok((await page.locator('main h1').innerText()).includes(heading), `${path} shows “${heading}”`);
    assert.match(await page.title(), /– CONNECT Explorer$/);
  }
  await page.goto(site.base + '/dossiers/');
  assert.equal(await page.locator('.dossier-row').count(), TOTAL, 'the list shows every record, unfiltered');
  for (const control of ['#dossier-search', '.facet', '.sort', '.export']) {
    assert.equal(await page.locator(control).first().isVisible(), false, `${control} needs the app, so it is not offered`);
  }
  assert.match(await page.locator('.needs-app-note').innerText(), /need JavaScript/);
  await page.getByRole('link', { name: /Digital Services Act/ }).click();
  await page.waitForURL(/\/dossiers\/com-2020-825\/$/);
  assert.match(await page.locator('main').innerText(), /Regulation \(EU\) 2022\/2065/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Themes' }).click();
  await page.waitForURL(/\/themes\/$/);
  await page.getByRole('link', { name: 'Shaping a strategic vision' }).click();
  await page.waitForURL(/\/themes\/strategic-vision\/$/);
  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL(/\/de\/themes\/strategic-vision\/$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal(await page.locator('nav.primary-nav [aria-current=page]').innerText(), 'Themen');
});

test('with JavaScript the prerendered page is taken over in place, without a layout shift, and filters', async () => {
  const page = await site.page();
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.base + '/dossiers');
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'hydrated');
  assert.equal(await page.evaluate(() => window.__shifts), 0, 'no layout shift');
  await page.getByLabel('Search titles, names and references').fill('gigabit');
  await waitForCount(page, `1 of ${TOTAL} files`);
  await page.waitForURL((url) => url.search === '?q=gigabit');
  assertClean(page);
});

test('a page with nothing but links loads no WebAssembly and no data; with a query string, the app renders it', async () => {
  const page = await site.page();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  for (const path of ['/', '/about/', '/themes/strategic-vision/', '/fr/dossiers/com-2021-574/', '/international/']) {
    requests.length = 0;
    await page.goto(site.base + path);
    await ready(page);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('body').getAttribute('data-app'), 'static', path);
    assert.deepEqual(requests.filter((r) => r.endsWith('.wasm') || r.includes('/data/') || r.endsWith('.js') && !/\/boot-[0-9a-f]+\.js$/.test(r)), [], `${path}: only the page, its style and its boot script`);
    assert.equal(await page.locator('link[rel=preload]').count(), 0, `${path}: nothing preloaded for an app it does not load`);
  }
  for (const path of ['/dossiers/', '/timeline/', '/international/projects/']) {
    requests.length = 0;
    await page.goto(site.base + path);
    await ready(page);
    assert.equal(await page.locator('body').getAttribute('data-app'), 'hydrated', path);
    assert.ok(requests.some((r) => r.endsWith('.wasm')), `${path} loads the app`);
  }
  // The list's filters ride along on a dossier page (its link back keeps them): the app reads them.
  await page.goto(site.base + '/dossiers/com-2021-574/?q=artificial');
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'rendered');
  assert.match(await page.getByTestId('back-to-list').getAttribute('href'), /\/dossiers\/\?q=artificial$/, 'the link back keeps the list’s search');
  assertClean(page);
});

test('between static pages the visitor stays in the page; an interactive page swapped in starts the app', async () => {
  const page = await site.page();
  await page.goto(site.base + '/');
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
  await page.evaluate(() => { window.__samePage = true; });
  const stayed = () => page.evaluate(() => window.__samePage === true);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Themes' }).click();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: 'Themes' }).waitFor();
  assert.ok(await stayed(), 'no page load');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the visitor starts from the new page’s content');
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
  assert.match(await page.title(), /^Themes – CONNECT Explorer$/);
  assert.equal(await nav.locator('[aria-current=page]').innerText(), 'Themes');
  assert.match(await page.locator('link[rel=canonical]').getAttribute('href'), /\/themes\/$/, 'the head is the new page’s');
  assert.equal(await page.locator('link[rel=canonical]').count(), 1);
  assert.equal(await page.locator('.lang-select a[hreflang=fr]').getAttribute('href'), '/fr/themes/', 'the selector keeps the new page');

  await page.getByRole('link', { name: 'Shaping a strategic vision' }).click();
  await page.waitForURL(/\/themes\/strategic-vision\/$/);
  await page.locator('main h1', { hasText: 'Shaping a strategic vision' }).waitFor();
  await page.goBack();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: 'Themes' }).waitFor();
  await page.goForward();
  await page.locator('main h1', { hasText: 'Shaping a strategic vision' }).waitFor();
  await page.goBack();
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('main h1', { hasText: 'Directorate-General' }).waitFor();
  assert.ok(await stayed(), 'Back and Forward stay in the page too');

  await nav.getByRole('link', { name: 'Legislative files' }).click();
  await page.waitForURL(/\/dossiers\/$/);
  await page.locator('body[data-app=hydrated]').waitFor({ state: 'attached' });
  assert.ok(await stayed(), 'the list was swapped in, then taken over by the app');
  await page.getByLabel('Search titles, names and references').fill('gigabit');
  await waitForCount(page, `1 of ${TOTAL} files`);
  await page.locator('.dossier-row h3 a').first().click();
  await page.waitForURL(/\/dossiers\/[a-z0-9-]+\/\?q=gigabit$/);
  await page.getByTestId('dossier').waitFor();
  assert.ok(await stayed(), 'from then on the app’s router moves between pages');
  await page.goBack();
  await waitForCount(page, `1 of ${TOTAL} files`);
  assertClean(page);
});

test('Back from a page whose app could not start loads the page asked for', async () => {
  const page = await site.page();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(site.base + '/themes/');
  await ready(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Legislative files' }).click();
  await page.waitForURL(/\/dossiers\/$/);
  await page.locator('body[data-app=failed]').waitFor({ state: 'attached' });
  await page.goBack();
  await page.waitForURL(/\/themes\/$/);
  await page.locator('main h1', { hasText: /^Themes$/ }).waitFor();
  // A page load: the heading can be parsed before the boot script has said how the page runs.
  await page.waitForFunction(() => document.body.dataset.app);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
});

test('links the page cannot show in place load as pages: another language, a file, a new tab', async () => {
  const page = await site.page();
  await page.goto(site.base + '/about/');
  await ready(page);
  await page.evaluate(() => { window.__samePage = true; });
  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'français', exact: true }).click();
  await page.waitForURL(/\/fr\/about\/$/);
  await page.locator('body[data-app=static]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => window.__samePage), undefined, 'a language is a page load');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assertClean(page);
});

test('a page changed before the app starts (a translation tool, an extension) is rendered afresh, not hydrated', async () => {
  const page = await site.page();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const heading = document.querySelector('main h1');
      heading.replaceChildren(document.createElement('font'));
      heading.firstChild.textContent = 'Dossiers législatifs (traduit)';
    });
  });
  await page.goto(site.base + '/dossiers/');
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'rendered');
  assert.equal(await page.locator('main h1').innerText(), 'Legislative files');
  await page.getByLabel('Search titles, names and references').fill('chips');
  await waitForCount(page, `1 of ${TOTAL} files`);
  assertClean(page);
});

test('a page changed while the app is downloading is rendered afresh too', async () => {
  const page = await site.page();
  // The boot script has already imported the app's JavaScript when the WebAssembly is asked
  // for; the page changes then, before the app decides whether to hydrate.
  await page.route('**/*_bg.wasm', async (route) => {
    await page.evaluate(() => { document.querySelector('main h1').textContent = 'Changed while loading'; });
    await route.continue();
  });
  await page.goto(site.base + '/dossiers/');
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'rendered');
  assert.equal(await page.locator('main h1').innerText(), 'Legislative files');
  assertClean(page);
});

test('a deep link works on a static server with no rewrite rules, and unknown paths get the 404 page', async () => {
  const page = await site.page();
  const response = await page.goto(site.base + '/fr/dossiers/com-2022-454');
  assert.equal(response.status(), 200);
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
  assert.equal(new URL(page.url()).pathname, '/fr/dossiers/com-2022-454/', 'shown under the site’s own address');
  assert.match(await page.locator('main h1').innerText(), /Cyber Resilience Act/);
  const missing = await page.goto(site.base + '/dossiers/com-1999-1');
  assert.equal(missing.status(), 404);
  await page.getByTestId('not-found').waitFor();
  const filtered = await page.goto(site.base + '/dossiers/?status=listed-negotiation');
  assert.equal(filtered.status(), 200);
  await waitForCount(page, `3 of ${TOTAL} files`);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'rendered', 'a query string renders from scratch');
});

test('under a sub-path every link, asset and route stays under it', async () => {
  const page = await sub.page();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const response = await page.goto(`${sub.base}/dossiers/com-2021-574`);
  assert.equal(response.status(), 200);
  await ready(page);
  assert.equal(await page.locator('body').getAttribute('data-app'), 'static');
  assert.equal(new URL(page.url()).pathname, '/connect-explorer/dossiers/com-2021-574/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 10);
  for (const href of hrefs) assert.ok(href.startsWith('/connect-explorer/'), `${href} is under the base`);
  await page.getByTestId('back-to-list').click();
  await page.waitForURL(/\/connect-explorer\/dossiers\/$/);
  await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: /In force/ }).click();
  await page.waitForURL(/\/connect-explorer\/dossiers\/\?status=in-force$/);
  await waitForCount(page, `22 of ${TOTAL} files`);
  await page.locator('.lang-select summary').click();
  await page.getByRole('link', { name: 'magyar', exact: true }).click();
  await page.waitForURL(/\/connect-explorer\/hu\/dossiers\/\?status=in-force$/);
  // Each language's feed, under the base, from the page and from its head.
  await page.goto(`${sub.base}/hu/dossiers/com-2021-574/`);
  await ready(page);
  assert.equal(await page.locator('main a[type="application/atom+xml"]').getAttribute('href'), '/connect-explorer/hu/feed.xml');
  assert.equal(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href'), 'http://127.0.0.1:8080/connect-explorer/hu/feed.xml');
  // The list writes its address itself (a search typed, a query made canonical): whole, under
  // the base and the language prefix once, never twice.
  await page.goto(`${sub.base}/fr/dossiers/?q=data%20act`);
  await ready(page);
  await waitForCount(page, `2 sur ${TOTAL} dossiers`);
  await page.waitForURL(/\/connect-explorer\/fr\/dossiers\/\?q=data\+act$/);
  await page.getByRole('searchbox').fill('gigabit');
  await page.waitForURL(/\/connect-explorer\/fr\/dossiers\/\?q=gigabit$/);
  await waitForCount(page, `1 sur ${TOTAL} dossiers`);
  await page.getByLabel('De', { exact: true }).selectOption('2023');
  await page.waitForURL(/\/connect-explorer\/fr\/dossiers\/\?q=gigabit&from=2023$/);
  await waitForCount(page, `1 sur ${TOTAL} dossiers`);
  for (const path of requests) assert.ok(path.startsWith('/connect-explorer/'), `${path} was requested under the base`);
  const index = await (await page.request.get(`${sub.base}/sitemap.xml`)).text();
  assert.ok(index.includes('<loc>http://127.0.0.1:8080/connect-explorer/sitemap-en.xml</loc>'), index);
  const sitemap = await (await page.request.get(`${sub.base}/sitemap-en.xml`)).text();
  assert.ok(sitemap.includes('<loc>http://127.0.0.1:8080/connect-explorer/dossiers/com-2021-574/</loc>'));
  assertClean(page);
});

test('offline after a first visit, the site still opens and filters', async () => {
  const page = await site.page({ serviceWorkers: 'allow' });
  await page.goto(site.base + '/');
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 'the service worker controls the page');
  await page.context().setOffline(true);
  await page.goto(site.base + '/dossiers');
  await page.getByTestId('result-count').waitFor();
  await page.getByLabel('Search titles, names and references').fill('chips');
  await waitForCount(page, `1 of ${TOTAL} files`);
  await page.goto(site.base + '/international/digital4development');
  await page.locator('main h1', { hasText: 'Digital for development' }).waitFor();
  assert.match(await page.locator('main').innerText(), /mobile payments/);
  await page.context().setOffline(false);
});

/**
 * Turns the site in `dir` into the next deployment, as a new build would: every file named by
 * its content hash gets a new name (the old one is gone), the data files a new version, and
 * the service worker a new cache.
 */
async function deployNext(dir) {
  const files = await readdir(dir, { recursive: true });
  const renames = new Map();
  for (const file of files) {
    const match = /^(.*-)([0-9a-f]{16})((_bg)?\.(js|wasm|css))$/.exec(file);
    if (match && !file.includes('/')) renames.set(file, `${match[1]}${[...match[2]].reverse().join('')}${match[3]}`);
  }
  for (const [from, to] of renames) await rename(join(dir, from), join(dir, to));
  for (const file of files) {
    if (!/(\.html|\.js)$/.test(file) || !(await stat(join(dir, file)).catch(() => null))) continue;
    let text = await readFile(join(dir, file), 'utf8');
    for (const [from, to] of renames) text = text.replaceAll(from, to);
    text = text.replace(/\?v=([0-9a-f]+)/g, '?v=$1-next').replace(/(const CACHE = SCOPE \+ ")([^"]+)"/, '$1$2-next"');
    await writeFile(join(dir, file), text);
  }
}

test('after a new deployment behind a ten-minute HTTP cache, every page still starts offline', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'connect-explorer-deploy-'));
  await cp(DIST, dir, { recursive: true });
  // GitHub Pages answers every file with max-age=600.
  const deployment = await start({ plain: true, dir, cacheControl: 'max-age=600' });
  try {
    const page = await deployment.page({ serviceWorkers: 'allow' });
    await page.goto(`${deployment.base}/about/`);
    await ready(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await ready(page);
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1, 'deployment A has one cache');
    // Another deployment on the same origin, e.g. a fork under another path.
    await page.evaluate(() => caches.open('connect-explorer:/elsewhere/:abc'));

    await deployNext(dir);
    await page.goto(`${deployment.base}/themes/`);
    await ready(page);
    await page.waitForFunction(async () => (await caches.keys()).some((key) => key.endsWith('-next')), null, { polling: 250 });
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { polling: 250 });
    const keys = await page.evaluate(() => caches.keys());
    assert.ok(keys.includes('connect-explorer:/elsewhere/:abc'), "another deployment's cache is left alone");
    assert.ok(keys.includes(first[0]), "the previous deployment's cache stays while a tab may still run it");

    await page.context().setOffline(true);
    for (const [path, heading] of ROUTES) {
      await page.goto(`${deployment.base}${path}`);
      await page.locator('body[data-app=hydrated], body[data-app=rendered], body[data-app=static]').waitFor({ state: 'attached' });
      await page.locator('main h1', { hasText: heading }).first().waitFor();
    }
    await page.context().setOffline(false);
    assertClean(page);
  } finally {
    await deployment.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** Parses XML in the browser and reports parser errors. */
async function parseXml(page, text) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror');
    return { error: error ? error.textContent : null, root: doc.documentElement.nodeName };
  }, text);
}

test('the feed and the sitemap are XML and list every dossier', async () => {
  const page = await site.page();
  await page.goto(site.base + '/dossiers/com-2021-206');
  await ready(page);
  const feedLink = page.getByRole('link', { name: /Atom feed/ });
  const feedHref = await feedLink.getAttribute('href');
  assert.equal(feedHref, '/feed.xml');
  assert.equal(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href'), 'http://127.0.0.1:8080/feed.xml');
  const feed = await (await page.request.get(site.base + feedHref)).text();
  const index = await (await page.request.get(site.base + '/sitemap.xml')).text();
  const robots = await (await page.request.get(site.base + '/robots.txt')).text();
  assert.deepEqual(await parseXml(page, feed), { error: null, root: 'feed' });
  assert.deepEqual(await parseXml(page, index), { error: null, root: 'sitemapindex' });
  assert.match(robots, /Sitemap: http:\/\/127\.0\.0\.1:8080\/sitemap\.xml/);
  const ids = await page.evaluate(async () => {
    const file = await (await fetch('/data/dossiers.json')).json();
    return file.dossiers.length;
  });
  assert.equal(ids, TOTAL);
  const sitemaps = [...index.matchAll(/<loc>http:\/\/127\.0\.0\.1:8080(\/sitemap-[a-z]{2}\.xml)<\/loc>/g)].map((m) => m[1]);
  const languages = await page.locator('link[rel=alternate][hreflang]:not([hreflang=x-default])').evaluateAll((links) => links.map((l) => l.hreflang));
  assert.equal(languages.length, 24, 'every page names its versions in the 24 languages');
  assert.deepEqual(sitemaps, languages.map((code) => `/sitemap-${code}.xml`), 'one sitemap per language');
  for (const file of sitemaps) {
    const sitemap = await (await page.request.get(site.base + file)).text();
    assert.deepEqual(await parseXml(page, sitemap), { error: null, root: 'urlset' });
    const dossierUrls = [...sitemap.matchAll(/<loc>[^<]*\/dossiers\/([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.equal(new Set(dossierUrls).size, TOTAL, `every dossier is in ${file}`);
  }
  const entries = feed.match(/<entry>/g).length;
  assert.ok(entries > 0 && entries <= 100, `the newest steps, at most 100 (${entries})`);
  const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
  assert.deepEqual([...updated].sort().reverse(), updated, 'newest first');
  // Each language has its feed, which its pages link to.
  await page.goto(site.base + '/pl/dossiers/com-2021-206/');
  await ready(page);
  const polish = await page.locator('main a[type="application/atom+xml"]').getAttribute('href');
  assert.equal(polish, '/pl/feed.xml');
  const polishFeed = await (await page.request.get(site.base + polish)).text();
  assert.deepEqual(await parseXml(page, polishFeed), { error: null, root: 'feed' });
  assert.match(polishFeed, /xml:lang="pl"/);
  assert.match(polishFeed, /<link rel="alternate" type="text\/html" href="http:\/\/127\.0\.0\.1:8080\/pl\/dossiers\/com-[^"]+"\/>/);
});

test('no request leaves localhost and the Content-Security-Policy is never violated', async () => {
  const page = await site.page();
  const outside = [];
  const violations = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.base) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective}`));
  });
  for (const path of ['/', '/dossiers', '/dossiers/com-2021-574', '/international/projects', '/fr/about']) {
    await page.goto(site.base + path);
    await ready(page);
  }
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Dossiers législatifs' }).click();
  await page.getByTestId('result-count').waitFor();
  assert.deepEqual(outside, []);
  assert.deepEqual(violations, []);
  const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
  assertClean(page);
});

test('the feed publishes only steps a source dates, never an undated listing', async () => {
  const feed = await readFile(join(DIST, 'feed.xml'), 'utf8');
  const data = JSON.parse(await readFile(join(DIST, 'data', 'dossiers.json'), 'utf8'));
  const dated = new Set();
  for (const record of data.dossiers) {
    for (const step of record.steps) {
      assert.ok(record.evidence.some((e) => e.confirms.includes(step.kind)), `${record.title}: ${step.kind} has a source`);
      dated.add(step.date);
    }
  }
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<updated>(\d{4}-\d{2}-\d{2})T[\s\S]*?<\/entry>/g)];
  assert.ok(entries.length > 50, `${entries.length} entries`);
  for (const [entry, date] of entries) {
    assert.ok(dated.has(date), `${date} is a step's date`);
    assert.doesNotMatch(entry, /Listed by/);
  }
});
