//! Errors of the compiler: values with a template position until the macro
//! boundary turns them into `compile_error!` at the template's literal.

use proc_macro2::Span;

use haml_grammar::ParseError;

use crate::source::SourceFile;

/// Something wrong with a template.
#[derive(Debug)]
pub enum Error {
    /// The template does not parse.
    Parse(ParseError),
    /// A fault at a place in the template.
    Template {
        /// What is wrong, in a sentence.
        message: String,
        /// Where.
        span: haml_grammar::Span,
    },
    /// A fault in the Rust source around the template (options, paths).
    Rust(syn::Error),
}

impl Error {
    /// A fault at `span` of the template.
    pub fn template(message: impl Into<String>, span: haml_grammar::Span) -> Self {
        Error::Template {
            message: message.into(),
            span,
        }
    }

    /// Where in the template the fault is, if in the template.
    pub fn span(&self) -> Option<haml_grammar::Span> {
        match self {
            Error::Parse(e) => Some(e.span()),
            Error::Template { span, .. } => Some(*span),
            Error::Rust(_) => None,
        }
    }

    /// What is wrong, in a sentence, without the place (for tools that
    /// show the place themselves, e.g. JSON messages for editors).
    pub fn summary(&self) -> String {
        match self {
            Error::Rust(e) => e.to_string(),
            Error::Parse(e) => e.message().to_string(),
            Error::Template { message, .. } => message.clone(),
        }
    }

    /// The source the fault is in (the template or one of its partials).
    pub fn file<'a>(&self, files: &'a [SourceFile]) -> Option<&'a SourceFile> {
        file(files, self.span()?)
    }

    /// The message a person reads: `file:line:col: what`, then the line
    /// with a caret under the column, then the include lines that led to
    /// the file. `files` are the template's sources (see
    /// [`Compiled`](crate::Compiled) and [`Failure`](crate::Failure)).
    pub fn message(&self, files: &[SourceFile]) -> String {
        match self {
            Error::Rust(e) => e.to_string(),
            Error::Parse(e) => {
                let name = file(files, e.span()).map_or("template", |f| f.name.as_str());
                format!("{name}:{e}{}", inclusion_chain(files, e.span()))
            }
            Error::Template { message, span } => {
                let (name, source) = file(files, *span)
                    .map_or(("template", ""), |f| (f.name.as_str(), f.source.as_str()));
                let line = source
                    .lines()
                    .nth((span.line as usize).saturating_sub(1))
                    .unwrap_or("");
                let number = span.line.to_string();
                let pad = " ".repeat(number.len());
                let caret: String = line
                    .chars()
                    .take((span.column as usize).saturating_sub(1))
                    .map(|_| ' ')
                    .collect();
                format!(
                    "{name}:{}:{}: {message}\n{pad} |\n{number} | {}\n{pad} | {caret}^{}",
                    span.line,
                    span.column,
                    line.replace('\t', " "),
                    inclusion_chain(files, *span)
                )
            }
        }
    }

    /// The error as a `syn::Error` at `anchor` (the template's literal).
    pub fn into_syn(self, files: &[SourceFile], anchor: Span) -> syn::Error {
        match self {
            Error::Rust(e) => e,
            other => syn::Error::new(anchor, other.message(files)),
        }
    }
}

impl From<syn::Error> for Error {
    fn from(e: syn::Error) -> Self {
        Error::Rust(e)
    }
}

/// The source a span is in.
fn file(files: &[SourceFile], span: haml_grammar::Span) -> Option<&SourceFile> {
    files.get(span.file as usize).or_else(|| files.first())
}

/// `\n  = included from templates/page.haml:7` for each include line that
/// led to `span`'s source.
fn inclusion_chain(files: &[SourceFile], span: haml_grammar::Span) -> String {
    let mut chain = String::new();
    let mut at = file(files, span).and_then(|f| f.included_at);
    // Each partial is included from a source numbered before it.
    let mut steps = 0;
    while let Some(span) = at {
        let Some(f) = file(files, span) else { break };
        chain.push_str(&format!("\n  = included from {}:{}", f.name, span.line));
        at = f.included_at;
        steps += 1;
        if steps > files.len() {
            break;
        }
    }
    chain
}
