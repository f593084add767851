//! Client-side file downloads for exports.

use wasm_bindgen::JsCast;

/// Offers `contents` for download as `filename`, without a round trip to any server.
/// Does nothing outside a browser window.
pub fn download(filename: &str, mime: &str, contents: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let (Some(anchor), Some(body)) = (
        document
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()),
        document.body(),
    ) {
        anchor.set_href(&url);
        anchor.set_download(filename);
        // Some Firefox and Safari versions ignore a click on a detached link, and cancel a
        // download whose address is revoked in the same task; so the link joins the page for
        // the click, and the address lives on a while.
        let _ = body.append_child(&anchor);
        anchor.click();
        anchor.remove();
    }
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}
