//! Where a place in CSS source is, for the escaping of a value there:
//! inside a string, in `url(...)`, where a value goes, or in a comment
//! (where no escaping is safe).

use haml_grammar::Code;

use crate::error::Error;
use crate::tree::Escape;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CssState {
    Normal,
    /// In a string; `url`: the string is the argument of `url(`.
    Str {
        quote: char,
        url: bool,
    },
    Comment,
    /// In the unquoted argument of `url(`.
    Url,
}

/// Where a place in CSS source is: strings, comments and `url(...)`.
pub(super) struct CssLexer {
    state: CssState,
    escaped: bool,
    previous: char,
    /// The identifier before a `(`, lowercased.
    word: String,
    /// `url(` was just read: the argument starts here.
    url_start: bool,
    /// Text of the URL read since `url(`, so a value after it is not at
    /// the URL's start.
    url_text: bool,
}

impl Default for CssLexer {
    fn default() -> Self {
        CssLexer {
            state: CssState::Normal,
            escaped: false,
            previous: ' ',
            word: String::new(),
            url_start: false,
            url_text: false,
        }
    }
}

impl CssLexer {
    pub(super) fn state(&self) -> CssState {
        self.state
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
            self.url_text = true;
            return;
        }
        match self.state {
            CssState::Normal => {
                if self.url_start {
                    if c.is_whitespace() {
                        return;
                    }
                    self.url_start = false;
                    self.url_text = false;
                    match c {
                        '\'' | '"' => {
                            self.state = CssState::Str {
                                quote: c,
                                url: true,
                            };
                            return;
                        }
                        ')' => return,
                        _ => {
                            self.state = CssState::Url;
                            return self.char(c);
                        }
                    }
                }
                match c {
                    '\'' | '"' => {
                        self.state = CssState::Str {
                            quote: c,
                            url: false,
                        }
                    }
                    '*' if self.previous == '/' => {
                        self.state = CssState::Comment;
                        self.previous = ' ';
                    }
                    '\\' => self.escaped = true,
                    '(' => {
                        self.url_start = self.word == "url";
                        self.word.clear();
                    }
                    c if c.is_alphanumeric() || c == '-' || c == '_' => {
                        self.word.push(c.to_ascii_lowercase())
                    }
                    _ => self.word.clear(),
                }
            }
            CssState::Str { quote, .. } => match c {
                '\\' => self.escaped = true,
                '\n' => self.state = CssState::Normal,
                c if c == quote => self.state = CssState::Normal,
                _ => self.url_text = true,
            },
            CssState::Comment => {
                if c == '/' && self.previous == '*' {
                    self.state = CssState::Normal;
                }
            }
            CssState::Url => match c {
                '\\' => self.escaped = true,
                ')' => self.state = CssState::Normal,
                _ => self.url_text = true,
            },
        }
    }

    /// The escaping of a hole here; `attribute`: in a `style` attribute.
    pub(super) fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
        if self.url_start {
            // `url(#{x})`: the value is the whole URL, unquoted.
            self.url_start = false;
            self.url_text = true;
            self.state = CssState::Url;
            return Ok(Escape::CssUrl { attribute });
        }
        self.word.clear();
        match self.state {
            CssState::Normal => Ok(Escape::CssValue { attribute }),
            CssState::Str { url: false, .. } => Ok(Escape::CssString { attribute }),
            CssState::Str { url: true, .. } | CssState::Url => {
                let at_start = !self.url_text;
                self.url_text = true;
                Ok(if at_start {
                    Escape::CssUrl { attribute }
                } else {
                    Escape::CssString { attribute }
                })
            }
            CssState::Comment => Err(Error::template(
                "a value inside a CSS comment cannot be escaped safely (`*/` in it would end \
                 the comment): take it out of the comment",
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

    fn css(before: &str) -> Result<Escape, Error> {
        let mut s = CssLexer::default();
        s.scan(before);
        s.hole(&code(), false)
    }

    #[test]
    fn css_places() {
        let value = Escape::CssValue { attribute: false };
        let string = Escape::CssString { attribute: false };
        let url = Escape::CssUrl { attribute: false };
        for (before, expected) in [
            ("a { color: ", value),
            ("a { content: '", string),
            ("a { background: url(", url),
            ("a { background: url( '", url),
            ("a { background: url('/img/", string),
            ("a { background: url(/img/", string),
            ("a { b: url(x) } c { d: ", value),
        ] {
            assert_eq!(css(before).unwrap(), expected, "{before}");
        }
        assert!(css("/* ").is_err());
    }
}
