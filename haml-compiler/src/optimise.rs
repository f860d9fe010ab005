//! Optimisation of the flat operations: fewer, longer appends, the same
//! output.

use haml_html::attributes::needs_quotes;

use crate::tree::{Head, Op, UrlCheck};

/// How much static text on each side of an `if` moves into its branches.
const MOVED: usize = 64;

/// The operations with static text right before and after an `if` chain
/// (with an `else`) whose branches write only static text moved into each
/// branch, up to [`MOVED`] bytes of each side: one append per branch where
/// there were three (`<li` + ` class=a` + `>` becomes `<li class=a>`).
///
/// And an attribute value that would be quoted at run time whatever its
/// holes hold, because static text it always writes needs quotes
/// (`href="/item?id=#{id}"`, `title="#{n} items"`; no URL check left for
/// run time), gets its
/// quotes as static text: no check and
/// no quote inserted before the written value at run time.
pub fn optimise(ops: Vec<Op>) -> Vec<Op> {
    quote_statically(statics_into_branches(ops))
}

/// See [`optimise`].
fn quote_statically(mut ops: Vec<Op>) -> Vec<Op> {
    let mut i = 0;
    while i < ops.len() {
        if !matches!(ops[i], Op::ValueStart(_)) {
            i += 1;
            continue;
        }
        let Some(end) = ops[i..]
            .iter()
            .position(|op| matches!(op, Op::ValueEnd { .. }))
            .map(|at| i + at)
        else {
            i += 1;
            continue;
        };
        // Static text written whatever the holes and branches do: outside
        // the value's blocks.
        let mut depth = 0usize;
        let always_quoted = ops[i + 1..end].iter().any(|op| match op {
            Op::Open(_) => {
                depth += 1;
                false
            }
            Op::Close => {
                depth = depth.saturating_sub(1);
                false
            }
            Op::Static(text) => depth == 0 && needs_quotes(text),
            _ => false,
        });
        if !always_quoted {
            i = end + 1;
            continue;
        }
        let Op::ValueEnd { quote, check } = &mut ops[end] else {
            unreachable!("found as a ValueEnd")
        };
        // (A value that fails its URL check is replaced at run time, by
        // one that needs no quotes.)
        if !*quote || *check != UrlCheck::None {
            i = end + 1;
            continue;
        }
        *quote = false;
        // The closing quote first, so `i` stays where it was.
        match ops.get_mut(end + 1) {
            Some(Op::Static(after)) => after.insert(0, '"'),
            _ => ops.insert(end + 1, Op::Static("\"".into())),
        }
        let mut next = end + 2;
        match i.checked_sub(1).map(|before| &mut ops[before]) {
            Some(Op::Static(before)) => before.push('"'),
            _ => {
                ops.insert(i, Op::Static("\"".into()));
                next += 1;
            }
        }
        i = next;
    }
    ops
}

/// See [`optimise`].
fn statics_into_branches(mut ops: Vec<Op>) -> Vec<Op> {
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
    use crate::tree::Escape;
    use haml_grammar::Code;

    fn code(text: &str) -> Code {
        Code {
            text: text.into(),
            span: Default::default(),
        }
    }

    #[test]
    fn values_whose_static_prefix_needs_quotes_are_quoted_statically() {
        let hole = || Op::Hole {
            code: code("id"),
            escape: Escape::UrlComponent,
        };
        let end = |quote| Op::ValueEnd {
            check: UrlCheck::None,
            quote,
        };
        let ops = vec![
            Op::Static("<a href=".into()),
            Op::ValueStart(None),
            Op::Static("/item?id=".into()),
            hole(),
            end(true),
            Op::Static(">x</a>".into()),
            // Static text after a hole.
            Op::ValueStart(None),
            hole(),
            Op::Static("?a=b".into()),
            end(true),
            // Static text that needs quotes only in a branch: the run-time
            // check decides.
            Op::ValueStart(None),
            Op::Open(Head::If(code("c"))),
            Op::Static("a b".into()),
            Op::Close,
            hole(),
            end(true),
            // A prefix that needs no quotes.
            Op::Static("<a href=".into()),
            Op::ValueStart(None),
            Op::Static("/a/".into()),
            hole(),
            end(true),
            // Quoted already (haml output).
            Op::ValueStart(None),
            Op::Static("/a?b=".into()),
            hole(),
            end(false),
            // Nothing before or after.
            Op::ValueStart(None),
            Op::Static("a b".into()),
            end(true),
            // Checked at run time.
            Op::ValueStart(None),
            Op::Static("a.png 1x, ".into()),
            hole(),
            Op::ValueEnd {
                check: UrlCheck::Srcset,
                quote: true,
            },
        ];
        assert_eq!(
            quote_statically(ops),
            vec![
                Op::Static("<a href=\"".into()),
                Op::ValueStart(None),
                Op::Static("/item?id=".into()),
                hole(),
                end(false),
                Op::Static("\">x</a>\"".into()),
                Op::ValueStart(None),
                hole(),
                Op::Static("?a=b".into()),
                end(false),
                Op::Static("\"".into()),
                Op::ValueStart(None),
                Op::Open(Head::If(code("c"))),
                Op::Static("a b".into()),
                Op::Close,
                hole(),
                end(true),
                Op::Static("<a href=".into()),
                Op::ValueStart(None),
                Op::Static("/a/".into()),
                hole(),
                end(true),
                Op::ValueStart(None),
                Op::Static("/a?b=".into()),
                hole(),
                end(false),
                Op::Static("\"".into()),
                Op::ValueStart(None),
                Op::Static("a b".into()),
                end(false),
                Op::Static("\"".into()),
                Op::ValueStart(None),
                Op::Static("a.png 1x, ".into()),
                hole(),
                Op::ValueEnd {
                    check: UrlCheck::Srcset,
                    quote: true,
                },
            ]
        );
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
}
