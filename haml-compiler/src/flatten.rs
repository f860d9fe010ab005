//! Flattening: the tree to the flat list of operations code generation
//! reads, in output order, adjacent static text merged.

use crate::tree::{walk, Head, Op, Ops, Step, Tree};

/// The operations of `tree`, which is taken apart (its operations move).
pub fn flatten(mut tree: Vec<Tree>) -> Vec<Op> {
    let mut ops = Ops::default();
    walk(&mut tree, &mut |step| match step {
        Step::Op(op) => ops.push(std::mem::replace(op, Op::Close)),
        Step::Text(text) => ops.push_str(text),
        Step::Open(head) => ops.push(Op::Open(std::mem::replace(head, Head::Else))),
        Step::Close => ops.push(Op::Close),
    });
    ops.ops
}
