//! The lowered form of a template: a flat list of operations, in output
//! order. Adjacent static text is merged as it is pushed, so a template
//! without holes is one `Static`.

use haml_grammar::{Code, Segment};

/// One operation of the generated code.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Text written as it is.
    Static(String),
    /// A Rust value, escaped as `escape` says.
    Hole { code: Code, escape: Escape },
    /// An attribute whose value is a Rust expression: written as
    /// `open value close`, or left out (see `haml_runtime::AttributeValue`).
    Attribute {
        code: Code,
        /// ` name='`
        open: String,
        /// The closing quote.
        close: String,
        /// ` name` (or ` name='name'` in xhtml): a boolean attribute that is on.
        bare: String,
        /// Boolean attribute semantics (`false` / `None` leave it out).
        boolean: bool,
        escape: Escape,
        /// `open` ends in `=`: quotes are added at run time if needed.
        quote_if_needed: bool,
        /// The check of a URL attribute's value.
        check: UrlCheck,
    },
    /// A `class` value merged from several sources, or an `id` joined.
    Merge {
        kind: MergeKind,
        sources: Vec<Source>,
        escape: Escape,
    },
    /// A minified `class` attribute with one dynamic value (see
    /// `haml_runtime::__private::class_attribute`); `open` is ` class=`.
    ClassAttribute {
        code: Code,
        open: String,
        escape: Escape,
    },
    /// A minified `class` attribute whose classes are all known at compile
    /// time, some of them under conditions: `classes` always, and each
    /// `(condition, if true, if false)` (the literals already escaped).
    ConditionalClasses {
        name: String,
        classes: Vec<String>,
        conditions: Vec<(Code, Option<String>, Option<String>)>,
    },
    /// An attribute value written at run time starts here...
    ValueStart,
    /// ...and ends here: it is checked if it is a URL, and (written
    /// unquoted) gets quotes at run time if it needs them.
    ValueEnd { check: UrlCheck, quote: bool },
    /// Opens a Rust block; its body follows until the matching `Close`.
    Open(Head),
    /// Closes the innermost open block.
    Close,
    /// A Rust statement (`let` or other).
    Statement { code: Code, is_let: bool },
}

/// How a value is escaped (see `haml_runtime::Escape`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// Not at all.
    None,
    /// `& < > " '`, as haml does.
    Html,
    /// `&` and `<`: text in minified output.
    Text,
    /// `&` and `"`: a double-quoted attribute value in minified output.
    DoubleQuoted,
    /// Inside a JavaScript string or template literal.
    JsString { attribute: bool },
    /// A JavaScript value (a JSON literal).
    JsValue { attribute: bool },
    /// Inside a CSS string.
    CssString { attribute: bool },
    /// A CSS value (filtered).
    CssValue { attribute: bool },
    /// A URL at the start of CSS `url(...)`.
    CssUrl { attribute: bool },
    /// A URL or its path in a URL attribute.
    Url,
    /// A query or fragment value in a URL attribute.
    UrlComponent,
    /// The document of `srcdoc`.
    Srcdoc,
}

/// The run-time check of a URL attribute's value (see
/// `haml_runtime::UrlCheck`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlCheck {
    None,
    Link,
    Media,
    Srcset,
    Refresh,
    List,
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
    If(Code),
    ElseIf(Code),
    Else,
    For { pattern: Code, iterable: Code },
    While(Code),
    Loop,
    Match(Code),
    Arm(Code),
}

/// Collects operations, merging adjacent static text.
#[derive(Default)]
pub struct Ops {
    pub ops: Vec<Op>,
}

