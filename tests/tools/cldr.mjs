// What CLDR (the Unicode Common Locale Data Repository, as the npm packages cldr-core,
// cldr-dates-full, cldr-numbers-full and cldr-localenames-full, pinned in tests/package.json)
// says about each language the site is in: plural rules, digit grouping, month names, the long
// date format, the language's name in itself and the names of the places the content names.
// `cldr-write.mjs` writes them into the language files; `tests/js/cldr.test.mjs` holds the files
// to them.
import { createRequire } from 'node:module';
import { englishHash, plainDay } from './language-files.mjs';

const require = createRequire(import.meta.url);

/**
 * The CLDR locale of a site language: the EU's English is Ireland's (d MMMM y, as the
 * Interinstitutional Style Guide writes dates, not the United States' MMMM d, y), its
 * Portuguese Portugal's.
 */
export function locale(code) {
  return { en: 'en-IE', pt: 'pt-PT' }[code] ?? code;
}

function main(pkg, code, file) {
  const loc = locale(code);
  return require(`${pkg}/main/${loc}/${file}`).main[loc];
}

/** CLDR's cardinal plural rules for `code`, category → condition, without "other". */
export function pluralRules(code) {
  const rules = require('cldr-core/supplemental/plurals.json').supplemental['plurals-type-cardinal'][code];
  if (!rules) throw new Error(`CLDR has no plural rules for ${code}`);
  return Object.fromEntries(
    Object.entries(rules)
      .map(([key, rule]) => [key.replace('pluralRule-count-', ''), rule.split('@')[0].trim()])
      .filter(([category]) => category !== 'other'),
  );
}

/**
 * A CLDR date format ("d MMMM y", "d 'ta'’ MMMM y") as a pattern of the site's language files
 * ("{day} {month} {year}"): quoted text is literal, `''` an apostrophe.
 */
export function datePattern(format) {
  let out = '';
  for (let i = 0; i < format.length; ) {
    const c = format[i];
    if (c === "'") {
      if (format[i + 1] === "'") { out += "'"; i += 2; continue; }
      const end = format.indexOf("'", i + 1);
      out += format.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    const run = format.slice(i).match(/^([a-zA-Z])\1*/);
    if (!run) { out += c; i += 1; continue; }
    const field = { d: '{day}', MMMM: '{month}', y: '{year}' }[run[0]];
    if (!field) throw new Error(`date field ${run[0]} in ${format} is not supported`);
    out += field;
    i += run[0].length;
  }
  return out;
}

/** The grammar CLDR gives for `code`, as the language files write it. */
export function grammar(code) {
  const gregorian = main('cldr-dates-full', code, 'ca-gregorian.json').dates.calendars.gregorian;
  const numbers = main('cldr-numbers-full', code, 'numbers.json').numbers;
  const months = gregorian.months.format.wide;
  return {
    plural: pluralRules(code),
    group: numbers['symbols-numberSystem-latn'].group,
    min_grouping: Number(numbers.minimumGroupingDigits),
    months: Array.from({ length: 12 }, (_, i) => months[String(i + 1)]),
    long_date: datePattern(gregorian.dateFormats.long),
  };
}

/** The language's name in itself. */
export function endonym(code) {
  return main('cldr-localenames-full', code, 'languages.json').localeDisplayNames.languages[code];
}

/** CLDR's region codes of the content's research regions that CLDR names. */
const REGIONS = { africa: '002', europe: '150', 'north-america': '003' };

/**
 * The names, in `code`, of the places `content` (content.json) names, by JSON pointer: the
 * research countries (by their ISO 3166 numeric code) and the regions CLDR has.
 */
export function places(code, content) {
  const territories = main('cldr-localenames-full', code, 'territories.json').localeDisplayNames.territories;
  const mappings = require('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
  const alpha2 = Object.fromEntries(
    Object.entries(mappings).filter(([a2, m]) => m._numeric && /^[A-Z]{2}$/.test(a2)).map(([a2, m]) => [m._numeric, a2]),
  );
  const names = {};
  const research = content.international.research;
  research.countries.forEach((country, i) => {
    const name = territories[alpha2[country.iso]];
    if (!name) throw new Error(`CLDR has no ${code} name for ${country.name} (${country.iso})`);
    names[`/international/research/countries/${i}/name`] = name;
  });
  research.regions.forEach((region, i) => {
    // A region CLDR does not name in a language (Maltese has no "North America") is translated.
    const name = territories[REGIONS[region.id]];
    if (name) names[`/international/research/regions/${i}/name`] = name;
  });
  return names;
}

/**
 * The interface file `file` of `code` with its grammar as CLDR gives it: plural rules, grouping,
 * months and long date from CLDR; the words for one to nine and any other date style its own. A
 * long date that refines CLDR's for some days (French "1er") is kept.
 */
export function withCldrGrammar(code, file) {
  const cldr = grammar(code);
  const dates = { ...file.grammar.dates };
  if (plainDay(dates.long ?? '') !== cldr.long_date) dates.long = cldr.long_date;
  const { plural, group, min_grouping, months } = cldr;
  return {
    ...file,
    grammar: {
      plural,
      group,
      ...(min_grouping === 1 ? {} : { min_grouping }),
      months,
      small_numbers: file.grammar.small_numbers,
      dates,
    },
  };
}

/** The content translation `file` of `code` with CLDR's names of the places `content` names. */
export function withCldrPlaces(code, file, content) {
  const english = (pointer) => pointer.split('/').slice(1).reduce((value, key) => value[key], content);
  const translated = { ...file.content };
  for (const [pointer, name] of Object.entries(places(code, content))) {
    translated[pointer] = { from: englishHash(english(pointer)), text: name };
  }
  return { ...file, content: translated };
}
