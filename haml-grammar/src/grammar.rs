//! The parser generated from `haml.pest`.

/// The pest parser for one line of HAML (see `haml.pest`).
#[derive(pest_derive::Parser)]
#[grammar = "haml.pest"]
pub(crate) struct HamlParser;
