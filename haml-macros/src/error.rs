//! Errors of the macros: values with a template position until the macro
//! boundary turns them into `compile_error!` at the template's literal.

use proc_macro2::Span;

use haml_grammar::ParseError;

use crate::include::SourceFile;

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
    /// The template (source 0) and the partials it includes.
    pub files: &'a [SourceFile],
    /// The literal the error is reported at.
    pub anchor: Span,
}

impl Location<'_> {
    /// The source a span is in.
    fn file(&self, span: haml_grammar::Span) -> Option<&SourceFile> {
        self.files
            .get(span.file as usize)
            .or_else(|| self.files.first())
    }

    /// `\n  = included from templates/page.haml:7` for each include line
    /// that led to `span`'s source.
    fn inclusion_chain(&self, span: haml_grammar::Span) -> String {
        let mut chain = String::new();
        let mut at = self.file(span).and_then(|f| f.included_at);
        // Each partial is included from a source numbered before it.
        let mut steps = 0;
        while let Some(span) = at {
            let Some(file) = self.file(span) else { break };
            chain.push_str(&format!("\n  = included from {}:{}", file.name, span.line));
            at = file.included_at;
            steps += 1;
            if steps > self.files.len() {
                break;
            }
        }
        chain
    }
}

impl Error {
    /// The error as a `syn::Error` at the template's literal, naming
    /// `file:line:col` and showing the line with a caret.
    pub fn into_syn(self, at: &Location) -> syn::Error {
        match self {
            Error::Rust(e) => e,
            Error::Parse(e) => {
                let name = at.file(e.span()).map_or("template", |f| f.name.as_str());
                let chain = at.inclusion_chain(e.span());
                syn::Error::new(at.anchor, format!("{name}:{e}{chain}"))
            }
            Error::Template { message, span } => {
                let (name, source) = at
                    .file(span)
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
                let chain = at.inclusion_chain(span);
                syn::Error::new(
                    at.anchor,
                    format!(
                        "{name}:{}:{}: {message}\n{pad} |\n{number} | {}\n{pad} | {caret}^{chain}",
                        span.line,
                        span.column,
                        line.replace('\t', " ")
                    ),
                )
            }
        }
    }
}
