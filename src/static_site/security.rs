//! The Content-Security-Policy and the headers file for static hosts that read one.

/// The policy every page carries: only this site's own files, WebAssembly compiled with
/// `wasm-unsafe-eval` (never `unsafe-eval`), no inline scripts or styles, no third parties, and
/// no `<base>` element (prerendered pages write every address in full).
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; base-uri 'none'; form-action 'self'";

/// `_headers` (Netlify, Cloudflare Pages and others): the policy plus what only a header can
/// say: who may frame the site, no content-type sniffing, which browser features it never
/// uses, and how long each kind of file may be cached (data and the service worker are
/// revalidated; files named by their content hash never change). Hosts join the values of a
/// header that several rules set, so each file gets one `Cache-Control` rule at most.
pub fn headers_file(base: &str) -> String {
    format!(
        "{base}/*\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n  \
         X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  \
         Permissions-Policy: {PERMISSIONS_POLICY}\n  \
         Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Resource-Policy: same-origin\n\
         {base}/sw.js\n  Cache-Control: no-cache\n\
         {base}/data/*\n  Cache-Control: no-cache\n\
         {base}/connect-explorer-*\n  Cache-Control: public, max-age=31536000, immutable\n\
         {base}/main-*\n  Cache-Control: public, max-age=31536000, immutable\n\
         {base}/boot-*\n  Cache-Control: public, max-age=31536000, immutable\n"
    )
}

/// Browser features the site never uses, switched off for it and anything it embeds.
const PERMISSIONS_POLICY: &str =
    "accelerometer=(), autoplay=(), bluetooth=(), browsing-topics=(), \
camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), \
microphone=(), midi=(), payment=(), serial=(), usb=()";

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
        assert!(file.contains("X-Content-Type-Options: nosniff"));
        assert!(file.contains("browsing-topics=()") && !file.contains("interest-cohort"));
        assert!(file.contains(
            "/connect-explorer/boot-*\n  Cache-Control: public, max-age=31536000, immutable"
        ));
    }
}
