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
  if (location.pathname !== `${base}/` || body.dataset.path !== `${base}/` || arrivedWithinSite()) return false;
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

// A static page holds until `data-static` (a day, YYYY-MM-DD; empty: no date ahead changes
// it), by the same UTC day the app counts in.
function staticPageHolds() {
  if (!('static' in body.dataset) || location.search !== '' || location.pathname !== body.dataset.path) return false;
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

if (!followLanguagePreference()) {
  painted.then(registerServiceWorker);
  if (staticPageHolds()) body.dataset.app = 'static';
  else startApp();
}
