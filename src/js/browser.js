// What the app needs from the browser beyond web-sys, written in JavaScript so that it keeps
// working after the WebAssembly has stopped. Every API beyond the baseline is detected here: a
// browser without one loses only the feature that needs it, never the start.

// WebKit refuses a 101st pushState/replaceState within 10 seconds, Firefox a 201st, with a
// SecurityError; the router does not expect an error there. Every history call goes through
// this: a refused call is kept (the latest one wins; a push stays a push) and made once the
// browser accepts calls again, so the address catches up instead of the app stopping. A
// visitor who goes Back or Forward meanwhile has chosen another entry: the kept call is
// dropped rather than written over it. Where the History API is missing, a navigation loads
// the page (the address holds the whole state), and the address is not rewritten in place.
export function guard_history() {
  const proto = typeof History === 'function' ? History.prototype : null;
  if (!proto || proto.__guarded) return;
  const push = typeof proto.pushState === 'function' ? proto.pushState : function (_state, _title, url) {
    if (url !== undefined && url !== null) location.assign(url);
  };
  const replace = typeof proto.replaceState === 'function' ? proto.replaceState : function () {};
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
  addEventListener('popstate', () => {
    pending = null;
    clearTimeout(timer);
    timer = 0;
  });
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

// Writes `url` into the address bar in place of the current address, without a page load.
export function replace_address(url) {
  history.replaceState(history.state, '', url);
}

// Resolves in a later task, so that the browser can paint and answer input between two long
// pieces of start-up work. scheduler.yield() lets the app continue ahead of other queued work;
// engines without it (WebKit, Firefox ESR) get a message instead of a timer, because timers
// wait up to a second in a tab hidden while the app starts; a timer only where neither exists.
export function next_task() {
  if (globalThis.scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// Fetches a file: as text, or as bytes if `binary`. It gives up only when no byte has arrived
// for `idle_ms`, so a slow but progressing download completes; engines without a readable body
// stream wait for the whole body under the same limit. Never throws: the result says what
// happened. Given `compressed_url`, the same bytes gzip-compressed, a browser that can
// decompress them asks for those first; a copy already decompressed on the way (a server that
// sent it with Content-Encoding) is taken as it is, and if the compressed copy fails but for
// stalling (a host that refuses or mangles `.gz` files), the uncompressed file is asked for.
export async function fetch_file(url, idle_ms, binary, compressed_url) {
  if (compressed_url && typeof DecompressionStream === 'function') {
    const result = await fetch_once(compressed_url, idle_ms, true, true);
    if (result.bytes || result.timed_out) return result;
  }
  return fetch_once(url, idle_ms, binary, false);
}

async function fetch_once(url, idle_ms, binary, gunzip) {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timer = 0;
  let timed_out = false;
  let give_up = () => {};
  const idle = new Promise((_, reject) => {
    give_up = reject;
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timed_out = true;
      if (controller) controller.abort();
      give_up(new Error(`no data for ${idle_ms / 1000} seconds`));
    }, idle_ms);
  };
  const failed = (status, error) => ({ status, text: null, bytes: null, error, timed_out });
  try {
    arm();
    const response = await Promise.race([fetch(url, controller ? { signal: controller.signal } : {}), idle]);
    if (!response.ok) return failed(response.status, null);
    let body;
    const stream = response.body;
    if (stream && typeof stream.getReader === 'function' && (binary || typeof TextDecoder === 'function')) {
      const reader = stream.getReader();
      const decoder = binary ? null : new TextDecoder();
      const parts = [];
      for (;;) {
        arm();
        const { done, value } = await Promise.race([reader.read(), idle]);
        if (done) break;
        parts.push(binary ? value : decoder.decode(value, { stream: true }));
      }
      if (binary) {
        body = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
        let at = 0;
        for (const part of parts) {
          body.set(part, at);
          at += part.length;
        }
      } else {
        parts.push(decoder.decode());
        body = parts.join('');
      }
    } else {
      body = await Promise.race([binary ? response.arrayBuffer().then((b) => new Uint8Array(b)) : response.text(), idle]);
    }
    // Everything has arrived: decompressing is not waiting for the network.
    clearTimeout(timer);
    if (gunzip && body[0] === 0x1f && body[1] === 0x8b) {
      const inflated = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'));
      body = new Uint8Array(await new Response(inflated).arrayBuffer());
    }
    return binary
      ? { status: response.status, text: null, bytes: body, error: null, timed_out }
      : { status: response.status, text: body, bytes: null, error: null, timed_out };
  } catch (error) {
    return failed(0, String((error && error.message) || error));
  } finally {
    clearTimeout(timer);
  }
}

// Offers text as a file download, built from the parts the app handed over one by one (the
// whole text never exists as one string). Without Blob URLs, a data: address carries it;
// where links cannot name a download, the file opens in a tab.
export function download(filename, mime, parts) {
  let url;
  let revoke = () => {};
  if (typeof Blob === 'function' && typeof URL.createObjectURL === 'function') {
    url = URL.createObjectURL(new Blob(parts, { type: mime }));
    revoke = () => URL.revokeObjectURL(url);
  } else {
    url = `data:${mime},${encodeURIComponent(parts.join(''))}`;
  }
  parts.length = 0;
  const anchor = document.createElement('a');
  anchor.href = url;
  if ('download' in anchor) anchor.download = filename;
  else anchor.target = '_blank';
  // Some Firefox and Safari versions ignore a click on a detached link, and cancel a download
  // whose address is revoked in the same task; so the link joins the page for the click, and
  // the address lives on a while.
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(revoke, 30000);
}

// The app has stopped: say so, and mark the page. The boot script then lets links load as
// ordinary pages instead of through the stopped router, and the page explains.
export function app_failed(message) {
  console.error(`connect-explorer stopped: ${message}`);
  document.body.dataset.app = 'failed';
}
