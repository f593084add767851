// Runs on every prerendered page. A page with nothing but links (`data-static`) is complete as
// it arrived: while it still shows what it was rendered to show, no WebAssembly loads. Any other
// page, and a static page whose statuses have changed since its day (or that carries a query
// string, or was served at an address other than its own, as a stand-in), starts
// connect-explorer once it has been painted, so that the WebAssembly never delays what the
// visitor reads first. The prerenderer writes the two addresses below.
const GLUE = './connect-explorer.js';
const WASM = './connect-explorer_bg.wasm';

const body = document.body;
const base = (body.dataset.base || '/').replace(/\/$/, '');
const started = () => 'app' in body.dataset;

// The visitor's choice in the language selector, kept for their next visit to the root.
const STORAGE_KEY = 'connect-explorer.lang';
const storage = () => {
  try {
    return localStorage;
  } catch {
    return null;
  }
};
const remember = (code) => {
  try {
    storage()?.setItem(STORAGE_KEY, code);
  } catch {
    // A profile that blocks site data: the choice holds for this visit only.
  }
};
addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('.lang-select a[hreflang]');
  if (link) remember(link.hreflang);
}, true);

// The skip link moves focus to the main content, not only the view (a fragment alone does not
// focus it in every browser). The app's own handler does the same where the app runs (and on the
// development server, which has no boot script); this one then finds the click handled.
addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a.skip-link');
  const main = link && !event.defaultPrevented && document.getElementById(link.hash.slice(1));
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});

// Whether the visitor came to this page from another page of this site, or back or forward
// through the history: the root then shows what was asked for, and follows no remembered
// language (a link to the English original, or Back from a French page, must reach English).
function arrivedWithinSite() {
  try {
    const entry = performance.getEntriesByType?.('navigation')?.[0];
    if (entry && entry.type === 'back_forward') return true;
    return document.referrer !== '' && new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}

// A visit to the English root from outside the site goes to the language the visitor chose
// before, or else, once, to the browser's preferred one (matched on the primary subtag: fr-BE
// is French), which is then remembered. A remembered English stays; any other address wins.
// The languages are the selector's.
function followLanguagePreference() {
  const root = `${base}/`;
  if (![root, `${root}index.html`].includes(location.pathname) || body.dataset.path !== root || arrivedWithinSite()) return false;
  const link = (code) => code && document.querySelector(`.lang-select a[hreflang="${CSS.escape(code)}"]`);
  let remembered = null;
  try {
    remembered = storage()?.getItem(STORAGE_KEY);
  } catch {
    remembered = null;
  }
  const preferred = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).split(/[-_]/)[0].toLowerCase())
    .find((code) => link(code));
  const code = link(remembered) ? remembered : preferred;
  if (!code || code === 'en') return false;
  remember(code);
  location.replace(new URL(link(code).getAttribute('href'), location.href).pathname + location.search + location.hash);
  return true;
}

// The service worker keeps the whole site for offline use where the browser has one: only secure
// contexts do, and neither iOS in-app browsers nor older Firefox private windows. A profile
// that blocks site data refuses it; offline use is all that costs.
function registerServiceWorker() {
  let container;
  try {
    container = navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container || typeof container.register !== 'function') return;
  container.register(`${base}/sw.js`, { scope: `${base}/` })
    .catch((error) => console.warn('connect-explorer works online only here:', error));
}

// Whether a static page still holds: shown at its own address, with no query string, before
// its `data-static` day (YYYY-MM-DD, by the same UTC day the app counts in; empty: no day ahead
// changes it). Hosts also serve a page without its trailing slash and with `index.html`: such an
// address counts as its own, and is written as the site writes it.
function staticPageHolds() {
  const own = body.dataset.path;
  if (!('static' in body.dataset) || !own || location.search !== '') return false;
  if (location.pathname !== own) {
    if (location.pathname !== own.replace(/\/$/, '') && location.pathname !== `${own}index.html`) return false;
    history.replaceState(history.state, '', own + location.hash);
    shown = own;
  }
  const until = body.dataset.static;
  return until === '' || new Date().toISOString().slice(0, 10) < until;
}

