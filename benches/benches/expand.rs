//! Macro expansion of a 1,000-line template, without rustc: the macro's
//! own modules compiled here as plain code, called on `proc_macro2`
//! tokens (`cargo bench -p benches --bench expand`).
//!
//! Four measurements: the grammar's parse, lowering to operations, code
//! generation, and the whole `#[derive(Template)]` expansion (which also
//! parses the derive input, checks every Rust expression with syn and
//! prints nothing).
//!
//! The generated tokens are dropped outside the timing
//! (`iter_with_large_drop`): a real macro hands them to the compiler, and
//! dropping `proc_macro2`'s stand-in token trees costs more than making
//! them.

// The macro crate is a proc-macro crate, whose functions other crates
// cannot call; these are its source files, unchanged (every module of
// haml-macros/src/lib.rs but lib.rs itself).
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/attributes.rs"]
mod attributes;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/code.rs"]
mod code;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/codegen.rs"]
mod codegen;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/context.rs"]
mod context;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/error.rs"]
mod error;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/expand.rs"]
mod expand;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/filters.rs"]
mod filters;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/include.rs"]
mod include;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/ir.rs"]
mod ir;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/lower.rs"]
mod lower;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/minify.rs"]
mod minify;
#[allow(dead_code, unused_imports, unexpected_cfgs)]
#[path = "../../haml-macros/src/options.rs"]
mod options;

#[path = "../../haml-grammar/benches/support/thousand_lines.rs"]
mod thousand_lines;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use proc_macro2::Span;
use quote::quote;

fn bench(c: &mut Criterion) {
    let source = thousand_lines::thousand_lines();
    let lines = source.lines().count();
    let options = options::Options::default();
    let places = code::Places {
        stems: vec!["big_haml".to_string()],
        anchor: Span::call_site(),
    };
    let document = haml_grammar::parse(&source).expect("the template parses");
    let ops =
        ir::statics_into_branches(lower::lower(&document, &options).expect("the template lowers"));
    let derive_input = quote! {
        #[template(source = #source)]
        struct Big;
    };
    let expanded = expand::derive(derive_input.clone()).to_string();
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
        b.iter(|| lower::lower(black_box(&document), &options).map(ir::statics_into_branches))
    });
    group.bench_function("codegen", |b| {
        b.iter_with_large_drop(|| codegen::generate(black_box(&ops), &places))
    });
    group.bench_function("derive", |b| {
        b.iter_with_large_drop(|| expand::derive(black_box(derive_input.clone())))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
