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

/// Appends `s` to `out`, escaped as `mode` says.
///
/// The search for special bytes looks at eight bytes at a time (SWAR: a
/// `u64` and bit tricks, no `unsafe`), and the runs between them are copied
/// whole.
#[inline]
pub fn escape_into_with(s: &str, mode: Escape, out: &mut String) {
    match mode {
        Escape::None => out.push_str(s),
        Escape::Html => escape_bytes(s, out, &HTML, b"&<>\"'", false),
        Escape::Text => escape_minimal(s, out, b'<'),
        Escape::DoubleQuoted => escape_minimal(s, out, b'"'),
    }
}

/// Minified escaping: `&` and `other` (`<` in text, `"` in attribute
/// values), where they could start a reference or a tag (`"` always).
#[inline(always)]
fn escape_minimal(s: &str, out: &mut String, other: u8) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = find_special(bytes, i, &[b'&', other]) {
        i = at + 1;
        let next = bytes.get(at + 1).copied();
        let entity = match bytes[at] {
            b'&' if harmless(b'&', next) => continue,
            b'&' => "&amp;",
            b'<' if harmless(b'<', next) => continue,
            b'<' => "&lt;",
            _ => "&quot;",
        };
        // Special bytes are ASCII, so `start..at` and `at + 1` lie on
        // character boundaries.
        out.push_str(&s[start..at]);
        out.push_str(entity);
        start = at + 1;
    }
    out.push_str(&s[start..]);
}

/// Escapes the `targets` bytes of `s` with `table`; `minimal` keeps the
/// ones that read as themselves (see [`harmless`]).
#[inline(always)]
fn escape_bytes<const N: usize>(
    s: &str,
    out: &mut String,
    table: &[u8; 256],
    targets: &[u8; N],
    minimal: bool,
) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = find_special(bytes, i, targets) {
        let b = bytes[at];
        if !(minimal && harmless(b, bytes.get(at + 1).copied())) {
            // Special bytes are ASCII, so `start..at` and `at + 1` lie on
            // character boundaries.
            out.push_str(&s[start..at]);
            out.push_str(ENTITIES[(table[b as usize] - 1) as usize]);
            start = at + 1;
        }
        i = at + 1;
    }
    out.push_str(&s[start..]);
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that equals `b`.
#[inline(always)]
fn bytes_equal(word: u64, b: u8) -> u64 {
    let x = word ^ (ONES * b as u64);
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The first index at or after `from` of a byte in `targets`.
#[inline(always)]
fn find_special<const N: usize>(bytes: &[u8], from: usize, targets: &[u8; N]) -> Option<usize> {
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(chunk);
        let mut found = 0;
        for &t in targets {
            found |= bytes_equal(word, t);
        }
        if found != 0 {
            // The lowest set bit is the first match (a false positive can
            // only come after a true match, in the byte above it).
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|b| targets.contains(b))
        .map(|p| i + p)
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

    #[test]
    fn long_runs_and_every_position() {
        // Special bytes at every offset of an 8-byte word, and after it.
        for len in 0..40 {
            for at in 0..len {
                let mut s = "é".repeat(len / 2) + &"x".repeat(len - len / 2);
                let at = at.min(s.len());
                let at = (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                s.insert(at, '<');
                s.push('"');
                let expected = s
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('"', "&quot;");
                assert_eq!(escape(&s), expected, "{s:?}");
            }
        }
        assert_eq!(escape(&"a".repeat(100)), "a".repeat(100));
        assert_eq!(escape("\u{100}\u{3c00}<"), "\u{100}\u{3c00}&lt;");
    }
}
