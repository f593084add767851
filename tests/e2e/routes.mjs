// The built sites the tests run against, and every route with text each must show. Plain data,
// shared by the Playwright tests and the WebKit and Firefox tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The same site prerendered for the sub-path /connect-explorer/ (see .ci/test). */
export const DIST_SUB = fileURLToPath(new URL('../../target/dist-sub/', import.meta.url));

/** Every route of the site, with text each must show. */
export const ROUTES = [
  ['/', 'Directorate-General for Communications Networks, Content and Technology'],
  ['/themes/', 'Themes'],
  ['/themes/strategic-vision/', 'Shaping a strategic vision'],
  ['/international/', 'International cooperation'],
  ['/international/global-internet/', 'Global Internet and telecommunications'],
  ['/international/regional-relations/', 'Regional and bilateral relations'],
  ['/international/digital4development/', 'Digital for development'],
  ['/international/projects/', 'International ICT research projects'],
  ['/dossiers/', 'Legislative files'],
  ['/dossiers/com-2020-825/', 'Digital Services Act'],
  ['/about/', 'About this site'],
];

/** How many dossiers the built site holds: the denominator of every "n of N dossiers". */
export const TOTAL = JSON.parse(readFileSync(`${DIST}data/dossiers.json`, 'utf8')).dossiers.length;
