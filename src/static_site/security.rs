//! The Content-Security-Policy and the headers file for static hosts that read one.

/// The policy every page carries: only this site's own files, WebAssembly compiled with
/// `wasm-unsafe-eval` (never `unsafe-eval`), no inline scripts or styles, no third parties.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; base-uri 'self'; form-action 'self'";

/// `_headers` (Netlify, Cloudflare Pages and others): the policy plus what only a header can
/// say, such as who may frame the site.
pub fn headers_file(base: &str) -> String {
    format!(
        "{base}/*\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n  \
         X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  \
         Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n  \
         Cross-Origin-Opener-Policy: same-origin\n{base}/sw.js\n  Cache-Control: no-cache\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_is_strict() {
        assert!(CONTENT_SECURITY_POLICY.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!CONTENT_SECURITY_POLICY.contains("'unsafe-eval'"));
        assert!(!CONTENT_SECURITY_POLICY.contains("'unsafe-inline'"));
        assert!(!CONTENT_SECURITY_POLICY.contains("http"));
    }

    #[test]
    fn headers_cover_the_base_path() {
        let file = headers_file("/connect-explorer");
        assert!(
            file.starts_with("/connect-explorer/*\n  Content-Security-Policy: default-src 'none';")
        );
        assert!(file.contains("frame-ancestors 'none'"));
        assert!(file.contains("/connect-explorer/sw.js\n  Cache-Control: no-cache"));
    }
}
