//! Character references (`&amp;`, `&#60;`, `&copy;`): where a `&` starts
//! one, and what some of them stand for.
//!
//! Three questions, each with its own answer:
//!
//! * [`starts_reference`]: could the browser read a `&` in text as the start
//!   of a reference, given all the text after it? (Compile time, where the
//!   text is known.)
//! * [`may_start_reference`]: the same, given only the next byte: stricter
//!   ("maybe" where the first answers "no" for `&notareference`), for the
//!   escapers, which look at one byte past the `&`.
//! * [`literal_ampersand_in_attribute`]: in an attribute value HTML leaves
//!   `&name=` as it is, so a URL's `?a=1&b=2` needs no `&amp;`.

/// Whether a `&` followed by the byte `next` could start a character
/// reference: before a letter, a digit or `#`, and at the end of a value
/// (`None`: what follows is not known). Anything else reads as `&` itself.
#[inline]
pub fn may_start_reference(next: Option<u8>) -> bool {
    match next {
        Some(n) => n.is_ascii_alphanumeric() || n == b'#',
        None => true,
    }
}

/// Whether a bare `&` followed by `after` could be read as a character
/// reference (HTML's named/numeric character reference states): before
/// `#`, before letters and digits ending in `;` (any of the 2,231 names
/// might match), and before a name that starts with one of the legacy
/// names the browser decodes without `;` (`&notit` reads as `¬it`).
/// Anything else, `&x=1` or `& co`, is a literal `&` to the browser.
pub fn starts_reference(after: &str) -> bool {
    let run = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    match after.as_bytes().get(run) {
        _ if after.starts_with('#') => true,
        Some(b';') if run > 0 => true,
        // Unknown continuation: the text may go on with `;`.
        None => true,
        _ => LEGACY_REFERENCES
            .iter()
            .any(|name| after[..run].starts_with(name)),
    }
}

/// Up to eight bytes as one number, left-aligned and padded with zeros, so
/// that numbers compare as the byte strings do.
const fn pack(name: &[u8]) -> u64 {
    let mut packed = 0u64;
    let mut i = 0;
    while i < 8 {
        packed <<= 8;
        if i < name.len() {
            packed |= name[i] as u64;
        }
        i += 1;
    }
    packed
}

/// [`LEGACY_REFERENCES`], each name [`pack`]ed: a binary search compares
/// numbers, not strings (a `&` in a URL's query is looked up at run time).
static LEGACY_PACKED: [u64; 106] = {
    let mut packed = [0u64; 106];
    let mut i = 0;
    while i < packed.len() {
        packed[i] = pack(LEGACY_REFERENCES[i].as_bytes());
        i += 1;
    }
    packed
};

/// The named character references browsers decode without a closing `;`
/// (HTML's table of named character references, the entries listed both
/// with and without `;`).
const LEGACY_REFERENCES: [&str; 106] = [
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil",
    "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT",
    "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN",
    "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave",
    "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
    "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt",
    "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro",
    "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash",
    "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1",
    "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml",
    "yacute", "yen", "yuml",
];

/// Whether a `&` followed by `after` in an attribute value reads as itself:
/// before a byte that starts no character reference, before letters and
/// digits that end in `=` (`?a=1&b=2`: in an attribute, HTML decodes no
/// reference there, for historical reasons), and before letters and digits
/// that end in another byte but `;` and are not all of a legacy name (the
/// names decoded without `;`; in an attribute they are decoded only when
/// no letter, digit or `=` follows): `&utm_source=` reads as itself,
/// `&copy_` as `©_`. Not at the end, where what follows is not known.
pub fn literal_ampersand_in_attribute(after: &[u8]) -> bool {
    let run = after
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    match after.get(run) {
        Some(b'=') => true,
        Some(b'#') => false,
        Some(b';') => run == 0,
        // (No legacy name is longer than six letters.)
        Some(_) => {
            run == 0 || run > 6 || LEGACY_PACKED.binary_search(&pack(&after[..run])).is_err()
        }
        None => false,
    }
}

