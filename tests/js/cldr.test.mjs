// Each language's CLDR data is CLDR's (npm cldr-core, cldr-dates-full, cldr-numbers-full and
// cldr-localenames-full, pinned in tests/package.json; tests/tools/cldr-write.mjs writes it):
// plural rules, digit grouping, month names and long date format in public/data/lang/<code>.json,
// the names of places in <code>.content.json, and each language's name in itself in the
// `languages!` list of src/i18n/mod.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { datePattern, endonym, grammar, pluralRules, withCldrGrammar, withCldrPlaces } from '../tools/cldr.mjs';
import { plainDay } from '../tools/language-files.mjs';

const dir = new URL('../../public/data/lang/', import.meta.url);
const read = async (url) => JSON.parse(await readFile(url, 'utf8'));
const content = await read(new URL('../../public/data/content.json', import.meta.url));

/** The languages the site declares: code → name in itself, from `languages!`. */
async function declared() {
  const source = await readFile(new URL('../../src/i18n/mod.rs', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('languages! {'));
  const entries = [...block.slice(0, block.indexOf('}')).matchAll(/^\s+[A-Z][a-z] "([a-z]{2})" "([^"]+)",$/gm)];
  return Object.fromEntries(entries.map((m) => [m[1], m[2]]));
}

test('every declared language has its files, and every file a declared language', async () => {
  const languages = await declared();
  assert.deepEqual(
    Object.keys(languages).sort(),
    ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
    'languages! lists the 24 official languages of the EU',
  );
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const expected = Object.keys(languages)
    .flatMap((code) => (code === 'en' ? [`${code}.json`] : [`${code}.json`, `${code}.content.json`, `${code}.records.json`]))
    .sort();
  assert.deepEqual(names, expected);
});

test('each language is named in itself as CLDR names it', async () => {
  for (const [code, name] of Object.entries(await declared())) {
    assert.equal(name, endonym(code), `languages!: ${code}`);
  }
});

test('every language file carries CLDR’s plural rules, digit grouping, months and long date', async () => {
  for (const code of Object.keys(await declared())) {
    const file = await read(new URL(`${code}.json`, dir));
    const name = `${code}.json`;
    assert.equal(file.lang, code, `${name} names its language`);
    assert.deepEqual(file.grammar, withCldrGrammar(code, file).grammar, `${name}: grammar as CLDR gives it`);
  }
});

test('every translation names the content’s places as CLDR does', async () => {
  for (const code of Object.keys(await declared()).filter((c) => c !== 'en')) {
    const file = await read(new URL(`${code}.content.json`, dir));
    assert.deepEqual(file.content, withCldrPlaces(code, file, content).content, `${code}.content.json: places as CLDR names them`);
  }
});

test('CLDR’s data is read as the files need it', () => {
  assert.deepEqual(pluralRules('pl'), {
    one: 'i = 1 and v = 0',
    few: 'v = 0 and i % 10 = 2..4 and i % 100 != 12..14',
    many: 'v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14',
  });
  assert.equal(datePattern("d 'ta'’ MMMM y"), '{day} ta’ {month} {year}');
  assert.equal(datePattern("y. MMMM d."), '{year}. {month} {day}.');
  assert.equal(datePattern("d 'de' MMMM 'de' y"), '{day} de {month} de {year}');
  assert.equal(grammar('en').long_date, '{day} {month} {year}', 'the EU’s English');
  assert.equal(grammar('pt').group, '\u00a0', 'the EU’s Portuguese');
  assert.equal(plainDay('{day, select, 1 {1er} other {{day}}} {month} {year}'), '{day} {month} {year}');
});
