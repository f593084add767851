// A small static file server for the release build, like the static hosts the site is
// deployed to. Unknown extension-less paths get index.html (as SPA-aware hosts do) unless
// `--plain`; `--base /sub/` serves the site under a sub-path; `--override url=file` answers one
// URL from another file (benchmarks use it for synthetic data).
//
// Text, JSON and WebAssembly are sent brotli- or gzip-compressed when the client accepts it, as
// static hosts do.
//
// `cacheControl` sets the Cache-Control header (GitHub Pages sends max-age=600); `failing`
// lists paths answered with 503, for browsers whose requests the tests cannot intercept;
// `slow` maps path endings to a delay in milliseconds before answering (same purpose).
// `prelude` is a script that every page runs before anything else (served as a file, so the
// pages' Content-Security-Policy allows it): it takes browser APIs away for browsers whose
// tests cannot add an init script (WebKit's classic WebDriver).
//
// Usage: node server.mjs <dir> [--port 0] [--plain] [--base /sub/] [--override /data/x.json=/tmp/y.json]
//        [--cache-control max-age=600] [--fail /data/dossiers.json]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts a server; resolves to { url, close }. */
export async function serve(dir, { port = 0, plain = false, base = '/', overrides = {}, cacheControl = 'no-cache', failing = [], slow = {}, prelude = null } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      const encodings = req.headers['accept-encoding'] ?? '';
      const delay = Object.entries(slow).find(([ending]) => path.endsWith(ending))?.[1];
      if (delay) await new Promise((done) => setTimeout(done, delay));
      if (failing.includes(path)) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        return res.end('Service unavailable (test)');
      }
      if (prelude !== null && path === '/__prelude.js') {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
        return res.end(prelude);
      }
      if (overrides[path]) {
        return send(res, 200, overrides[path], encodings, cacheControl, prelude);
      }
      if (!path.startsWith(base)) {
        return notFound(res, root);
      }
      path = '/' + path.slice(base.length);
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        return notFound(res, root);
      }
      const found = await existing(file);
      if (found) {
        return send(res, 200, found, encodings, cacheControl, prelude);
      }
      if (!plain && !extname(path)) {
        return send(res, 200, join(root, 'index.html'), encodings, cacheControl, prelude);
      }
      return notFound(res, root, encodings);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function existing(file) {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.xml', '.txt', '.webmanifest']);
const compressed = new Map();

async function send(res, status, file, encodings = '', cacheControl = 'no-cache', prelude = null) {
  let body = await readFile(file);
  if (prelude !== null && extname(file) === '.html') {
    body = Buffer.from(body.toString('utf8').replace('</head>', '<script src="/__prelude.js"></script></head>'));
  }
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    vary: 'Accept-Encoding',
  };
  const encoding = /\bbr\b/.test(encodings) ? 'br' : /\bgzip\b/.test(encodings) ? 'gzip' : null;
  if (encoding && COMPRESSIBLE.has(extname(file))) {
    const key = `${encoding}:${file}:${body.length}`;
    // Quality 5, as hosts compressing on the fly use: quality 11 takes a minute on large files.
    const quality = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
    if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body, quality) : gzipSync(body));
    body = compressed.get(key);
    headers['content-encoding'] = encoding;
  }
  res.writeHead(status, headers);
  res.end(body);
}

async function notFound(res, root, encodings) {
  const page = join(root, '404.html');
  if (await existing(page)) return send(res, 404, page, encodings);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const options = { overrides: {} };
  const dir = args.shift();
  while (args.length) {
    const flag = args.shift();
    if (flag === '--port') options.port = Number(args.shift());
    else if (flag === '--plain') options.plain = true;
    else if (flag === '--base') options.base = args.shift();
    else if (flag === '--cache-control') options.cacheControl = args.shift();
    else if (flag === '--fail') (options.failing ??= []).push(args.shift());
    else if (flag === '--override') {
      const [url, file] = args.shift().split('=');
      options.overrides[url] = file;
    }
  }
  const { url } = await serve(dir, options);
  console.log(`Serving ${dir} at ${url}`);
}
