//! Optional tags: the start and end tags the HTML parser implies, so a page
//! may leave them out (HTML, "Optional tags", and the tree construction
//! rules behind them). Names are lowercase.

/// Whether the start tag of `next` implies the end of an open `open`
/// element, as far as it may: `table` and `form` close an open `p` only in
/// some documents (standards mode; outside another form), and count here.
/// For "may this start tag end that element" (keep its end tag).
pub fn start_tag_may_close(open: &str, next: &str) -> bool {
    match open {
        "li" => next == "li",
        "dt" => matches!(next, "dt" | "dd"),
        "dd" => matches!(next, "dt" | "dd"),
        // The start tags that close an open `p` in the parser (HTML's "in
        // body" insertion mode; `table` and `form` only sometimes).
        "p" => matches!(
            next,
            "address"
                | "center"
                | "dd"
                | "dir"
                | "dt"
                | "li"
                | "listing"
                | "plaintext"
                | "summary"
                | "xmp"
                | "article"
                | "aside"
                | "blockquote"
                | "details"
                | "dialog"
                | "div"
                | "dl"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "header"
                | "hgroup"
                | "hr"
                | "main"
                | "menu"
                | "nav"
                | "ol"
                | "p"
                | "pre"
                | "search"
                | "section"
                | "table"
                | "ul"
        ),
        "td" | "th" => matches!(next, "td" | "th"),
        "tr" => next == "tr",
        "thead" => matches!(next, "tbody" | "tfoot"),
        "tbody" => matches!(next, "tbody" | "tfoot"),
        "option" => matches!(next, "option" | "optgroup"),
        "head" => next == "body",
        _ => false,
    }
}

/// Whether the start tag of `next` always implies the end of an open
/// `open` element, in every document: [`start_tag_may_close`] but for a
/// `p` before `table` (a page may be a fragment without a doctype, in
/// quirks mode) or `form` (inside another form). For "may its end tag go".
pub fn start_tag_closes(open: &str, next: &str) -> bool {
    start_tag_may_close(open, next) && !(open == "p" && matches!(next, "table" | "form"))
}

/// Whether the end tag of `name` may be left out when its parent ends: the
/// parent's end tag must be one the HTML parser handles by closing what is
/// still open inside it (an unknown element's end tag is ignored while a
/// `p` is open).
pub fn end_tag_implied_by_parent_end(name: &str, parent: &str) -> bool {
    let closing_parent = matches!(
        parent,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "pre"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "body"
            | "html"
            | "li"
            | "dd"
            | "dt"
            | "td"
            | "th"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "thead"
            | "tbody"
            | "tfoot"
            | "table"
            | "select"
            | "optgroup"
            | "datalist"
            | "caption"
    );
    match name {
        "body" | "html" => true,
        "li" | "dd" | "td" | "th" | "tr" | "tbody" | "option" | "p" => closing_parent,
        _ => false,
    }
}

/// Whether the end tag of `name` may be left out at the end of the
/// document: `</body>`, `</html>`, and (at the top of a fragment, which the
/// implied `body` holds) what [`end_tag_implied_by_parent_end`] allows in a
/// `body`.
pub fn end_tag_implied_by_document_end(name: &str, at_top: bool) -> bool {
    matches!(name, "html" | "body") || at_top && end_tag_implied_by_parent_end(name, "body")
}

/// The elements whose start tag may be left out (without attributes, and
/// only before the right content: see [`start_tag_implied_before`]).
pub fn start_tag_omittable(name: &str) -> bool {
    matches!(name, "html" | "head" | "body")
}

/// Whether the start tag of `name` (one of [`start_tag_omittable`]) is
/// implied by the start tag of `first`, its first child: `<body>` not
/// before an element the parser would put in the head.
pub fn start_tag_implied_before(name: &str, first: &str) -> bool {
    match name {
        "body" => !matches!(
            first,
            "meta" | "noscript" | "link" | "script" | "style" | "template"
        ),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(start_tag_closes("li", "li"));
        assert!(start_tag_may_close("p", "table") && !start_tag_closes("p", "table"));
        assert!(start_tag_closes("p", "div") && !start_tag_closes("p", "span"));
        assert!(end_tag_implied_by_parent_end("li", "ul"));
        assert!(!end_tag_implied_by_parent_end("p", "my-element"));
        assert!(end_tag_implied_by_document_end("body", false));
        assert!(end_tag_implied_by_document_end("p", true));
        assert!(!start_tag_implied_before("body", "script"));
    }
}
