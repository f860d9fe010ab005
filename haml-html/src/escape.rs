//! The escaping modes, and the escapers of HTML text and attribute values.
//!
//! haml 6.1.1 escapes `&` `<` `>` `"` `'` as `&amp;` `&lt;` `&gt;` `&quot;`
//! `&#39;` everywhere ([`Escape::Html`], used by `output = "haml"`).
//! Minified output escapes only what its place needs, and the browser reads
//! the same characters: in text ([`Escape::Text`]) a `<` that could start a
//! tag (before a letter, `/`, `!` or `?`) and a `&` that could start a
//! character reference (before a letter, a digit or `#`); in a `"`-quoted
//! attribute value ([`Escape::DoubleQuoted`]) every `"` (as `&#34;`, a
//! byte shorter than `&quot;`) and such a `&`. At the end of a value, where
//! the next character is not known, `<` and `&` are escaped.
//!
//! Runs of bytes that need no escaping are copied in one `push_str`, found
//! with a 256-entry table; text is never pushed character by character.

/// How a value is escaped where it is written.
///
/// The first four are for HTML text and attribute values; the others are
/// the places inside them that the compiler recognizes (JavaScript, CSS,
/// URLs, `srcdoc`). `attribute` says whether the place is inside an
/// attribute value (`onclick`, `style`) rather than a `<script>` or
/// `<style>` element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
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
    /// Inside a JavaScript string or template literal.
    JsString {
        /// In an event handler attribute.
        attribute: bool,
    },
    /// Where JavaScript expects a value: a JSON literal (strings in
    /// quotes, numbers, `true`/`false`, `null` for `None`), never code.
    JsValue {
        /// In an event handler attribute (quotes written `&#34;`).
        attribute: bool,
    },
    /// Inside a CSS string.
    CssString {
        /// In a `style` attribute.
        attribute: bool,
    },
    /// Where CSS expects a value: kept if it can only be a value.
    CssValue {
        /// In a `style` attribute.
        attribute: bool,
    },
    /// A URL at the start of CSS `url(...)`: checked, then escaped.
    CssUrl {
        /// In a `style` attribute.
        attribute: bool,
    },
    /// A URL or its path in a URL attribute: percent-encoded where needed.
    Url,
    /// A query or fragment value in a URL attribute: percent-encoded.
    UrlComponent,
    /// The document of an `<iframe srcdoc>`: escaped as text, then for the
    /// attribute.
    Srcdoc,
}

/// Appends `s` to `out`, escaped as `mode` says.
///
/// Each escaper's output holds no character that is special to HTML (`<`,
/// `>`, `&`, quotes) except where its mode allows it, so the JavaScript,
/// CSS and URL escapers are also safe inside an attribute value quoted
/// either way.
///
/// The search for special bytes looks at sixteen bytes at a time on x86_64
/// (SSE2 compares, the crate's one `unsafe` block) and eight elsewhere and
/// in values shorter than sixteen bytes (SWAR: a `u64` and bit tricks), and
/// the runs between them are copied whole.
///
/// The choice of escaper is inlined where `mode` is known (generated code
/// always knows it), so a value goes straight to its escaper, and short
/// text with nothing to escape (names, labels) is copied there, without a
/// call.
#[inline(always)]
pub fn escape_into(s: &str, mode: Escape, out: &mut String) {
    match mode {
        Escape::None => out.push_str(s),
        Escape::Html if short_and_clean(s, HTML_TARGETS) => out.push_str(s),
        Escape::Html => escape_html_into(s, out),
        Escape::Text if short_and_clean(s, TEXT_TARGETS) => out.push_str(s),
        Escape::Text => escape_text_into(s, out),
        Escape::DoubleQuoted if short_and_clean(s, DOUBLE_QUOTED_TARGETS) => out.push_str(s),
        Escape::DoubleQuoted => escape_double_quoted_into(s, out),
        mode => escape_in_language(s, mode, out),
    }
}

