//! Text helpers for search: case and accent folding, and URL slugs.

/// Lower-cases `text` and strips the accents of Latin letters, so that "Dragoș", "DRAGOS" and
/// "dragos" compare equal. Characters without a plain-Latin form are kept, lower-cased.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for upper in text.chars() {
        for c in upper.to_lowercase() {
            match base_letter(c) {
                Some(base) => out.push_str(base),
                None => out.push(c),
            }
        }
    }
    out
}

/// The plain-Latin spelling of an accented lower-case letter, if it has one.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// Turns `text` into a URL segment: folded to plain lower case, every run of characters other
/// than `a-z` and `0-9` replaced by one `-`, with no `-` at either end.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in fold(text).chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c);
        } else {
            pending_dash = true;
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Dragoş Tudorache"), "dragos tudorache");
        assert_eq!(fold("Dragoș"), "dragos");
        assert_eq!(fold("JERKOVIĆ"), "jerkovic");
        assert_eq!(fold("Együttműködését"), "egyuttmukodeset");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Ελλάδα"), "ελλάδα");
    }

    #[test]
    fn slugs_follow_the_reference_rule() {
        assert_eq!(slugify("COM(2021)574"), "com-2021-574");
        assert_eq!(slugify("JOIN(2016)19"), "join-2016-19");
        assert_eq!(slugify("sec(2004)661"), "sec-2004-661");
        assert_eq!(
            slugify("2021-07-08 Mental Health in the Digital World of Work"),
            "2021-07-08-mental-health-in-the-digital-world-of-work"
        );
        assert_eq!(slugify("  --Ünïcode…  "), "unicode");
        assert_eq!(slugify("…"), "");
    }
}
