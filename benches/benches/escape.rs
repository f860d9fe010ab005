//! HTML escaping throughput on text with few and with many characters to
//! escape: `cargo bench -p benches --bench escape`. haml-rs's escaping as
//! haml does it (`Html`, five characters) and as minified output does it
//! (`Text`), against Askama's, Sailfish's and v_htmlescape's.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use haml_runtime::{escape_into_with, Escape};

fn inputs() -> [(&'static str, String); 2] {
    let few = "Templates compile to Rust code that writes static text and escaped values. "
        .repeat(130)
        + "A & B";
    let many = "<a href=\"x\">Tom & Jerry's \"best\" <b>bits</b></a> ".repeat(200);
    [("few", few), ("many", many)]
}

fn escape(c: &mut Criterion) {
    for (name, text) in inputs() {
        let mut g = c.benchmark_group(format!("escape-{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        let mut out = String::with_capacity(text.len() * 6);
        g.bench_function("haml-html", |b| {
            b.iter(|| {
                out.clear();
                escape_into_with(black_box(&text), Escape::Html, &mut out);
            })
        });
        g.bench_function("haml-text", |b| {
            b.iter(|| {
                out.clear();
                escape_into_with(black_box(&text), Escape::Text, &mut out);
            })
        });
        g.bench_function("askama", |b| {
            b.iter(|| {
                out.clear();
                let escaped = askama::filters::escape(black_box(&text), askama::filters::Html)
                    .unwrap_or_else(|never| match never {});
                let _ = write!(out, "{escaped}");
            })
        });
        g.bench_function("sailfish", |b| {
            b.iter(|| {
                out.clear();
                sailfish::runtime::escape::escape_to_string(black_box(&text), &mut out);
            })
        });
        g.bench_function("v_htmlescape", |b| {
            b.iter(|| {
                out.clear();
                v_htmlescape::escape_string(black_box(&text), &mut out);
            })
        });
        g.finish();
    }
}

criterion_group!(benches, escape);
criterion_main!(benches);