/// The escapers of the places inside HTML: JavaScript, CSS, URLs, `srcdoc`.
#[inline(never)]
fn escape_in_language(s: &str, mode: Escape, out: &mut String) {
    match mode {
        Escape::JsString { .. } => crate::javascript::escape_string(s, out),
        Escape::JsValue { attribute } => crate::javascript::escape_value(s, attribute, out),
        Escape::CssString { .. } => crate::css::escape_string(s, out),
        Escape::CssValue { .. } => crate::css::escape_value(s, out),
        Escape::CssUrl { .. } => {
            if crate::url::url_allowed(s, crate::url::UrlCheck::Media) {
                crate::css::escape_string(s, out);
            } else {
                out.push_str(crate::url::BLOCKED_URL);
            }
        }
        Escape::Url => {
            crate::url::percent_encode(s, false, false, out);
        }
        Escape::UrlComponent => {
            crate::url::percent_encode(s, true, false, out);
        }
        Escape::Srcdoc => {
            let mut once = String::with_capacity(s.len());
            escape_into(s, Escape::Html, &mut once);
            escape_into(&once, Escape::Html, out);
        }
        Escape::None | Escape::Html | Escape::Text | Escape::DoubleQuoted => {
            escape_into(s, mode, out)
        }
    }
}

impl Escape {
    /// Whether this is an escaping for HTML text or attributes (as opposed
    /// to JavaScript, CSS or URLs inside them).
    #[inline]
    pub fn is_markup(self) -> bool {
        matches!(
            self,
            Escape::None | Escape::Html | Escape::Text | Escape::DoubleQuoted
        )
    }
}

/// Whether `s` is at most 16 bytes long and holds none of `targets`:
/// from 4 bytes on, its first and last halves (overlapping) as words, with
/// no branch per byte.
#[inline(always)]
fn short_and_clean<const N: usize>(s: &str, targets: &[u8; N]) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes")) as u64;
    let (first, second) = match n {
        0..=3 => return !b.iter().any(|&c| is_target(c, targets)),
        4..=7 => (half(0) | half(n - 4) << 32, 0),
        8..=16 => (word(0), word(n - 8)),
        _ => return false,
    };
    let mut mask = 0;
    for &t in targets {
        mask |= bytes_equal(first, t) | bytes_equal(second, t);
    }
    // A zero `second` (short text) matches no target: none is NUL.
    mask == 0
}

#[inline(never)]
fn escape_html_into(s: &str, out: &mut String) {
    escape_with(s, out, HTML_TARGETS, false);
}

#[inline(never)]
fn escape_text_into(s: &str, out: &mut String) {
    escape_with(s, out, TEXT_TARGETS, true);
}

#[inline(never)]
fn escape_double_quoted_into(s: &str, out: &mut String) {
    escape_with(s, out, DOUBLE_QUOTED_TARGETS, true);
}

/// The bytes haml escapes.
const HTML_TARGETS: &[u8; 5] = b"&<>\"'";
/// The bytes that may need escaping in text.
const TEXT_TARGETS: &[u8; 2] = b"&<";
/// The bytes that may need escaping in a `"`-quoted attribute value.
const DOUBLE_QUOTED_TARGETS: &[u8; 2] = b"&\"";

/// Escapes the `targets` bytes of `s` into `out`; `minimal` keeps those
/// that read as themselves (see [`harmless`]).
///
/// Eight bytes at a time: an exact mask of the special bytes of a word
/// (SWAR: a `u64` and bit tricks, no `unsafe`), each handled in turn. Where
/// no special byte came for a while, the rest is searched with `memchr`
/// first.
#[inline(always)]
fn escape_with<const N: usize>(s: &str, out: &mut String, targets: &[u8; N], minimal: bool) {
    let bytes = s.as_bytes();
    #[cfg(target_arch = "x86_64")]
    {
        if bytes.len() >= 2 * LONG {
            return escape_blocks::<N, true>(s, out, targets, minimal);
        } else if bytes.len() >= 16 {
            return escape_blocks::<N, false>(s, out, targets, minimal);
        }
    }
    // Only text long enough to hold a long quiet stretch keeps count of
    // them (the count costs short values a fifth of their time).
    if bytes.len() >= 2 * LONG {
        escape_words::<N, true>(s, out, targets, minimal);
    } else {
        escape_words::<N, false>(s, out, targets, minimal);
    }
}