impl Ops {
    pub fn push(&mut self, op: Op) {
        match (self.ops.last_mut(), op) {
            (_, Op::Static(s)) if s.is_empty() => {}
            (Some(Op::Static(last)), Op::Static(s)) => last.push_str(&s),
            (_, op) => self.ops.push(op),
        }
    }

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

/// How much static text on each side of an `if` moves into its branches.
const MOVED: usize = 64;

/// Static text right before and after an `if` chain (with an `else`) whose
/// branches write only static text moves into each branch, up to [`MOVED`]
/// bytes of each side: one append per branch where there were three
/// (`<li` + ` class=a` + `>` becomes `<li class=a>`). The output is the
/// same.
pub fn statics_into_branches(mut ops: Vec<Op>) -> Vec<Op> {
    let mut out: Vec<Op> = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        let Some((branches, end)) = static_branches(&ops, i) else {
            // Taken, not copied: `i` only moves on.
            out.push(std::mem::replace(&mut ops[i], Op::Close));
            i += 1;
            continue;
        };
        // The tail of the static text before, the head of the one after.
        let before = match out.last_mut() {
            Some(Op::Static(s)) => {
                let cut = floor_boundary(s, s.len().saturating_sub(MOVED));
                let tail = s.split_off(cut);
                if s.is_empty() {
                    out.pop();
                }
                tail
            }
            _ => String::new(),
        };
        let (after, rest) = match ops.get(end) {
            Some(Op::Static(s)) => {
                let cut = floor_boundary(s, MOVED.min(s.len()));
                (s[..cut].to_string(), Some(s[cut..].to_string()))
            }
            _ => (String::new(), None),
        };
        for (head, text) in branches {
            out.push(Op::Open(head));
            out.push(Op::Static(format!("{before}{text}{after}")));
            out.push(Op::Close);
        }
        i = end;
        if let Some(rest) = rest {
            if !rest.is_empty() {
                out.push(Op::Static(rest));
            }
            i += 1;
        }
    }
    out
}

/// The branches (head, static text) of the `if` chain opening at `at`, and
/// the index after it, if it ends in an `else` and its branches write only
/// static text.
fn static_branches(ops: &[Op], at: usize) -> Option<(Vec<(Head, String)>, usize)> {
    if !matches!(ops.get(at), Some(Op::Open(Head::If(_)))) {
        return None;
    }
    let mut branches = Vec::new();
    let mut i = at;
    loop {
        let head = match ops.get(i) {
            Some(Op::Open(h @ (Head::If(_) | Head::ElseIf(_) | Head::Else))) => h.clone(),
            _ => return None,
        };
        let (text, next) = match (ops.get(i + 1), ops.get(i + 2)) {
            (Some(Op::Static(s)), Some(Op::Close)) => (s.clone(), i + 3),
            (Some(Op::Close), _) => (String::new(), i + 2),
            _ => return None,
        };
        let last = matches!(head, Head::Else);
        branches.push((head, text));
        if last {
            return Some((branches, next));
        }
        if !matches!(ops.get(next), Some(Op::Open(Head::ElseIf(_) | Head::Else))) {
            return None;
        }
        i = next;
    }
}

/// The largest character boundary of `s` at or below `at`.
fn floor_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        Code {
            text: text.into(),
            span: Default::default(),
        }
    }

    #[test]
    fn statics_move_into_static_branches() {
        let s = |t: &str| Op::Static(t.into());
        let ops = vec![
            s("<ul><li"),
            Op::Open(Head::If(code("a"))),
            s(" class=x"),
            Op::Close,
            Op::Open(Head::Else),
            Op::Close,
            s("><b>"),
            Op::Hole {
                code: code("n"),
                escape: Escape::Text,
            },
        ];
        let moved = statics_into_branches(ops);
        assert_eq!(
            moved[..6],
            [
                Op::Open(Head::If(code("a"))),
                s("<ul><li class=x><b>"),
                Op::Close,
                Op::Open(Head::Else),
                s("<ul><li><b>"),
                Op::Close,
            ]
        );
        // A branch that writes a value, or an `if` without `else`, stays.
        let ops = vec![
            s("a"),
            Op::Open(Head::If(code("c"))),
            s("b"),
            Op::Close,
            s("c"),
        ];
        assert_eq!(statics_into_branches(ops.clone()), ops);
        // Long text moves only its last and first 64 bytes (whole
        // characters).
        let long = "é".repeat(40);
        let ops = vec![
            s(&long),
            Op::Open(Head::If(code("c"))),
            Op::Close,
            Op::Open(Head::ElseIf(code("d"))),
            s("d"),
            Op::Close,
            Op::Open(Head::Else),
            Op::Close,
            s(&long),
        ];
        let moved = statics_into_branches(ops);
        let tail = "é".repeat(32);
        assert_eq!(moved[0], s(&"é".repeat(8)));
        assert_eq!(moved[2], s(&format!("{tail}{tail}")));
        assert_eq!(moved[5], s(&format!("{tail}d{tail}")));
        assert_eq!(moved[10], s(&"é".repeat(8)));
    }

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
