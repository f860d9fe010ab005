//! `src/grammar.rs` holds the parser that `pest_derive` would generate from
//! `src/haml.pest`, committed as Rust source so that users of the crate
//! compile neither `pest_derive` nor `pest_meta` (nor, through them, pest's
//! `std` feature with its stack-probing crates). This test generates the
//! parser again with `pest_generator`, the code `pest_derive` runs, and fails
//! on any difference in tokens, so the grammar and its parser cannot drift
//! apart. After editing `haml.pest`, run
//! `HAML_BLESS=1 cargo test -p haml-grammar --test generated_parser`. The
//! file is laid out by `prettyplease`, and `rustfmt` skips it (it is slow on
//! pest's deeply nested closures).

use std::path::Path;

/// What `#[derive(pest_derive::Parser)] #[grammar = "src/haml.pest"]` on
/// `pub(crate) struct HamlParser;` expands to, without the `include_str!`
/// of the grammar (the committed source is what changes when it does).
fn generated() -> String {
    let input = quote::quote! {
        #[grammar = "src/haml.pest"]
        pub(crate) struct HamlParser;
    };
    let tokens = pest_generator::derive_parser(input, false);
    let file: syn::File = syn::parse2(tokens).expect("pest_generator writes Rust");
    format!("{HEADER}{}", prettyplease::unparse(&file))
}

const HEADER: &str = "\
//! The pest parser of one line of HAML, generated from `haml.pest` by
//! `pest_generator` (what `#[derive(pest_derive::Parser)]` expands to) and
//! committed, so that users compile neither `pest_derive` nor `pest_meta`.
//! Do not edit: `tests/generated_parser.rs` fails when this differs from
//! what the grammar generates, and `HAML_BLESS=1` writes it again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unreachable_pub)]
#![allow(non_camel_case_types, unused_qualifications, dead_code)]

/// The pest parser for one line of HAML (see `haml.pest`).
pub(crate) struct HamlParser;

";

#[test]
fn committed_parser_is_what_the_grammar_generates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/grammar.rs");
    let expected = generated();
    if std::env::var_os("HAML_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == expected,
        "src/grammar.rs is not what haml.pest generates: run \
         `HAML_BLESS=1 cargo test -p haml-grammar --test generated_parser`"
    );
}
