//! Building the static site around the prerendered pages: which pages exist, the HTML document
//! each is served in, the sitemap, the Atom feed, the service worker and the security headers.
//! No Leptos here: plain Rust, tested natively; `src/bin/prerender.rs` puts it together.

pub mod assets;
#[cfg(not(target_arch = "wasm32"))]
pub mod calendar;
pub mod data_files;
pub mod document;
pub mod feed;
pub mod pages;
pub mod security;
pub mod service_worker;
pub mod sitemap;

/// Which of its record's steps of the same kind on the same day the step at `i` is, from 1: the
/// feed and the calendars name steps by day and kind, and this keeps two such steps apart.
pub fn occurrence(steps: &[crate::dossiers::model::Step], i: usize) -> usize {
    let step = &steps[i];
    1 + steps[..i]
        .iter()
        .filter(|s| s.date == step.date && s.kind == step.kind)
        .count()
}

/// Escapes text for HTML and XML content and attribute values, and drops the characters XML 1.0
/// does not allow at all (most control characters, U+FFFE and U+FFFF): one of them would make a
/// feed reader reject the whole feed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{0}'..='\u{8}'
            | '\u{B}'
            | '\u{C}'
            | '\u{E}'..='\u{1F}'
            | '\u{FFFE}'
            | '\u{FFFF}' => {}
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
        assert_eq!(
            super::escape("a\u{B}b\u{0}c\u{FFFF}\td\ne"),
            "abc\td\ne",
            "characters XML forbids are dropped, tabs and line breaks stay"
        );
    }
}
