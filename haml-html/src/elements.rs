//! Element categories, in the HTML standard's terms, and the rendering
//! defaults of elements (how a browser lays them out without a style
//! sheet). Names are compared as given: pass them lowercased.

/// Void elements: a start tag and no content, never an end tag.
pub const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Whether `name` is a void element.
pub fn is_void(name: &str) -> bool {
    VOID.contains(&name)
}

/// Raw text elements (`script`, `style`): their content is text that ends
/// at the first `</script` (`</style`), and references in it are not
/// decoded.
pub fn is_raw_text(name: &str) -> bool {
    matches!(name, "script" | "style")
}

/// Escapable raw text elements (`textarea`, `title`): text that ends at
/// `</textarea` (`</title`); references in it are decoded.
pub fn is_escapable_raw_text(name: &str) -> bool {
    matches!(name, "textarea" | "title")
}

/// Whether the HTML parser reads the content of `name` as text, not markup:
/// raw text and escapable raw text elements, and the legacy elements the
/// tokenizer treats alike (`xmp`, `iframe`, `noembed`, `noframes`,
/// `plaintext`, and `noscript` with scripting on). A `<` there starts no
/// tag; only the element's own end tag ends it.
pub fn content_is_text(name: &str) -> bool {
    is_raw_text(name)
        || is_escapable_raw_text(name)
        || matches!(
            name,
            "xmp" | "plaintext" | "iframe" | "noembed" | "noframes" | "noscript"
        )
}

/// Whether a `<` followed by the byte `next` could start a tag, an end tag,
/// a comment or a processing instruction in text: before a letter, `/`, `!`
/// or `?`. Anything else reads as `<` itself.
#[inline]
pub fn may_start_tag(next: u8) -> bool {
    next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')
}

/// Formatting elements, which the parser opens again after an element that
/// closed them early ("reconstruct the active formatting elements").
pub fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// `h1` to `h6`.
pub fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The elements that do not nest in themselves: the parser closes an open
/// `button` (or leaves out a `form`, `select`) when another starts inside
/// it, and an `a` inside an `a` ends the outer one ("adoption agency").
pub fn does_not_nest(name: &str) -> bool {
    matches!(name, "button" | "a" | "form" | "select" | "nobr")
}

/// The start tags that end SVG or MathML content in the HTML parser ("in
/// foreign content"; `font` only with some attributes, taken as always).
pub fn breaks_out_of_foreign_content(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
            | "font"
    )
}

/// The root elements of foreign content.
pub fn is_foreign_root(name: &str) -> bool {
    matches!(name, "svg" | "math")
}

/// The elements inside SVG or MathML whose content is HTML again
/// ("HTML integration points" and "MathML text integration points").
pub fn is_integration_point(name: &str) -> bool {
    matches!(
        name,
        "foreignobject" | "desc" | "title" | "mi" | "mo" | "mn" | "ms" | "mtext" | "annotation-xml"
    )
}

/// SVG elements whose text is drawn or read (or that hold HTML), where
/// whitespace in the content is text.
pub fn is_svg_text(name: &str) -> bool {
    matches!(
        name,
        "text" | "tspan" | "textpath" | "title" | "desc" | "style" | "script" | "foreignobject"
    )
}

/// Whether a `<script>` whose `type` attribute is `type_attribute` is run
/// (or read by the browser as data it acts on: JSON, import maps,
/// speculation rules): an empty type, `module`, a JavaScript MIME type.
/// Others (`text/x-template`, `text/html`) are inert text.
pub fn script_type_runs(type_attribute: &str) -> bool {
    let kind = type_attribute.trim().to_ascii_lowercase();
    kind.is_empty()
        || kind == "module"
        || kind == "importmap"
        || kind == "speculationrules"
        || ["javascript", "ecmascript", "jscript", "livescript", "json"]
            .iter()
            .any(|k| kind.contains(k))
}

/// How an element takes part in layout, from the HTML standard's rendering
/// defaults (its user agent style sheet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rendering {
    /// A block box: a line break before and after it.
    Block,
    /// An inline box (also every unknown and custom element).
    Inline,
    /// An inline-level box with a block inside (`button`, `select`).
    InlineBlock,
    /// A replaced element with no content of its own (`img`, `input`).
    Replaced,
    /// Forces a line break (`br`).
    LineBreak,
    /// Inline, with content of its own at both ends (`q`: the quotation
    /// marks the browser adds).
    Quoted,
    /// A block whose content may be hidden (`details`).
    Collapsible,
    /// Not rendered (`script`, `meta`, `head`, ...).
    Hidden,
}

/// Whether the HTML parser keeps element `name` in `head` ("in head"
/// insertion mode): any other element (a `div`, a `p`) ends the head, and
/// it and everything after it go into the body.
pub fn belongs_in_head(name: &str) -> bool {
    matches!(
        name,
        "base"
            | "basefont"
            | "bgsound"
            | "link"
            | "meta"
            | "noframes"
            | "noscript"
            | "script"
            | "style"
            | "template"
            | "title"
    )
}

/// How `name` is rendered by default.
pub fn rendering(name: &str) -> Rendering {
    match name {
        "html" | "body" | "address" | "blockquote" | "center" | "dialog" | "div" | "figure"
        | "figcaption" | "footer" | "form" | "header" | "hr" | "legend" | "listing" | "main"
        | "p" | "plaintext" | "pre" | "search" | "xmp" | "article" | "aside" | "h1" | "h2"
        | "h3" | "h4" | "h5" | "h6" | "hgroup" | "nav" | "section" | "dir" | "dd" | "dl" | "dt"
        | "menu" | "ol" | "ul" | "li" | "summary" | "fieldset" | "table" | "caption"
        | "colgroup" | "col" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "optgroup"
        | "option" | "frameset" | "frame" => Rendering::Block,
        "head" | "script" | "style" | "template" | "title" | "meta" | "link" | "base"
        | "basefont" | "noscript" | "param" | "datalist" | "noembed" | "noframes" | "area"
        | "rp" => Rendering::Hidden,
        "br" => Rendering::LineBreak,
        "q" => Rendering::Quoted,
        "details" => Rendering::Collapsible,
        "img" | "input" | "embed" | "wbr" | "keygen" | "iframe" | "video" | "audio" | "canvas"
        | "object" | "svg" | "math" | "progress" | "meter" => Rendering::Replaced,
        "button" | "select" | "textarea" => Rendering::InlineBlock,
        // Inline elements and any other name (custom elements are inline).
        _ => Rendering::Inline,
    }
}

/// Whether `name` is laid out as one inline box (replaced or inline-block).
pub fn is_atomic_inline(name: &str) -> bool {
    matches!(
        rendering(name),
        Rendering::Replaced | Rendering::InlineBlock
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert!(is_void("br") && !is_void("p"));
        assert!(content_is_text("script") && content_is_text("textarea"));
        assert!(content_is_text("noscript") && !content_is_text("div"));
        assert!(may_start_tag(b'a') && may_start_tag(b'/') && !may_start_tag(b'3'));
        assert_eq!(rendering("p"), Rendering::Block);
        assert_eq!(rendering("my-widget"), Rendering::Inline);
        assert!(is_atomic_inline("img") && is_atomic_inline("button"));
    }

    #[test]
    fn script_types() {
        for runs in [
            "",
            "module",
            "text/javascript",
            "application/ld+json",
            " Module ",
        ] {
            assert!(script_type_runs(runs), "{runs}");
        }
        for inert in ["text/x-template", "text/html", "text/plain"] {
            assert!(!script_type_runs(inert), "{inert}");
        }
    }
}