/// [`escape_with`] past its first check, eight bytes at a time; `SKIP`:
/// long quiet stretches go to `memchr`.
#[inline(always)]
fn escape_words<const N: usize, const SKIP: bool>(
    s: &str,
    out: &mut String,
    targets: &[u8; N],
    minimal: bool,
) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut quiet = 0;
    while i + 8 <= bytes.len() {
        if SKIP && quiet >= 4 && bytes.len() - i >= LONG {
            // A long stretch without special bytes: jump to the next one.
            match find_long(&bytes[i..], targets) {
                Some(p) => i += p,
                None => {
                    // No special byte in the rest.
                    i = bytes.len();
                    break;
                }
            }
            quiet = 0;
            if i + 8 > bytes.len() {
                break;
            }
        }
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(chunk);
        let mut mask = 0;
        for &t in targets {
            mask |= bytes_equal(word, t);
        }
        if mask == 0 {
            if SKIP {
                quiet += 1;
            }
        } else {
            quiet = 0;
            if !minimal && mask.count_ones() >= 2 {
                // Dense text (markup, quotes): byte by byte while it stays
                // dense, from the first special byte (a character
                // boundary).
                let at = i + (mask.trailing_zeros() / 8) as usize;
                out.push_str(&s[start..at]);
                i = at + escape_dense(&s[at..], out);
                start = i;
                continue;
            }
        }
        while mask != 0 {
            let at = i + (mask.trailing_zeros() / 8) as usize;
            mask &= mask - 1;
            escape_at(s, out, at, &mut start, minimal);
        }
        i += 8;
    }
    if i < bytes.len() && bytes.len() >= 8 {
        // The last bytes: the last eight as one word, less those seen.
        let last = bytes.len() - 8;
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[last..]);
        let word = u64::from_le_bytes(chunk);
        let mut mask = 0;
        for &t in targets {
            mask |= bytes_equal(word, t);
        }
        mask &= u64::MAX << (8 * (i - last));
        while mask != 0 {
            let at = last + (mask.trailing_zeros() / 8) as usize;
            mask &= mask - 1;
            escape_at(s, out, at, &mut start, minimal);
        }
    } else {
        while i < bytes.len() {
            if is_target(bytes[i], targets) {
                escape_at(s, out, i, &mut start, minimal);
            }
            i += 1;
        }
    }
    out.push_str(&s[start..]);
}

/// [`escape_words`] sixteen bytes at a time (SSE2), for text of 16 bytes or
/// more. (The same loop as `escape_words`, kept apart on purpose: one
/// function generic over the search measured 9% slower on the `page`
/// workload, 2.79 -> 3.06 µs, and 8% on dense text.)
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn escape_blocks<const N: usize, const SKIP: bool>(
    s: &str,
    out: &mut String,
    targets: &[u8; N],
    minimal: bool,
) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut quiet = 0;
    while i + 16 <= bytes.len() {
        if SKIP && quiet >= 2 && bytes.len() - i >= LONG {
            // A long stretch without special bytes: jump to the next one.
            match find_long(&bytes[i..], targets) {
                Some(p) => i += p,
                None => {
                    i = bytes.len();
                    break;
                }
            }
            quiet = 0;
            if i + 16 > bytes.len() {
                break;
            }
        }
        let mut mask = crate::simd::special_bytes(&bytes[i..i + 16], targets);
        if SKIP {
            quiet = if mask == 0 { quiet + 1 } else { 0 };
        }
        if mask != 0 && !minimal && mask.count_ones() >= 3 {
            let at = i + mask.trailing_zeros() as usize;
            out.push_str(&s[start..at]);
            i = at + escape_dense(&s[at..], out);
            start = i;
            continue;
        }
        while mask != 0 {
            let at = i + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            escape_at(s, out, at, &mut start, minimal);
        }
        i += 16;
    }
    if i < bytes.len() {
        // The last bytes: the last sixteen as one block, less those seen
        // (the text is 16 bytes or more, see `escape_with`).
        let last = bytes.len() - 16;
        let mut mask =
            crate::simd::special_bytes(&bytes[last..], targets) & (u32::MAX << (i - last));
        while mask != 0 {
            let at = last + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            escape_at(s, out, at, &mut start, minimal);
        }
    }
    out.push_str(&s[start..]);
}

