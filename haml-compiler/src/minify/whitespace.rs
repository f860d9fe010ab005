//! Whitespace: newlines moved into the branches they belong to, and the
//! whitespace that stays written as one character.

use haml_html::elements::{is_atomic_inline, is_svg_text};

use super::comments::special_comment;
use super::references::markup_len;
use super::scan::preformatted;
use crate::tree::{CommentKind, Head, Op, Tree};

/// A newline right before an `- if` chain or a `match` moves to the start
/// of each branch (an `else` is added if there is none): the output is the
/// same, and each copy is then kept or left out for what follows it on its
/// own path. `Edit</a>` + newline + `- if admin` + `<a>Delete</a>` keeps
/// the space where the link follows and drops it where `</td>` does.
pub(super) fn newlines_into_branches(list: &mut Vec<Tree>) {
    let mut i = 0;
    while i < list.len() {
        if matches!(list[i], Tree::Newline) {
            if let Some((is_match, body)) = list.get_mut(i + 1).and_then(branching_block) {
                spread_newline(is_match, body);
                list.remove(i);
            }
        }
        match &mut list[i] {
            Tree::Multi(inner) | Tree::Block { body: inner, .. } => newlines_into_branches(inner),
            Tree::Element(e) => newlines_into_branches(&mut e.content),
            Tree::Comment(c) => newlines_into_branches(&mut c.content),
            _ => {}
        }
        i += 1;
    }
}

/// The body of the `- if` or `- match` that `t` starts with.
fn branching_block(t: &mut Tree) -> Option<(bool, &mut Vec<Tree>)> {
    match t {
        Tree::Block {
            head: head @ (Head::If(_) | Head::Match(_)),
            body,
        } => {
            let is_match = matches!(head, Head::Match(_));
            // A `match` without arms never ends: the newline stays before it.
            let arms = body.iter().any(|t| matches!(t, Tree::Mid(Head::Arm(_))));
            (!is_match || arms).then_some((is_match, body))
        }
        Tree::Multi(inner) => inner.first_mut().and_then(branching_block),
        _ => None,
    }
}

/// A newline at the start of each branch of an `- if` chain (with an
/// `else` if it had none) or of each arm of a `match`.
fn spread_newline(is_match: bool, body: &mut Vec<Tree>) {
    if !is_match {
        if !body.iter().any(|t| matches!(t, Tree::Mid(Head::Else))) {
            body.push(Tree::Mid(Head::Else));
        }
        body.insert(0, Tree::Newline);
    }
    let mut j = 0;
    while j < body.len() {
        if let Tree::Mid(_) = body[j] {
            body.insert(j + 1, Tree::Newline);
        }
        j += 1;
    }
}

/// Whether a line break between the characters `before` and `after` (`None`:
/// not known; [`OBJECT`]: an image, a button, ...) renders as a space
/// would. CSS Text 3 ("Segment Break Transformation Rules") lets a browser
/// drop it next to a zero-width space (Chromium's `<wbr>` is one) and
/// between two Chinese or Japanese characters (Firefox does): both sides
/// must be known, neither a zero-width space, and one of them ASCII or an
/// object.
fn line_break_is_space(before: Option<char>, after: Option<char>) -> bool {
    let plain = |c: char| c.is_ascii_graphic() || c == OBJECT;
    match (before, after) {
        (Some(b), Some(a)) => {
            b != ZERO_WIDTH_SPACE && a != ZERO_WIDTH_SPACE && (plain(b) || plain(a))
        }
        _ => false,
    }
}

/// What `<wbr>` is to the browser (Chromium lays it out as one).
const ZERO_WIDTH_SPACE: char = '\u{200b}';

/// An inline box that is no text (an image, a button, an `svg`), as the
/// character next to a line break: Unicode's object replacement character.
const OBJECT: char = '\u{fffc}';

/// The last step, on the tree as it will be written (what goes is gone):
/// whitespace that stays in text laid out with `white-space: normal` is one
/// character (`compact_text`), and a newline that stays is written as a
/// space where `line_break_is_space` (a space is the byte text repeats
/// most: gzip codes it shortest).
#[derive(Default)]
pub(super) struct Spaces {
    /// Inside an element whose content is kept as it is (`preformatted`:
    /// `pre`, `textarea`, `script`, ...) or a comment's text.
    kept: bool,
    /// Inside an `svg` where text is not drawn (not in a `text`, `title`,
    /// `foreignObject`, ...): a newline between its elements is nothing.
    svg_shapes: bool,
}

