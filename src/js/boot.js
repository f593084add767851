// Starts connect-explorer once the prerendered page has been painted and has finished loading,
// so that the WebAssembly never delays what the visitor reads first. The prerenderer writes the
// two addresses below.
const GLUE = './connect-explorer.js';
const WASM = './connect-explorer_bg.wasm';

const body = document.body;
const started = () => 'app' in body.dataset;

// Until the app has started, a translation tool or an extension that changes the page would
// make hydration fail: mark the page, and the app renders it afresh.
const watcher = new MutationObserver(() => {
  if (started()) watcher.disconnect();
  else body.dataset.mutated = '';
});
watcher.observe(body, { childList: true, characterData: true, subtree: true, attributeFilter: ['data-app'] });

// The app could not start or has stopped: the page says so, its JavaScript-only controls hide,
// and it stays an ordinary page whose links load as pages, not through the stopped router.
function fail(error) {
  console.error('connect-explorer could not start:', error);
  body.dataset.app = 'failed';
}
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

const loaded = document.readyState === 'complete'
  ? Promise.resolve()
  : new Promise((done) => addEventListener('load', done, { once: true }));
loaded
  .then(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))
  .then(() => import(GLUE))
  .then(({ default: init }) => init({ module_or_path: new URL(WASM, import.meta.url) }))
  .catch(fail);
