//! The decisions of the minifier written back into the tree: newlines and
//! tags left out, comments removed or emptied, references shortened, the
//! whitespace at the ends of text trimmed.

use super::comments::{Comment, WHITESPACE};
use super::references::shorter_references;
use super::scan::preformatted;
use crate::tree::{CommentKind, Escape, Op, Ops, Tree};

/// Writes the decisions back into the tree, in the scanner's order.
pub(super) struct Apply<'a> {
    /// Inside `script` or `style`, whose text is not decoded.
    pub(super) raw_text: bool,
    /// Character references may be decoded: not where raw markup does not
    /// pair up (text may stand inside a tag that never ends).
    pub(super) decode: bool,
    /// Inside `title` or `textarea` (RCDATA: only `</` starts a tag).
    pub(super) rcdata: bool,
    /// Inside `svg` or `math`, where `title` is an ordinary element.
    pub(super) foreign: bool,
    /// Inside an element whose content is kept as it is (`preformatted`),
    /// or a comment that stays.
    pub(super) preformatted: bool,
    /// XHTML: the output stays XML.
    pub(super) xml: bool,
    pub(super) keep: &'a [bool],
    pub(super) omit_start: &'a [bool],
    pub(super) omit_end: &'a [bool],
    pub(super) comments: &'a [Comment],
    /// `Scanner::text_edges`.
    pub(super) text_edges: &'a [(bool, bool)],
    pub(super) gap: usize,
    /// Pieces of static text, filters and doctypes seen (for
    /// `text_edges`).
    pub(super) text: usize,
    pub(super) element: usize,
    pub(super) comment: usize,
}

impl Apply<'_> {
    pub(super) fn walk(&mut self, list: &mut Vec<Tree>) {
        let old = std::mem::take(list);
        for mut t in old {
            self.text_edges(&mut t);
            match &mut t {
                Tree::Newline => {
                    let keep = self.keep.get(self.gap).copied().unwrap_or(true);
                    self.gap += 1;
                    if !keep {
                        continue;
                    }
                }
                Tree::Multi(inner) => self.walk(inner),
                // The doctype's name is read without regard to case, and
                // lowercase letters are the ones the rest of a page repeats
                // (gzip codes them shorter). HTML 4.01 Strict puts the
                // browser in the same (no-quirks) mode as HTML5's doctype;
                // the transitional and frameset ones do not. XML knows
                // only `DOCTYPE`.
                Tree::Doctype(text)
                    if !self.xml
                        && (text == "<!DOCTYPE html>"
                            || text == "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">") =>
                {
                    *text = "<!doctype html>".to_string();
                }
                // The others keep their identifiers (which decide the
                // mode), and in XHTML the keyword's case (XML's).
                Tree::Doctype(text) if !self.xml => {
                    if let Some(rest) = text.strip_prefix("<!DOCTYPE ") {
                        *text = format!("<!doctype {rest}");
                    }
                }
                // Where raw markup does not pair up, a value may stand
                // inside a tag that never ends: escaped as haml does, so
                // its `>` does not end it.
                Tree::Op(Op::Hole { escape, .. })
                    if !self.decode && *escape == Escape::Text =>
                {
                    *escape = Escape::Html;
                }
                Tree::Op(Op::Static(text)) if !self.raw_text && self.decode => {
                    *text = shorter_references(text, self.rcdata, self.xml);
                }
                Tree::Filter { ops, .. } if !self.decode => {
                    for op in ops {
                        if let Op::Hole { escape, .. } = op {
                            if *escape == Escape::Text {
                                *escape = Escape::Html;
                            }
                        }
                    }
                }
                // (In a `script` or `style` a reference is text, not
                // decoded: it stays.)
                Tree::Filter { name, ops }
                    if !self.raw_text && matches!(name.as_str(), "plain" | "escaped" | "preserve") =>
                {
                    // `:escaped` escapes its values as `=` does.
                    if name == "escaped" && !self.preformatted && !self.xml {
                        for op in ops.iter_mut() {
                            if let Op::Hole { escape, .. } = op {
                                if *escape == Escape::Html {
                                    *escape = Escape::Text;
                                }
                            }
                        }
                    }
                    for op in ops {
                        if let Op::Static(text) = op {
                            *text = shorter_references(text, self.rcdata, self.xml);
                        }
                    }
                }
                Tree::Element(e) => {
                    let id = self.element;
                    self.element += 1;
                    e.omit_start = self.omit_start.get(id).copied().unwrap_or(false);
                    e.omit_end = self.omit_end.get(id).copied().unwrap_or(false);
                    let outer = (
                        self.raw_text,
                        self.rcdata,
                        self.foreign,
                        self.preformatted,
                    );
                    self.raw_text |= matches!(e.name.as_str(), "script" | "style");
                    self.foreign |= matches!(e.name.as_str(), "svg" | "math");
                    self.rcdata |= !self.foreign && matches!(e.name.as_str(), "title" | "textarea");
                    self.preformatted |= preformatted(&e.name);
                    self.walk(&mut e.content);
                    (self.raw_text, self.rcdata, self.foreign, self.preformatted) = outer;
                }
                Tree::Comment(c) => {
                    let fate = self.comments.get(self.comment).copied();
                    self.comment += 1;
                    match fate.unwrap_or(Comment::Kept) {
                        Comment::Removed if c.kind == CommentKind::Revealed => {
                            c.open.clear();
                            c.close.clear();
                        }
                        Comment::Removed => {
                            // Count the newlines inside, then drop it.
                            let mut inner = std::mem::take(&mut c.content);
                            self.walk(&mut inner);
                            continue;
                        }
                        Comment::Emptied => {
                            let mut inner = std::mem::take(&mut c.content);
                            self.walk(&mut inner);
                            c.open = "<!--".to_string();
                            c.close = "-->".to_string();
                            list.push(t);
                            continue;
                        }
                        Comment::Kept => {}
                    }
                    // The text of a comment stays as it is; a revealed
                    // one's content is rendered.
                    let outer = self.preformatted;
                    self.preformatted |= c.kind != CommentKind::Revealed;
                    self.walk(&mut c.content);
                    self.preformatted = outer;
                }
                Tree::Block { body, .. } => self.walk(body),
                _ => {}
            }
            list.push(t);
        }
    }
}

