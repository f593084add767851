//! The HTML document a prerendered page is served in: trunk's `index.html` with its inline
//! start-up script replaced by a file (so the Content-Security-Policy needs no inline script)
//! that starts the app once the page has been painted, every address made absolute under the
//! deployment's base path (no `<base>` element: with one, a bare `#main` fragment would leave
//! the page), the page's links for search engines, and the rendered body.

use super::escape;
use super::security::CONTENT_SECURITY_POLICY;
use thiserror::Error;

/// Where leptos_meta puts a page's title and description: the browser finds the same marker
/// when it takes the page over.
pub const HEAD_MARKER: &str = "<!--HEAD-->";

/// Stands for the base path in the prepared template.
const BASE: &str = "\u{0}base\u{0}";
/// Stands for the data version in the prepared template.
const DATA_VERSION: &str = "\u{0}data\u{0}";

/// Why trunk's `index.html` cannot serve as the template.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum TemplateError {
    /// A part the template must have is missing.
    #[error("trunk's index.html has no {0}")]
    Missing(&'static str),
}

/// trunk's `index.html`, prepared once for every page.
#[derive(Debug, Clone)]
pub struct Template {
    /// The head, without `</head>`, with markers for the base path and the data version.
    head: String,
    body_end: String,
    /// The app's JavaScript glue, as trunk's start-up script names it (`./app-….js`).
    pub glue: String,
    /// The app's WebAssembly, likewise.
    pub wasm: String,
}

/// What a page adds to the template.
#[derive(Debug, Clone, Default)]
pub struct PageParts<'a> {
    /// The base path, e.g. `/connect-explorer`, or empty.
    pub base: &'a str,
    /// The data files' fingerprint: their addresses carry it, so that no cache serves one
    /// deployment's page with another's data.
    pub data_version: &'a str,
    /// The boot script's file name.
    pub boot_file: &'a str,
    /// `<link>` elements for the page (canonical, alternates).
    pub links: &'a str,
    /// Attributes for `<body>`, each with a leading space.
    pub body_attributes: &'a str,
    /// The rendered app.
    pub body: &'a str,
}

/// The boot script (`src/js/boot.js`): it follows the visitor's language on the root, registers
/// the service worker, leaves a static page that still holds as it is, and otherwise starts the
/// app after the prerendered page has been painted and has finished loading, watches the page
/// until then, and marks a failed start.
const BOOT_SCRIPT: &str = include_str!("../js/boot.js");
/// The lines of [`BOOT_SCRIPT`] that name the app's files, as the file holds them.
const GLUE_LINE: &str = "const GLUE = './connect-explorer.js';";
const WASM_LINE: &str = "const WASM = './connect-explorer_bg.wasm';";

/// The boot script for an app whose JavaScript glue is `glue` and whose WebAssembly is `wasm`,
/// both relative to the script. Every page loads it, so it ships without its comment lines and
/// indentation (the file's comments are whole lines).
pub fn boot_script(glue: &str, wasm: &str) -> String {
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    BOOT_SCRIPT
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect::<String>()
        .replacen(GLUE_LINE, &format!("const GLUE = {};", quoted(glue)), 1)
        .replacen(WASM_LINE, &format!("const WASM = {};", quoted(wasm)), 1)
}

fn cut<'a>(text: &'a str, start: &str, end: &str) -> Option<(&'a str, &'a str, &'a str)> {
    let from = text.find(start)?;
    let to = from + text[from..].find(end)? + end.len();
    Some((&text[..from], &text[from..to], &text[to..]))
}

