//! The one tree every pass reads and writes, and the operations it ends in.
//!
//! Lowering builds a [`Tree`] that mirrors haml's intermediate form: each
//! newline haml would write is a [`Tree::Newline`], elements and comments
//! keep their content, Rust blocks their bodies. Minification and
//! contextual escaping change it in place; flattening turns it into the
//! flat list of [`Op`]s that code generation reads (static text merged, a
//! template without holes is one [`Op::Static`]). [`walk`] visits a tree in
//! the order its output is written, for the passes that read it that way.

use haml_grammar::{Code, Segment, Span};

pub use haml_html::attributes::AttributeKind;
pub use haml_html::{Escape, UrlCheck};

/// One operation of the generated code.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Text written as it is.
    Static(String),
    /// A Rust value, escaped as `escape` says.
    Hole {
        /// The expression.
        code: Code,
        /// How its value is escaped.
        escape: Escape,
    },
    /// An attribute whose value is a Rust expression: written as
    /// `open value close`, or left out (see `haml_runtime::AttributeValue`).
    Attribute {
        /// The expression.
        code: Code,
        /// ` name='`
        open: String,
        /// The closing quote.
        close: String,
        /// ` name` (or ` name='name'` in xhtml): a boolean attribute that is on.
        bare: String,
        /// Boolean attribute semantics (`false` / `None` leave it out).
        boolean: bool,
        /// What the value is to the browser (the contextual escaping pass
        /// sets `escape` and `check` from it).
        kind: AttributeKind,
        /// How the value is escaped.
        escape: Escape,
        /// `open` ends in `=`: quotes are added at run time if needed.
        quote_if_needed: bool,
        /// The check of a URL attribute's value.
        check: UrlCheck,
    },
    /// A `class` value merged from several sources, or an `id` joined.
    Merge {
        /// How the sources combine.
        kind: MergeKind,
        /// The values, in order.
        sources: Vec<Source>,
        /// How each is escaped.
        escape: Escape,
    },
    /// A minified `class` attribute with one dynamic value (see
    /// `haml_runtime::__private::class_attribute`); `open` is ` class=`.
    ClassAttribute {
        /// The expression.
        code: Code,
        /// ` class=`
        open: String,
        /// How the value is escaped.
        escape: Escape,
    },
    /// A minified `class` attribute whose classes are all known at compile
    /// time, some of them under conditions: `classes` always, and each
    /// `(condition, if true, if false)` (the literals already escaped).
    ConditionalClasses {
        /// The attribute (`class`).
        name: String,
        /// The classes always written.
        classes: Vec<String>,
        /// Each condition, its class if true and its class if false.
        conditions: Vec<(Code, Option<String>, Option<String>)>,
    },
    /// An attribute value written at run time starts here (and where it
    /// stands, for the contextual escaping pass)...
    ValueStart(Option<Box<ValuePlace>>),
    /// ...and ends here: it is checked if it is a URL, and (written
    /// unquoted) gets quotes at run time if it needs them.
    ValueEnd {
        /// The check of the finished value.
        check: UrlCheck,
        /// Whether quotes are added if the value needs them.
        quote: bool,
    },
    /// Opens a Rust block; its body follows until the matching `Close`.
    Open(Head),
    /// Closes the innermost open block.
    Close,
    /// A Rust statement (`let` or other).
    Statement {
        /// The statement's text (after `let` for a `let`).
        code: Code,
        /// A `let` statement.
        is_let: bool,
    },
}

/// Where an attribute value between [`Op::ValueStart`] and
/// [`Op::ValueEnd`] stands: what lowering knows, for the contextual
/// escaping pass to decide how its holes are escaped.
#[derive(Clone, Debug, PartialEq)]
pub struct ValuePlace {
    /// The attribute's name, for messages.
    pub name: String,
    /// What the attribute's value is to the browser.
    pub kind: AttributeKind,
    /// The value as written.
    pub value: PlacedValue,
}

/// The value of a [`ValuePlace`].
#[derive(Clone, Debug, PartialEq)]
pub enum PlacedValue {
    /// A string with `#{}`, as written: the holes up to [`Op::ValueEnd`]
    /// are its interpolations, in order.
    Interpolated(Vec<Segment>),
    /// An array literal, written at the span of its first item that is
    /// code: its items are joined with spaces.
    Array(Span),
}

