// axe-core finds no WCAG 2.1 A/AA violations on any route, including error and empty states.
import { test, before, after } from 'node:test';
import { start, ready, assertAccessible, ROUTES } from './helpers.mjs';

let site;
before(async () => { site = await start(); });
after(async () => { await site.close(); });

const EXTRA = [
  ['/no-such-page', 'the not-found view'],
  ['/dossiers?q=zebra', 'the empty dossier list'],
  ['/dossiers/?status=listed-negotiation&type=report&sort=title', 'a filtered dossier list'],
  ['/dossiers/sec-2004-661', 'a dossier without title'],
  ['/international/projects?region=africa&country=kenya', 'the filtered projects'],
];

for (const [path] of ROUTES) {
  test(`axe: ${path}`, async () => {
    const page = await site.page();
    await page.goto(site.base + path);
    await ready(page);
    await assertAccessible(page, path);
  });
}

for (const [path, label] of EXTRA) {
  test(`axe: ${label} (${path})`, async () => {
    const page = await site.page();
    await page.goto(site.base + path);
    await ready(page);
    await assertAccessible(page, path);
  });
}

test('axe: the data error state', async () => {
  const page = await site.page();
  await page.route('**/data/site.bin*', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(site.base + '/dossiers/');
  await page.getByRole('alert').waitFor();
  await assertAccessible(page, 'the error state');
});

test('axe: a phone-sized viewport', async () => {
  const page = await site.page({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/dossiers', '/international/projects']) {
    await page.goto(site.base + path);
    await ready(page);
    await assertAccessible(page, `${path} at 320px`);
  }
});
