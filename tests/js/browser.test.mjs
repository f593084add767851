// The browser glue's logic (src/js/browser.js), run in Node: the History guard against a
// browser that refuses calls, and fetching against a local server that is slow or stalls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A History whose calls throw SecurityError while `refusing` is set, like WebKit's. */
function fakeBrowser() {
  const calls = [];
  const listeners = {};
  class History {}
  const state = { refusing: false };
  const record = (name) => function (_s, _t, url) {
    if (state.refusing) {
      const error = new Error('refused');
      error.name = 'SecurityError';
      throw error;
    }
    calls.push(`${name} ${url}`);
  };
  History.prototype.pushState = record('push');
  History.prototype.replaceState = record('replace');
  globalThis.History = History;
  globalThis.history = new History();
  globalThis.addEventListener = (type, listener) => { (listeners[type] ??= []).push(listener); };
  globalThis.location = { assign: (url) => calls.push(`load ${url}`) };
  return { calls, state, fire: (type) => (listeners[type] ?? []).forEach((l) => l()) };
}

const { guard_history: guard, fetch_file: fetchFile } = await import('../../src/js/browser.js');
const fetchText = (url, idleMs) => fetchFile(url, idleMs, false);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a refused history call is made once the browser accepts calls again', async () => {
  const browser = fakeBrowser();
  guard();
  browser.state.refusing = true;
  history.pushState(null, '', '/a');
  history.replaceState(null, '', '/b');
  assert.deepEqual(browser.calls, []);
  browser.state.refusing = false;
  await wait(1100);
  assert.deepEqual(browser.calls, ['push /b'], 'the latest address, and a push stays a push');
});

test('going Back or Forward drops a refused call instead of writing it over the entry chosen', async () => {
  const browser = fakeBrowser();
  guard();
  browser.state.refusing = true;
  history.pushState(null, '', '/themes/');
  browser.state.refusing = false;
  browser.fire('popstate');
  await wait(1100);
  assert.deepEqual(browser.calls, []);
  history.pushState(null, '', '/about/');
  assert.deepEqual(browser.calls, ['push /about/'], 'later calls go through');
});

test('without the History API, a navigation loads the page and in-place updates do nothing', () => {
  const browser = fakeBrowser();
  delete History.prototype.pushState;
  delete History.prototype.replaceState;
  guard();
  history.replaceState(null, '', '/dossiers/?q=x');
  history.pushState(null, '', '/themes/');
  assert.deepEqual(browser.calls, ['load /themes/']);
});

/** A server that sends `chunks` pieces of text, `gap` milliseconds apart. */
async function trickle(chunks, gap) {
  const server = createServer(async (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < chunks; i += 1) {
      response.write(`part ${i};`);
      await wait(gap);
    }
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

test('a slow download that keeps arriving completes, however long it takes in all', async () => {
  const server = await trickle(8, 100);
  const result = await fetchText(server.url, 300);
  server.close();
  assert.equal(result.error, null);
  assert.equal(result.timed_out, false);
  assert.equal(result.text, Array.from({ length: 8 }, (_, i) => `part ${i};`).join(''));
});

test('a binary file arrives whole, its parts joined in order', async () => {
  const server = await trickle(8, 50);
  const result = await fetchFile(server.url, 300, true);
  server.close();
  assert.equal(result.error, null);
  assert.equal(result.text, null);
  assert.ok(result.bytes instanceof Uint8Array);
  assert.equal(new TextDecoder().decode(result.bytes), Array.from({ length: 8 }, (_, i) => `part ${i};`).join(''));
});

test('a compressed copy is asked for where the browser can decompress it, and taken as it comes', async () => {
  const data = Buffer.from('CEW1 the binary data');
  const asked = [];
  const server = createServer((request, response) => {
    asked.push(request.url);
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    // `/plain.gz`: a server that decompressed it on the way.
    response.end(request.url === '/data.gz' ? gzipSync(data) : data);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = (path) => `http://127.0.0.1:${server.address().port}${path}`;
  const compressed = await fetchFile(at('/data'), 1000, true, at('/data.gz'));
  const decompressed = await fetchFile(at('/data'), 1000, true, at('/plain.gz'));
  const saved = globalThis.DecompressionStream;
  delete globalThis.DecompressionStream;
  const withoutIt = await fetchFile(at('/data'), 1000, true, at('/data.gz'));
  globalThis.DecompressionStream = saved;
  server.close();
  for (const result of [compressed, decompressed, withoutIt]) assert.deepEqual(Buffer.from(result.bytes), data);
  assert.deepEqual(asked, ['/data.gz', '/plain.gz', '/data'], 'the uncompressed file only where the browser cannot decompress');
});

test('a compressed copy the host refuses or mangles is replaced by the uncompressed file', async () => {
  const data = Buffer.from('CEW1 the binary data');
  const asked = [];
  const server = createServer((request, response) => {
    asked.push(request.url);
    if (request.url === '/refused.gz') {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    // `/mangled.gz`: gzip's first bytes, then nothing a decompressor can read.
    response.end(request.url === '/mangled.gz' ? Buffer.from([0x1f, 0x8b, 1, 2, 3]) : data);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = (path) => `http://127.0.0.1:${server.address().port}${path}`;
  const refused = await fetchFile(at('/data'), 1000, true, at('/refused.gz'));
  const mangled = await fetchFile(at('/data'), 1000, true, at('/mangled.gz'));
  server.close();
  for (const result of [refused, mangled]) assert.deepEqual(Buffer.from(result.bytes), data);
  assert.deepEqual(asked, ['/refused.gz', '/data', '/mangled.gz', '/data']);
});

test('a download that stops arriving is given up on, and says so', async () => {
  const server = await trickle(2, 1000);
  const result = await fetchText(server.url, 300);
  server.close();
  assert.equal(result.text, null);
  assert.equal(result.timed_out, true);
});

test('an error status is reported as such', async () => {
  const server = createServer((_request, response) => { response.writeHead(503); response.end('down'); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const result = await fetchText(`http://127.0.0.1:${server.address().port}/`, 1000);
  server.close();
  assert.deepEqual([result.status, result.text], [503, null]);
});
