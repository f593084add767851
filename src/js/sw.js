// connect-explorer's service worker: the site keeps working offline after a first visit, and a
// new deployment is picked up on the next visit. The prerenderer writes the five settings
// below for each deployment.
//
// Pages and data come from the network first (revalidated, so an HTTP cache cannot hand a new
// deployment an old page). Where a copy is cached, a network that fails, stalls or answers with
// a server error gives way to it; where none is, the network is waited for, however slow.
// Files with a content hash in their name never change, so they come from the cache first.
// Each deployment has its own cache, named after its scope and version; a new one keeps the
// previous deployment's cache (a tab may still be running it) and removes older ones of its
// own scope only, never another site's on the same origin.
const ROOT = '/';
const SCOPE = 'connect-explorer:/:';
const CACHE = SCOPE + 'version';
const PRECACHE = [];
// Each language's files by code. Installation keeps those of the languages the open pages are
// in: all 24 would be some 400 KiB, most of it never read; a language visited later is kept
// when its pages fetch its files.
const LANGUAGE_FILES = {};

// How long a request may take before a cached copy is used instead.
const TIMEOUT = 4000;
// Caches named before scoped names existed; removed once.
const LEGACY_PREFIX = 'connect-explorer-';

// The files of the languages of these page addresses (`/fr/…` is French; the root's pages are
// English, whose file is in PRECACHE).
function languageFiles(addresses) {
  const files = new Set();
  for (const address of addresses) {
    const path = new URL(address).pathname;
    if (!path.startsWith(ROOT)) continue;
    const code = path.slice(ROOT.length).split('/')[0];
    for (const file of Object.hasOwn(LANGUAGE_FILES, code) ? LANGUAGE_FILES[code] : []) files.add(file);
  }
  return [...files];
}

// The data is kept as the pages of this engine read it: compressed, or whole where the engine
// cannot decompress it (src/js/browser.js, fetch_file).
function readable(url) {
  return typeof DecompressionStream === 'function' ? url : url.replace('/data/site.bin.gz?', '/data/site.bin?');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const urls = [...PRECACHE.map(readable), ...languageFiles(windows.map((client) => client.url))];
    // cache: 'reload' bypasses the HTTP cache, which could still hold the previous deployment.
    const requests = urls.map((url) => new Request(url, { cache: 'reload' }));
    await (await caches.open(CACHE)).addAll(requests);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => {
        const ours = keys.filter((key) => key.startsWith(SCOPE) && key !== CACHE);
        const legacy = keys.filter((key) => key.startsWith(LEGACY_PREFIX));
        return Promise.all([...ours.slice(0, -1), ...legacy].map((key) => caches.delete(key)));
      })
      .then(() => self.clients.claim()),
  );
});

// This deployment's cache, then the ones made before it, newest first: never a later
// deployment's, and never another site's on the same origin. A cache is checked for before it
// is opened, since opening one that `activate` has just deleted would make it anew, empty.
async function cached(key) {
  const own = await (await caches.open(CACHE)).match(key);
  if (own) return own;
  const names = await caches.keys();
  const mine = names.indexOf(CACHE);
  const earlier = names.slice(0, mine < 0 ? names.length : mine);
  for (const name of earlier.filter((n) => n.startsWith(SCOPE)).reverse()) {
    if (!(await caches.has(name))) continue;
    const found = await (await caches.open(name)).match(key);
    if (found) return found;
  }
  return undefined;
}

// The network's answer, or null once `limit` milliseconds have passed without one (the request
// is then aborted); no limit where `limit` is null.
async function network(request, limit) {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const options = { cache: 'no-cache', ...(controller ? { signal: controller.signal } : {}) };
  const answer = fetch(request, options).catch(() => null);
  if (limit === null) return answer;
  let timer = 0;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => {
      if (controller) controller.abort();
      resolve(null);
    }, limit);
  });
  const response = await Promise.race([answer, late]);
  clearTimeout(timer);
  return response;
}

async function networkFirst(event, key, fallback) {
  const copy = (await cached(key)) || (fallback && (await cached(fallback)));
  const response = await network(event.request, copy ? TIMEOUT : null);
  if (response && response.ok) {
    const cache = await caches.open(CACHE);
    event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
    return response;
  }
  if (response && response.status < 500) return response;
  return copy || response || Response.error();
}

async function cacheFirst(event) {
  const copy = await cached(event.request);
  if (copy) return copy;
  const response = await fetch(event.request);
  // A host that answers a missing file with a page must not put that page in the cache.
  const type = response.headers.get('content-type') || '';
  if (response.ok && !type.startsWith('text/html')) {
    const cache = await caches.open(CACHE);
    event.waitUntil(cache.put(event.request, response.clone()).catch(() => {}));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(ROOT)) return;
  if (request.mode === 'navigate') {
    // One entry per page, whatever its query string: a static host serves the same file. Any
    // page not visited yet opens from the cached home page, which renders it; a file (the feed,
    // a calendar) has no such stand-in.
    const isFile = /\.[a-z0-9]+$/i.test(url.pathname) && !/\.html?$/i.test(url.pathname);
    event.respondWith(networkFirst(event, url.origin + url.pathname, isFile ? null : ROOT));
  } else if (/-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, request, null));
  }
});
