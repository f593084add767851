// The service worker's logic, run in Node with a stand-in for the worker's globals: an
// in-memory Cache Storage and a network whose answers each test sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';

const SOURCE = await readFile(new URL('../../src/js/sw.js', import.meta.url), 'utf8');
const ORIGIN = 'https://site.example';

class FakeCache {
  constructor() { this.entries = new Map(); }
  key(request) { return typeof request === 'string' ? new URL(request, ORIGIN).href : request.url; }
  async match(request) { return this.entries.get(this.key(request))?.clone(); }
  async put(request, response) { this.entries.set(this.key(request), response); }
  async addAll(requests) { for (const r of requests) this.entries.set(this.key(r), new Response(`precached ${this.key(r)}`)); }
}

class FakeCaches {
  constructor() { this.stores = new Map(); }
  async open(name) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name);
  }
  async keys() { return [...this.stores.keys()]; }
  async has(name) { return this.stores.has(name); }
  async delete(name) { return this.stores.delete(name); }
  async match(request) {
    for (const cache of this.stores.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
}

/** Loads the worker with `network(url)` answering its fetches; the timeout is cut to 50 ms.
 * `open` lists the addresses of the pages open at installation; `decompress`, whether the
 * engine has DecompressionStream. */
function worker(network, open = [], { decompress = true } = {}) {
  const handlers = {};
  const caches = new FakeCaches();
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type, handler) => { handlers[type] = handler; },
    skipWaiting: async () => {},
    clients: { claim: async () => {}, matchAll: async () => open.map((url) => ({ url: ORIGIN + url })) },
  };
  const fetch = async (request, options = {}) => {
    const url = typeof request === 'string' ? request : request.url;
    return network(url, options);
  };
  const script = SOURCE
    .replace("const CACHE = SCOPE + 'version';", "const CACHE = SCOPE + 'v2';")
    .replace('const TIMEOUT = 4000;', 'const TIMEOUT = 50;')
    // Node's Request takes whole addresses only; a worker resolves the prerenderer's paths.
    .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(['/', '/data/lang/en.json?v=2', '/data/site.bin.gz?v=2'].map((p) => ORIGIN + p))};`)
    .replace('const LANGUAGE_FILES = {};', `const LANGUAGE_FILES = ${JSON.stringify(Object.fromEntries(['fr', 'pl'].map((code) => [
      code, ['', '.content', '.records'].map((part) => `${ORIGIN}/data/lang/${code}${part}.json?v=2`),
    ])))};`);
  const globals = { self, caches, fetch, Request, Response, URL, setTimeout, clearTimeout, AbortController, Promise };
  vm.runInNewContext(script, decompress ? { ...globals, DecompressionStream } : globals);
  const respond = (url, mode = 'cors') => new Promise((resolve, reject) => {
    const pending = [];
    handlers.fetch({
      request: { url: ORIGIN + url, method: 'GET', mode },
      respondWith: (promise) => promise.then(resolve, reject),
      waitUntil: (promise) => pending.push(promise),
    });
  });
  return { handlers, caches, respond };
}

test('installation keeps the common files and the files of the languages of the open pages only', async () => {
  const sw = worker(() => new Response('network'), ['/fr/dossiers/?q=data', '/themes/', '/fr/']);
  const pending = [];
  sw.handlers.install({ waitUntil: (promise) => pending.push(promise) });
  await Promise.all(pending);
  const cache = await sw.caches.open('connect-explorer:/:v2');
  assert.deepEqual([...cache.entries.keys()].map((url) => url.replace(ORIGIN, '')).sort(), [
    '/', '/data/lang/en.json?v=2', '/data/lang/fr.content.json?v=2', '/data/lang/fr.json?v=2', '/data/lang/fr.records.json?v=2',
    '/data/site.bin.gz?v=2',
  ]);
});

test('an engine that cannot decompress keeps the uncompressed data file, the one its pages read', async () => {
  const sw = worker(() => new Response('network'), [], { decompress: false });
  const pending = [];
  sw.handlers.install({ waitUntil: (promise) => pending.push(promise) });
  await Promise.all(pending);
  const cache = await sw.caches.open('connect-explorer:/:v2');
  assert.deepEqual([...cache.entries.keys()].map((url) => url.replace(ORIGIN, '')).sort(), ['/', '/data/lang/en.json?v=2', '/data/site.bin?v=2']);
});

const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const text = async (response) => (response.type === 'error' ? 'error' : response.text());

test('a slow network is waited for when nothing is cached, and given up on when a copy is', async () => {
  const sw = worker(() => later(1000, new Response('fresh')));
  assert.equal(await text(await sw.respond('/data/dossiers.json?v=2')), 'fresh', 'no copy: wait, however slow');
  const cache = await sw.caches.open('connect-explorer:/:v2');
  await cache.put(ORIGIN + '/data/dossiers.json?v=3', new Response('cached'));
  const started = Date.now();
  assert.equal(await text(await sw.respond('/data/dossiers.json?v=3')), 'cached');
  assert.ok(Date.now() - started < 900, 'the copy is used once the timeout passes, not when the network answers');
});

test('a server error gives way to a cached copy; other errors pass through', async () => {
  let status = 503;
  const sw = worker(() => new Response('oops', { status }));
  const cache = await sw.caches.open('connect-explorer:/:v2');
  await cache.put(ORIGIN + '/data/content.json', new Response('cached'));
  assert.equal(await text(await sw.respond('/data/content.json')), 'cached');
  status = 404;
  assert.equal((await sw.respond('/data/content.json')).status, 404);
  status = 503;
  assert.equal((await sw.respond('/data/none.json')).status, 503, 'no copy: the answer as it is');
});

test('offline, a page not visited opens from the home page, but a file does not', async () => {
  const sw = worker(async () => { throw new TypeError('offline'); });
  const cache = await sw.caches.open('connect-explorer:/:v2');
  await cache.put('/', new Response('home'));
  assert.equal(await text(await sw.respond('/themes/', 'navigate')), 'home');
  assert.equal(await text(await sw.respond('/dossiers/index.html', 'navigate')), 'home');
  assert.equal(await text(await sw.respond('/feed.xml', 'navigate')), 'error');
  assert.equal(await text(await sw.respond('/calendar.ics', 'navigate')), 'error');
});

test("hashed files come from this site's caches only, never another's on the origin", async () => {
  let fetched = 0;
  const sw = worker(() => { fetched += 1; return new Response('network', { headers: { 'content-type': 'text/javascript' } }); });
  // Caches are listed in the order they were made: the previous deployment's before this one's.
  const previous = await sw.caches.open('connect-explorer:/:v1');
  const foreign = await sw.caches.open('x');
  await foreign.put(ORIGIN + '/app-0123456789abcdef.js', new Response('replaced'));
  assert.equal(await text(await sw.respond('/app-0123456789abcdef.js')), 'network');
  assert.equal(fetched, 1);
  await previous.put(ORIGIN + '/old-0123456789abcdee.js', new Response('previous deployment'));
  assert.equal(await text(await sw.respond('/old-0123456789abcdee.js')), 'previous deployment');
  const later = await sw.caches.open('connect-explorer:/:v3');
  await later.put(ORIGIN + '/new-0123456789abcded.js', new Response('later deployment'));
  assert.equal(await text(await sw.respond('/new-0123456789abcded.js')), 'network', 'never a later deployment’s cache');
  assert.equal(fetched, 2);
});

test('activation keeps the previous deployment and other scopes, and drops legacy caches', async () => {
  const sw = worker(() => new Response(''));
  for (const name of ['connect-explorer:/:v0', 'connect-explorer:/:v1', 'connect-explorer:/:v2', 'connect-explorer:/other/:v9', 'connect-explorer-abc', 'someone-else']) {
    await sw.caches.open(name);
  }
  let done;
  sw.handlers.activate({ waitUntil: (promise) => { done = promise; } });
  await done;
  assert.deepEqual(
    (await sw.caches.keys()).sort(),
    ['connect-explorer:/:v1', 'connect-explorer:/:v2', 'connect-explorer:/other/:v9', 'someone-else'],
  );
});
