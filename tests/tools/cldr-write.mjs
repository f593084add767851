// Writes what CLDR says into the language files: each language's plural rules, digit grouping,
// month names and long date format (`<code>.json`, grammar), and the names of the places the
// content names (`<code>.content.json`). Run after adding a language or updating the pinned CLDR
// packages: `node tests/tools/cldr-write.mjs [code …]` (every language file if none is given).
// With `--check` it writes nothing and fails, naming the files, if any differs from what CLDR
// says: the release build (.ci/build) runs it, so no build ships grammar or place names that
// the pinned CLDR does not give. A long date pattern that CLDR's only refines for some days
// (French "1er") is kept.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { withCldrGrammar, withCldrPlaces } from './cldr.mjs';
import { contentText, interfaceText } from './language-files.mjs';

const dir = new URL('../../public/data/lang/', import.meta.url);
const content = JSON.parse(await readFile(new URL('../../public/data/content.json', import.meta.url), 'utf8'));

const check = process.argv.includes('--check');
const requested = process.argv.slice(2).filter((arg) => arg !== '--check');
const codes = requested.length > 0
  ? requested
  : (await readdir(dir)).filter((n) => /^[a-z]{2}\.json$/.test(n)).map((n) => n.slice(0, 2));
const differing = [];

/**
 * Writes the file `url` held as `before`, now `after`, as `text`; in --check mode writes nothing
 * and notes the file if CLDR changed what it holds (its layout is not this tool's business).
 */
async function put(url, before, after, text) {
  if (!check) return writeFile(url, text);
  if (!isDeepStrictEqual(before, after)) differing.push(url.pathname.split('/public/')[1]);
}

for (const code of codes) {
  const interfaceUrl = new URL(`${code}.json`, dir);
  const file = JSON.parse(await readFile(interfaceUrl, 'utf8'));
  const written = withCldrGrammar(code, file);
  await put(interfaceUrl, file, written, interfaceText(written));
  if (code === 'en') continue;
  const contentUrl = new URL(`${code}.content.json`, dir);
  const translation = JSON.parse(await readFile(contentUrl, 'utf8'));
  const named = withCldrPlaces(code, translation, content);
  await put(contentUrl, translation, named, contentText(named));
  if (!check) console.log(`${code}: grammar and place names from CLDR`);
}
if (differing.length > 0) {
  console.error(`Not as CLDR gives them (run node tests/tools/cldr-write.mjs): ${differing.join(', ')}`);
  process.exit(1);
}
