//! Values inside CSS: in a `<style>` or a `style` attribute, inside a
//! string (or `url(...)`), or where a value goes.

use std::fmt::Write as _;

/// What replaces a CSS value that could break out of its place.
pub const BLOCKED_CSS: &str = "haml-blocked";

/// The content of a CSS string (or of `url(...)`): everything but letters,
/// digits, spaces and `-_.,#%!` as `\HEX ` escapes.
pub fn escape_string(s: &str, out: &mut String) {
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
pub fn escape_value(s: &str, out: &mut String) {
    let safe = s.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '_' | '.' | ',' | '#' | '%' | '!')
            || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
    });
    out.push_str(if safe { s } else { BLOCKED_CSS });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_values() {
        let string = |s: &str| {
            let mut out = String::new();
            escape_string(s, &mut out);
            out
        };
        assert_eq!(
            string("a\"b'c\\d</style>"),
            "a\\22 b\\27 c\\5C d\\3C \\2F style\\3E "
        );
        assert_eq!(string("x\ny"), "x\\A y");
        let value = |s: &str| {
            let mut out = String::new();
            escape_value(s, &mut out);
            out
        };
        for ok in [
            "red",
            "#fff",
            "10px",
            "1.5em",
            "50%",
            "sans-serif, serif",
            "bold !important",
        ] {
            assert_eq!(value(ok), ok);
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
            assert_eq!(value(bad), BLOCKED_CSS, "{bad}");
        }
    }
}
