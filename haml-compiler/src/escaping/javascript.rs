//! Where a place in JavaScript source is, for the escaping of a value
//! there: inside a string or template literal, where a value goes, or in
//! a comment or regular expression (where no escaping is safe).

use haml_grammar::Code;

use crate::error::Error;
use crate::tree::Escape;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum JsState {
    Code,
    Str(char),
    Template,
    LineComment,
    BlockComment,
    Regex { class: bool },
}

/// Where a place in JavaScript source is: a simplified lexer (strings,
/// template literals with `${}`, comments, and regular expression literals
/// told from division by the token before the `/`).
pub(super) struct JsLexer {
    state: JsState,
    /// After a `\` in a string, template or regular expression.
    escaped: bool,
    /// Whether a `/` here would start a regular expression.
    regex_ok: bool,
    /// A `/` in code whose meaning the next character decides; whether it
    /// could start a regular expression.
    slash: Option<bool>,
    /// The identifier being read (to tell `return /re/` from `a / b`).
    word: String,
    /// Open `{` in code.
    braces: usize,
    /// For each `${` of a template literal, the brace depth that ends it.
    templates: Vec<usize>,
    /// The previous character, for two-character tokens.
    previous: char,
}

impl Default for JsLexer {
    fn default() -> Self {
        JsLexer {
            state: JsState::Code,
            escaped: false,
            regex_ok: true,
            slash: None,
            word: String::new(),
            braces: 0,
            templates: Vec::new(),
            previous: ' ',
        }
    }
}

/// Keywords after which a `/` starts a regular expression.
const REGEX_KEYWORDS: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

impl JsLexer {
    pub(super) fn state(&self) -> (JsState, usize) {
        (self.state, self.templates.len())
    }

    pub(super) fn scan(&mut self, text: &str) {
        for c in text.chars() {
            self.char(c);
            self.previous = c;
        }
    }