impl Apply<'_> {
    /// Whitespace at the ends of static text or of a filter's text that
    /// the browser would not render goes (`Scanner::text_with_edges`), and
    /// so does the newline of `<?xml ... ?>` at the document's start.
    fn text_edges(&mut self, t: &mut Tree) {
        match t {
            Tree::Op(Op::Static(_)) | Tree::Doctype(_) => {}
            // One piece of static text per line, joined: a run of
            // whitespace across lines is one run, and the text's ends are
            // its first and last operations.
            Tree::Filter { ops, .. } => {
                let mut joined = Ops::default();
                std::mem::take(ops)
                    .into_iter()
                    .for_each(|op| joined.push(op));
                *ops = joined.ops;
            }
            _ => return,
        }
        let edges = self.text_edges.get(self.text).copied();
        self.text += 1;
        let (first, last) = edges.unwrap_or((false, false));
        let mut gone = |edge: bool| {
            let id = self.gap;
            self.gap += edge as usize;
            edge && !self.keep.get(id).copied().unwrap_or(true)
        };
        let (first_gone, last_gone) = (gone(first), gone(last));
        if !first_gone && !last_gone {
            return;
        }
        let trim_start = |text: &mut String| *text = text.trim_start_matches(WHITESPACE).into();
        let trim_end = |text: &mut String| *text = text.trim_end_matches(WHITESPACE).into();
        match t {
            Tree::Op(Op::Static(text)) | Tree::Doctype(text) => {
                if first_gone {
                    trim_start(text);
                }
                if last_gone {
                    trim_end(text);
                }
            }
            Tree::Filter { ops, .. } => {
                if let (true, Some(Op::Static(text))) = (first_gone, ops.first_mut()) {
                    trim_start(text);
                }
                if let (true, Some(Op::Static(text))) = (last_gone, ops.last_mut()) {
                    trim_end(text);
                }
            }
            _ => {}
        }
    }
}