/// Escapes dense text as haml does, and returns how many bytes of `s` it
/// took: each byte is looked up and written as one 8-byte word (itself, or
/// its entity padded), without a branch per byte, into a stack buffer
/// appended per 64 bytes of input; it stops after a chunk with fewer than
/// eight special bytes, where handling each on its own is faster again. On
/// text where a quarter of the bytes are special this takes half the time.
fn escape_dense(s: &str, out: &mut String) -> usize {
    const CHUNK: usize = 64;
    let mut buf = [0u8; CHUNK * 6 + 8];
    let mut taken = 0;
    while taken < s.len() {
        let rest = &s[taken..];
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let chunk = &rest[..cut];
        let mut n = 0;
        let mut special = 0;
        for &b in chunk.as_bytes() {
            buf[n..n + 8].copy_from_slice(&DENSE_WORDS[b as usize].to_le_bytes());
            let len = DENSE_LENGTHS[b as usize] as usize;
            n += len;
            special += (len > 1) as usize;
        }
        // `buf` is `chunk` (whole characters) with ASCII bytes replaced by
        // ASCII entities: valid UTF-8, so the check always passes.
        match std::str::from_utf8(&buf[..n]) {
            Ok(text) => out.push_str(text),
            Err(_) => {
                let mut start = 0;
                for (at, b) in chunk.bytes().enumerate() {
                    if is_target(b, HTML_TARGETS) {
                        escape_at(chunk, out, at, &mut start, false);
                    }
                }
                out.push_str(&chunk[start..]);
            }
        }
        taken += cut;
        if special < 8 {
            break;
        }
    }
    taken
}

/// For each byte, the little-endian word [`escape_dense`] writes: the byte
/// itself, or its entity.
static DENSE_WORDS: [u64; 256] = dense_table().0;
/// For each byte, how many bytes of its word count.
static DENSE_LENGTHS: [u8; 256] = dense_table().1;

const fn dense_table() -> ([u64; 256], [u8; 256]) {
    let mut words = [0u64; 256];
    let mut lengths = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        words[b] = b as u64;
        b += 1;
    }
    let entities: [(u8, &[u8]); 5] = [
        (b'&', b"&amp;"),
        (b'<', b"&lt;"),
        (b'>', b"&gt;"),
        (b'"', b"&quot;"),
        (b'\'', b"&#39;"),
    ];
    let mut e = 0;
    while e < entities.len() {
        let (byte, entity) = entities[e];
        let mut word = 0u64;
        let mut i = 0;
        while i < entity.len() {
            word |= (entity[i] as u64) << (8 * i);
            i += 1;
        }
        words[byte as usize] = word;
        lengths[byte as usize] = entity.len() as u8;
        e += 1;
    }
    (words, lengths)
}

/// Writes what comes before the special byte at `at` and its entity,
/// unless it reads as itself.
#[inline(always)]
fn escape_at(s: &str, out: &mut String, at: usize, start: &mut usize, minimal: bool) {
    let bytes = s.as_bytes();
    let b = bytes[at];
    if minimal && harmless(b, bytes.get(at + 1).copied()) {
        return;
    }
    // Special bytes are ASCII, so `start..at` and `at + 1` lie on
    // character boundaries.
    push_run(out, &s[*start..at]);
    // Literal entities: copies of known length, no call.
    match b {
        b'&' => out.push_str("&amp;"),
        b'<' => out.push_str("&lt;"),
        b'>' => out.push_str("&gt;"),
        // (The shorter reference where haml's bytes are not kept.)
        b'"' if minimal => out.push_str("&#34;"),
        b'"' => out.push_str("&quot;"),
        _ => out.push_str("&#39;"),
    }
    *start = at + 1;
}

