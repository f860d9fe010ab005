//! The compiler of compile-time HAML templates, as an ordinary library:
//! template text in, the Rust code that renders it out.
//!
//! `haml-macros` is a thin proc-macro crate over [`derive`] and [`inline`];
//! benchmarks, fuzz targets, tests and tools call the same functions, or
//! [`compile`] and the passes directly. [`compile`] is the whole pipeline
//! (in `pipeline.rs`, one function), one pass after the other, each in its
//! own module, each reading and writing the one tree of [`tree`]:
//!
//! | stage | module | reads | writes |
//! |---|---|---|---|
//! | parse | `haml_grammar` | template text | syntax tree |
//! | include | [`include`] | syntax tree | syntax tree with partials pasted in |
//! | lower | [`lower`] | syntax tree | [`tree::Tree`] |
//! | minify | [`minify`] | tree | tree |
//! | contextual escaping | [`escaping`] | tree | tree |
//! | flatten | [`flatten`] | tree | [`tree::Op`]s |
//! | Content-Security-Policy | [`csp`] | ops | ops (nonces added), [`csp::Policy`] |
//! | optimise | [`optimise`] | ops | ops |
//! | codegen | [`codegen`] | ops | Rust tokens |
//!
//! What HTML is (element categories, attribute kinds, escapers) comes from
//! `haml-html`, which the runtime uses too.
//!
//! ```
//! use haml_compiler::{compile, Options, SourceFile, TemplatesDir};
//! use haml_compiler::tree::Op;
//!
//! let template = SourceFile::inline("%p.greeting Hello, #{name}!", "example", "example");
//! let compiled = compile(template, &Options::default(), &TemplatesDir::none())
//!     .map_err(|f| f.error.message(&f.files))
//!     .unwrap();
//! assert_eq!(compiled.ops[0], Op::Static("<p class=greeting>Hello, ".into()));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]

pub mod codegen;
pub mod csp;
mod error;
pub mod escaping;
mod expand;
pub mod flatten;
pub mod fragment;
pub mod include;
pub mod lower;
pub mod minify;
pub mod optimise;
mod options;
mod pipeline;
pub mod reload;
mod source;
pub mod tree;

pub use error::Error;
pub use expand::{derive, inline, Features};
pub use options::{Csp, Format, Options, Output, Print};
pub use pipeline::{compile, compile_at, Compiled, Failure};
pub use source::{identifier_stem, SourceFile, TemplatesDir};
