//! Optional tags: the start and end tags left out where the HTML parser
//! implies them on every path the template can take (the rules themselves
//! are haml-html's `optional_tags`).

use haml_html::optional_tags::{
    end_tag_implied_by_document_end, end_tag_implied_by_parent_end, start_tag_closes,
    start_tag_implied_before, start_tag_omittable,
};

use super::flow::Flow;
use super::scan::{Scanner, Token};

/// Whether the end tag of element `id`, at token `at`, may be left out:
/// on every path, what follows is a start tag that closes it, the end of
/// its parent, or the end of the document.
pub(super) fn end_tag_optional(
    flow: &Flow,
    scan: &Scanner,
    at: usize,
    id: usize,
    keep: &[bool],
) -> bool {
    let (name, parent, _) = &scan.elements[id];
    let Some(next) = flow.next_tags(&scan.tokens, at, keep) else {
        return false;
    };
    let parent_name = parent.map(|p| scan.elements[p].0.as_str());
    next.iter().all(|&i| match &scan.tokens[i] {
        Token::Start { id: next_id, .. } => {
            let next_name = scan.elements[*next_id].0.as_str();
            // (A `<table>` closes an open `p` only in standards mode, a
            // `<form>` only outside another form: not always.)
            start_tag_closes(name, next_name)
        }
        Token::End { id: end_id, .. } => {
            // The end of the parent.
            Some(*end_id) == *parent
                && end_tag_implied_by_parent_end(name, parent_name.unwrap_or(""))
        }
        // The end of the document: for `</body>`, `</html>` and
        // elements at the top (which the implied body holds).
        _ => end_tag_implied_by_document_end(name, parent.is_none()),
    })
}

/// Whether the start tag of element `id` (`html`, `head`, `body` without
/// attributes), at token `at`, may be left out: on every path, what follows
/// is a start tag that implies it, or (`head`, `body`) its own end.
pub(super) fn start_tag_optional(
    flow: &Flow,
    scan: &Scanner,
    at: usize,
    id: usize,
    keep: &[bool],
) -> bool {
    let (name, _, has_attributes) = &scan.elements[id];
    if *has_attributes || !start_tag_omittable(name) {
        return false;
    }
    let Some(next) = flow.next_tags(&scan.tokens, at, keep) else {
        return false;
    };
    !next.is_empty()
        && next.iter().all(|&i| match &scan.tokens[i] {
            Token::Start { id: first, .. } => {
                start_tag_implied_before(name, &scan.elements[*first].0)
            }
            // Empty.
            Token::End { id: end, .. } => *end == id && name != "html",
            _ => false,
        })
}