    fn char(&mut self, c: char) {
        if self.escaped {
            self.escaped = false;
            return;
        }
        if let Some(regex_ok) = self.slash.take() {
            match c {
                '/' => return self.state = JsState::LineComment,
                '*' => {
                    self.state = JsState::BlockComment;
                    // The `*` of `/*` does not close it in `/*/`.
                    self.previous = ' ';
                    return;
                }
                _ if regex_ok => {
                    self.state = JsState::Regex { class: false };
                    return self.char(c);
                }
                // A division: `c` is code after an operator.
                _ => self.regex_ok = true,
            }
        }
        match self.state {
            JsState::Code => self.code(c),
            JsState::Str(q) => match c {
                '\\' => self.escaped = true,
                '\n' | '\r' => self.end_value(),
                c if c == q => self.end_value(),
                _ => {}
            },
            JsState::Template => match c {
                '\\' => self.escaped = true,
                '`' => self.end_value(),
                '{' if self.previous == '$' => {
                    self.braces += 1;
                    self.templates.push(self.braces);
                    self.state = JsState::Code;
                    self.regex_ok = true;
                }
                _ => {}
            },
            JsState::LineComment => {
                if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                    self.state = JsState::Code;
                    self.regex_ok = true;
                }
            }
            JsState::BlockComment => {
                if c == '/' && self.previous == '*' {
                    self.state = JsState::Code;
                    self.regex_ok = true;
                }
            }
            JsState::Regex { class } => match c {
                '\\' => self.escaped = true,
                '[' => self.state = JsState::Regex { class: true },
                ']' if class => self.state = JsState::Regex { class: false },
                '/' if !class => self.end_value(),
                '\n' | '\r' => self.end_value(),
                _ => {}
            },
        }
    }

    fn end_value(&mut self) {
        self.state = JsState::Code;
        self.regex_ok = false;
        self.word.clear();
    }

    fn code(&mut self, c: char) {
        if c.is_alphanumeric() || c == '_' || c == '$' {
            self.word.push(c);
            self.regex_ok = false;
            return;
        }
        if !self.word.is_empty() {
            self.regex_ok = REGEX_KEYWORDS.contains(&self.word.as_str());
            self.word.clear();
        }
        match c {
            '\'' | '"' => self.state = JsState::Str(c),
            '`' => self.state = JsState::Template,
            '/' => self.slash = Some(self.regex_ok),
            '{' => {
                self.braces += 1;
                self.regex_ok = true;
            }
            '}' => {
                if self.templates.last() == Some(&self.braces) {
                    self.templates.pop();
                    self.braces = self.braces.saturating_sub(1);
                    self.state = JsState::Template;
                } else {
                    self.braces = self.braces.saturating_sub(1);
                    self.regex_ok = true;
                }
            }
            ')' | ']' => self.regex_ok = false,
            c if c.is_whitespace() => {}
            _ => self.regex_ok = true,
        }
    }

    /// The escaping of a hole here; `attribute`: in an event handler.
    pub(super) fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
        // A `/` just before the value: a regular expression starts, or
        // the value is divided by.
        match self.slash.take() {
            Some(true) => self.state = JsState::Regex { class: false },
            Some(false) => self.regex_ok = true,
            None => {}
        }
        if !self.word.is_empty() {
            self.word.clear();
        }
        match self.state {
            JsState::Code => {
                self.regex_ok = false;
                Ok(Escape::JsValue { attribute })
            }
            JsState::Str(_) | JsState::Template => Ok(Escape::JsString { attribute }),
            JsState::LineComment | JsState::BlockComment => Err(Error::template(
                "a value inside a JavaScript comment cannot be escaped safely (a line break \
                 or `*/` in it would end the comment): take it out of the comment",
                code.span,
            )),
            JsState::Regex { .. } => Err(Error::template(
                "a value inside a JavaScript regular expression literal cannot be escaped \
                 safely: pass it as a string, as in `new RegExp(\"#{value}\")`",
                code.span,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> Code {
        Code {
            text: "x".into(),
            span: Default::default(),
        }
    }

    /// The escaping of a hole after `before` in a script.
    fn js(before: &str) -> Result<Escape, Error> {
        let mut s = JsLexer::default();
        s.scan(before);
        s.hole(&code(), false)
    }

    const VALUE: Escape = Escape::JsValue { attribute: false };
    const STRING: Escape = Escape::JsString { attribute: false };

    #[test]
    fn javascript_places() {
        assert_eq!(js("var a = ").unwrap(), VALUE);
        assert_eq!(js("var a = '").unwrap(), STRING);
        assert_eq!(js("var a = \"it's ").unwrap(), STRING);
        assert_eq!(js("var a = 'x\\' ").unwrap(), STRING);
        assert_eq!(js("var a = 'x'; f(").unwrap(), VALUE);
        assert_eq!(js("var t = `a ${b} ").unwrap(), STRING);
        assert_eq!(js("var t = `a ${").unwrap(), VALUE);
        assert_eq!(js("var t = `a ${ {x: 1}.x } `; ").unwrap(), VALUE);
        assert_eq!(js("var t = `a ${ '}' } ").unwrap(), STRING);
        assert_eq!(js("a = b / ").unwrap(), VALUE);
        assert_eq!(js("a = (b) / 2; c = '").unwrap(), STRING);
        assert_eq!(js("// note\nvar a = ").unwrap(), VALUE);
        assert_eq!(js("/* a */ var a = '").unwrap(), STRING);
        assert_eq!(js("var r = /'/; var s = ").unwrap(), VALUE);
        assert_eq!(js("var r = /[/]'/; var s = ").unwrap(), VALUE);
        assert_eq!(js("return /x/.test(").unwrap(), VALUE);
        assert!(js("// note ").is_err());
        assert!(js("/* note ").is_err());
        assert!(js("var r = /a").is_err());
        assert!(js("if (/a").is_err());
        assert!(js("var r = /").is_err());
        assert_eq!(js("var r = a /").unwrap(), VALUE);
    }
}
