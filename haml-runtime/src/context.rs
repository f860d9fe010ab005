//! Contextual escaping: values in JavaScript, CSS and URLs.
//!
//! The macro knows at compile time where each hole stands: in text, in an
//! ordinary attribute, in a URL attribute (`href`, `src`, ...), in an event
//! handler (`onclick`) or a `<script>`, in a `style` attribute or a
//! `<style>`, in `srcdoc`. It picks the [`Escape`] for that place, and for
//! URL attributes a [`UrlCheck`] that runs on the finished value. This
//! module holds the escapers of those places; each one's output holds no
//! character that is special to HTML (`<`, `>`, `&`, quotes) except where
//! noted, so it is also safe inside an attribute value quoted either way.
//!
//! Values a programmer vouches for pass through their own context unescaped:
//! [`SafeUrl`], [`SafeJs`], [`SafeCss`] (and [`Raw`](crate::Raw) for HTML).

use std::fmt::{self, Write as _};

use crate::buffer::Buffer;
use crate::escape::Escape;
use crate::render::Render;

/// What a URL check puts in place of a URL it refuses: it goes nowhere and
/// runs nothing, and its fragment says who put it there.
pub const BLOCKED_URL: &str = "about:invalid#haml-blocked";

/// What replaces a CSS value that could break out of its place.
pub const BLOCKED_CSS: &str = "haml-blocked";

/// Which rule a URL attribute's finished value is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlCheck {
    /// No check (ordinary attributes).
    None,
    /// A link or a resource that can hold code (`a href`, `iframe src`,
    /// `script src`, `form action`, `object data`, ...): relative URLs and
    /// `http`, `https`, `mailto`, `tel`.
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

// ---------------------------------------------------------------- escapers

/// Appends `s` escaped for `mode`, for the modes of this module.
pub(crate) fn escape_in_context(s: &str, mode: Escape, out: &mut String) {
    match mode {
        Escape::JsString { .. } => js_string(s, out),
        Escape::JsValue { attribute } => {
            let quote = if attribute { "&#34;" } else { "\"" };
            out.push_str(quote);
            js_string(s, out);
            out.push_str(quote);
        }
        Escape::CssString { .. } => css_string(s, out),
        Escape::CssValue { .. } => css_value(s, out),
        Escape::CssUrl { .. } => {
            if url_allowed(s, UrlCheck::Media) {
                css_string(s, out);
            } else {
                out.push_str(BLOCKED_URL);
            }
        }
        Escape::Url => {
            url(s, false, false, out);
        }
        Escape::UrlComponent => {
            url(s, true, false, out);
        }
        Escape::Srcdoc => {
            let mut once = String::with_capacity(s.len());
            crate::escape::escape_into_with(s, Escape::Html, &mut once);
            crate::escape::escape_into_with(&once, Escape::Html, out);
        }
        Escape::None | Escape::Html | Escape::Text | Escape::DoubleQuoted => {
            crate::escape::escape_into_with(s, mode, out)
        }
    }
}

/// The content of a JavaScript string or template literal: quotes,
/// backticks, `$`, `\`, `/`, `<`, `>`, `&`, control characters and the
/// line separators U+2028 and U+2029 as escapes. A value cannot end the
/// literal, open a `${}`, or close the `<script>`.
pub(crate) fn js_string(s: &str, out: &mut String) {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let escaped: Option<&str> = match c {
            '\\' => Some("\\\\"),
            '\'' => Some("\\u0027"),
            '"' => Some("\\u0022"),
            '`' => Some("\\u0060"),
            '$' => Some("\\u0024"),
            '/' => Some("\\/"),
            '<' => Some("\\u003C"),
            '>' => Some("\\u003E"),
            '&' => Some("\\u0026"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{2028}' => Some("\\u2028"),
            '\u{2029}' => Some("\\u2029"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => None,
            _ => continue,
        };
        out.push_str(&s[start..i]);
        match escaped {
            Some(e) => out.push_str(e),
            None => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
        }
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
}

/// The content of a CSS string (or of `url(...)`): everything but letters,
/// digits, spaces and `-_.,#%!` as `\HEX ` escapes.
fn css_string(s: &str, out: &mut String) {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '_' | '.' | ',' | '#' | '%' | '!')
            || (!c.is_ascii() && !matches!(c, '\u{2028}' | '\u{2029}'))
        {
            continue;
        }
        out.push_str(&s[start..i]);
        let _ = write!(out, "\\{:X} ", c as u32);
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
}

/// A CSS value outside strings (`color: #{c}`): kept when it can only be a
/// value (letters, digits, spaces, `-_.,#%!`: lengths, colors, keywords,
/// lists of them), replaced by [`BLOCKED_CSS`] otherwise: no `;`, `{`,
/// `}`, `(`, `:`, `/`, `\`, quotes or `<`, so no new declaration, no rule,
/// no `url(...)` or `expression(...)`, no comment, no escape.
fn css_value(s: &str, out: &mut String) {
    let safe = s.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '_' | '.' | ',' | '#' | '%' | '!')
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
    });
    out.push_str(if safe { s } else { BLOCKED_CSS });
}

