//! Errors of the macros: values with a template position until the macro
//! boundary turns them into `compile_error!` at the template's literal.

use proc_macro2::Span;

use haml_grammar::ParseError;

/// Something wrong with a template.
#[derive(Debug)]
pub enum Error {
    /// The template does not parse.
    Parse(ParseError),
    /// A fault at a place in the template.
    Template {
        message: String,
        span: haml_grammar::Span,
    },
    /// A fault in the Rust source around the template (options, paths).
    Rust(syn::Error),
}

impl Error {
    pub fn template(message: impl Into<String>, span: haml_grammar::Span) -> Self {
        Error::Template {
            message: message.into(),
            span,
        }
    }
}

impl From<syn::Error> for Error {
    fn from(e: syn::Error) -> Self {
        Error::Rust(e)
    }
}

/// Which template an error is in, to name it in messages.
pub struct Location<'a> {
    /// `templates/users/show.haml`, or `haml! template`.
    pub name: &'a str,
    /// The template text.
    pub source: &'a str,
    /// The literal the error is reported at.
    pub anchor: Span,
}

impl Error {
    /// The error as a `syn::Error` at the template's literal, naming
    /// `file:line:col` and showing the line with a caret.
    pub fn into_syn(self, at: &Location) -> syn::Error {
        match self {
            Error::Rust(e) => e,
            Error::Parse(e) => syn::Error::new(at.anchor, format!("{}:{e}", at.name)),
            Error::Template { message, span } => {
                let line = at.source.lines().nth(span.line as usize - 1).unwrap_or("");
                let number = span.line.to_string();
                let pad = " ".repeat(number.len());
                let caret: String = line
                    .chars()
                    .take(span.column as usize - 1)
                    .map(|_| ' ')
                    .collect();
                syn::Error::new(
                    at.anchor,
                    format!(
                        "{}:{}:{}: {message}\n{pad} |\n{number} | {}\n{pad} | {caret}^",
                        at.name,
                        span.line,
                        span.column,
                        line.replace('\t', " ")
                    ),
                )
            }
        }
    }
}