/// How several values of one attribute combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeKind {
    /// One `class` source, written as haml writes a single value.
    SingleClass,
    /// Several `class` sources: split, de-duplicated, joined with spaces.
    Classes,
    /// `id` sources joined with `_`.
    Ids,
    /// `class` sources merged as a set (split and de-duplicated), the
    /// static ones sorted at compile time (minified output).
    SortedClasses,
}

/// A value of a merged attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A string known at compile time.
    Static(String),
    /// `None` or `false`: left out.
    Nil,
    /// A string with `#{}` interpolation.
    Format(Vec<Segment>),
    /// A Rust expression.
    Code(Code),
    /// An array literal, item by item (items are never split).
    Array(Vec<Source>),
}

/// The head of a Rust block.
#[derive(Clone, Debug, PartialEq)]
pub enum Head {
    /// `if condition`
    If(Code),
    /// `else if condition`
    ElseIf(Code),
    /// `else`
    Else,
    /// `for pattern in iterable`
    For {
        /// The pattern.
        pattern: Code,
        /// The expression iterated over.
        iterable: Code,
    },
    /// `while condition`
    While(Code),
    /// `loop`
    Loop,
    /// `match scrutinee`
    Match(Code),
    /// A match arm: `pattern =>` (with its guard).
    Arm(Code),
}

impl Head {
    /// The template code of the head, if it has any (for error positions).
    pub fn code(&self) -> Option<&Code> {
        match self {
            Head::If(c) | Head::ElseIf(c) | Head::While(c) | Head::Match(c) | Head::Arm(c) => {
                Some(c)
            }
            Head::For { iterable, .. } => Some(iterable),
            Head::Else | Head::Loop => None,
        }
    }
}

/// Collects operations, merging adjacent static text.
#[derive(Default)]
pub struct Ops {
    /// The operations so far.
    pub ops: Vec<Op>,
}

impl Ops {
    /// Appends `op`, merged into the last one if both are static text.
    pub fn push(&mut self, op: Op) {
        match (self.ops.last_mut(), op) {
            (_, Op::Static(s)) if s.is_empty() => {}
            (Some(Op::Static(last)), Op::Static(s)) => last.push_str(&s),
            (_, op) => self.ops.push(op),
        }
    }

    /// Appends static text.
    pub fn push_str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        match self.ops.last_mut() {
            Some(Op::Static(last)) => last.push_str(s),
            _ => self.ops.push(Op::Static(s.to_string())),
        }
    }

    /// Bytes of static text, the compile-time part of the size hint.
    pub fn static_len(ops: &[Op]) -> usize {
        ops.iter()
            .map(|op| match op {
                Op::Static(s) => s.len(),
                _ => 0,
            })
            .sum()
    }
}

/// haml's intermediate form of the output.
#[derive(Debug)]
pub enum Tree {
    /// An operation.
    Op(Op),
    /// A newline that whitespace removal may take away.
    Newline,
    /// A sequence that whitespace removal looks into (haml's `:multi`).
    Multi(Vec<Tree>),
    /// An element: whitespace removal does not look into it.
    Element(ElementTree),
    /// An HTML comment.
    Comment(CommentTree),
    /// A filter's output (`:javascript` is a `<script>` element, ...).
    Filter {
        /// The filter's name (`plain`, `javascript`, ...).
        name: String,
        /// What it writes.
        ops: Vec<Op>,
    },
    /// A `!!!` line.
    Doctype(String),
    /// A Rust block and its body.
    Block {
        /// The block's head.
        head: Head,
        /// Its body, with a [`Tree::Mid`] before each `- else` or arm.
        body: Vec<Tree>,
    },
    /// `- else if`, `- else` or a match arm inside a block body.
    Mid(Head),
}

/// An element in the tree.
#[derive(Debug)]
pub struct ElementTree {
    /// The tag name, as written.
    pub name: String,
    /// `<name attributes>` (or ` />`).
    pub start: Vec<Op>,
    /// Whether it has attributes (a start tag with some can't be left out).
    pub has_attributes: bool,
    /// What stands between the tags.
    pub content: Vec<Tree>,
    /// `</name>`, or `None` for a tag that closes itself.
    pub end: Option<String>,
    /// Set by minification: the HTML parser implies the start tag.
    pub omit_start: bool,
    /// Set by minification: the HTML parser implies the end tag.
    pub omit_end: bool,
}

