//! Text helpers for search: case and accent folding, the words and phrases of a search, what
//! of typed text may be shown back, and URL slugs.

/// A control character (C0, DEL, C1).
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}')
}

/// A character that shows nothing or changes the direction of the text around it: zero-width
/// characters, direction marks, embeddings, overrides and isolates, the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Typed or pasted text as it may be shown back and searched: control characters (line
/// breaks, tabs) become spaces, invisible and direction-changing characters are dropped, so a
/// crafted link cannot make the page show reordered or hidden text. The rest stays as typed.
pub fn typed_text(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| if is_control(c) { ' ' } else { c })
        .collect()
}

/// Lower-cases `text` and strips the accents of Latin letters, so that "Dragoș", "DRAGOS" and
/// "dragos" compare equal; full-width Latin letters and digits ("ＣＯＭ") become plain ones, and
/// combining accents (decomposed text) and invisible characters are dropped. Characters
/// without a plain-Latin form are kept, lower-cased.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for upper in text.chars() {
        let upper = match upper {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(upper) - 0xFEE0).unwrap_or(upper),
            _ => upper,
        };
        for c in upper.to_lowercase() {
            if is_invisible(c) || ('\u{0300}'..='\u{036F}').contains(&c) {
                continue;
            }
            match base_letter(c) {
                Some(base) => out.push_str(base),
                None => out.push(c),
            }
        }
    }
    out
}

/// Opening and closing double quotation marks, as people type and paste them.
const QUOTES: [char; 8] = ['"', '“', '”', '„', '‟', '«', '»', '″'];

/// At most this many terms of a search are looked for, the longest first: each one is a scan
/// of every record still in the running.
pub const MAX_TERMS: usize = 8;

/// The folded terms of a search, each of which a record must contain: a word, or a phrase in
/// double quotes (straight or typographic, as search engines read them), whose words must stand
/// together in that order, with the punctuation between them as typed, so that a phrase copied
/// from a page (`"Regulation (EU) 2022/2065"`) finds it. Punctuation around a word or a phrase
/// does not count (`act,` is `act`), a quote left open runs to the end, and one-letter words
/// are ignored when longer ones are given. Without duplicates, longest first, at most
/// [`MAX_TERMS`].
pub fn search_terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let mut terms = Vec::new();
    for (i, part) in folded.split(QUOTES).enumerate() {
        if i % 2 == 1 {
            let phrase = word(&part.split_whitespace().collect::<Vec<_>>().join(" "));
            if !phrase.is_empty() {
                terms.push(phrase);
            }
        } else {
            terms.extend(part.split_whitespace().map(word).filter(|w| !w.is_empty()));
        }
    }
    terms.sort();
    terms.dedup();
    if terms.iter().any(|t| t.chars().count() > 1) {
        terms.retain(|t| t.chars().count() > 1);
    }
    // Longer terms are rarer: scanning with them first leaves fewer records to check.
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    terms.truncate(MAX_TERMS);
    terms
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
    fn folds_what_other_keyboards_and_encodings_type() {
        assert_eq!(fold("ＣＯＭ(2021)５７４"), "com(2021)574");
        assert_eq!(fold("Dragos\u{0327}"), "dragos", "decomposed accents");
        assert_eq!(fold("İSTANBUL"), "istanbul");
        assert_eq!(fold("da\u{200B}ta\u{202E}"), "data");
    }

    #[test]
    fn shows_typed_text_back_without_hidden_characters() {
        assert_eq!(typed_text("\u{202E}tca atad"), "tca atad");
        assert_eq!(typed_text("data\u{200B}act\nnow\t!"), "dataact now !");
        assert_eq!(typed_text("« Data Act » café"), "« Data Act » café");
    }

    #[test]
    fn reads_words_and_quoted_phrases() {
        assert_eq!(
            search_terms("\"gigabit infrastructure act\""),
            ["gigabit infrastructure act"]
        );
        assert_eq!(
            search_terms("“Gigabit  Infrastructure Act”, please"),
            ["gigabit infrastructure act", "please"]
        );
        assert_eq!(search_terms("„Daten-Governance“"), ["daten-governance"]);
        assert_eq!(
            search_terms("« services numériques »"),
            ["services numeriques"]
        );
        assert_eq!(search_terms("data, act."), ["data", "act"]);
        assert_eq!(search_terms("(EU) 2022/2065;"), ["2022/2065", "eu"]);
        assert_eq!(search_terms("\"open quote runs on"), ["open quote runs on"]);
        assert_eq!(
            search_terms("\"Regulation (EU) 2022/2065.\""),
            ["regulation (eu) 2022/2065"],
            "punctuation inside a phrase stays as typed; around it, it does not count"
        );
        assert_eq!(search_terms("l’Union d'accès"), ["l’union", "d'acces"]);
        assert_eq!(search_terms("\"\" ... “”"), Vec::<String>::new());
        assert_eq!(
            search_terms("a b data"),
            ["data"],
            "one-letter words give way"
        );
        assert_eq!(search_terms("a"), ["a"]);
        assert_eq!(search_terms("act act ACT"), ["act"]);
        let many = search_terms("one two three four five six seven eight nine ten eleven");
        assert_eq!(many.len(), MAX_TERMS);
        assert_eq!(many[0], "eleven", "the longest first");
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
