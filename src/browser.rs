//! What the app needs from the browser beyond web-sys: a guard around the History API, fetching
//! a file, a download, what happens when the app stops, and a way to let the browser run
//! between two pieces of work. Each detects the API it uses, so that a
//! browser without one loses that feature only. The code is JavaScript (`src/js/browser.js`,
//! served as a file beside the app, so the Content-Security-Policy needs no inline script) and
//! keeps working after the WebAssembly has stopped.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/src/js/browser.js")]
extern "C" {
    fn guard_history();
    fn app_failed(message: &str);
    /// Writes `url` into the address bar in place of the current address, without a load.
    pub fn replace_address(url: &str);
    #[wasm_bindgen(js_name = next_task, catch)]
    fn next_task_promise() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_name = fetch_file)]
    fn fetch_file_promise(
        url: &str,
        idle_ms: u32,
        binary: bool,
        compressed_url: Option<&str>,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = download)]
    fn download_js(filename: &str, mime: &str, parts: &js_sys::Array);

    /// What [`fetch_text`] or [`fetch_bytes`] found.
    type Fetched;
    #[wasm_bindgen(method, getter)]
    fn status(this: &Fetched) -> u16;
    #[wasm_bindgen(method, getter)]
    fn text(this: &Fetched) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn bytes(this: &Fetched) -> Option<js_sys::Uint8Array>;
    #[wasm_bindgen(method, getter)]
    fn error(this: &Fetched) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn timed_out(this: &Fetched) -> bool;
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

/// A timer the app can cancel. Its callback belongs to the browser, which frees it once it has
/// run, so it can never be called after a view that set it is gone: Leptos' own timers free
/// their callback with the view that set them, and the browser then called a freed callback.
/// A cancelled timer's callback is left to the browser's memory.
#[derive(Debug)]
pub struct Timer(i32);

impl Timer {
    /// Calls `callback` once, after `ms` milliseconds; `None` where there is no window.
    pub fn once(ms: i32, callback: impl FnOnce() + 'static) -> Option<Timer> {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::once_into_js(callback);
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
            .ok()
            .map(Timer)
    }

    /// Cancels the call, if it has not happened yet.
    pub fn cancel(self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.0);
        }
    }
}

/// How a fetch ended, short of the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchFailure {
    /// The server answered with this error status.
    Status(u16),
    /// No byte arrived for the whole idle limit.
    Stalled,
    /// The request failed, with what the browser said.
    Network(String),
}

/// Fetches a text file, giving up only when no byte has arrived for `idle_ms`: a slow
/// download that keeps arriving completes.
pub async fn fetch_text(url: &str, idle_ms: u32) -> Result<String, FetchFailure> {
    let fetched = fetch_file(url, idle_ms, false, None).await?;
    fetched.text().ok_or_else(|| failure(&fetched))
}

/// Fetches a binary file, under the same limit as [`fetch_text`]: where the browser can
/// decompress it, its gzip-compressed copy at `compressed_url`.
pub async fn fetch_bytes(
    url: &str,
    compressed_url: &str,
    idle_ms: u32,
) -> Result<Vec<u8>, FetchFailure> {
    let fetched = fetch_file(url, idle_ms, true, Some(compressed_url)).await?;
    fetched
        .bytes()
        .map(|bytes| bytes.to_vec())
        .ok_or_else(|| failure(&fetched))
}

async fn fetch_file(
    url: &str,
    idle_ms: u32,
    binary: bool,
    compressed_url: Option<&str>,
) -> Result<Fetched, FetchFailure> {
    let promise = fetch_file_promise(url, idle_ms, binary, compressed_url);
    Ok(wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| FetchFailure::Network(format!("{e:?}")))?
        .into())
}

/// Why a fetch that brought no file failed.
fn failure(fetched: &Fetched) -> FetchFailure {
    match fetched.status() {
        0 if fetched.timed_out() => FetchFailure::Stalled,
        0 => FetchFailure::Network(fetched.error().unwrap_or_default()),
        status => FetchFailure::Status(status),
    }
}

/// A file download under construction: text is handed over in parts, so that the whole file
/// never sits in the WebAssembly's memory (which never shrinks) as one string.
pub struct Download {
    parts: js_sys::Array,
    chunk: String,
}

/// How much text is gathered before it is handed to the browser.
const CHUNK_BYTES: usize = 64 * 1024;

impl Default for Download {
    fn default() -> Self {
        Download {
            parts: js_sys::Array::new(),
            chunk: String::with_capacity(CHUNK_BYTES),
        }
    }
}

impl Download {
    /// Adds text to the file.
    pub fn push(&mut self, text: &str) {
        self.chunk.push_str(text);
        if self.chunk.len() >= CHUNK_BYTES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if !self.chunk.is_empty() {
            self.parts.push(&JsValue::from_str(&self.chunk));
            self.chunk.clear();
        }
    }

    /// Offers the file for download as `filename` of type `mime`.
    pub fn finish(mut self, filename: &str, mime: &str) {
        self.flush();
        download_js(filename, mime, &self.parts);
    }
}

impl std::io::Write for Download {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        // serde_json writes whole UTF-8 sequences per call; anything else is a bug upstream.
        let text = std::str::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        self.push(text);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
