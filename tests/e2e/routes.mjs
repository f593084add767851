// The built sites the tests run against, and every route with text each must show. Plain data,
// shared by the Playwright tests and the WebKit and Firefox tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The same site prerendered for the sub-path /connect-explorer/ (see .ci/test). */
export const DIST_SUB = fileURLToPath(new URL('../../target/dist-sub/', import.meta.url));

/** The route table (written by the prerenderer from the app's own table, see .ci/build): one
 * page of each route, with the text of its main heading as prerendered. */
export const ROUTES = JSON.parse(readFileSync(fileURLToPath(new URL('../../target/routes.json', import.meta.url)), 'utf8')).map(
  ({ example }) => [example, heading(readFileSync(`${DIST}${example.slice(1)}index.html`, 'utf8'))],
);

/** The first run of text in a page's <h1>: the whole heading, or a dossier's common name. */
function heading(html) {
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const text = inner.split(/<[^>]+>/).map((part) => part.trim()).find(Boolean) ?? '';
  return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

/** Writes the data as the browser reads it (site.bin and site.bin.gz, beside them) from a
 * folder holding content.json and dossiers.json, with the build's own writer (`site-data`,
 * which .ci/build builds), which checks them as the build does. Returns site.bin's bytes. */
export function siteData(dir) {
  const out = join(dir, 'site.bin');
  execFileSync(fileURLToPath(new URL('../../target/debug/site-data', import.meta.url)), [dir, out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync(out);
}

/** How many dossiers the built site holds: the denominator of every "n of N dossiers". */
export const TOTAL = JSON.parse(readFileSync(`${DIST}data/dossiers.json`, 'utf8')).dossiers.length;
