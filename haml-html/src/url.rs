//! URLs in attribute values: which ones a page may hold, read as the
//! browser's URL parser reads them, and percent-encoding.

use crate::references::{decode_for_url_check, literal_ampersand_in_attribute};

/// What a URL check puts in place of a URL it refuses: it goes nowhere and
/// runs nothing, and its fragment says who put it there.
pub const BLOCKED_URL: &str = "about:invalid#haml-blocked";

/// Which rule a URL attribute's finished value is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlCheck {
    /// No check (ordinary attributes).
    None,
    /// A link or a resource that can hold code (`a href`, `iframe src`,
    /// `script src`, `form action`, `object data`, ...): relative URLs and
    /// `http`, `https`, `mailto`, `tel`, `sms`, `geo`.
    Link,
    /// A picture or a sound (`img src`, `video poster`, `source src`,
    /// SVG `image href`): as [`UrlCheck::Link`], and `data:` URLs of image,
    /// audio and video types.
    Media,
    /// `srcset`: each candidate's URL as [`UrlCheck::Media`].
    Srcset,
    /// `<meta http-equiv=refresh content="5; url=...">`: the URL after
    /// `url=` as [`UrlCheck::Link`].
    Refresh,
    /// SVG `<animate>` / `<set>` `values`, `to`, `from`, `by`, which may set
    /// an `href`: each `;`-separated item as [`UrlCheck::Link`].
    List,
}

/// The schemes every URL check lets through.
pub fn always_allowed(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "mailto" | "tel" | "sms" | "geo")
}

/// The scheme at the start of `url` as the URL parser reads it (leading
/// and trailing spaces and control characters dropped, tabs and line breaks
/// removed anywhere, lowercased): `Some((length, rest))` with the first
/// bytes of the lowercased scheme in `name` (a longer scheme keeps its
/// length) and the text after its `:`, or `None` for a relative URL.
fn read_scheme<'a>(url: &'a str, name: &mut [u8]) -> Option<(usize, &'a str)> {
    // Most URLs in pages are paths.
    if url.starts_with('/') {
        return None;
    }
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let mut len = 0;
    for (i, b) in trimmed.bytes().enumerate() {
        match b {
            b'\t' | b'\n' | b'\r' => continue,
            b':' if len > 0 => return Some((len, &trimmed[i + 1..])),
            b if b.is_ascii_alphabetic()
                || (len > 0 && (b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))) =>
            {
                if let Some(slot) = name.get_mut(len) {
                    *slot = b.to_ascii_lowercase();
                }
                len += 1;
            }
            // Anything else before a `:` (or a digit first): no scheme, a
            // relative URL.
            _ => return None,
        }
    }
    None
}

/// The scheme of `url`, lowercased, as the URL parser reads it (see
/// [`url_allowed`]); `None` for a relative URL.
pub fn scheme(url: &str) -> Option<String> {
    let mut name = [0u8; 32];
    let (len, _) = read_scheme(url, &mut name)?;
    if len > name.len() {
        let mut long = vec![0u8; len];
        read_scheme(url, &mut long);
        return Some(String::from_utf8_lossy(&long).into_owned());
    }
    Some(String::from_utf8_lossy(&name[..len]).into_owned())
}

/// Whether the browser reads `url` (as the attribute holds it, references
/// decoded) as a relative URL or one of the allowed schemes. The scheme is
/// read the way the URL parser reads it: leading and trailing spaces and
/// control characters dropped, tabs and line breaks removed anywhere, case
/// ignored.
pub fn url_allowed(url: &str, check: UrlCheck) -> bool {
    // No allowed scheme is longer than this.
    let mut name = [0u8; 8];
    let Some((len, rest)) = read_scheme(url, &mut name) else {
        return true;
    };
    if len > name.len() {
        return false;
    }
    let scheme = std::str::from_utf8(&name[..len]).unwrap_or("");
    if always_allowed(scheme) {
        return true;
    }
    if scheme == "data" && check == UrlCheck::Media {
        let media: String = rest
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .take(6)
            .collect::<String>()
            .to_ascii_lowercase();
        return media.starts_with("image/")
            || media.starts_with("audio/")
            || media.starts_with("video/");
    }
    false
}

