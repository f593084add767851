// Each language's plural rules are CLDR's (npm `cldr-core`, pinned in tests/package.json): the
// rules in public/data/lang/<code>.json, category by category, are the conditions CLDR gives for
// that language's cardinal numbers, without CLDR's samples; no category missing, none extra.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cardinal = require('cldr-core/supplemental/plurals.json').supplemental['plurals-type-cardinal'];
const dir = new URL('../../public/data/lang/', import.meta.url);

/** CLDR's rules for `code`, category → condition, "other" left out as the files leave it. */
function cldrRules(code) {
  const rules = cardinal[code];
  assert.ok(rules, `CLDR has plural rules for ${code}`);
  return Object.fromEntries(
    Object.entries(rules)
      .map(([key, rule]) => [key.replace('pluralRule-count-', ''), rule.split('@')[0].trim()])
      .filter(([category]) => category !== 'other'),
  );
}

test('every language file carries CLDR’s plural rules for its language', async () => {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  assert.ok(files.length >= 4, `${files.length} language files`);
  for (const name of files) {
    const file = JSON.parse(await readFile(new URL(name, dir), 'utf8'));
    assert.equal(`${file.lang}.json`, name, `${name} names its language`);
    assert.deepEqual(file.grammar.plural, cldrRules(file.lang), `${name}: plural rules`);
  }
});

test('CLDR’s rules are read as the files need them', () => {
  assert.deepEqual(cldrRules('pl'), {
    one: 'i = 1 and v = 0',
    few: 'v = 0 and i % 10 = 2..4 and i % 100 != 12..14',
    many: 'v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14',
  });
});
