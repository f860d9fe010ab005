//! Attributes: what an attribute's value is to the browser, which
//! attributes are boolean, and the syntax of unquoted values.

use crate::url::UrlCheck;

/// What an attribute's value is to the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeKind {
    /// Text.
    Plain,
    /// A URL (or several), checked as the [`UrlCheck`] says.
    Url(UrlCheck),
    /// JavaScript: an event handler (`on*`).
    EventHandler,
    /// CSS declarations (`style`).
    Style,
    /// A document (`iframe srcdoc`).
    Srcdoc,
}

/// The kind of attribute `name` on element `element` (both as written;
/// compared without case). `refresh`: the element is a `<meta>` with an
/// `http-equiv` attribute (which may be `refresh`).
///
/// A new URL attribute goes here.
pub fn attribute_kind(element: &str, name: &str, refresh: bool) -> AttributeKind {
    let element = element.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    let media = matches!(
        element.as_str(),
        "img" | "video" | "audio" | "source" | "track" | "input" | "image" | "feimage" | "picture"
    );
    let check = if media {
        UrlCheck::Media
    } else {
        UrlCheck::Link
    };
    match name.as_str() {
        "href" | "xlink:href" | "src" | "action" | "formaction" | "cite" | "longdesc"
        | "usemap" | "codebase" | "archive" | "profile" | "icon" | "manifest" | "ping"
        | "lowsrc" | "dynsrc" | "xml:base" => AttributeKind::Url(check),
        "poster" | "background" => AttributeKind::Url(UrlCheck::Media),
        "data" if element == "object" => AttributeKind::Url(UrlCheck::Link),
        "srcset" | "imagesrcset" => AttributeKind::Url(UrlCheck::Srcset),
        "content" if element == "meta" && refresh => AttributeKind::Url(UrlCheck::Refresh),
        "values" | "to" | "from" | "by"
            if matches!(
                element.as_str(),
                "animate" | "set" | "animatemotion" | "animatetransform"
            ) =>
        {
            AttributeKind::Url(UrlCheck::List)
        }
        "style" => AttributeKind::Style,
        "srcdoc" => AttributeKind::Srcdoc,
        n if n.len() > 2 && n.starts_with("on") => AttributeKind::EventHandler,
        _ => AttributeKind::Plain,
    }
}

/// haml 6.1.1's boolean attributes (HTML's, and a few older ones): `true`
/// writes them bare, `false` leaves them out. (`data-*` and `aria-*`
/// attributes are boolean to haml too.)
pub const HAML_BOOLEAN: &[&str] = &[
    "disabled",
    "readonly",
    "multiple",
    "checked",
    "autobuffer",
    "autoplay",
    "controls",
    "loop",
    "selected",
    "hidden",
    "scoped",
    "async",
    "defer",
    "reversed",
    "ismap",
    "seamless",
    "muted",
    "required",
    "autofocus",
    "novalidate",
    "formnovalidate",
    "open",
    "pubdate",
    "itemscope",
    "allowfullscreen",
    "default",
    "inert",
    "sortable",
    "truespeed",
    "typemustmatch",
    "download",
];

/// Whether haml writes attribute `name` as a boolean one.
pub fn is_haml_boolean(name: &str) -> bool {
    HAML_BOOLEAN.contains(&name) || name.starts_with("data-") || name.starts_with("aria-")
}

/// For each byte, whether it cannot stand in an unquoted attribute value
/// (HTML's "unquoted attribute value" syntax: whitespace, quotes, `=`, `<`,
/// `>`, `` ` ``).
static NEEDS_QUOTES: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b" \t\n\x0c\r\"'=<>`";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// Whether `b` cannot stand in an unquoted attribute value.
#[inline(always)]
pub fn needs_quotes_byte(b: u8) -> bool {
    NEEDS_QUOTES[b as usize]
}

/// Whether `text` holds a byte an unquoted attribute value can't hold.
pub fn needs_quotes(text: &str) -> bool {
    text.bytes().any(needs_quotes_byte)
}

/// Whether `value` can be written without quotes (and is not empty).
pub fn unquoted_ok(value: &str) -> bool {
    !value.is_empty() && !needs_quotes(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_kinds() {
        assert_eq!(
            attribute_kind("a", "href", false),
            AttributeKind::Url(UrlCheck::Link)
        );
        assert_eq!(
            attribute_kind("img", "src", false),
            AttributeKind::Url(UrlCheck::Media)
        );
        assert_eq!(
            attribute_kind("iframe", "src", false),
            AttributeKind::Url(UrlCheck::Link)
        );
        assert_eq!(
            attribute_kind("div", "onClick", false),
            AttributeKind::EventHandler
        );
        assert_eq!(attribute_kind("div", "on", false), AttributeKind::Plain);
        assert_eq!(
            attribute_kind("meta", "content", true),
            AttributeKind::Url(UrlCheck::Refresh)
        );
        assert_eq!(
            attribute_kind("meta", "content", false),
            AttributeKind::Plain
        );
        assert_eq!(
            attribute_kind("animate", "values", false),
            AttributeKind::Url(UrlCheck::List)
        );
        assert_eq!(attribute_kind("div", "data", false), AttributeKind::Plain);
        assert_eq!(
            attribute_kind("object", "data", false),
            AttributeKind::Url(UrlCheck::Link)
        );
    }

    #[test]
    fn unquoted_values() {
        assert!(unquoted_ok("a-b_c.d/e?f"));
        assert!(!unquoted_ok("") && !unquoted_ok("a b") && !unquoted_ok("a=b"));
        assert!(is_haml_boolean("checked") && is_haml_boolean("data-x"));
        assert!(!is_haml_boolean("href"));
    }
}