/// Whether an attribute value as written (escaped for the attribute) passes
/// `check`, its character references decoded first as the browser does.
pub fn value_allowed(written: &str, check: UrlCheck) -> bool {
    if check == UrlCheck::None {
        return true;
    }
    let decoded;
    let value = if written.contains('&') {
        decoded = decode_for_url_check(written);
        decoded.as_str()
    } else {
        written
    };
    match check {
        UrlCheck::None => true,
        UrlCheck::Link | UrlCheck::Media => url_allowed(value, check),
        UrlCheck::Srcset => srcset_allowed(value),
        UrlCheck::Refresh => refresh_allowed(value),
        UrlCheck::List => value.split(';').all(|v| url_allowed(v, UrlCheck::Link)),
    }
}

/// Each candidate of a `srcset` (`url [descriptor], ...`).
fn srcset_allowed(value: &str) -> bool {
    // The candidates' URLs are the runs that follow the start or a comma
    // after a descriptor; reading every whitespace-separated token that is
    // not a descriptor as a URL is stricter and enough.
    value
        .split(|c: char| c.is_ascii_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .filter(|t| !is_descriptor(t))
        .all(|t| url_allowed(t, UrlCheck::Media))
}

fn is_descriptor(token: &str) -> bool {
    let digits = token.trim_end_matches(['w', 'x', 'h']);
    digits.len() < token.len()
        && !digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
}

/// `5; url=https://...`, `0;URL='...'`: the URL part.
fn refresh_allowed(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let Some(at) = lower.find("url") else {
        // No `url=`: the content may still be `5; javascript:...` (which
        // browsers read as the URL): check what follows the delay.
        let after = value
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c <= ' ')
            .trim_start_matches([';', ','])
            .trim_start();
        return after.is_empty() || url_allowed(after, UrlCheck::Link);
    };
    let url = value[at + 3..]
        .trim_start()
        .trim_start_matches('=')
        .trim_start()
        .trim_matches(['\'', '"']);
    url_allowed(url, UrlCheck::Link) && refresh_allowed(&value[..at])
}

/// What [`percent_encode`] does with each byte.
const KEEP: u8 = 0;
/// Kept, but an unquoted attribute value can't hold it (`'`, `=`).
const KEEP_QUOTED: u8 = 1;
/// `&`: `&amp;` (in a query or fragment value, `%26`).
const AMPERSAND: u8 = 2;
/// Percent-encoded.
const ENCODE: u8 = 3;

/// The bytes kept are letters, digits, `-._~` and (but in a query or
/// fragment value) the reserved characters and `%`.
const fn url_table(component: bool) -> [u8; 256] {
    let mut t = [ENCODE; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let keep = c.is_ascii_alphanumeric()
            || matches!(c, b'-' | b'.' | b'_' | b'~')
            || (!component
                && matches!(
                    c,
                    b'!' | b'#'
                        | b'$'
                        | b'\''
                        | b'('
                        | b')'
                        | b'*'
                        | b'+'
                        | b','
                        | b'/'
                        | b':'
                        | b';'
                        | b'='
                        | b'?'
                        | b'@'
                        | b'['
                        | b']'
                        | b'%'
                ));
        t[b] = if keep && matches!(c, b'\'' | b'=') {
            KEEP_QUOTED
        } else if keep {
            KEEP
        } else if c == b'&' && !component {
            AMPERSAND
        } else {
            ENCODE
        };
        b += 1;
    }
    t
}

static URL_TABLE: [u8; 256] = url_table(false);

static COMPONENT_TABLE: [u8; 256] = url_table(true);

/// Whether `s` holds a `'` or `=`: whether [`percent_encode`] of it returns
/// `true` (it keeps both and writes neither for another byte).
#[inline]
pub fn holds_quote_bytes(s: &str) -> bool {
    memchr::memchr2(b'=', b'\'', s.as_bytes()).is_some()
}

