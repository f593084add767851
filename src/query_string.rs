//! Query strings as the site writes and reads them: decoding that forgives any input, and
//! one encoding. Shared by the dossier list and the projects page. No Leptos here.

/// Splits a query string (without its `?`) into decoded key/value pairs.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), decode(value))
    })
}

/// Decodes `application/x-www-form-urlencoded` text; broken escapes are kept as typed.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match hex_pair(bytes[i + 1], bytes[i + 2]) {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_pair(high: u8, low: u8) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    Some((digit(high)? * 16 + digit(low)?) as u8)
}

/// Percent-encodes text for a query string value (spaces as `+`).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'('
            | b')'
            | b'/' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `?` and the query string, or nothing when there is no query: ready to append to a path.
pub fn suffix(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_it_encodes() {
        for text in ["café & = +", "COM(2021) 574", "<b>", "ő€😀", ""] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(encode("a b/c"), "a+b/c");
        assert_eq!(decode("%"), "%", "a broken escape is kept as typed");
        let read: Vec<(String, String)> = pairs("a=1&&b&c=x%20y").collect();
        assert_eq!(
            read,
            [
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("c".into(), "x y".into())
            ]
        );
        assert_eq!(suffix(""), "");
        assert_eq!(suffix("a=1"), "?a=1");
    }
}
