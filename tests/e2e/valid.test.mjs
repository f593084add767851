// Every prerendered page is valid HTML (the W3C Nu Html Checker, run with the machine's Java),
// and every address the site writes is one a static host serves as it is, without a redirect:
// a page's address ends with a slash and names a folder with an index.html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DIST, DIST_SUB } from './routes.mjs';

const VNU = createRequire(import.meta.url)('vnu-jar');

async function htmlFiles(dir) {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

for (const [label, dir] of [['the root site', DIST], ['the sub-path site', DIST_SUB]]) {
  test(`every page of ${label} passes the Nu Html Checker with no errors`, async () => {
    const files = await htmlFiles(dir);
    assert.ok(files.length > 150, `${files.length} pages`);
    const output = await new Promise((resolve, reject) => {
      execFile('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        // vnu exits 1 when it finds errors; the report is on stderr either way.
        if (error && !stderr) reject(error);
        else resolve(stderr);
      });
    });
    const messages = JSON.parse(output).messages.filter((m) => m.type === 'error');
    assert.deepEqual(messages.slice(0, 10).map((m) => `${m.url.replace(/^file:.*?\/(dist|dist-sub)\//, '')}:${m.lastLine}: ${m.message}`), []);
  });
}

/** The file a static host serves for `path` without a redirect, or null. */
async function served(root, path) {
  const file = join(root, decodeURIComponent(path));
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (path.endsWith('/') && (await stat(join(file, 'index.html')).catch(() => null))?.isFile()) return file;
  return null;
}

test('every link, canonical and alternate address, sitemap entry and feed link is served without a redirect', async () => {
  const files = await htmlFiles(DIST);
  const addresses = new Set();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    for (const [, href] of html.matchAll(/ href="([^"]+)"/g)) addresses.add(href.replaceAll('&amp;', '&'));
  }
  const sitemaps = (await readdir(DIST)).filter((name) => /^sitemap.*\.xml$/.test(name));
  assert.ok(sitemaps.length > 1, 'the sitemap index and its sitemaps');
  const feeds = (await readdir(DIST, { recursive: true })).filter((name) => name.endsWith('feed.xml'));
  const languages = (await readFile(join(DIST, 'index.html'), 'utf8')).match(/<link rel="alternate" hreflang="[a-z]{2}"/g).length;
  assert.equal(feeds.length, languages, 'a feed per language');
  for (const file of [...sitemaps, ...feeds]) {
    const xml = await readFile(join(DIST, file), 'utf8');
    for (const [, href] of xml.matchAll(/(?:<loc>|href=")(http[^<"]+)/g)) addresses.add(href.replaceAll('&amp;', '&'));
  }
  let checked = 0;
  for (const address of addresses) {
    const url = new URL(address, 'http://127.0.0.1:8080/');
    if (url.origin !== 'http://127.0.0.1:8080' || address.startsWith('#')) continue;
    checked++;
    assert.ok(await served(DIST, url.pathname), `${address} is served as it is`);
  }
  assert.ok(checked > 100, `${checked} addresses checked`);
});
