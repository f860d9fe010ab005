//! Comments in minified output: which go, which are emptied, which stay.

use crate::tree::{Escape, Op, Tree};

/// The whitespace CSS collapses (spaces, tabs, line breaks).
pub(super) const WHITESPACE: [char; 3] = [' ', '\t', '\n'];

/// What becomes of an HTML comment in minified output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Comment {
    /// Written as haml writes it: in the text of a `script`, `style`,
    /// `pre`, ...; a comment whose text may end it early; a comment meant
    /// for a program that reads the page (`special_comment`).
    Kept,
    /// Left out (a revealed comment: its markers).
    Removed,
    /// Written as `<!---->`: its text goes, the node stays where it splits
    /// text (`Scanner::keep_comments_inside_text`).
    Emptied,
}

/// Whether a comment's text is meant for a program that reads the page,
/// which would miss it: a server-side include (`#include`), Knockout's
/// containerless bindings (`ko if: x` ... `/ko`), and comments marked to
/// stay (`!`, as other minifiers read it).
pub(super) fn special_comment(text: &str) -> bool {
    let text = text.trim_start_matches(WHITESPACE);
    text.starts_with(['#', '!'])
        || text == "ko"
        || text.starts_with("ko ")
        || text.trim_end_matches(WHITESPACE) == "/ko"
}

/// Whether nothing in a comment's content can end the comment: no nested
/// comment, no `-->` or `--!>` in its text, no unescaped value.
pub(super) fn sound_comment(content: &[Tree]) -> bool {
    content.iter().all(|t| match t {
        Tree::Op(Op::Static(s)) => !s.contains("-->") && !s.contains("--!>"),
        // Escaped as haml does, `>` included: no `-->` can appear.
        Tree::Op(Op::Hole { escape, .. }) => *escape == Escape::Html,
        Tree::Op(_) | Tree::Newline | Tree::Mid(_) | Tree::Doctype(_) => true,
        Tree::Multi(inner) | Tree::Block { body: inner, .. } => sound_comment(inner),
        Tree::Element(e) => {
            sound_comment(&e.content)
                && e.start.iter().all(|op| match op {
                    Op::Static(s) => !s.contains("-->") && !s.contains("--!>"),
                    _ => false,
                })
        }
        Tree::Filter { ops, .. } => ops.iter().all(|op| match op {
            Op::Static(s) => !s.contains("-->") && !s.contains("--!>"),
            _ => false,
        }),
        Tree::Comment(_) => false,
    })
}

/// The static text directly in `list`.
pub(super) fn static_text(list: &[Tree]) -> String {
    list.iter()
        .map(|t| match t {
            Tree::Op(Op::Static(s)) => s.clone(),
            Tree::Multi(inner) => static_text(inner),
            _ => String::new(),
        })
        .collect()
}