/// How much of a whole URL [`percent_encode`] (not `component`) writes as
/// it is: the length of that prefix, and whether it holds a `'` or `=`
/// (what `percent_encode` returns). When the prefix is all of `s`, the URL
/// is written unchanged, the common case: one pass, 16 bytes at a time with
/// SSE2 (the last block overlapping the one before), then one copy.
#[inline]
pub fn unchanged_prefix(s: &str, bare_ampersands: bool) -> (usize, bool) {
    let bytes = s.as_bytes();
    let mut quoted = false;
    // Whether the byte at `at` is written as it is.
    let mut kept = |at: usize| -> bool {
        match URL_TABLE[bytes[at] as usize] {
            KEEP => true,
            KEEP_QUOTED => {
                quoted = true;
                true
            }
            AMPERSAND => bare_ampersands && literal_ampersand_in_attribute(&bytes[at + 1..]),
            _ => false,
        }
    };
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        let mut i = 0;
        loop {
            // The last block overlaps the one before; its bytes seen
            // already are looked at again, which changes nothing.
            let at = i.min(bytes.len() - 16);
            let mut mask = crate::simd::url_bytes_to_look_at(&bytes[at..at + 16]);
            while mask != 0 {
                let byte = at + mask.trailing_zeros() as usize;
                if !kept(byte) {
                    return (byte, quoted);
                }
                mask &= mask - 1;
            }
            i = at + 16;
            if i == bytes.len() {
                return (i, quoted);
            }
        }
    }
    for at in 0..bytes.len() {
        if !kept(at) {
            return (at, quoted);
        }
    }
    (bytes.len(), quoted)
}

/// A URL, or a part of one: percent-encoded where a URL can't hold the
/// byte as it is (`component`: all but letters, digits and `-._~`, for a
/// query or fragment value), and `&` written `&amp;` (but where it reads
/// as itself with `bare_ampersands`: a whole value in an HTML attribute, not
/// XHTML's, where XML wants every `&` referenced). Returns whether the
/// result holds a `'` or `=` (which an unquoted attribute value can't).
pub fn percent_encode(s: &str, component: bool, bare_ampersands: bool, out: &mut String) -> bool {
    // A whole URL: the prefix written as it is is copied with the first
    // run of kept bytes.
    let prefix = if component {
        (0, false)
    } else {
        unchanged_prefix(s, bare_ampersands)
    };
    encode_from(s, component, bare_ampersands, prefix, out)
}

/// [`percent_encode`] of a whole URL (not `component`) whose
/// [`unchanged_prefix`] is known: it is not looked for again.
pub fn percent_encode_after(
    s: &str,
    bare_ampersands: bool,
    prefix: (usize, bool),
    out: &mut String,
) -> bool {
    encode_from(s, false, bare_ampersands, prefix, out)
}

/// [`percent_encode`] from the end of `prefix`: its length and whether it
/// holds a `'` or `=`.
fn encode_from(
    s: &str,
    component: bool,
    bare_ampersands: bool,
    (mut i, quoted): (usize, bool),
    out: &mut String,
) -> bool {
    let table = if component {
        &COMPONENT_TABLE
    } else {
        &URL_TABLE
    };
    if i == s.len() {
        out.push_str(s);
        return quoted;
    }
    let bytes = s.as_bytes();
    let mut run = Run {
        s,
        out,
        start: 0,
        quoted,
        bare_ampersands,
    };
    // A whole URL, 16 bytes at a time where SSE2 can tell: each byte the
    // table does not keep is handled from the block's mask, so the search
    // goes on after the `?`, `=` and `&` of a query.
    #[cfg(target_arch = "x86_64")]
    if !component {
        while i + 16 <= bytes.len() {
            let mut mask = crate::simd::url_bytes_to_look_at(&bytes[i..i + 16]);
            while mask != 0 {
                let at = i + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                run.byte(at, table[bytes[at] as usize]);
            }
            i += 16;
        }
    }
    while i < bytes.len() {
        let class = table[bytes[i] as usize];
        if class != KEEP {
            run.byte(i, class);
        }
        i += 1;
    }
    run.finish()
}

/// The state of [`percent_encode`]: the bytes from `start` are still to be
/// copied as they are.
struct Run<'a> {
    s: &'a str,
    out: &'a mut String,
    start: usize,
    quoted: bool,
    bare_ampersands: bool,
}

