//! Compile-fail cases: what a user sees for each kind of mistake. Each
//! `tests/ui/NAME.rs` has its expected compiler output in `NAME.stderr`.

#[test]
fn compile_errors() {
    // trybuild builds the cases in a crate of its own: point the templates
    // directory back at this one.
    std::env::set_var(
        "HAML_TEMPLATES_DIR",
        concat!(env!("CARGO_MANIFEST_DIR"), "/templates"),
    );
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