/// Appends a run of text: short ones character by character (cheaper than
/// a copy of unknown length).
#[inline(always)]
fn push_run(out: &mut String, run: &str) {
    if run.len() <= 4 {
        run.chars().for_each(|c| out.push(c));
    } else {
        out.push_str(run);
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that equals `b`, exactly (no carry
/// crosses a byte).
#[inline(always)]
fn bytes_equal(word: u64, b: u8) -> u64 {
    const LOWS: u64 = !HIGHS;
    let x = word ^ (ONES * b as u64);
    !(((x & LOWS).wrapping_add(LOWS)) | x | LOWS)
}

/// From this many bytes on, `memchr` pays for its start-up.
const LONG: usize = 64;

/// The first byte of `targets` in `bytes`, with `memchr` (SIMD, with the
/// widest instructions of the CPU, chosen at run time).
#[inline(never)]
fn find_long<const N: usize>(bytes: &[u8], targets: &[u8; N]) -> Option<usize> {
    match targets.as_slice() {
        [a, b] => memchr::memchr2(*a, *b, bytes),
        [a, b, c, rest @ ..] => {
            let first = memchr::memchr3(*a, *b, *c, bytes);
            // Search the rest only where the first search did not stop.
            let limit = first.unwrap_or(bytes.len());
            let second = match rest {
                [d, e] => memchr::memchr2(*d, *e, &bytes[..limit]),
                [d] => memchr::memchr(*d, &bytes[..limit]),
                _ => None,
            };
            second.or(first)
        }
        _ => bytes.iter().position(|&b| is_target(b, targets)),
    }
}

/// Whether `b` is one of `targets` (unrolled: `N` is known at each call).
#[inline(always)]
fn is_target<const N: usize>(b: u8, targets: &[u8; N]) -> bool {
    let mut i = 0;
    while i < N {
        if b == targets[i] {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether `&` or `<` before `next` reads as the character itself in text
/// (where `next` is all the escaper looks at).
#[inline]
fn harmless(b: u8, next: Option<u8>) -> bool {
    match (b, next) {
        (b'&', next) => !crate::references::may_start_reference(next),
        (b'<', Some(n)) => !crate::elements::may_start_tag(n),
        _ => false,
    }
}

/// `s` with the five HTML-special characters escaped, as haml does
/// ([`Escape::Html`]).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(s, Escape::Html, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape(s: &str) -> String {
        escape_html(s)
    }

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
            escape_into(r#"<a href="x">&'"#, mode, &mut out);
            out
        };
        assert_eq!(with(Escape::Text), "&lt;a href=\"x\">&'");
        assert_eq!(with(Escape::DoubleQuoted), "<a href=&#34;x&#34;>&'");
        assert_eq!(with(Escape::None), r#"<a href="x">&'"#);
        let text = |s| {
            let mut out = String::new();
            escape_into(s, Escape::Text, &mut out);
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

    /// Text and attribute values of every length up to past two 64-byte
    /// stretches, special bytes everywhere (at the ends of 8- and 16-byte
    /// blocks too), against a byte-by-byte escaper.
    #[test]
    fn minified_places_agree_with_a_byte_loop() {
        fn by_bytes(s: &str, targets: &[u8]) -> String {
            let mut out = String::new();
            let bytes = s.as_bytes();
            for (i, c) in s.char_indices() {
                let b = bytes[i];
                if c.is_ascii() && targets.contains(&b) && !harmless(b, bytes.get(i + 1).copied()) {
                    out.push_str(match b {
                        b'&' => "&amp;",
                        b'<' => "&lt;",
                        _ => "&#34;",
                    });
                } else {
                    out.push(c);
                }
            }
            out
        }
        let pieces = [
            "a", "&", "<", "\"", "&x", "<b", "é", " ", "'", ">", "&#", "<!",
        ];
        for len in 0..200 {
            for shift in [0, 5, 11] {
                let s: String = (0..len)
                    .map(|k| {
                        if (k * 13 + shift) % 17 < 3 {
                            pieces[(k + shift) % pieces.len()]
                        } else {
                            "x"
                        }
                    })
                    .collect();
                for (mode, targets) in [(Escape::Text, b"&<"), (Escape::DoubleQuoted, b"&\"")] {
                    let mut out = String::new();
                    escape_into(&s, mode, &mut out);
                    assert_eq!(out, by_bytes(&s, targets), "{mode:?} {s:?}");
                }
            }
        }
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
        // Dense text (two special bytes in a word) goes byte by byte, in
        // chunks cut at character boundaries.
        for len in 0..200 {
            let s: String = (0..len)
                .map(|i| ['<', 'é', '"', 'x', '&', '\u{3c00}', '\'', '>'][i * 7 % 8])
                .collect();
            let expected = s
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;");
            assert_eq!(escape(&s), expected, "{s:?}");
            let shifted = format!("plain text first {s}");
            assert_eq!(escape(&shifted), format!("plain text first {expected}"));
            // Dense, then sparse, then dense again.
            let mixed = format!("{s}{}{s}é{s}", "plain ".repeat(len % 30));
            assert_eq!(
                escape(&mixed),
                format!(
                    "{expected}{}{expected}é{expected}",
                    "plain ".repeat(len % 30)
                )
            );
        }
        assert_eq!(escape("\u{100}\u{3c00}<"), "\u{100}\u{3c00}&lt;");
    }
}
