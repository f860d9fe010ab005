//! Render time of each page of the suite (`benches::suite`) by this
//! project and by Sailfish: `cargo bench -p benches --bench suite`. One
//! group per page; `copy-limit` is the time to copy this project's finished
//! output into a buffer reserved for it, which no engine can beat. The data
//! is built before the timing; each iteration renders only.

use std::hint::black_box;

use benches::copy_limit;
use benches::suite;
use criterion::{criterion_group, criterion_main, Criterion};

fn suite(c: &mut Criterion) {
    for page in suite::pages() {
        let page = page.as_ref();
        let output = page.haml();
        let mut g = c.benchmark_group(page.name());
        g.bench_function("haml", |b| b.iter(|| black_box(page).haml()));
        g.bench_function("sailfish", |b| b.iter(|| black_box(page).sailfish()));
        g.bench_function("copy-limit", |b| b.iter(|| copy_limit(black_box(&output))));
        g.finish();
    }
}

criterion_group!(benches, suite);
criterion_main!(benches);
