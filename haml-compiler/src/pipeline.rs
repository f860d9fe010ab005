//! The pipeline: every pass, in order, in one function ([`pipeline`]).

use proc_macro2::{Span, TokenStream};

use crate::codegen;
use crate::csp;
use crate::error::Error;
use crate::escaping;
use crate::flatten;
use crate::fragment;
use crate::include;
use crate::lower;
use crate::minify;
use crate::optimise;
use crate::options::{Options, Output};
use crate::source::{SourceFile, TemplatesDir};
use crate::tree;

/// What compiling a template gives.
pub struct Compiled {
    /// The statements that render the template into `__haml_buffer`.
    pub body: TokenStream,
    /// The operations the statements were generated from.
    pub ops: Vec<tree::Op>,
    /// The number of static bytes (the size hint's start).
    pub static_bytes: usize,
    /// What a Content-Security-Policy needs to allow its inline code.
    pub policy: csp::Policy,
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
        Ok((body, ops, policy)) => Ok(Compiled {
            body,
            static_bytes: tree::Ops::static_len(&ops),
            ops,
            policy,
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
) -> Result<(TokenStream, Vec<tree::Op>, csp::Policy), Error> {
    let name = files[0].name.clone();
    let document = haml_grammar::parse(&files[0].source).map_err(Error::Parse)?;
    let document = include::include_partials(document, files, dir)?;
    let document = if options.fragments.is_empty() {
        document
    } else {
        fragment::select(document, &options.fragments, &name)?
    };
    if options.print.ast {
        eprintln!("{name}: syntax tree\n{document:#?}");
    }
    let mut tree = lower::lower(&document, options)?;
    if options.output == Output::Minified {
        minify::minify(&mut tree, options);
    }
    escaping::escape_values(&mut tree, options)?;
    let mut ops = flatten::flatten(tree);
    let policy = csp::content_security_policy(&mut ops, options)?;
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
    Ok((body, ops, policy))
}

/// The operations of a template given as text, before optimisation (which
/// moves static text into branches), for the passes' tests.
#[cfg(test)]
pub(crate) fn operations(source: &str, options: &Options) -> Result<Vec<tree::Op>, Error> {
    let document = haml_grammar::parse(source).map_err(Error::Parse)?;
    let mut tree = lower::lower(&document, options)?;
    if options.output == Output::Minified {
        minify::minify(&mut tree, options);
    }
    escaping::escape_values(&mut tree, options)?;
    Ok(flatten::flatten(tree))
}
