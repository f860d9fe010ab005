//! A lexer of either language a value may stand in: JavaScript or CSS.

use haml_grammar::Code;

use super::css::{CssLexer, CssState};
use super::javascript::{JsLexer, JsState};
use crate::error::Error;
use crate::tree::Escape;

/// JavaScript or CSS.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Language {
    Js,
    Css,
}

/// The lexer of one language's text.
pub(super) enum Lexer {
    Js(JsLexer),
    Css(CssLexer),
}

/// Where a lexer is, to compare the state at a block's start and end.
#[derive(Clone, PartialEq, Eq)]
pub(super) enum LexerState {
    Js((JsState, usize)),
    Css(CssState),
}

impl Lexer {
    pub(super) fn new(language: Language) -> Lexer {
        match language {
            Language::Js => Lexer::Js(JsLexer::default()),
            Language::Css => Lexer::Css(CssLexer::default()),
        }
    }

    /// Reads text of the template.
    pub(super) fn scan(&mut self, text: &str) {
        match self {
            Lexer::Js(s) => s.scan(text),
            Lexer::Css(s) => s.scan(text),
        }
    }

    /// The escaping of a value written at this point; `attribute`: in an
    /// event handler or `style` attribute.
    pub(super) fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
        match self {
            Lexer::Js(s) => s.hole(code, attribute),
            Lexer::Css(s) => s.hole(code, attribute),
        }
    }

    pub(super) fn state(&self) -> LexerState {
        match self {
            Lexer::Js(s) => LexerState::Js(s.state()),
            Lexer::Css(s) => LexerState::Css(s.state()),
        }
    }

    pub(super) fn language_name(&self) -> &'static str {
        match self {
            Lexer::Js(_) => "JavaScript",
            Lexer::Css(_) => "CSS",
        }
    }
}
