//! Character references in minified text: written as the characters they
//! stand for where that is shorter and reads the same.

use haml_html::elements::may_start_tag;
use haml_html::references::{named, starts_reference};

/// Text with character references replaced by the characters where the
/// text reads the same and gets shorter (`&copy;` is `©`, `&amp;` before a
/// space is `&`); `&` and `<` stay referenced where they could start a
/// reference or a tag, and at the end (the next character is not known).
/// In RCDATA (`title`, `textarea`) only `</` can start a tag.
pub(super) fn shorter_references(text: &str, rcdata: bool, xml: bool) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            // Markup written as it is: a tag or comment is copied whole
            // (attribute values and names are not text).
            let len = if rcdata { 1 } else { markup_len(rest) };
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        let Some(end) = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let after = rest[end + 1..].bytes().next();
        let decoded = match name.strip_prefix('#') {
            Some(number) => {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse::<u32>().ok(),
                };
                code.and_then(char::from_u32)
                    .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                    .filter(|c| *c != '\u{fffd}')
            }
            None => named(name),
        };
        let safe = match (decoded, after) {
            // XML wants these referenced wherever they stand.
            (Some('&' | '<' | '>'), _) if xml => false,
            (Some('&'), Some(_)) => !starts_reference(&rest[end + 1..]),
            (Some('<'), Some(n)) if rcdata => n != b'/',
            (Some('<'), Some(n)) => !may_start_tag(n),
            (Some('&' | '<'), None) | (None, _) => false,
            (Some(_), _) => true,
        };
        match decoded {
            Some(c) if safe && c.len_utf8() < end + 1 => out.push(c),
            _ => out.push_str(&rest[..end + 1]),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag or comment that `s` starts with (at its `<`), up
/// to and including the `>` that ends it, or all of `s` if none does; 1 if
/// the `<` starts no markup. Quotes are skipped wherever they stand, which
/// can only make the piece longer (copied as it is) than the browser's.
pub(super) fn markup_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes.get(1) {
        Some(b'!') if s.starts_with("<!--") => {
            return s[4..].find("-->").map_or(s.len(), |e| e + 7);
        }
        Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'?' | b'!') => {}
        _ => return 1,
    }
    let mut quote = None;
    for (i, &c) in bytes.iter().enumerate().skip(2) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_get_shorter_where_they_read_the_same() {
        let s = |text| shorter_references(text, false, false);
        assert_eq!(s("&copy; 2024 &amp; co &#169; &#xA9;"), "© 2024 & co © ©");
        assert_eq!(
            s("&amp;amp; &lt;b> &lt;3 a&amp;"),
            "&amp;amp; &lt;b> <3 a&amp;"
        );
        assert_eq!(s("&unknown; & &#0; &nbsp;x"), "&unknown; & &#0; \u{a0}x");
        // The Latin-1 names (the browser harness has a case with all 96).
        assert_eq!(s("&eacute;t&eacute; &Uuml;ber &yuml;"), "été Über ÿ");
        // `&` before a name: bare unless the browser could read a reference.
        assert_eq!(
            s("a&amp;x=1 AT&amp;T &amp;notit &amp;b;"),
            "a&x=1 AT&T &amp;notit &amp;b;"
        );
        // In RCDATA only `</` starts a tag.
        let rcdata = |text| shorter_references(text, true, false);
        assert_eq!(rcdata("&lt;b> &lt;/title"), "<b> &lt;/title");
    }
}