/// The kinds of HTML comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentKind {
    /// `/ text`
    Plain,
    /// `/[if IE]`: all of it is a comment for browsers today.
    Conditional,
    /// `/![if !IE]`: the content is not commented out.
    Revealed,
}

/// An HTML comment in the tree.
#[derive(Debug)]
pub struct CommentTree {
    /// Which kind.
    pub kind: CommentKind,
    /// `<!--` (with a condition: `<!--[if IE]>`).
    pub open: String,
    /// What stands inside.
    pub content: Vec<Tree>,
    /// `-->` (with a condition: `<![endif]-->`).
    pub close: String,
}

/// What [`walk`] meets, in the order the output is written.
pub enum Step<'a> {
    /// An operation of the tree.
    Op(&'a mut Op),
    /// Text the tree's structure writes: a newline, an end tag, a comment's
    /// markers, a doctype.
    Text(&'a str),
    /// A Rust block opens (also each `- else` and match arm).
    Open(&'a mut Head),
    /// The innermost open block closes.
    Close,
}

/// Visits `list` in output order: what its flat operations will be, as
/// [`Step`]s (a block's `- else` is a `Close` and an `Open`; whatever
/// stands between a `match` and its first arm writes nothing and is not
/// visited; tags that minification leaves out are not visited).
pub fn walk(list: &mut [Tree], visit: &mut impl FnMut(Step<'_>)) {
    walk_inner(list, true, visit);
}

/// [`walk`], without going into elements and comments: the text of a
/// list's own content (and its blocks), as a scan of an element's text
/// needs it where nested markup stays markup.
pub fn walk_own_text(list: &mut [Tree], visit: &mut impl FnMut(Step<'_>)) {
    walk_inner(list, false, visit);
}

fn walk_inner(list: &mut [Tree], elements: bool, visit: &mut dyn FnMut(Step<'_>)) {
    let walk =
        |list: &mut [Tree], visit: &mut dyn FnMut(Step<'_>)| walk_inner(list, elements, visit);
    for t in list {
        match t {
            Tree::Op(op) => visit(Step::Op(op)),
            Tree::Newline => visit(Step::Text("\n")),
            Tree::Multi(inner) => walk(inner, visit),
            Tree::Element(_) | Tree::Comment(_) if !elements => {}
            Tree::Element(e) => {
                if !e.omit_start {
                    e.start.iter_mut().for_each(|op| visit(Step::Op(op)));
                }
                walk(&mut e.content, visit);
                if let (Some(end), false) = (&e.end, e.omit_end) {
                    visit(Step::Text(end));
                }
            }
            Tree::Comment(c) => {
                visit(Step::Text(&c.open));
                walk(&mut c.content, visit);
                visit(Step::Text(&c.close));
            }
            Tree::Filter { ops, .. } => ops.iter_mut().for_each(|op| visit(Step::Op(op))),
            Tree::Doctype(text) => visit(Step::Text(text)),
            Tree::Block { head, body } => {
                let is_match = matches!(head, Head::Match(_));
                visit(Step::Open(head));
                let mut arm_open = false;
                for t in body {
                    match t {
                        Tree::Mid(head @ Head::Arm(_)) => {
                            if arm_open {
                                visit(Step::Close);
                            }
                            visit(Step::Open(head));
                            arm_open = true;
                        }
                        Tree::Mid(head) => {
                            visit(Step::Close);
                            visit(Step::Open(head));
                        }
                        // Nothing is written between `match` and its first
                        // arm: haml puts no newline there.
                        _ if is_match && !arm_open => {}
                        t => walk(std::slice::from_mut(t), visit),
                    }
                }
                if arm_open {
                    visit(Step::Close);
                }
                visit(Step::Close);
            }
            Tree::Mid(_) => {}
        }
    }
}

/// Every operation in `list`, in element start tags and filters too, in
/// output order (as [`walk`] meets them).
pub fn for_each_op(list: &mut [Tree], f: &mut impl FnMut(&mut Op)) {
    walk(list, &mut |step| {
        if let Step::Op(op) = step {
            f(op)
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_statics_merge() {
        let mut ops = Ops::default();
        ops.push_str("<p>");
        ops.push(Op::Static("a".into()));
        ops.push(Op::Static(String::new()));
        ops.push_str("</p>");
        assert_eq!(ops.ops, vec![Op::Static("<p>a</p>".into())]);
    }
}