/// What a URL attribute does with each byte.
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

/// A URL, or a part of one: percent-encoded where a URL can't hold the
/// byte as it is (`component`: all but letters, digits and `-._~`, for a
/// query or fragment value), and `&` written `&amp;` (but where it reads
/// as itself with `bare_ampersands`: a whole value in an HTML attribute, not
/// XHTML's, where XML wants every `&` referenced). Returns whether the
/// result holds a `'` or `=` (which an unquoted attribute value can't).
pub(crate) fn url(s: &str, component: bool, bare_ampersands: bool, out: &mut String) -> bool {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let table = if component {
        &COMPONENT_TABLE
    } else {
        &URL_TABLE
    };
    let bytes = s.as_bytes();
    let mut quoted = false;
    let mut start = 0;
    let mut i = 0;
    loop {
        // The common case first: a run of bytes kept as they are.
        while i < bytes.len() && table[bytes[i] as usize] == KEEP {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let class = table[b as usize];
        if class == KEEP_QUOTED {
            quoted = true;
            i += 1;
            continue;
        }
        if class == AMPERSAND && bare_ampersands && literal_ampersand(&bytes[i + 1..]) {
            i += 1;
            continue;
        }
        // Kept bytes are ASCII, so a non-empty run `start..i` lies on
        // character boundaries (the bytes of a UTF-8 sequence are encoded
        // one by one).
        if start < i {
            out.push_str(&s[start..i]);
        }
        if class == AMPERSAND {
            out.push_str("&amp;");
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
        i += 1;
        start = i;
    }
    if start == 0 {
        out.push_str(s);
    } else if start < s.len() {
        out.push_str(&s[start..]);
    }
    quoted
}

/// Whether a `&` followed by `after` in an attribute value reads as itself:
/// before a byte that starts no character reference, and before letters
/// and digits that end in `=` (`?a=1&b=2`: in an attribute, HTML decodes
/// no reference there, for historical reasons). Not at the end, where what
/// follows is not known.
fn literal_ampersand(after: &[u8]) -> bool {
    let run = after
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    match after.get(run) {
        Some(b'=') => true,
        Some(b'#') => false,
        Some(_) => run == 0,
        None => false,
    }
}

/// A string that is a URL attribute's whole value (minified, unquoted
/// unless needed): checked before it is written, since percent-encoding
/// and attribute escaping change nothing the check looks at (a character
/// they encode inside a scheme makes it no scheme at all), then written
/// in one pass, and quoted if it holds a `'` or `=`.
#[inline]
pub(crate) fn write_url_attribute(buffer: &mut Buffer, open: &str, check: UrlCheck, s: &str) {
    if s.is_empty() {
        // `open` is ` name=`: the bare name is the empty value.
        buffer.push_str(&open[..open.len() - 1]);
        return;
    }
    buffer.push_str(open);
    if !url_allowed(s, check) {
        buffer.push_str(BLOCKED_URL);
        return;
    }
    let start = buffer.len();
    if buffer.push_url(s) {
        buffer.insert_str(start, "\"");
        buffer.push('"');
    }
}

// ------------------------------------------------------------- URL checks

/// Checks the attribute value written from `start` (escaped for an
/// attribute) against `check`; a value that fails is replaced by
/// [`BLOCKED_URL`].
#[inline]
pub fn check_url_value(buffer: &mut Buffer, start: usize, check: UrlCheck) {
    if check == UrlCheck::None {
        return;
    }
    let written = &buffer.as_str()[start..];
    let decoded;
    let value = if written.contains('&') {
        decoded = decode_references(written);
        decoded.as_str()
    } else {
        written
    };
    let ok = match check {
        UrlCheck::None => true,
        UrlCheck::Link | UrlCheck::Media => url_allowed(value, check),
        UrlCheck::Srcset => srcset_allowed(value),
        UrlCheck::Refresh => refresh_allowed(value),
        UrlCheck::List => value.split(';').all(|v| url_allowed(v, UrlCheck::Link)),
    };
    if !ok {
        buffer.truncate(start);
        buffer.push_str(BLOCKED_URL);
    }
}

/// Whether the browser reads `url` (as the attribute holds it, references
/// decoded) as a relative URL or one of the allowed schemes. The scheme is
/// read the way the URL parser reads it: leading and trailing spaces and
/// control characters dropped, tabs and line breaks removed anywhere, case
/// ignored.
pub(crate) fn url_allowed(url: &str, check: UrlCheck) -> bool {
    // Most URLs in pages are paths.
    if url.starts_with('/') {
        return true;
    }
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    // The scheme, lowercased; no allowed scheme is longer than this.
    let mut scheme = [0u8; 8];
    let mut len = 0;
    let mut rest = None;
    for (i, b) in trimmed.bytes().enumerate() {
        match b {
            b'\t' | b'\n' | b'\r' => continue,
            b':' => {
                rest = Some(&trimmed[i + 1..]);
                break;
            }
            b if b.is_ascii_alphabetic()
                || (len > 0 && (b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))) =>
            {
                if len < scheme.len() {
                    scheme[len] = b.to_ascii_lowercase();
                }
                len += 1;
            }
            // Anything else before a `:` (or a digit first): no scheme, a
            // relative URL.
            _ => return true,
        }
    }
    let Some(rest) = rest else {
        return true;
    };
    if len == 0 {
        return true;
    }
    if len > scheme.len() {
        return false;
    }
    match &scheme[..len] {
        b"http" | b"https" | b"mailto" | b"tel" => true,
        b"data" if check == UrlCheck::Media => {
            let media: String = rest
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .take(6)
                .collect::<String>()
                .to_ascii_lowercase();
            media.starts_with("image/")
                || media.starts_with("audio/")
                || media.starts_with("video/")
        }
        _ => false,
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

/// The text of an attribute value as the browser reads it, as far as the
/// scheme of a URL goes: numeric character references and the named ones
/// for `:`, tab, line feed and the characters of the escapes in this crate
/// decoded. Other references stay as they are (`&` ends a scheme anyway).
fn decode_references(value: &str) -> String {
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

// ------------------------------------------------------------ safe values

/// A URL the programmer vouches for: written without the scheme check and
/// without percent-encoding in URL attributes (still escaped for the
/// attribute), as text elsewhere.
///
/// **Risk:** a `javascript:` URL in it runs when the link is followed. Use
/// it only for URLs your program built, never for user input. The check is
/// skipped only where the `SafeUrl` is the attribute's whole value
/// (`href: SafeUrl(u)`); in a value with other parts the finished value is
/// still checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SafeUrl<T>(pub T);

/// JavaScript the programmer vouches for: written as code where a value
/// would be a JSON literal (`%script= SafeJs(code)`, `onclick: SafeJs(...)`),
/// as text elsewhere. In a `<script>`, `</script` in it is still broken up;
/// in an attribute it is still escaped for the attribute.
///
/// **Risk:** it runs. Never build it from user input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SafeJs<T>(pub T);

/// CSS the programmer vouches for: written as it is in `style` attributes
/// and `<style>` (where other values are filtered), as text elsewhere. In a
/// `<style>`, `</style` in it is still broken up; in an attribute it is
/// still escaped for the attribute.
///
/// **Risk:** CSS can hide, move and overlay content, and load URLs. Never
/// build it from user input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SafeCss<T>(pub T);

macro_rules! display_through {
    ($($t:ident)*) => {$(
        impl<T: fmt::Display> fmt::Display for $t<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

display_through!(SafeUrl SafeJs SafeCss);

impl<T: fmt::Display> Render for SafeUrl<T> {
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        let escape = match escape {
            Escape::Url | Escape::UrlComponent => Escape::Html,
            Escape::CssUrl { .. } => Escape::CssString { attribute: false },
            other => other,
        };
        crate::render::display(&self.0, buffer, escape);
    }
}

impl<T: fmt::Display> Render for SafeJs<T> {
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        match escape {
            Escape::JsValue { attribute } | Escape::JsString { attribute } => {
                trusted(&self.0, buffer, attribute, "</script")
            }
            other => crate::render::display(&self.0, buffer, other),
        }
    }
}

impl<T: fmt::Display> Render for SafeCss<T> {
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        match escape {
            Escape::CssValue { attribute } | Escape::CssString { attribute } => {
                trusted(&self.0, buffer, attribute, "</style")
            }
            other => crate::render::display(&self.0, buffer, other),
        }
    }
}

/// Writes trusted code: escaped for the attribute it is in, or in a raw
/// text element with its closing tag broken up (`<\/script`).
fn trusted<T: fmt::Display + ?Sized>(value: &T, buffer: &mut Buffer, attribute: bool, end: &str) {
    let text = value.to_string();
    if attribute {
        buffer.push_with(&text, Escape::Html);
        return;
    }
    let lower = text.to_ascii_lowercase();
    let mut start = 0;
    for (at, _) in lower.match_indices(end) {
        buffer.push_str(&text[start..at + 1]);
        buffer.push('\\');
        start = at + 1;
    }
    buffer.push_str(&text[start..]);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with(s: &str, mode: Escape) -> String {
        let mut out = String::new();
        escape_in_context(s, mode, &mut out);
        out
    }

    #[test]
    fn javascript_strings_cannot_be_left() {
        let js = Escape::JsString { attribute: false };
        assert_eq!(
            with("a'b\"c`d${e}", js),
            "a\\u0027b\\u0022c\\u0060d\\u0024{e}"
        );
        assert_eq!(
            with("</script><!--", js),
            "\\u003C\\/script\\u003E\\u003C!--"
        );
        assert_eq!(
            with("\\\n\r\t\u{2028}\u{2029}\u{0}\u{7f}&", js),
            "\\\\\\n\\r\\t\\u2028\\u2029\\u0000\\u007F\\u0026"
        );
        assert_eq!(with("héllo wörld", js), "héllo wörld");
    }

    #[test]
    fn javascript_values_are_json_strings() {
        assert_eq!(
            with("x\"", Escape::JsValue { attribute: false }),
            "\"x\\u0022\""
        );
        assert_eq!(
            with("x", Escape::JsValue { attribute: true }),
            "&#34;x&#34;"
        );
    }

    #[test]
    fn css_strings_and_values() {
        let s = Escape::CssString { attribute: false };
        assert_eq!(
            with("a\"b'c\\d</style>", s),
            "a\\22 b\\27 c\\5C d\\3C \\2F style\\3E "
        );
        assert_eq!(with("x\ny", s), "x\\A y");
        let v = Escape::CssValue { attribute: false };
        for ok in [
            "red",
            "#fff",
            "10px",
            "1.5em",
            "50%",
            "sans-serif, serif",
            "bold !important",
        ] {
            assert_eq!(with(ok, v), ok);
        }
        for bad in [
            "red; background: url(x)",
            "expression(alert(1))",
            "url(javascript:alert(1))",
            "}</style><script>",
            "\\65xpression(1)",
            "/* x */",
            "\"x",
            "a:b",
        ] {
            assert_eq!(with(bad, v), BLOCKED_CSS, "{bad}");
        }
    }

    #[test]
    fn css_urls_are_checked() {
        let u = Escape::CssUrl { attribute: false };
        assert_eq!(with("/a b.png", u), "\\2F a b.png");
        assert_eq!(with("javascript:alert(1)", u), BLOCKED_URL);
        assert_eq!(
            with("data:image/png;base64,xx", u),
            "data\\3A image\\2F png\\3B base64,xx"
        );
    }

    #[test]
    fn urls_are_percent_encoded() {
        assert_eq!(
            with("/a b/\"<x>\"?q=1&r=é", Escape::Url),
            "/a%20b/%22%3Cx%3E%22?q=1&amp;r=%C3%A9"
        );
        assert_eq!(
            with("a b&c=d/é", Escape::UrlComponent),
            "a%20b%26c%3Dd%2F%C3%A9"
        );
    }

    #[test]
    fn srcdoc_is_a_document_in_an_attribute() {
        assert_eq!(with("<b>&", Escape::Srcdoc), "&amp;lt;b&amp;gt;&amp;amp;");
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
        ] {
            assert!(!url_allowed(bad, UrlCheck::Link), "{bad:?}");
        }
        for good in [
            "https://example.com/a:b",
            "http://x",
            "mailto:a@b",
            "tel:+1",
            "/path:colon",
            "./java:script",
            "?q=javascript:x",
            "#javascript:x",
            "relative/javascript:x",
            "1javascript:x",
            "",
        ] {
            assert!(url_allowed(good, UrlCheck::Link), "{good:?}");
        }
        assert!(url_allowed("data:image/png;base64,x", UrlCheck::Media));
        assert!(!url_allowed("data:image/png;base64,x", UrlCheck::Link));
        assert!(!url_allowed("data:text/html;base64,x", UrlCheck::Media));
    }

    fn checked(value: &str, check: UrlCheck) -> String {
        let mut b = Buffer::new();
        b.push_str(" href=");
        b.push_str(value);
        check_url_value(&mut b, 6, check);
        b.as_str()[6..].to_string()
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
            assert_eq!(checked(bad, UrlCheck::Link), BLOCKED_URL, "{bad}");
        }
        assert_eq!(checked("/a?b=1&amp;c=2", UrlCheck::Link), "/a?b=1&amp;c=2");
        assert_eq!(
            checked("java&unknown;script:x", UrlCheck::Link),
            "java&unknown;script:x"
        );
    }

    #[test]
    fn srcset_refresh_and_lists() {
        assert_eq!(
            checked("/a.png 1x, /b.png 2x", UrlCheck::Srcset),
            "/a.png 1x, /b.png 2x"
        );
        assert_eq!(
            checked("/a.png 1x, javascript:x 2x", UrlCheck::Srcset),
            BLOCKED_URL
        );
        assert_eq!(checked("5; url=/next", UrlCheck::Refresh), "5; url=/next");
        assert_eq!(
            checked("0;URL='javascript:alert(1)'", UrlCheck::Refresh),
            BLOCKED_URL
        );
        assert_eq!(
            checked("0; javascript:alert(1)", UrlCheck::Refresh),
            BLOCKED_URL
        );
        assert_eq!(checked("/a;/b", UrlCheck::List), "/a;/b");
        assert_eq!(checked("/a;javascript:x", UrlCheck::List), BLOCKED_URL);
    }

    #[test]
    fn whole_url_values_are_checked_then_written_once() {
        let write = |s: &str| {
            let mut b = Buffer::new();
            write_url_attribute(&mut b, " href=", UrlCheck::Link, s);
            b.into_string()
        };
        assert_eq!(write(""), " href");
        assert_eq!(write("/a?b=1&c=2"), " href=\"/a?b=1&c=2\"");
        // A whole value in an HTML attribute: `&` stays referenced where it
        // could start a reference, and at the end.
        assert_eq!(
            write("?a&amp;b&#1&copy x&& y&"),
            " href=?a&amp;amp;b&amp;#1&amp;copy%20x&&%20y&amp;"
        );
        assert_eq!(write("/a b'"), " href=\"/a%20b'\"");
        assert_eq!(write("/plain"), " href=/plain");
        assert_eq!(write("JAVASCRIPT:x"), " href=about:invalid#haml-blocked");
        assert_eq!(
            write("verylongscheme:x"),
            " href=about:invalid#haml-blocked"
        );
        assert_eq!(write("verylongname/x:y"), " href=verylongname/x:y");
    }

    #[test]
    fn trusted_values_keep_their_text() {
        let mut b = Buffer::new();
        SafeJs("f('</SCRIPT>')").write_html(&mut b, Escape::JsValue { attribute: false });
        assert_eq!(b.as_str(), "f('<\\/SCRIPT>')");
        let mut b = Buffer::new();
        SafeJs("f(\"x\")").write_html(&mut b, Escape::JsValue { attribute: true });
        assert_eq!(b.as_str(), "f(&quot;x&quot;)");
        let mut b = Buffer::new();
        SafeUrl("javascript:void(0)").write_html(&mut b, Escape::Url);
        assert_eq!(b.as_str(), "javascript:void(0)");
        let mut b = Buffer::new();
        SafeCss("a{b:c}").write_html(&mut b, Escape::Text);
        assert_eq!(b.as_str(), "a{b:c}");
    }
}
