//! Escaping of values for the place they are written.
//!
//! haml 6.1.1 escapes `&` `<` `>` `"` `'` as `&amp;` `&lt;` `&gt;` `&quot;`
//! `&#39;` everywhere ([`Escape::Html`], used by `output = "haml"`).
//! Minified output escapes only what its place needs, and the browser reads
//! the same characters: in text ([`Escape::Text`]) a `<` that could start a
//! tag (before a letter, `/`, `!` or `?`) and a `&` that could start a
//! character reference (before a letter, a digit or `#`); in a `"`-quoted
//! attribute value ([`Escape::DoubleQuoted`]) every `"` and such a `&`. At
//! the end of a value, where the next character is not known, `<` and `&`
//! are escaped.
//!
//! Runs of bytes that need no escaping are copied in one `push_str`, found
//! with a 256-entry table; text is never pushed character by character.

/// How a value is escaped where it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// Written as it is (`!= value`).
    None,
    /// `&` `<` `>` `"` `'`, as haml does: safe in text and in attribute
    /// values quoted either way.
    Html,
    /// `&` and `<` where they could start a reference or a tag: enough
    /// for text between tags.
    Text,
    /// `"`, and `&` where it could start a reference: enough for an
    /// attribute value in double quotes.
    DoubleQuoted,
}

static ENTITIES: [&str; 5] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];

/// For each byte: 0 if it is copied as is, else 1 + index into `ENTITIES`.
const fn table(lt: bool, gt: bool, quot: bool, apos: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    t[b'&' as usize] = 1;
    if lt {
        t[b'<' as usize] = 2;
    }
    if gt {
        t[b'>' as usize] = 3;
    }
    if quot {
        t[b'"' as usize] = 4;
    }
    if apos {
        t[b'\'' as usize] = 5;
    }
    t
}

static HTML: [u8; 256] = table(true, true, true, true);
static TEXT: [u8; 256] = table(true, false, false, false);
// `&` is in every table; in `DoubleQuoted` it is escaped only where needed.
static DOUBLE_QUOTED: [u8; 256] = table(false, false, true, false);

/// Appends `s` to `out`, escaped as `mode` says.
#[inline]
pub fn escape_into_with(s: &str, mode: Escape, out: &mut String) {
    let table = match mode {
        Escape::None => {
            out.push_str(s);
            return;
        }
        Escape::Html => &HTML,
        Escape::Text => &TEXT,
        Escape::DoubleQuoted => &DOUBLE_QUOTED,
    };
    let bytes = s.as_bytes();
    let minimal = !matches!(mode, Escape::Html);
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let e = table[b as usize];
        if e != 0 && !(minimal && harmless(b, bytes.get(i + 1).copied())) {
            // Special bytes are ASCII, so `start..i` and `i + 1` lie on
            // character boundaries.
            out.push_str(&s[start..i]);
            out.push_str(ENTITIES[(e - 1) as usize]);
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
}

/// Whether `&` or `<` before `next` reads as the character itself.
#[inline]
fn harmless(b: u8, next: Option<u8>) -> bool {
    match (b, next) {
        (b'&', Some(n)) => !(n.is_ascii_alphanumeric() || n == b'#'),
        (b'<', Some(n)) => !(n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?')),
        _ => false,
    }
}

/// Appends `s` to `out` with the five HTML-special characters escaped, as
/// haml does.
#[inline]
pub fn escape_into(s: &str, out: &mut String) {
    escape_into_with(s, Escape::Html, out);
}

/// `s` with the five HTML-special characters escaped, as haml does.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters_like_haml() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("plain é ` \u{a0} text"), "plain é ` \u{a0} text");
        assert_eq!(escape("&amp;"), "&amp;amp;");
        assert_eq!(escape(""), "");
        assert_eq!(escape("<"), "&lt;");
        assert_eq!(escape("é<é"), "é&lt;é");
    }

    #[test]
    fn minified_places_escape_what_they_need() {
        let with = |mode| {
            let mut out = String::new();
            escape_into_with(r#"<a href="x">&'"#, mode, &mut out);
            out
        };
        assert_eq!(with(Escape::Text), "&lt;a href=\"x\">&'");
        assert_eq!(with(Escape::DoubleQuoted), "<a href=&quot;x&quot;>&'");
        assert_eq!(with(Escape::None), r#"<a href="x">&'"#);
        let text = |s| {
            let mut out = String::new();
            escape_into_with(s, Escape::Text, &mut out);
            out
        };
        // Only where a reference or a tag could start.
        assert_eq!(text("a & b < c"), "a & b < c");
        assert_eq!(
            text("&amp; &#1; <b> </b> <!-- <?x"),
            "&amp;amp; &amp;#1; &lt;b> &lt;/b> &lt;!-- &lt;?x"
        );
        assert_eq!(text("<3 5<6"), "<3 5<6");
        // At the end the next character is not known.
        assert_eq!(text("a&"), "a&amp;");
        assert_eq!(text("a<"), "a&lt;");
    }
}
