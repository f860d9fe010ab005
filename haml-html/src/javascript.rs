//! Values inside JavaScript: in a `<script>` or an event handler attribute
//! (`onclick`), inside a string or template literal, or where a value goes.

use std::fmt::Write as _;

/// The content of a JavaScript string or template literal: quotes,
/// backticks, `$`, `\`, `/`, `<`, `>`, `&`, control characters and the
/// line separators U+2028 and U+2029 as escapes. A value cannot end the
/// literal, open a `${}`, or close the `<script>`.
pub fn escape_string(s: &str, out: &mut String) {
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

/// A string where JavaScript expects a value: a JSON string literal (in an
/// event handler attribute its quotes are written `&#34;`, which the
/// attribute's value decodes).
pub fn escape_value(s: &str, attribute: bool, out: &mut String) {
    let quote = string_quote(attribute);
    out.push_str(quote);
    escape_string(s, out);
    out.push_str(quote);
}

/// The quote around a JSON string literal: `"`, or `&#34;` inside an
/// attribute value.
#[inline]
pub fn string_quote(attribute: bool) -> &'static str {
    if attribute {
        "&#34;"
    } else {
        "\""
    }
}

/// Where a value's text is trusted code ([`escape_string`] does not apply):
/// `end` (`</script`, any case) in it broken up as `<\/script`, so the code
/// cannot end the element it stands in.
pub fn break_up_end_tags(text: &str, end: &str, out: &mut String) {
    let lower = text.to_ascii_lowercase();
    let mut start = 0;
    for (at, _) in lower.match_indices(end) {
        out.push_str(&text[start..at + 1]);
        out.push('\\');
        start = at + 1;
    }
    out.push_str(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(s: &str) -> String {
        let mut out = String::new();
        escape_string(s, &mut out);
        out
    }

    #[test]
    fn strings_cannot_be_left() {
        assert_eq!(
            string("a'b\"c`d${e}"),
            "a\\u0027b\\u0022c\\u0060d\\u0024{e}"
        );
        assert_eq!(string("</script><!--"), "\\u003C\\/script\\u003E\\u003C!--");
        assert_eq!(
            string("\\\n\r\t\u{2028}\u{2029}\u{0}\u{7f}&"),
            "\\\\\\n\\r\\t\\u2028\\u2029\\u0000\\u007F\\u0026"
        );
        assert_eq!(string("héllo wörld"), "héllo wörld");
    }

    #[test]
    fn values_are_json_strings() {
        let value = |s: &str, attribute| {
            let mut out = String::new();
            escape_value(s, attribute, &mut out);
            out
        };
        assert_eq!(value("x\"", false), "\"x\\u0022\"");
        assert_eq!(value("x", true), "&#34;x&#34;");
    }

    #[test]
    fn end_tags_in_trusted_code_are_broken_up() {
        let mut out = String::new();
        break_up_end_tags("f('</SCRIPT>')", "</script", &mut out);
        assert_eq!(out, "f('<\\/SCRIPT>')");
    }
}
