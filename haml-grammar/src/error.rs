//! Parse errors: a message tied to a line and column of the template.

use std::fmt;

use crate::ast::Span;

/// A template that could not be parsed, and where the fault is.
///
/// `Display` prints `line:col: message`, the source line and a caret under
/// the column, e.g.
///
/// ```text
/// 3:5: the `{` of this attribute hash is never closed
///   |
/// 3 | %a{href: x
///   |   ^
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    message: String,
    span: Span,
    source_line: String,
}

impl ParseError {
    pub(crate) fn new(message: impl Into<String>, span: Span, source_line: String) -> Self {
        ParseError {
            message: message.into(),
            span,
            source_line,
        }
    }

    /// 1-based line of the fault.
    pub fn line(&self) -> usize {
        self.span.line as usize
    }

    /// 1-based column of the fault, counted in characters.
    pub fn column(&self) -> usize {
        self.span.column as usize
    }

    /// What is wrong, as a sentence.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where the fault is, as a byte range of the template source.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The source line the fault is on (without its line break).
    pub fn source_line(&self) -> &str {
        &self.source_line
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}:{}: {}", self.line(), self.column(), self.message)?;
        let number = self.line().to_string();
        let pad = " ".repeat(number.len());
        writeln!(f, "{pad} |")?;
        writeln!(f, "{number} | {}", self.source_line.replace('\t', " "))?;
        let before: String = self
            .source_line
            .chars()
            .take(self.column().saturating_sub(1))
            .map(|_| ' ')
            .collect();
        write!(f, "{pad} | {before}^")
    }
}

impl std::error::Error for ParseError {}
