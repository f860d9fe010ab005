//! The front end of compile-time HAML templates: text to syntax tree.
//!
//! [`parse`] reads a template and returns its [`Document`], in which every
//! node keeps the [`Span`] it came from, or a [`ParseError`] that names the
//! line and column of the fault. The syntax of a line is the pest grammar in
//! `haml.pest`; nesting by indentation is read in `parse.rs`. Rust code in
//! the template stays text ([`Code`]): the macro crate parses it with `syn`.
//!
//! ```
//! let doc = haml_grammar::parse("%p.greeting Hello, #{name}!").unwrap();
//! assert_eq!(doc.nodes.len(), 1);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]

// The generated parser (pest without its `std` feature) writes `alloc::` paths.
extern crate alloc;

mod ast;
mod error;
// Generated, and laid out by prettyplease (see tests/generated_parser.rs).
#[rustfmt::skip]
mod grammar;
mod line;
mod parse;
mod source;

pub use ast::*;
pub use error::ParseError;
pub use parse::{parse, parse_file, parse_line_by_line, HAML_AUTOCLOSE};
