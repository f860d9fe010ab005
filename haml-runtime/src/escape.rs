//! HTML escaping, as haml 6.1.1 does it: `&` `<` `>` `"` `'` become
//! `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; every other byte is copied.
//!
//! Runs of bytes that need no escaping are copied in one `push_str`, found
//! with a 256-entry table; text is never pushed character by character.

/// For each byte: 0 if it is copied as is, else 1 + index into `ENTITIES`.
static TABLE: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'&' as usize] = 1;
    t[b'<' as usize] = 2;
    t[b'>' as usize] = 3;
    t[b'"' as usize] = 4;
    t[b'\'' as usize] = 5;
    t
};

static ENTITIES: [&str; 5] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];

/// Appends `s` to `out` with the five HTML-special characters escaped.
#[inline]
pub fn escape_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let e = TABLE[b as usize];
        if e != 0 {
            // Special bytes are ASCII, so `start..i` and `i + 1` lie on
            // character boundaries.
            out.push_str(&s[start..i]);
            out.push_str(ENTITIES[(e - 1) as usize]);
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
}

/// `s` with the five HTML-special characters escaped.
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
}
