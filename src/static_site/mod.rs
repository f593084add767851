//! Building the static site around the prerendered pages: which pages exist, the HTML document
//! each is served in, the sitemap, the Atom feed, the service worker and the security headers.
//! No Leptos here: plain Rust, tested natively; `src/bin/prerender.rs` puts it together.

pub mod document;
pub mod feed;
pub mod pages;
pub mod security;
pub mod service_worker;
pub mod sitemap;

/// Escapes text for HTML and XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