// Once the page has loaded and been painted: what comes after must not delay it.
const painted = (document.readyState === 'complete'
  ? Promise.resolve()
  : new Promise((done) => addEventListener('load', done, { once: true })))
  .then(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

// The app could not start or has stopped: the page says so, its JavaScript-only controls hide,
// and it stays an ordinary page whose links load as pages, not through the stopped router.
function fail(error) {
  console.error('connect-explorer could not start:', error);
  body.dataset.app = 'failed';
}

function startApp() {
  // Until the app has started, a translation tool or an extension that changes the page would
  // make hydration fail: mark the page, and the app renders it afresh.
  const watcher = new MutationObserver(() => {
    if (started()) watcher.disconnect();
    else body.dataset.mutated = '';
  });
  watcher.observe(body, { childList: true, characterData: true, subtree: true, attributeFilter: ['data-app'] });
  addEventListener('click', (event) => {
    if (body.dataset.app === 'failed' && event.target instanceof Element && event.target.closest('a[href]')) {
      event.stopPropagation();
    }
  }, true);
  // Any exception before the app has started, in JavaScript or in the WebAssembly, is a failed
  // start: without this, an error thrown inside a task leaves the page waiting for ever.
  const failBeforeStart = (error) => {
    if (!started()) fail(error);
  };
  addEventListener('error', (event) => failBeforeStart(event.error || event.message));
  addEventListener('unhandledrejection', (event) => failBeforeStart(event.reason));

  painted
    .then(() => import(GLUE))
    .then(({ default: init }) => init({ module_or_path: new URL(WASM, import.meta.url) }))
    .catch(fail);
}

// Between static pages the visitor stays in the page, as in the app: a link to another page of
// the site fetches that page's prerendered document and swaps it in (head, body, address),
// which paints sooner than a page load (BENCHMARKS.md). A page that needs the app starts it
// once swapped in; from then on the app's router navigates. Anything this cannot show in place
// (a file, an error, no network) becomes an ordinary page load.
const FILE = /\.[a-z0-9]+$/i;
let shown = location.pathname + location.search;
let navigation = 0;

function pageAddress(event) {
  if (body.dataset.app !== 'static' || event.defaultPrevented || event.button > 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element && event.target.closest('a[href]');
  if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download') || /\bexternal\b/.test(link.rel)) return null;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(`${base}/`)) return null;
  if (FILE.test(url.pathname) && !/\.html?$/i.test(url.pathname)) return null;
  if (url.pathname + url.search === shown && url.hash) return null;
  return url;
}

// Makes the live node `from` like `to`, a node of a fetched document, changing only what
// differs: the header and footer of two pages differ in a few attributes, so the browser
// restyles little. The main content is another page's: it is replaced whole.
function morph(from, to) {
  if (from.nodeType !== to.nodeType || from.nodeName !== to.nodeName || (from.id === 'main' && !from.isEqualNode(to))) {
    from.replaceWith(document.importNode(to, true));
    return;
  }
  if (from.nodeType !== Node.ELEMENT_NODE) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
    return;
  }
  for (const name of from.getAttributeNames()) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of to.attributes) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  if (from.isEqualNode(to)) return;
  const before = [...from.childNodes];
  const after = [...to.childNodes];
  after.forEach((node, i) => (i < before.length ? morph(before[i], node) : from.append(document.importNode(node, true))));
  for (const node of before.slice(after.length)) node.remove();
}

// Puts the head and body of `next`, a prerendered document, in place of this page's.
function swap(next) {
  document.title = next.title;
  document.documentElement.lang = next.documentElement.lang;
  // The head up to the boot script is every page's; after it come the page's own links, title
  // and description.
  const own = (head) => {
    const nodes = [...head.childNodes];
    return nodes.slice(nodes.findIndex((node) => node.nodeName === 'SCRIPT') + 1);
  };
  for (const node of own(document.head)) node.remove();
  document.head.append(...own(next.head).map((node) => document.importNode(node, true)));
  morph(body, next.body);
}

// A page is fetched as soon as the visitor points at its link, focuses it or presses on it,
// so that it is often there by the click. Each address once per page shown.
let fetched = new Map();
function fetchPage(url) {
  const address = url.pathname + url.search;
  if (!fetched.has(address)) {
    fetched.set(address, fetch(address)
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => text && new DOMParser().parseFromString(text, 'text/html'))
      .catch(() => null));
  }
  return fetched.get(address);
}
for (const type of ['pointerover', 'pointerdown', 'focusin']) {
  addEventListener(type, (event) => {
    const url = pageAddress(event);
    if (url) fetchPage(url);
  }, { passive: true });
}

async function show(url, push, scroll) {
  const ticket = ++navigation;
  const next = await fetchPage(url);
  if (ticket !== navigation) return;
  // Another deployment's page (a newer one, or one an HTTP cache kept) has its own stylesheet
  // and app: it is loaded as a page, never put under this one's.
  const code = (doc) => [...doc.querySelectorAll('head link[rel=stylesheet], head script[src]')]
    .map((element) => element.getAttribute('href') || element.getAttribute('src')).join(' ');
  if (!next?.body?.hasAttribute('data-prerendered') || !next.body.dataset.path || code(next) !== code(document)) {
    if (push) location.assign(url);
    else location.reload();
    return;
  }
  const address = url.pathname + url.search;
  if (push) {
    history.replaceState({ ...history.state, scroll: scrollY }, '');
    if (address === shown) history.replaceState({ scroll: 0 }, '', url);
    else history.pushState({ scroll: 0 }, '', url);
  }
  shown = address;
  fetched = new Map();
  swap(next);
  // As a page load would, the visitor starts from the new page: focus on its main content (a
  // screen reader reads where it is), or on the part the address names.
  let target = null;
  try {
    target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  } catch {
    target = null;
  }
  const main = document.getElementById('main');
  if (target) target.scrollIntoView();
  else scrollTo(0, scroll);
  (target && target.tabIndex >= 0 ? target : main)?.focus({ preventScroll: true });
  if (staticPageHolds()) body.dataset.app = 'static';
  else startApp();
}

addEventListener('click', (event) => {
  const url = pageAddress(event);
  if (!url) return;
  event.preventDefault();
  show(url, true, 0);
});
// Back and Forward among the entries this script wrote. Once the app runs, its router has them;
// while it is still loading, or if it could not start, there is no router: the page is loaded.
addEventListener('popstate', (event) => {
  if (location.pathname + location.search === shown) return;
  if (body.dataset.app === 'static') show(new URL(location.href), false, event.state?.scroll ?? 0);
  else if (!['hydrated', 'rendered'].includes(body.dataset.app)) location.reload();
});
// A page restored from the browser's back-forward cache may have been left open past its day.
addEventListener('pageshow', (event) => {
  if (event.persisted && body.dataset.app === 'static' && !staticPageHolds()) location.reload();
});

// The worker's installation fetches the whole site for offline use (the WebAssembly included):
// it waits until the browser is idle after the page, so as never to compete with it.
const idle = () => new Promise((done) => (typeof requestIdleCallback === 'function'
  ? requestIdleCallback(done, { timeout: 5000 })
  : setTimeout(done, 1000)));

if (!followLanguagePreference()) {
  painted.then(idle).then(registerServiceWorker);
  if (staticPageHolds()) body.dataset.app = 'static';
  else startApp();
}
