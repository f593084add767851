//! The HTML document a prerendered page is served in: trunk's `index.html` with its inline
//! start-up script replaced by a file (so the Content-Security-Policy needs no inline script)
//! that starts the app once the page has been painted, the deployment's base path, the page's
//! links for search engines, and the rendered body.

use super::escape;
use super::security::CONTENT_SECURITY_POLICY;
use thiserror::Error;

/// Where leptos_meta puts a page's title and description: the browser finds the same marker
/// when it takes the page over.
pub const HEAD_MARKER: &str = "<!--HEAD-->";

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
    /// The head up to the `<base href="` value.
    head_to_base: String,
    /// The head after the base value, without `</head>`.
    head_after_base: String,
    body_end: String,
    /// The start-up script, to be served as a file.
    pub boot_script: String,
}

/// What a page adds to the template.
#[derive(Debug, Clone, Default)]
pub struct PageParts<'a> {
    /// The base path, e.g. `/connect-explorer`, or empty.
    pub base: &'a str,
    /// The boot script's file name.
    pub boot_file: &'a str,
    /// `<link>` elements for the page (canonical, alternates).
    pub links: &'a str,
    /// Attributes for `<body>`, each with a leading space.
    pub body_attributes: &'a str,
    /// The rendered app.
    pub body: &'a str,
}

/// Starts the app after the prerendered page has been painted and has finished loading, so
/// that the WebAssembly never delays what the visitor reads first.
fn deferred_boot_script(glue: &str, wasm: &str) -> String {
    format!(
        "// Starts connect-explorer once the prerendered page is painted.\n\
         const loaded = document.readyState === 'complete'\n  \
         ? Promise.resolve()\n  \
         : new Promise((done) => addEventListener('load', done, {{ once: true }}));\n\
         loaded\n  \
         .then(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))\n  \
         .then(() => import({glue}))\n  \
         .then(({{ default: init }}) => init({{ module_or_path: {wasm} }}));\n",
        glue = serde_json::to_string(glue).unwrap_or_default(),
        wasm = serde_json::to_string(wasm).unwrap_or_default(),
    )
}

fn cut<'a>(text: &'a str, start: &str, end: &str) -> Option<(&'a str, &'a str, &'a str)> {
    let from = text.find(start)?;
    let to = from + text[from..].find(end)? + end.len();
    Some((&text[..from], &text[from..to], &text[to..]))
}

impl Template {
    /// Prepares trunk's output: replaces the inline module script, drops the preloads of the
    /// app's code (a prerendered page is read before the app is needed), and drops the title,
    /// the description and the `lang` attribute that each page sets for itself.
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
        for (start, end) in [
            ("<title>", "</title>"),
            ("<meta name=\"description\"", ">"),
            ("<link rel=\"modulepreload\"", ">"),
            ("<link rel=\"preload\" href=\"./connect-explorer-", ">"),
        ] {
            if let Some((a, _, b)) = cut(&html, start, end) {
                html = format!("{a}{b}");
            }
        }
        html = html.replacen("<html lang=\"en\">", "<html>", 1);
        let (head, rest) = html
            .split_once("</head>")
            .ok_or(TemplateError::Missing("</head>"))?;
        let (_, body_end) = rest
            .split_once("<body>")
            .ok_or(TemplateError::Missing("<body>"))?;
        let (to_base, base_and_after) = head
            .split_once("<base href=\"")
            .ok_or(TemplateError::Missing("<base href>"))?;
        let (_, after_base) = base_and_after
            .split_once('"')
            .ok_or(TemplateError::Missing("<base href>"))?;
        // The policy applies only to what comes after it, so it goes before every link.
        let policy = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\" />\n    ");
        Ok(Template {
            head_to_base: format!("{to_base}{policy}<base href=\""),
            head_after_base: format!("\"{}", after_base.trim_end()),
            body_end: body_end.trim_start().to_owned(),
            boot_script: deferred_boot_script(&glue, &wasm),
        })
    }

    /// The document for one page.
    pub fn render(&self, parts: &PageParts) -> String {
        format!(
            "{to_base}{base}/{after_base}\n    <script type=\"module\" src=\"{boot}\"></script>\n{links}    {HEAD_MARKER}\n  </head>\n  \
             <body{attributes}>{body}{body_end}",
            to_base = self.head_to_base,
            base = escape(parts.base),
            after_base = self.head_after_base,
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
        let boot = &template.boot_script;
        assert!(
            boot.contains(".then(() => import(\"./app-1.js\"))"),
            "{boot}"
        );
        assert!(
            boot.contains("init({ module_or_path: \"./app-1_bg.wasm\" })"),
            "{boot}"
        );
        assert!(
            boot.find("addEventListener('load'") < boot.find("import("),
            "starts after the page has loaded"
        );
        let html = template.render(&PageParts {
            base: "/ce",
            boot_file: "boot-1.js",
            links: "    <link rel=\"canonical\" href=\"https://x.org/ce/\" />\n",
            body_attributes: " data-path=\"/ce/\"",
            body: "<main>Hi</main>",
        });
        assert!(html.starts_with("<!DOCTYPE html>\n<html>"), "{html}");
        assert!(html.contains("<base href=\"/ce/\" />"), "{html}");
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
        assert!(html.contains("<script type=\"module\" src=\"boot-1.js\"></script>"));
        let policy = html.find("Content-Security-Policy").unwrap();
        assert!(
            policy < html.find("<base").unwrap() && policy < html.find("stylesheet").unwrap(),
            "the policy comes first"
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