/// Makes every relative `href` and `src` in `head` absolute under the base path marker; data
/// files also get the data version.
fn absolute_addresses(head: &str) -> String {
    let mut out = String::with_capacity(head.len() + 256);
    let mut rest = head;
    while let Some(i) = [" href=\"", " src=\""]
        .iter()
        .filter_map(|attr| rest.find(attr).map(|i| i + attr.len()))
        .min()
    {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('"').unwrap_or(rest.len());
        let value = &rest[..end];
        let relative = !(value.is_empty()
            || value.starts_with('/')
            || value.starts_with('#')
            || value.contains(':'));
        if relative {
            let path = value.trim_start_matches("./");
            out.push_str(BASE);
            out.push('/');
            out.push_str(path);
            if path.starts_with("data/") {
                out.push_str("?v=");
                out.push_str(DATA_VERSION);
            }
        } else {
            out.push_str(value);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

impl Template {
    /// Prepares trunk's output: replaces the inline module script, drops the `<base>` element
    /// and the preloads of the app's code (a prerendered page is read before the app is
    /// needed), and drops the title, the description and the `lang` attribute that each page
    /// sets for itself.
    pub fn new(index_html: &str) -> Result<Template, TemplateError> {
        let (before, script, after) = cut(index_html, "<script type=\"module\">", "</script>")
            .ok_or(TemplateError::Missing("inline start-up script"))?;
        let quoted_after = |marker: &str| {
            let rest = &script[script.find(marker)? + marker.len()..];
            let start = rest.find(['\'', '"'])? + 1;
            let end = start + rest[start..].find(['\'', '"'])?;
            Some(rest[start..end].to_owned())
        };
        let glue = quoted_after(" from ").ok_or(TemplateError::Missing(
            "JavaScript glue in the start-up script",
        ))?;
        let wasm = quoted_after("module_or_path")
            .ok_or(TemplateError::Missing("WebAssembly in the start-up script"))?;
        let mut html = format!("{before}{after}");
        if cut(&html, "<base href=\"", ">").is_none() {
            return Err(TemplateError::Missing("<base href>"));
        }
        for (start, end) in [
            ("<base href=\"", ">"),
            ("<title>", "</title>"),
            ("<meta name=\"description\"", ">"),
            ("<link rel=\"modulepreload\"", ">"),
            ("<link rel=\"preload\" href=\"./connect-explorer-", ">"),
            // The data files: only a page that loads the app preloads them, among its own links.
            ("<link rel=\"preload\" href=\"data/", ">"),
            ("<!-- The data files", "-->"),
        ] {
            while let Some((a, _, b)) = cut(&html, start, end) {
                html = format!("{a}{b}");
            }
        }
        let html: String = html
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| format!("{line}\n"))
            .collect::<String>()
            .replacen("<html lang=\"en\">", "<html>", 1);
        let (head, rest) = html
            .split_once("</head>")
            .ok_or(TemplateError::Missing("</head>"))?;
        let (_, body_end) = rest
            .split_once("<body>")
            .ok_or(TemplateError::Missing("<body>"))?;
        // The policy applies only to what comes after it, so it goes before every link.
        let (to_charset, after_charset) = head
            .split_once("<meta charset=\"utf-8\" />")
            .ok_or(TemplateError::Missing("<meta charset>"))?;
        let policy = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\" />"
        );
        Ok(Template {
            head: absolute_addresses(&format!(
                "{to_charset}<meta charset=\"utf-8\" />\n    {policy}{}",
                after_charset.trim_end()
            )),
            body_end: body_end.trim_start().to_owned(),
            glue,
            wasm,
        })
    }

    /// The document for one page.
    pub fn render(&self, parts: &PageParts) -> String {
        let head = self
            .head
            .replace(BASE, &escape(parts.base))
            .replace(DATA_VERSION, &escape(parts.data_version));
        format!(
            "{head}\n    <script type=\"module\" src=\"{base}/{boot}\"></script>\n{links}    {HEAD_MARKER}\n  </head>\n  \
             <body{attributes}>{body}{body_end}",
            base = escape(parts.base),
            boot = escape(parts.boot_file),
            links = parts.links,
            attributes = parts.body_attributes,
            body = parts.body,
            body_end = self.body_end,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <base href="./" />
    <title>CONNECT Explorer</title>
    <meta name="description" content="Default." />
    <link rel="icon" href="favicon.ico" />
    <link rel="preload" href="data/content.json" as="fetch" />
    <link rel="stylesheet" href="./main-1.css" />
<script type="module">
import init, * as bindings from './app-1.js';
const wasm = await init({ module_or_path: './app-1_bg.wasm' });
</script>
  <link rel="modulepreload" href="./app-1.js"><link rel="preload" href="./connect-explorer-1_bg.wasm" as="fetch"></head>
  <body></body>
</html>"#;

    #[test]
    fn moves_the_inline_script_out_and_fills_the_page() {
        let template = Template::new(TRUNK).unwrap();
        assert_eq!(
            (&*template.glue, &*template.wasm),
            ("./app-1.js", "./app-1_bg.wasm")
        );
        let boot = boot_script(&template.glue, &template.wasm);
        assert!(boot.contains("const GLUE = \"./app-1.js\";"), "{boot}");
        assert!(boot.contains("const WASM = \"./app-1_bg.wasm\";"), "{boot}");
        assert!(
            boot.lines()
                .all(|line| !line.starts_with("//") && !line.starts_with(' ')),
            "shipped without comments and indentation: {boot}"
        );
        assert!(
            boot.contains("init({ module_or_path: new URL(WASM, import.meta.url) })"),
            "the WebAssembly is found beside the script, whatever the page's address: {boot}"
        );
        assert!(
            boot.find("addEventListener('load'") < boot.find("import(GLUE)"),
            "starts after the page has loaded"
        );
        assert!(boot.contains(".catch(fail)") && boot.contains("dataset.app = 'failed'"));
        assert!(
            boot.contains("addEventListener('error'")
                && boot.contains("addEventListener('unhandledrejection'"),
            "an exception before the app has started is a failed start"
        );
        assert!(
            boot.contains("dataset.mutated"),
            "a page changed before start-up is noticed"
        );
        let html = template.render(&PageParts {
            base: "/ce",
            data_version: "f00d",
            boot_file: "boot-1.js",
            links: "    <link rel=\"canonical\" href=\"https://x.org/ce/\" />\n",
            body_attributes: " data-path=\"/ce/\"",
            body: "<main>Hi</main>",
        });
        assert!(html.starts_with("<!DOCTYPE html>\n<html>"), "{html}");
        assert!(!html.contains("<base"), "no <base>: {html}");
        assert!(
            html.contains("<link rel=\"icon\" href=\"/ce/favicon.ico\" />"),
            "{html}"
        );
        assert!(html.contains("href=\"/ce/main-1.css\""), "{html}");
        assert!(
            !html.contains("data/content.json"),
            "the page's own links preload the data, where it loads the app: {html}"
        );
        assert!(
            html.contains("href=\"https://x.org/ce/\""),
            "absolute links stay"
        );
        assert!(!html.contains("<title>"), "each page sets its own title");
        assert!(!html.contains("Default."));
        assert!(
            !html.contains("<script type=\"module\">"),
            "no inline script"
        );
        assert!(
            !html.contains("modulepreload") && !html.contains("_bg.wasm"),
            "the app's code is not preloaded"
        );
        assert!(html.contains("<script type=\"module\" src=\"/ce/boot-1.js\"></script>"));
        let policy = html.find("Content-Security-Policy").unwrap();
        assert!(
            policy < html.find("<link").unwrap(),
            "the policy comes before every link"
        );
        let marker = html.find(HEAD_MARKER).unwrap();
        assert!(marker > html.find("canonical").unwrap() && marker < html.find("</head>").unwrap());
        assert!(
            html.contains("<body data-path=\"/ce/\"><main>Hi</main></body>\n</html>"),
            "{html}"
        );
    }

    #[test]
    fn refuses_a_template_without_its_parts() {
        assert_eq!(
            Template::new("<html></html>").unwrap_err(),
            TemplateError::Missing("inline start-up script")
        );
    }
}
