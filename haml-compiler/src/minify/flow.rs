//! Control flow over the tokens: the successors and predecessors of each
//! token on every path the template can take.

use super::scan::{FlowKind, Kind, Token};

/// Successors and predecessors of each token on every path the template
/// can take.
pub(super) struct Flow {
    next: Vec<Vec<usize>>,
    previous: Vec<Vec<usize>>,
}

impl Flow {
    pub(super) fn new(tokens: &[Token]) -> Flow {
        let n = tokens.len();
        let mut next: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        // Match blocks: (open, mids, close); loops for jumps.
        // Open blocks: their start, kind, and `else` / arm tokens (with
        // whether each is an `else`).
        type OpenBlock = (usize, FlowKind, Vec<(usize, bool)>);
        let mut stack: Vec<OpenBlock> = Vec::new();
        let mut loops: Vec<usize> = Vec::new();
        let mut jumps: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            match t {
                Token::Open(kind) => {
                    stack.push((i, *kind, Vec::new()));
                    if matches!(kind, FlowKind::Repeat | FlowKind::Loop) {
                        loops.push(i);
                    }
                }
                Token::Mid { is_else } => {
                    if let Some(top) = stack.last_mut() {
                        top.2.push((i, *is_else));
                    }
                }
                Token::Jump => jumps.push((i, loops.clone())),
                Token::Close => {
                    let Some((open, kind, mids)) = stack.pop() else {
                        continue;
                    };
                    if matches!(kind, FlowKind::Repeat | FlowKind::Loop) {
                        loops.pop();
                    }
                    let after = i + 1;
                    let after = if after < n { vec![after] } else { vec![] };
                    match kind {
                        FlowKind::If => {
                            let mut targets = vec![open + 1];
                            targets.extend(mids.iter().map(|(m, _)| m + 1));
                            // Without an `else`, no branch may run.
                            if !mids.iter().any(|(_, is_else)| *is_else) {
                                targets.extend(after.iter().copied());
                            }
                            next[open] = targets;
                            for (m, _) in mids {
                                next[m] = after.clone();
                            }
                        }
                        FlowKind::Match => {
                            let mut targets: Vec<usize> = mids.iter().map(|(m, _)| m + 1).collect();
                            if targets.is_empty() {
                                targets.extend(after.iter().copied());
                            }
                            next[open] = targets;
                            for (m, _) in mids {
                                next[m] = after.clone();
                            }
                        }
                        FlowKind::Repeat => {
                            next[open] = [vec![open + 1], after.clone()].concat();
                            next[i] = [vec![open + 1], after.clone()].concat();
                        }
                        FlowKind::Loop => {
                            next[i] = [vec![open + 1], after.clone()].concat();
                        }
                    }
                }
                _ => {}
            }
        }
        // `break` / `continue`: to the innermost loop's start and exit.
        for (i, enclosing) in jumps {
            if let Some(&open) = enclosing.last() {
                let close = matching_close(tokens, open);
                next[i].push(open + 1);
                if close + 1 < n {
                    next[i].push(close + 1);
                }
            }
        }
        let mut previous = vec![Vec::new(); n];
        for (i, targets) in next.iter().enumerate() {
            for &t in targets {
                previous[t].push(i);
            }
        }
        Flow { next, previous }
    }

    /// Does every path forward from token `from` meet a token whose kind
    /// satisfies `ok` before any other kind? Newlines collapse, so they are
    /// looked through.
    pub(super) fn all_forward(
        &self,
        tokens: &[Token],
        from: usize,
        ok: impl Fn(Kind) -> bool,
    ) -> bool {
        self.all(
            tokens,
            from,
            &self.next,
            |t| match t {
                Token::Gap(_) => None,
                Token::Item { forward, .. }
                | Token::Start { forward, .. }
                | Token::End { forward, .. } => (*forward != Kind::Pass).then_some(*forward),
                _ => None,
            },
            &ok,
        )
    }

    /// Does every path backward from token `from` meet a token whose kind
    /// satisfies `ok`? A newline kept before counts as rendered whitespace.
    pub(super) fn all_backward(
        &self,
        tokens: &[Token],
        from: usize,
        keep: &[bool],
        ok: impl Fn(Kind) -> bool,
    ) -> bool {
        self.all(
            tokens,
            from,
            &self.previous,
            |t| match t {
                Token::Gap(id) if keep[*id] => Some(Kind::Space),
                Token::Gap(_) => None,
                Token::Item { backward, .. }
                | Token::Start { backward, .. }
                | Token::End { backward, .. } => (*backward != Kind::Pass).then_some(*backward),
                _ => None,
            },
            &ok,
        )
    }

    fn all(
        &self,
        tokens: &[Token],
        from: usize,
        edges: &[Vec<usize>],
        kind_of: impl Fn(&Token) -> Option<Kind>,
        ok: &impl Fn(Kind) -> bool,
    ) -> bool {
        let mut seen = vec![false; tokens.len()];
        let mut stack: Vec<usize> = edges[from].clone();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match kind_of(&tokens[i]) {
                Some(kind) => {
                    if !ok(kind) {
                        return false;
                    }
                }
                None => {
                    if edges[i].is_empty() {
                        // The document's first and last tokens are breaks;
                        // this is not reached.
                        return false;
                    }
                    stack.extend(edges[i].iter().copied());
                }
            }
        }
        true
    }

    /// The tokens that may come right after `from` in the output, looking
    /// through what writes nothing (left-out newlines, statements, left-out
    /// comments, control flow). `None` if anything else could come first.
    pub(super) fn next_tags(
        &self,
        tokens: &[Token],
        from: usize,
        keep: &[bool],
    ) -> Option<Vec<usize>> {
        let mut seen = vec![false; tokens.len()];
        let mut stack: Vec<usize> = self.next[from].clone();
        let mut found = Vec::new();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match &tokens[i] {
                Token::Gap(id) if !keep[*id] => stack.extend(self.next[i].iter().copied()),
                Token::Item { silent: true, .. }
                | Token::Open(_)
                | Token::Mid { .. }
                | Token::Close
                | Token::Jump => stack.extend(self.next[i].iter().copied()),
                Token::Start { .. } | Token::End { .. } => found.push(i),
                // The document's end.
                Token::Item { .. } if i + 1 == tokens.len() => found.push(i),
                _ => return None,
            }
        }
        Some(found)
    }
}

fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::Open(_) => depth += 1,
            Token::Close => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}
