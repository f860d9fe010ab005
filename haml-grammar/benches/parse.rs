//! `haml_grammar::parse` on a 1,000-line template:
//! `cargo bench -p haml-grammar --bench parse`.

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "support/thousand_lines.rs"]
mod thousand_lines;
use thousand_lines::thousand_lines;

fn bench(c: &mut Criterion) {
    let source = thousand_lines();
    assert!(haml_grammar::parse(&source).is_ok());
    let lines = source.lines().count();
    c.bench_function(&format!("parse {lines} lines"), |b| {
        b.iter(|| haml_grammar::parse(std::hint::black_box(&source)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
