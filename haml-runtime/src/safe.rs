//! Values a programmer vouches for, each written unescaped only in its own
//! place: [`SafeUrl`], [`SafeJs`], [`SafeCss`] (and [`Raw`](crate::Raw)
//! for HTML).

use std::fmt;

use crate::buffer::Buffer;
use crate::escape::Escape;
use crate::render::Render;

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
    let mut out = String::with_capacity(text.len());
    haml_html::javascript::break_up_end_tags(&text, end, &mut out);
    buffer.push_str(&out);
}

#[cfg(test)]
mod tests {
    use super::*;

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