impl Spaces {
    pub(super) fn walk(&mut self, list: &mut Vec<Tree>) {
        let old = std::mem::take(list);
        let mut items = old.into_iter();
        while let Some(mut t) = items.next() {
            // The characters written just before and just after `t`.
            let around = || {
                (
                    edge_char(list, End::Last),
                    edge_char(items.as_slice(), End::First),
                )
            };
            match &mut t {
                Tree::Newline if self.svg_shapes => continue,
                Tree::Newline if !self.kept => {
                    let (before, after) = around();
                    if line_break_is_space(before, after) {
                        t = Tree::Op(Op::Static(" ".to_string()));
                    }
                }
                Tree::Op(Op::Static(text)) if !self.kept => {
                    let (before, after) = around();
                    *text = compact_text(text, before, after);
                }
                Tree::Filter { name, ops }
                    if !self.kept && matches!(name.as_str(), "plain" | "escaped" | "preserve") =>
                {
                    let (before, after) = around();
                    let last = ops.len().saturating_sub(1);
                    for (i, op) in ops.iter_mut().enumerate() {
                        if let Op::Static(text) = op {
                            let before = if i == 0 { before } else { None };
                            let after = if i == last { after } else { None };
                            *text = compact_text(text, before, after);
                        }
                    }
                }
                Tree::Multi(inner) | Tree::Block { body: inner, .. } => self.walk(inner),
                Tree::Element(e) => {
                    let outer = (self.kept, self.svg_shapes);
                    let name = e.name.to_ascii_lowercase();
                    // SVG text is laid out as HTML text is (CSS
                    // `white-space: normal`).
                    let svg_words = self.svg_shapes && matches!(name.as_str(), "text" | "tspan");
                    self.svg_shapes = if name == "svg" && !self.kept {
                        true
                    } else {
                        self.svg_shapes && !is_svg_text(&name)
                    };
                    self.kept = !svg_words && (self.kept || preformatted(&e.name));
                    self.walk(&mut e.content);
                    // Whitespace at the ends of SVG text is not drawn (it
                    // starts and ends the line).
                    if svg_words && name == "text" {
                        if matches!(e.content.first(), Some(Tree::Newline)) {
                            e.content.remove(0);
                        }
                        if matches!(e.content.last(), Some(Tree::Newline)) {
                            e.content.pop();
                        }
                    }
                    (self.kept, self.svg_shapes) = outer;
                }
                Tree::Comment(c) => {
                    let outer = self.kept;
                    self.kept |= c.kind != CommentKind::Revealed;
                    self.walk(&mut c.content);
                    self.kept = outer;
                }
                _ => {}
            }
            list.push(t);
        }
    }
}

/// Which end of a piece of output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    First,
    Last,
}

/// The first or last character `list` writes, if it is text written as it
/// is (not a tag, a reference or a value), looking through what renders
/// nothing (comments, statements, empty text); [`OBJECT`] for an inline
/// box that is no text.
fn edge_char(list: &[Tree], end: End) -> Option<char> {
    let text = |s: &str| match end {
        End::First => s.chars().next(),
        End::Last => s.chars().last(),
    };
    let n = list.len();
    for i in 0..n {
        match &list[if end == End::First { i } else { n - 1 - i }] {
            Tree::Op(Op::Static(s)) if s.is_empty() => {}
            Tree::Op(Op::Static(s)) => return text(s).filter(|&c| plain_char(c)),
            Tree::Op(Op::Statement { .. }) | Tree::Comment(_) => {}
            Tree::Filter { ops, .. } => {
                let op = if end == End::First {
                    ops.first()
                } else {
                    ops.last()
                };
                return match op {
                    Some(Op::Static(s)) => text(s).filter(|&c| plain_char(c)),
                    _ => None,
                };
            }
            Tree::Multi(inner) => return edge_char(inner, end),
            Tree::Element(e) if e.name == "wbr" => return Some(ZERO_WIDTH_SPACE),
            Tree::Element(e) if is_atomic_inline(&e.name) => return Some(OBJECT),
            Tree::Element(e) if e.end.is_some() => return edge_char(&e.content, end),
            _ => return None,
        }
    }
    None
}

/// Whether `c` at the edge of static text is a character of the text (not
/// the edge of a tag or reference, not whitespace).
fn plain_char(c: char) -> bool {
    !matches!(c, '<' | '>' | '&' | ';') && !c.is_whitespace()
}

/// Text with each run of spaces, tabs and newlines written as one (CSS Text
/// 3, "Phase I: Collapsing and Transformation": spaces and tabs next to a
/// line break go, consecutive line breaks and spaces collapse to one). The
/// run becomes a space, or stays a newline if it holds one and neither
/// character next to it is ASCII (a browser may drop a line break between
/// two Chinese characters; see `Apply::walk`). Tags written as text are
/// copied as they are, comments emptied (`<!---->`, unless
/// `special_comment`). Only for text the browser lays out with
/// `white-space: normal` and reads as markup (no raw `script`, `style`,
/// `textarea` or `pre`: those make the page `conservative`).
fn compact_text(text: &str, before: Option<char>, after: Option<char>) -> String {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n');
    if !text.contains(['\t', '\n']) && !text.contains("  ") && !text.contains("<!--") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c == '<' || is_space(c)) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let len = markup_len(rest);
            let markup = &rest[..len];
            // A comment that ends where `markup_len` says (not at a
            // `--!>`, not `<!-->`), with no text a program reads.
            let comment = markup
                .strip_prefix("<!--")
                .and_then(|c| c.strip_suffix("-->"))
                .filter(|c| !c.contains("--!>") && !c.starts_with(['>', '-']));
            match comment {
                Some(c) if !special_comment(c) => out.push_str("<!---->"),
                _ => out.push_str(markup),
            }
            rest = &rest[len..];
            continue;
        }
        let run = rest.find(|c: char| !is_space(c)).unwrap_or(rest.len());
        let before = match out.chars().last() {
            None => before,
            last => last.filter(|&c| plain_char(c)),
        };
        let after = match rest[run..].chars().next() {
            None => after,
            next => next.filter(|&c| plain_char(c)),
        };
        if rest[..run].contains('\n') && !line_break_is_space(before, after) {
            out.push('\n');
        } else {
            out.push(' ');
        }
        rest = &rest[run..];
    }
    out.push_str(rest);
    out
}
