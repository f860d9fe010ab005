//! Macro expansion of a 1,000-line template, without rustc: the compiler
//! library the macros are made of, called on `proc_macro2` tokens
//! (`cargo bench -p benches --bench expand`).
//!
//! Four measurements: the grammar's parse, lowering to operations (lower,
//! minify, contextual escaping, flatten, optimise), code generation, and
//! the whole `#[derive(Template)]` expansion (which also parses the derive
//! input, checks every Rust expression with syn and prints nothing).
//!
//! The generated tokens are dropped outside the timing
//! (`iter_with_large_drop`): a real macro hands them to the compiler, and
//! dropping `proc_macro2`'s stand-in token trees costs more than making
//! them.

#[path = "../../haml-grammar/benches/support/thousand_lines.rs"]
mod thousand_lines;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use haml_compiler::{codegen, escaping, flatten, lower, minify, optimise, tree, Options};
use proc_macro2::Span;
use quote::quote;

/// Lowering to operations: the passes between the parse and code
/// generation.
fn operations(document: &haml_grammar::Document, options: &Options) -> Vec<tree::Op> {
    let mut tree = lower::lower(document, options).expect("the template lowers");
    minify::minify(&mut tree, options);
    escaping::escape_values(&mut tree, options).expect("the template escapes");
    optimise::optimise(flatten::flatten(tree))
}

fn bench(c: &mut Criterion) {
    let source = thousand_lines::thousand_lines();
    let lines = source.lines().count();
    let options = Options::default();
    let places = codegen::Places {
        stems: vec!["big_haml".to_string()],
        anchor: Span::call_site(),
    };
    let document = haml_grammar::parse(&source).expect("the template parses");
    let ops = operations(&document, &options);
    let derive_input = quote! {
        #[template(source = #source)]
        struct Big;
    };
    let features = haml_compiler::Features::default();
    let expanded = haml_compiler::derive(derive_input.clone(), features).to_string();
    assert!(
        !expanded.contains("compile_error"),
        "the template expands without errors: {}",
        &expanded[..expanded.len().min(400)]
    );

    eprintln!(
        "expansion: {} bytes of tokens for {} bytes of template",
        expanded.len(),
        source.len()
    );
    // HAML_DUMP=1 writes the expansion to /tmp/expanded.rs for reading.
    if std::env::var_os("HAML_DUMP").is_some() {
        std::fs::write("/tmp/expanded.rs", &expanded).unwrap();
    }
    let mut group = c.benchmark_group(format!("expand-{lines}-lines"));
    group.bench_function("parse", |b| {
        b.iter(|| haml_grammar::parse(black_box(&source)))
    });
    group.bench_function("lower", |b| {
        b.iter(|| operations(black_box(&document), &options))
    });
    group.bench_function("codegen", |b| {
        b.iter_with_large_drop(|| codegen::generate(black_box(&ops), &places))
    });
    group.bench_function("derive", |b| {
        b.iter_with_large_drop(|| haml_compiler::derive(black_box(derive_input.clone()), features))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
