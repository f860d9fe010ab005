//! The compiler of compile-time HAML templates, as an ordinary library:
//! template text in, the Rust code that renders it out.
//!
//! `haml-macros` is a thin proc-macro crate over [`derive`] and [`inline`];
//! benchmarks, fuzz targets, tests and tools call the same functions, or
//! [`compile`] and the passes directly. [`compile`] is the whole pipeline,
//! one pass after the other, each in its own module, each reading and
//! writing the one tree of [`tree`]:
//!
//! | stage | module | reads | writes |
//! |---|---|---|---|
//! | parse | `haml_grammar` | template text | syntax tree |
//! | include | [`include`] | syntax tree | syntax tree with partials pasted in |
//! | lower | [`lower`] | syntax tree | [`tree::Tree`] |
//! | minify | [`minify`] | tree | tree |
//! | contextual escaping | [`escaping`] | tree | tree |
//! | flatten | [`flatten`] | tree | [`tree::Op`]s |
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
mod error;
pub mod escaping;
mod expand;
pub mod flatten;
pub mod include;
pub mod lower;
pub mod minify;
pub mod optimise;
mod options;
mod source;
pub mod tree;

use proc_macro2::{Span, TokenStream};

pub use error::Error;
pub use expand::{derive, inline, Frameworks};
pub use options::{Format, Options, Output, Print};
pub use source::{identifier_stem, SourceFile, TemplatesDir};

/// What compiling a template gives.
pub struct Compiled {
    /// The statements that render the template into `__haml_buffer`.
    pub body: TokenStream,
    /// The operations the statements were generated from.
    pub ops: Vec<tree::Op>,
    /// The number of static bytes (the size hint's start).
    pub static_bytes: usize,
    /// The template (first) and the partials it includes.
    pub files: Vec<SourceFile>,
}

/// Why a template did not compile.
#[derive(Debug)]
pub struct Failure {
    /// What is wrong, and where.
    pub error: Error,
    /// The template (first) and the partials read before the error, to
    /// name them in its message ([`Error::message`]).
    pub files: Vec<SourceFile>,
}

/// Compiles `template` (partials are read from `dir`): the whole pipeline.
/// The generated tokens point at the call site; see [`compile_at`].
pub fn compile(
    template: SourceFile,
    options: &Options,
    dir: &TemplatesDir,
) -> Result<Compiled, Failure> {
    compile_at(template, options, dir, Span::call_site())
}

/// [`compile`], with the tokens of the template's Rust code pointing at
/// `anchor` (the literal that names the template), so rustc's errors about
/// them point there.
pub fn compile_at(
    template: SourceFile,
    options: &Options,
    dir: &TemplatesDir,
    anchor: Span,
) -> Result<Compiled, Failure> {
    let mut files = vec![template];
    match pipeline(&mut files, options, dir, anchor) {
        Ok((body, ops)) => Ok(Compiled {
            body,
            static_bytes: tree::Ops::static_len(&ops),
            ops,
            files,
        }),
        Err(error) => Err(Failure { error, files }),
    }
}

/// The pipeline, in order.
fn pipeline(
    files: &mut Vec<SourceFile>,
    options: &Options,
    dir: &TemplatesDir,
    anchor: Span,
) -> Result<(TokenStream, Vec<tree::Op>), Error> {
    let name = files[0].name.clone();
    let document = haml_grammar::parse(&files[0].source).map_err(Error::Parse)?;
    let document = include::include_partials(document, files, dir)?;
    if options.print.ast {
        eprintln!("{name}: syntax tree\n{document:#?}");
    }
    let mut tree = lower::lower(&document, options)?;
    if options.output == Output::Minified {
        minify::minify(&mut tree, options);
    }
    escaping::escape(&mut tree, options)?;
    let ops = flatten::flatten(tree);
    let ops = optimise::optimise(ops);
    if options.print.ops {
        eprintln!("{name}: operations\n{ops:#?}");
    }
    let places = codegen::Places {
        stems: files.iter().map(|f| f.stem.clone()).collect(),
        anchor,
    };
    let body = codegen::generate(&ops, &places)?;
    if options.print.code {
        eprintln!("{name}: generated code\n{body}");
    }
    Ok((body, ops))
}

/// The operations of a template given as text, before optimisation (which
/// moves static text into branches), for the passes' tests.
#[cfg(test)]
fn operations(source: &str, options: &Options) -> Result<Vec<tree::Op>, Error> {
    let document = haml_grammar::parse(source).map_err(Error::Parse)?;
    let mut tree = lower::lower(&document, options)?;
    if options.output == Output::Minified {
        minify::minify(&mut tree, options);
    }
    escaping::escape(&mut tree, options)?;
    Ok(flatten::flatten(tree))
}
