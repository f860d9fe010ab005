//! One micro benchmark per kind of hole, next to the same bytes written
//! from a `&str` formatted before the render (`benches/src/holes.rs`):
//! `cargo bench -p benches --bench holes`.

use std::hint::black_box;

use benches::holes::{records, KINDS};
use criterion::{criterion_group, criterion_main, Criterion};

fn holes(c: &mut Criterion) {
    let records = records();
    for kind in KINDS {
        let mut g = c.benchmark_group(kind.name);
        g.bench_function("value", |b| b.iter(|| (kind.value)(black_box(&records))));
        g.bench_function("text", |b| b.iter(|| (kind.text)(black_box(&records))));
        if let Some(rust) = kind.rust {
            g.bench_function("rust-write", |b| b.iter(|| rust(black_box(&records))));
        }
        g.finish();
    }
}

criterion_group!(benches, holes);
criterion_main!(benches);