/// The text of an attribute value as the browser reads it, as far as the
/// scheme of a URL goes: numeric character references and the named ones
/// for `:`, tab, line feed and the characters of the escapes in this crate
/// decoded. Other references stay as they are (`&` ends a scheme anyway).
pub fn decode_for_url_check(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (decoded, used) = reference(rest);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the reference at the start of `s` (which starts with
/// `&`) and its length.
fn reference(s: &str) -> (Option<char>, usize) {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (hex, digits_at) = match bytes.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let digits = s[digits_at..]
            .bytes()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return (None, 0);
        }
        let text = &s[digits_at..digits_at + digits];
        let n = u32::from_str_radix(text, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let mut used = digits_at + digits;
        if bytes.get(used) == Some(&b';') {
            used += 1;
        }
        let c = match n {
            0 | 0x80..=0x9F => '\u{FFFD}',
            n => char::from_u32(n).unwrap_or('\u{FFFD}'),
        };
        return (Some(c), used);
    }
    const NAMED: &[(&str, char)] = &[
        ("&colon;", ':'),
        ("&Tab;", '\t'),
        ("&NewLine;", '\n'),
        ("&period;", '.'),
        ("&plus;", '+'),
        ("&sol;", '/'),
        ("&quest;", '?'),
        ("&num;", '#'),
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
    ];
    for (name, c) in NAMED {
        if s.starts_with(name) {
            return (Some(*c), name.len());
        }
    }
    (None, 0)
}

/// The character of a named reference (`name` without `&` and `;`): the
/// most used ones and the Latin-1 ones; `None` for the others.
pub fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "times" => '×',
        "divide" => '÷',
        "deg" => '°',
        "plusmn" => '±',
        "para" => '¶',
        "sect" => '§',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "hearts" => '♥',
        "iexcl" => '¡',
        "iquest" => '¿',
        "shy" => '\u{ad}',
        _ => {
            let at = LATIN_1.iter().position(|n| *n == name)?;
            return char::from_u32(0xa0 + at as u32);
        }
    })
}

/// The names of the characters U+00A0 to U+00FF, in order (HTML 4's
/// Latin-1 references, all still in HTML's table).
const LATIN_1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ampersands_that_start_references() {
        for yes in ["amp;", "#1", "#x", "copy;", "notin", "not", "x", "abc"] {
            assert!(starts_reference(yes), "{yes}");
        }
        for no in [" ", "=1", "x=1", "& co", "unknown "] {
            assert!(!starts_reference(no), "{no}");
        }
    }

    /// The escapers' one-byte rule is never more lenient than the whole
    /// rule: where a reference may start, `may_start_reference` says so.
    #[test]
    fn the_one_byte_rule_covers_the_whole_rule() {
        for first in 0u8..128 {
            for rest in ["", ";", "opy;", "ot", "=1", " x", "1;"] {
                let after = format!("{}{rest}", first as char);
                if starts_reference(&after) {
                    assert!(may_start_reference(Some(first)), "{after:?}");
                }
            }
        }
        assert!(starts_reference("") && may_start_reference(None));
    }

    #[test]
    fn the_legacy_names_are_sorted_and_short() {
        assert!(LEGACY_REFERENCES.windows(2).all(|w| w[0] < w[1]));
        assert!(LEGACY_PACKED.windows(2).all(|w| w[0] < w[1]));
        assert!(LEGACY_REFERENCES.iter().all(|name| name.len() <= 6));
        for name in LEGACY_REFERENCES {
            assert!(!literal_ampersand_in_attribute(
                format!("{name}_").as_bytes()
            ));
        }
    }

    #[test]
    fn ampersands_in_attribute_values() {
        assert!(literal_ampersand_in_attribute(b"b=2"));
        assert!(literal_ampersand_in_attribute(b" x"));
        assert!(!literal_ampersand_in_attribute(b"amp;"));
        assert!(!literal_ampersand_in_attribute(b"#1"));
        assert!(!literal_ampersand_in_attribute(b""));
        // A name that is no legacy one, before a byte that is not `;`.
        assert!(literal_ampersand_in_attribute(b"utm_source=x"));
        assert!(literal_ampersand_in_attribute(b"x-y"));
        assert!(literal_ampersand_in_attribute(b";"));
        // Legacy names are decoded before such a byte.
        assert!(!literal_ampersand_in_attribute(b"copy_x"));
        assert!(!literal_ampersand_in_attribute(b"amp-"));
        assert!(!literal_ampersand_in_attribute(b"lt/"));
        assert!(!literal_ampersand_in_attribute(b"name;"));
        assert!(!literal_ampersand_in_attribute(b"x#1"));
    }

    #[test]
    fn references_decoded_for_url_checks() {
        assert_eq!(decode_for_url_check("a&colon;b&#58;c&#x3a;d"), "a:b:c:d");
        assert_eq!(decode_for_url_check("&unknown; &"), "&unknown; &");
        assert_eq!(named("eacute"), Some('é'));
        assert_eq!(named("hellip"), Some('…'));
        assert_eq!(named("unknown"), None);
    }

    #[test]
    fn ampersands_that_start_references_in_text() {
        let r = starts_reference;
        for yes in ["#1", "amp;", "b;", "not", "notit", "copyx", "AMP", "x", ""] {
            assert!(r(yes), "{yes}");
        }
        for no in ["x=1", " co", "T and", "Amp x", "b-c", "=1"] {
            assert!(!r(no), "{no}");
        }
    }
}
