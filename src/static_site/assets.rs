//! Content-hashed names for every script the app loads. trunk names the glue and the
//! WebAssembly after their content, but wasm-bindgen names its snippet folder after the crate's
//! name and version only, so a new deployment would serve a changed snippet at an old address:
//! an HTTP cache could pair the new glue with the old snippet, and the app would not start.

use crate::site::fingerprint;

/// A script file of the site: its path under the site root and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    /// Path under the site root, without a leading `./` (`snippets/…/browser.js`).
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// `path` with `-<hash of text>` before its `.js`.
fn hashed_name(path: &str, text: &str) -> String {
    let stem = path.strip_suffix(".js").unwrap_or(path);
    format!("{stem}-{}.js", fingerprint(text, ""))
}

/// Renames each snippet after its content and rewrites the glue's imports to match, then names
/// the glue after its new content. The glue's name keeps trunk's `<crate>-` prefix.
pub fn fingerprint_scripts(glue: &Script, snippets: &[Script]) -> (Script, Vec<Script>) {
    let mut text = glue.text.clone();
    let mut renamed = Vec::with_capacity(snippets.len());
    for snippet in snippets {
        let path = hashed_name(&snippet.path, &snippet.text);
        // Only the import statements: the same string also keys the WebAssembly's imports, and
        // that key must stay as the WebAssembly names it.
        for quote in ['\'', '"'] {
            text = text.replace(
                &format!("from {quote}./{}{quote}", snippet.path),
                &format!("from {quote}./{path}{quote}"),
            );
        }
        renamed.push(Script {
            path,
            text: snippet.text.clone(),
        });
    }
    let prefix = match glue.path.rsplit_once('-') {
        Some((prefix, _)) => prefix,
        None => glue.path.strip_suffix(".js").unwrap_or(&glue.path),
    };
    let glue = Script {
        path: format!("{prefix}-{}.js", fingerprint(&text, "")),
        text,
    };
    (glue, renamed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(path: &str, text: &str) -> Script {
        Script {
            path: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn names_snippets_and_glue_after_their_content() {
        let glue = script(
            "connect-explorer-0123456789abcdef.js",
            "import { a } from './snippets/connect-explorer-1/src/js/browser.js';\n\
             import * as import1 from \"./snippets/connect-explorer-1/src/js/browser.js\";\n\
             const imports = { \"./snippets/connect-explorer-1/src/js/browser.js\": import1 };",
        );
        let old = script(
            "snippets/connect-explorer-1/src/js/browser.js",
            "export function a() {}",
        );
        let (new_glue, snippets) = fingerprint_scripts(&glue, std::slice::from_ref(&old));
        let snippet = &snippets[0];
        assert!(snippet
            .path
            .starts_with("snippets/connect-explorer-1/src/js/browser-"));
        assert_eq!(snippet.text, old.text);
        assert!(new_glue
            .text
            .contains(&format!("from './{}';", snippet.path)));
        assert!(new_glue.path.starts_with("connect-explorer-") && new_glue.path.ends_with(".js"));
        assert_ne!(
            new_glue.path, glue.path,
            "the glue's text changed, so does its name"
        );
        let changed = script(&old.path, "export function a() { return 1; }");
        let (next_glue, next) = fingerprint_scripts(&glue, &[changed]);
        assert_ne!(
            next[0].path, snippet.path,
            "a changed snippet gets a new address"
        );
        assert_ne!(
            next_glue.path, new_glue.path,
            "and so does the glue that imports it"
        );
        let (again, _) = fingerprint_scripts(&glue, &[old]);
        assert_eq!(again, new_glue, "the same files get the same names");
    }
}
