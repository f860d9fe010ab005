//! Render time of each workload by each engine, in one run so the ratios
//! compare like with like: `cargo bench -p benches --bench render`.
//! `copy-limit` is the time to copy the finished output into a buffer
//! reserved for it: no engine can be faster.

use std::hint::black_box;

use benches::*;
use criterion::{criterion_group, criterion_main, Criterion};

fn big_table(c: &mut Criterion) {
    let table = big_table_data(100);
    let output = haml::big_table(&table);
    let mut g = c.benchmark_group("big-table");
    g.bench_function("haml", |b| b.iter(|| haml::big_table(black_box(&table))));
    g.bench_function("sailfish", |b| {
        b.iter(|| sailfish_engine::big_table(black_box(&table)))
    });
    g.bench_function("askama", |b| {
        b.iter(|| askama_engine::big_table(black_box(&table)))
    });
    g.bench_function("maud", |b| {
        b.iter(|| maud_engine::big_table(black_box(&table)))
    });
    g.bench_function("hand-written", |b| {
        b.iter(|| hand_written::big_table(black_box(&table)))
    });
    g.bench_function("copy-limit", |b| b.iter(|| copy_limit(black_box(&output))));
    g.finish();
}

fn teams(c: &mut Criterion) {
    let teams = teams_data();
    let output = haml::teams(&teams);
    let mut g = c.benchmark_group("teams");
    g.bench_function("haml", |b| b.iter(|| haml::teams(black_box(&teams))));
    g.bench_function("sailfish", |b| {
        b.iter(|| sailfish_engine::teams(black_box(&teams)))
    });
    g.bench_function("askama", |b| {
        b.iter(|| askama_engine::teams(black_box(&teams)))
    });
    g.bench_function("maud", |b| b.iter(|| maud_engine::teams(black_box(&teams))));
    g.bench_function("hand-written", |b| {
        b.iter(|| hand_written::teams(black_box(&teams)))
    });
    g.bench_function("copy-limit", |b| b.iter(|| copy_limit(black_box(&output))));
    g.finish();
}

fn page(c: &mut Criterion) {
    let data = page_data();
    let output = haml::page(&data);
    let mut g = c.benchmark_group("page");
    g.bench_function("haml", |b| b.iter(|| haml::page(black_box(&data))));
    g.bench_function("sailfish", |b| {
        b.iter(|| sailfish_engine::page(black_box(&data)))
    });
    g.bench_function("askama", |b| {
        b.iter(|| askama_engine::page(black_box(&data)))
    });
    g.bench_function("maud", |b| b.iter(|| maud_engine::page(black_box(&data))));
    g.bench_function("hand-written", |b| {
        b.iter(|| hand_written::page(black_box(&data)))
    });
    g.bench_function("copy-limit", |b| b.iter(|| copy_limit(black_box(&output))));
    g.finish();
}

criterion_group!(benches, big_table, teams, page);
criterion_main!(benches);
