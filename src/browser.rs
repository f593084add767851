//! What the app needs from the browser beyond web-sys: a guard around the History API, what
//! happens when the app stops, and a way to let the browser run between two pieces of work.
//! Plain JavaScript, so that the guard and the failure handling keep working after the
//! WebAssembly has stopped; served as a file beside the app (no inline script, so the
//! Content-Security-Policy stays strict).

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(inline_js = r#"
// WebKit refuses a 101st pushState/replaceState within 10 seconds, Firefox a 201st, with a
// SecurityError; the router does not expect an error there. Every history call goes through
// this: a refused call is kept (the latest one wins; a push stays a push) and made once the
// browser accepts calls again, so the address catches up instead of the app stopping.
export function guard_history() {
  if (History.prototype.__guarded) return;
  const proto = History.prototype;
  const push = proto.pushState;
  const replace = proto.replaceState;
  let pending = null;
  let timer = 0;
  const refused = (error) => error && error.name === 'SecurityError';
  const retry = () => {
    timer = 0;
    if (!pending) return;
    const { call, args } = pending;
    pending = null;
    try {
      call.apply(history, args);
    } catch (error) {
      if (!refused(error)) throw error;
      pending = { call, args };
      timer = setTimeout(retry, 1000);
    }
  };
  const guarded = (call) => function (...args) {
    if (pending) {
      pending = { call: pending.call === push ? push : call, args };
      return;
    }
    try {
      return call.apply(this, args);
    } catch (error) {
      if (!refused(error)) throw error;
      pending = { call, args };
      if (!timer) timer = setTimeout(retry, 1000);
    }
  };
  proto.pushState = guarded(push);
  proto.replaceState = guarded(replace);
  Object.defineProperty(proto, '__guarded', { value: true });
}

// Resolves in a later task, so that the browser can paint and answer input between two long
// pieces of start-up work. scheduler.yield() lets the app continue ahead of other queued work;
// engines without it (WebKit, Firefox ESR) get a message instead of a timer, because timers
// wait up to a second in a tab hidden while the app starts.
export function next_task() {
  if (globalThis.scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// The app has stopped: say so, mark the page (its JavaScript-only controls hide), and let the
// browser follow links as ordinary page loads instead of the stopped router.
export function app_failed(message) {
  console.error(`connect-explorer stopped: ${message}`);
  document.body.dataset.app = 'failed';
  addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) event.stopPropagation();
  }, true);
}
"#)]
extern "C" {
    fn guard_history();
    fn app_failed(message: &str);
    #[wasm_bindgen(js_name = next_task, catch)]
    fn next_task_promise() -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Waits for a later task. Start-up work is split at these points: each piece runs WebAssembly
/// the browser compiles on first call, and in one piece they made a task of 150–230 ms on a
/// phone's CPU, during which the page could not answer a tap.
pub async fn next_task() {
    // Yielding is only a courtesy to the browser: if it fails, the work goes on at once.
    if let Ok(promise) = next_task_promise() {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Guards the History API and makes any panic end in a readable message and a page whose
/// links still work. Call once, before anything else runs.
pub fn install_guards() {
    guard_history();
    std::panic::set_hook(Box::new(|info| app_failed(&info.to_string())));
}