impl Run<'_> {
    /// The byte at `at`, of table class `class` (not [`KEEP`]).
    #[inline(always)]
    fn byte(&mut self, at: usize, class: u8) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let bytes = self.s.as_bytes();
        if class == KEEP_QUOTED {
            self.quoted = true;
            return;
        }
        if class == AMPERSAND
            && self.bare_ampersands
            && literal_ampersand_in_attribute(&bytes[at + 1..])
        {
            return;
        }
        // Kept bytes are ASCII, so a run `start..at` lies on character
        // boundaries (the bytes of a UTF-8 sequence are encoded one by one).
        if self.start < at {
            self.out.push_str(&self.s[self.start..at]);
        }
        let b = bytes[at];
        if class == AMPERSAND {
            self.out.push_str("&amp;");
        } else {
            self.out.push('%');
            self.out.push(HEX[(b >> 4) as usize] as char);
            self.out.push(HEX[(b & 15) as usize] as char);
        }
        self.start = at + 1;
    }

    /// Copies the rest; whether the result holds a `'` or `=`.
    fn finish(self) -> bool {
        if self.start == 0 {
            self.out.push_str(self.s);
        } else if self.start < self.s.len() {
            self.out.push_str(&self.s[self.start..]);
        }
        self.quoted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SSE2 search stops at exactly the bytes the table does not keep.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_simd_search_stops_where_the_table_does() {
        // The printable ASCII bytes the table does not keep as they are.
        const URL_LOOK_AT: [u8; 12] = *b"\"&'<=>\\^`{|}";
        for b in 0..=255u8 {
            let stops = !(0x21..=0x7e).contains(&b) || URL_LOOK_AT.contains(&b);
            assert_eq!(stops, URL_TABLE[b as usize] != KEEP, "byte {b:#x}");
            let mut block = *b"/a/path/segment-";
            for at in [0, 7, 15] {
                block[at] = b;
                let mask = crate::simd::url_bytes_to_look_at(&block);
                assert_eq!(mask & (1 << at) != 0, stops, "byte {b:#x} at {at}");
                block[at] = b'x';
            }
        }
    }

    /// `percent_encode` writes what a plain loop over the table writes, on
    /// URLs long enough for the 16-byte search, with the bytes it looks at
    /// at every position.
    #[test]
    fn percent_encoding_equals_a_plain_loop() {
        fn plain(s: &str, component: bool, bare_ampersands: bool) -> (String, bool) {
            let table = if component {
                &COMPONENT_TABLE
            } else {
                &URL_TABLE
            };
            let mut out = String::new();
            let mut quoted = false;
            let bytes = s.as_bytes();
            for (i, &b) in bytes.iter().enumerate() {
                match table[b as usize] {
                    KEEP => out.push(b as char),
                    KEEP_QUOTED => {
                        quoted = true;
                        out.push(b as char);
                    }
                    AMPERSAND
                        if bare_ampersands && literal_ampersand_in_attribute(&bytes[i + 1..]) =>
                    {
                        out.push('&')
                    }
                    AMPERSAND => out.push_str("&amp;"),
                    _ => out.push_str(&format!("%{b:02X}")),
                }
            }
            (out, quoted)
        }
        let base = "https://example.com/a/long/path/to/a/page";
        let inserts = [
            "", " ", "\"", "&", "&amp;", "'", "<", "=", ">", "\\", "^", "`", "{", "|", "}",
            "\u{7f}", "\u{1}", "é", "日本", "?q=1&r=2", "%20",
        ];
        for insert in inserts {
            for at in 0..=base.len() {
                let url = format!("{}{insert}{}", &base[..at], &base[at..]);
                for bare in [false, true] {
                    let mut out = String::new();
                    let quoted = percent_encode(&url, false, bare, &mut out);
                    assert_eq!(quoted, holds_quote_bytes(&url), "{url:?}");
                    let (plain_out, plain_quoted) = plain(&url, false, bare);
                    let (prefix, prefix_quoted) = unchanged_prefix(&url, bare);
                    if plain_out == url {
                        assert_eq!(
                            (prefix, prefix_quoted),
                            (url.len(), plain_quoted),
                            "{url:?}"
                        );
                    } else {
                        // The prefix is written as it is, and the byte after
                        // it is not.
                        let mut out = String::new();
                        percent_encode(&url[..prefix], false, bare, &mut out);
                        assert_eq!(out, url[..prefix], "{url:?}");
                        assert!(prefix < url.len(), "{url:?}");
                        assert!(plain_out.starts_with(&url[..prefix]), "{url:?}");
                        assert_eq!(
                            prefix_quoted,
                            url[..prefix].contains(['\'', '=']),
                            "{url:?}"
                        );
                    }
                    assert_eq!((out.clone(), quoted), plain(&url, false, bare), "{url:?}");
                    let mut after = String::new();
                    let prefix = unchanged_prefix(&url, bare);
                    let after_quoted = percent_encode_after(&url, bare, prefix, &mut after);
                    assert_eq!((after, after_quoted), (out, quoted), "{url:?}");
                    let mut out = String::new();
                    let quoted = percent_encode(&url, true, bare, &mut out);
                    assert_eq!((out, quoted), plain(&url, true, bare), "{url:?}");
                }
            }
        }
    }

    #[test]
    fn schemes_are_read_like_a_browser() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "jar:x",
            "livescript:x",
            "verylongscheme:x",
        ] {
            assert!(!url_allowed(bad, UrlCheck::Link), "{bad:?}");
        }
        for good in [
            "https://example.com/a:b",
            "http://x",
            "mailto:a@b",
            "tel:+1",
            "sms:+15551234",
            "geo:47.1,8.5",
            "/path:colon",
            "./java:script",
            "?q=javascript:x",
            "#javascript:x",
            "relative/javascript:x",
            "1javascript:x",
            "verylongname/x:y",
            "",
        ] {
            assert!(url_allowed(good, UrlCheck::Link), "{good:?}");
        }
        assert!(url_allowed("data:image/png;base64,x", UrlCheck::Media));
        assert!(!url_allowed("data:image/png;base64,x", UrlCheck::Link));
        assert!(!url_allowed("data:text/html;base64,x", UrlCheck::Media));
        assert_eq!(
            scheme(" \u{1}Java\tScript:x").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("a b:x"), None);
        assert_eq!(scheme("1a:x"), None);
        assert_eq!(scheme("/a:x"), None);
        assert_eq!(
            scheme("averyveryverylongschemenamethatgoesonandon:x").as_deref(),
            Some("averyveryverylongschemenamethatgoesonandon")
        );
    }

    #[test]
    fn checks_decode_references_first() {
        for bad in [
            "javascript&colon;alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A&#x61;vascript:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "jav&Tab;ascript:alert(1)",
            "javascript&#58;alert(1)",
            "&#0000106avascript:alert(1)",
        ] {
            assert!(!value_allowed(bad, UrlCheck::Link), "{bad}");
        }
        assert!(value_allowed("/a?b=1&amp;c=2", UrlCheck::Link));
        assert!(value_allowed("java&unknown;script:x", UrlCheck::Link));
    }

    #[test]
    fn srcset_refresh_and_lists() {
        assert!(value_allowed("/a.png 1x, /b.png 2x", UrlCheck::Srcset));
        assert!(!value_allowed(
            "/a.png 1x, javascript:x 2x",
            UrlCheck::Srcset
        ));
        assert!(value_allowed("5; url=/next", UrlCheck::Refresh));
        assert!(!value_allowed(
            "0;URL='javascript:alert(1)'",
            UrlCheck::Refresh
        ));
        assert!(!value_allowed("0; javascript:alert(1)", UrlCheck::Refresh));
        assert!(value_allowed("/a;/b", UrlCheck::List));
        assert!(!value_allowed("/a;javascript:x", UrlCheck::List));
    }

    #[test]
    fn urls_are_percent_encoded() {
        let encode = |s: &str, component| {
            let mut out = String::new();
            percent_encode(s, component, false, &mut out);
            out
        };
        assert_eq!(
            encode("/a b/\"<x>\"?q=1&r=é", false),
            "/a%20b/%22%3Cx%3E%22?q=1&amp;r=%C3%A9"
        );
        assert_eq!(encode("a b&c=d/é", true), "a%20b%26c%3Dd%2F%C3%A9");
    }
}
