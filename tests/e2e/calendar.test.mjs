// The calendars of coming dates (iCalendar, RFC 5545), read back with an independent parser
// (ical.js) and compared, event by event, with the data: every step after the build's day, one
// all-day event each, with a stable UID, the dossier's name and step in the file's language, and
// the dossier page's address. The dossier page links to its own calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { start, ready, assertClean, DIST, TEST_DAY } from './helpers.mjs';

let site;
before(async () => { site = await start({ plain: true }); });
after(async () => { await site.close(); });

const data = JSON.parse(await readFile(join(DIST, 'data', 'dossiers.json'), 'utf8'));
const id = (d) => (d.reference ? d.reference.toLowerCase().replace(/[()]/g, ' ').trim().replace(/\s+/g, '-') : null);

/** The events of a calendar file, as the parser reads them. */
async function events(path) {
  const response = await fetch(`${site.base}${path}`);
  assert.equal(response.status, 200, path);
  assert.match(response.headers.get('content-type'), /^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, start: event.startDate, summary: event.summary, url: v.getFirstPropertyValue('url') };
  });
}

test('the site calendar has one all-day event for every step after the build day', async () => {
  const expected = [];
  for (const record of data.dossiers) {
    for (const step of record.steps.filter((s) => s.date > TEST_DAY)) expected.push({ record, step });
  }
  assert.ok(expected.length >= 2, 'the AI Act and the CRA have dates ahead');
  const read = await events('/calendar.ics');
  assert.equal(read.length, expected.length);
  for (const { record, step } of expected) {
    const key = `${id(record)}-${step.kind}-${step.date}@connect-explorer`;
    const event = read.find((e) => e.uid === key);
    assert.ok(event, `an event ${key}`);
    assert.equal(event.start.isDate, true, 'an all-day event');
    assert.equal(event.start.toString(), step.date);
    assert.ok(event.summary.startsWith(`${record.short_name ?? record.title} – `), event.summary);
    assert.equal(event.url, `http://127.0.0.1:8080/dossiers/${id(record)}/`);
  }
  const ai = read.find((e) => e.uid === 'com-2021-206-applies-in-part-2028-08-02@connect-explorer');
  assert.equal(ai.summary, 'Artificial Intelligence Act – Date of application of some provisions (Article 6(1): high-risk AI systems in products under Annex I, deferred by the Digital Omnibus on AI)');
  const french = await events('/fr/calendar.ics');
  assert.equal(french.length, read.length);
  assert.equal(
    french.find((e) => e.uid === ai.uid).summary,
    'Artificial Intelligence Act – Date d’application de certaines dispositions (Article 6, paragraphe 1\u00a0: systèmes d’IA à haut risque intégrés dans des produits relevant de l’annexe I, reportés par l’omnibus numérique sur l’IA)',
  );
  assert.equal(french.find((e) => e.uid === ai.uid).url, 'http://127.0.0.1:8080/fr/dossiers/com-2021-206/');
});

test('a dossier with dates ahead links to its own calendar, which holds those dates', async () => {
  const page = await site.page();
  await page.goto(`${site.base}/dossiers/com-2022-454/`);
  await ready(page);
  const link = page.getByTestId('dossier-calendar');
  const href = await link.getAttribute('href');
  assert.equal(href, '/dossiers/com-2022-454/calendar.ics');
  const read = await events(href);
  const cra = data.dossiers.find((d) => d.reference === 'COM(2022)454');
  assert.deepEqual(
    read.map((e) => e.start.toString()).sort(),
    cra.steps.filter((s) => s.date > TEST_DAY).map((s) => s.date).sort(),
  );
  await page.goto(`${site.base}/dossiers/com-2020-825/`);
  await ready(page);
  assert.equal(await page.getByTestId('dossier-calendar').count(), 0, 'no calendar for a file with nothing ahead');
  assertClean(page);
});
