//! One logical line: run the `line` rule of the grammar and turn its pairs
//! into a [`Line`], the meaning of the line before nesting is known.

use pest::iterators::{Pair, Pairs};
use pest::Parser;

use crate::ast::*;
use crate::error::ParseError;
use crate::grammar::{HamlParser, Rule};
use crate::source::{LineIndex, Origin};

/// Deepest `data: {a: {b: ...}}` nesting accepted.
const MAX_HASH_DEPTH: usize = 16;

/// What one logical line says, before its nested lines are attached.
#[derive(Debug)]
pub(crate) enum Line {
    Doctype(Doctype),
    Element(Element),
    Text(Text),
    Output(Output),
    If(Code),
    ElseIf(Code),
    Else,
    For(Code, Code),
    While(Code),
    Match(Code),
    Loop,
    Let(Code),
    Arm(Code),
    Plain(Code),
    Include(Include),
    Comment(Comment),
    SilentComment(String),
    FilterHead(Name),
}

/// Turns pairs of one line into AST values with source spans.
pub(crate) struct LineReader<'a, 's> {
    pub(crate) index: &'a LineIndex<'s>,
    pub(crate) origin: &'a Origin,
}

type Result<T> = std::result::Result<T, ParseError>;

impl LineReader<'_, '_> {
    /// A span from positions in the text handed to the grammar.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        self.index
            .span(self.origin.map(start), self.origin.map(end))
    }

    fn pair_span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        self.span(s.start(), s.end())
    }

    /// An error at a span.
    pub(crate) fn error_at(&self, message: impl Into<String>, span: Span) -> ParseError {
        ParseError::new(message, span, self.index.line_text(span.line).to_string())
    }

    /// The next child pair, which the grammar guarantees; an error (never a
    /// panic) if it is missing after all.
    fn child<'i>(&self, pairs: &mut Pairs<'i, Rule>, what: &str) -> Result<Pair<'i, Rule>> {
        pairs.next().ok_or_else(|| {
            self.error_at(
                format!("internal error: the grammar gave no {what} here"),
                self.span(0, 0),
            )
        })
    }

    fn error(&self, message: impl Into<String>, pair: &Pair<Rule>) -> ParseError {
        self.error_at(message, self.pair_span(pair))
    }

    /// Parse one logical line starting at the beginning of `text`. Returns
    /// the line and how many bytes of `text` it used.
    pub(crate) fn read(&self, text: &str, joined: bool) -> Result<(Line, usize)> {
        let mut pairs = HamlParser::parse(Rule::line, text).map_err(|e| self.grammar_error(e))?;
        let line = pairs
            .next()
            .ok_or_else(|| self.error_at("this line could not be read", self.span(0, 0)))?;
        let used = line.as_span().end();
        Ok((self.line_pair(line, joined)?, used))
    }

    /// The lines of a run starting at the beginning of `text` (the `line`
    /// pairs of the `line_run` rule, in order), or `None` if the grammar
    /// does not read the run: the caller then reads line by line, for the
    /// error of the line at fault.
    pub(crate) fn run<'i>(&self, text: &'i str) -> Option<Pairs<'i, Rule>> {
        let mut pairs = HamlParser::parse(Rule::line_run, text).ok()?;
        pairs.next().map(Pair::into_inner)
    }

    /// A `line` pair as a [`Line`].
    pub(crate) fn line_pair(&self, line: Pair<Rule>, joined: bool) -> Result<Line> {
        let inner = line
            .into_inner()
            .next()
            .ok_or_else(|| self.error_at("this line could not be read", self.span(0, 0)))?;
        self.line(inner, joined)
    }

    /// The segments of each line of a filter body, from the body's lines
    /// joined by `\n` (one grammar call for the whole body).
    pub(crate) fn filter_body(&self, text: &str) -> Result<Vec<Vec<Segment>>> {
        let mut pairs =
            HamlParser::parse(Rule::filter_body, text).map_err(|e| self.grammar_error(e))?;
        let body = pairs
            .next()
            .ok_or_else(|| self.error_at("this filter could not be read", self.span(0, 0)))?;
        body.into_inner()
            .filter(|p| p.as_rule() == Rule::text)
            .map(|p| self.segments(p))
            .collect()
    }

    fn grammar_error(&self, e: pest::error::Error<Rule>) -> ParseError {
        let pos = match e.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((p, _)) => p,
        };
        let message = match e.variant {
            pest::error::ErrorVariant::CustomError { message } => message,
            pest::error::ErrorVariant::ParsingError { .. } => {
                "this line could not be read as HAML".to_string()
            }
        };
        self.error_at(message, self.span(pos, pos))
    }

    fn line(&self, pair: Pair<Rule>, joined: bool) -> Result<Line> {
        match pair.as_rule() {
            Rule::doctype => Ok(Line::Doctype(Doctype {
                keyword: pair
                    .into_inner()
                    .next()
                    .map_or("", |k| k.as_str())
                    .trim()
                    .to_string(),
            })),
            Rule::element => Ok(Line::Element(self.element(pair)?)),
            Rule::silent_comment => Ok(Line::SilentComment(pair.as_str()[2..].trim().to_string())),
            Rule::rust_line => self.rust_line(pair),
            Rule::html_comment => Ok(Line::Comment(self.comment(pair)?)),
            Rule::filter_head => self.filter_head(pair),
            Rule::output_line => {
                let mut inner = pair.into_inner();
                let op = self.child(&mut inner, "output_op")?;
                let code = self.child(&mut inner, "line_code")?;
                Ok(Line::Output(self.output(op, code)?))
            }
            Rule::text_line => self.text_line(pair, joined).map(Line::Text),
            rule => Err(self.error(format!("unexpected {rule:?}"), &pair)),
        }
    }

    // ------------------------------------------------------------ text

    fn text_line(&self, pair: Pair<Rule>, joined: bool) -> Result<Text> {
        let mut escape = TextEscape::Default;
        let mut segments = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::text_mode_interp | Rule::text_mode_flag => escape = text_escape(p.as_str()),
                Rule::text => segments = self.segments(p)?,
                _ => {}
            }
        }
        // The source line's trailing whitespace is not text; a joined
        // multiline text keeps the space before each `|`.
        if !joined {
            trim_segments(&mut segments, false, true);
        }
        Ok(Text { segments, escape })
    }

    /// The segments of a `text`, `double_quoted` or `html_*_quoted` pair.
    pub(crate) fn segments(&self, pair: Pair<Rule>) -> Result<Vec<Segment>> {
        let mut out: Vec<Segment> = Vec::new();
        for p in pair.into_inner() {
            let literal = match p.as_rule() {
                Rule::literal_text
                | Rule::string_text
                | Rule::single_text
                | Rule::html_double_text
                | Rule::html_single_text => p.as_str().to_string(),
                Rule::escaped_interpolation => {
                    let backslashes = p.as_str().len() - 2;
                    format!("{}#{{", "\\".repeat((backslashes - 1) / 2))
                }
                Rule::backslashes_before_interpolation => "\\".repeat(p.as_str().len() / 2),
                Rule::string_escape => self.rust_escape(&p)?.to_string(),
                Rule::single_escape | Rule::html_escape => p.as_str()[1..].to_string(),
                Rule::interpolation => {
                    out.push(Segment::Interpolation(self.interpolation(p)?));
                    continue;
                }
                _ => return Err(self.error("unexpected text", &p)),
            };
            match out.last_mut() {
                Some(Segment::Literal(s)) => s.push_str(&literal),
                _ => out.push(Segment::Literal(literal)),
            }
        }
        Ok(out)
    }

    fn interpolation(&self, pair: Pair<Rule>) -> Result<Code> {
        let span = self.pair_span(&pair);
        let inner = self.child(&mut pair.into_inner(), "interpolation")?;
        if inner.as_rule() == Rule::unclosed_interpolation_error {
            return Err(self.error(
                "this `#{` is never closed: an interpolation ends with `}` on the same line \
                 (write `\\#{` for a literal `#{`)",
                &inner,
            ));
        }
        let code = self.code(inner)?;
        if code.text.is_empty() {
            return Err(self.error_at("`#{}` is empty: put a Rust expression inside", span));
        }
        Ok(code)
    }

    /// A Rust string escape (`\n`, `\x41`, `\u{e9}`, and `\#` as in Ruby).
    fn rust_escape(&self, pair: &Pair<Rule>) -> Result<char> {
        let s = &pair.as_str()[1..];
        let c = match s {
            "n" => Some('\n'),
            "r" => Some('\r'),
            "t" => Some('\t'),
            "\\" => Some('\\'),
            "0" => Some('\0'),
            "'" => Some('\''),
            "\"" => Some('"'),
            "#" => Some('#'),
            _ if s.starts_with("x") => u8::from_str_radix(&s[1..], 16)
                .ok()
                .filter(|b| *b <= 0x7f)
                .map(char::from),
            _ if s.starts_with("u{") => u32::from_str_radix(&s[2..s.len() - 1], 16)
                .ok()
                .and_then(char::from_u32),
            _ => None,
        };
        c.ok_or_else(|| {
            self.error(
                format!("`\\{s}` is not a character escape in a Rust string"),
                pair,
            )
        })
    }

    // ------------------------------------------------------------ code

    /// A piece of Rust code; fails if the grammar marked a mistake in it.
    pub(crate) fn code(&self, pair: Pair<Rule>) -> Result<Code> {
        self.check_code(pair.clone().into_inner())?;
        let raw = pair.as_str();
        let lead = raw.len() - raw.trim_start().len();
        let text = raw.trim();
        let start = pair.as_span().start() + lead;
        Ok(Code {
            text: text.to_string(),
            span: self.span(start, start + text.len()),
        })
    }

    /// The first mistake the grammar marked inside a piece of code, if any.
    /// (Walks the pairs without recursion: code may nest deeply.)
    fn check_code(&self, pairs: Pairs<Rule>) -> Result<()> {
        for p in pairs.flatten() {
            let (message, start) = match p.as_rule() {
                Rule::code_group
                    if p.clone()
                        .into_inner()
                        .any(|c| c.as_rule() == Rule::unclosed_bracket_error) =>
                {
                    let open = &p.as_str()[..1];
                    let close = match open {
                        "(" => ")",
                        "[" => "]",
                        _ => "}",
                    };
                    (
                        format!(
                            "unbalanced brackets: this `{open}` is never closed with `{close}` \
                             (code may continue on the next line only after a `,`)"
                        ),
                        p.as_span().start(),
                    )
                }
                Rule::stray_closer_error => (
                    format!("unbalanced brackets: this `{}` closes nothing", p.as_str()),
                    p.as_span().start(),
                ),
                Rule::unterminated_string_error => (
                    "this string literal is never closed on its line".to_string(),
                    p.as_span().start(),
                ),
                _ => continue,
            };
            return Err(self.error_at(message, self.span(start, start + 1)));
        }
        Ok(())
    }

    fn output(&self, op: Pair<Rule>, code: Pair<Rule>) -> Result<Output> {
        let kind = match op.as_str() {
            "&=" => OutputKind::Escaped,
            "!=" => OutputKind::Raw,
            "~" => OutputKind::Preserve,
            "&~" => OutputKind::EscapedPreserve,
            "!~" => OutputKind::RawPreserve,
            _ => OutputKind::Default,
        };
        let code = self.code(code)?;
        if code.text.is_empty() {
            return Err(self.error(
                format!(
                    "there is no Rust code after `{}` to output: write `{} expression`",
                    op.as_str(),
                    op.as_str()
                ),
                &op,
            ));
        }
        ruby_isms(self, &code)?;
        Ok(Output { kind, code })
    }

    // ------------------------------------------------------------ elements

    fn element(&self, pair: Pair<Rule>) -> Result<Element> {
        let mut element = Element {
            name: None,
            shortcuts: Vec::new(),
            attribute_groups: Vec::new(),
            self_closing: false,
            remove_inner_whitespace: false,
            remove_outer_whitespace: false,
            content: Content::Empty,
        };
        let mut inner = pair.into_inner();
        while let Some(p) = inner.next() {
            match p.as_rule() {
                Rule::tag_name => element.name = Some(self.name(&p)),
                Rule::missing_tag_name => {
                    // (The error points at the `%` before the missing name.)
                    let at = p.as_span().start();
                    return Err(self.error_at(
                        "invalid tag: `%` must be followed by a tag name \
                         (letters, digits, `-`, `_`, `:`); write `\\%` for a literal `%`",
                        self.span(at.saturating_sub(1), at),
                    ));
                }
                Rule::class_shortcut | Rule::id_shortcut => {
                    let name = self.child(&mut p.clone().into_inner(), "shortcut")?;
                    if name.as_rule() == Rule::missing_shortcut_name {
                        let what = if p.as_rule() == Rule::class_shortcut {
                            "class"
                        } else {
                            "id"
                        };
                        return Err(self.error(
                            format!(
                                "illegal element: a `{}` {what} shortcut must have a name \
                                 (letters, digits, `-`, `_`)",
                                &p.as_str()[..1]
                            ),
                            &p,
                        ));
                    }
                    let name = self.name(&name);
                    element
                        .shortcuts
                        .push(if p.as_rule() == Rule::class_shortcut {
                            Shortcut::Class(name)
                        } else {
                            Shortcut::Id(name)
                        });
                }
                Rule::object_reference_error => {
                    return Err(self.error(
                        "object references (`%div[@user]`) are Ruby-only: set `id` and \
                         `class` with attributes instead",
                        &p,
                    ))
                }
                Rule::hash_attributes => {
                    let span = self.pair_span(&p);
                    element.attribute_groups.push(AttributeGroup {
                        style: AttributeStyle::Hash,
                        attributes: self.hash(p, 0)?,
                        span,
                    });
                }
                Rule::html_attributes => {
                    let span = self.pair_span(&p);
                    element.attribute_groups.push(AttributeGroup {
                        style: AttributeStyle::Html,
                        attributes: self.html_attributes(p)?,
                        span,
                    });
                }
                Rule::whitespace_removal => {
                    element.remove_inner_whitespace = p.as_str().contains('<');
                    element.remove_outer_whitespace = p.as_str().contains('>');
                }
                Rule::self_closing => {
                    if let Some(content) = p.clone().into_inner().next() {
                        return Err(self.error(
                            "self-closing tags can't have content: remove the text after `/`",
                            &content,
                        ));
                    }
                    element.self_closing = true;
                }
                Rule::output_op => {
                    let code = self.child(&mut inner, "line_code after output_op")?;
                    element.content = Content::Output(self.output(p, code)?);
                }
                Rule::text_mode_interp | Rule::text_mode_flag => {
                    let text = self.child(&mut inner, "text after mode")?;
                    element.content = self.inline_text(text_escape(p.as_str()), text)?;
                }
                Rule::text => element.content = self.inline_text(TextEscape::Default, p)?,
                _ => return Err(self.error("unexpected part of an element", &p)),
            }
        }
        Ok(element)
    }

    fn inline_text(&self, escape: TextEscape, text: Pair<Rule>) -> Result<Content> {
        let mut segments = self.segments(text)?;
        trim_segments(&mut segments, true, true);
        Ok(if segments.is_empty() {
            Content::Empty
        } else {
            Content::Text(Text { segments, escape })
        })
    }

    fn name(&self, pair: &Pair<Rule>) -> Name {
        Name {
            name: pair.as_str().to_string(),
            span: self.pair_span(pair),
        }
    }

    fn hash(&self, pair: Pair<Rule>, depth: usize) -> Result<Vec<Attribute>> {
        if depth > MAX_HASH_DEPTH {
            return Err(self.error("attribute hashes are nested too deeply", &pair));
        }
        let open = pair.as_span().start();
        let mut attributes = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::hash_entry => attributes.push(self.hash_entry(p, depth)?),
                Rule::hash_error => {
                    return Err(if p.as_str().trim().is_empty() {
                        self.error_at(
                            "unbalanced brackets: this `{` of an attribute hash is never closed \
                             (a hash continues on the next line after a `,`, or until its closing `}`)",
                            self.span(open, open + 1),
                        )
                    } else {
                        self.error(
                            "invalid attribute hash: expected `key: value`, `\"key\" => value`, \
                             `,` or `}` here",
                            &p,
                        )
                    });
                }
                _ => return Err(self.error("unexpected part of an attribute hash", &p)),
            }
        }
        Ok(attributes)
    }

    fn hash_entry(&self, pair: Pair<Rule>, depth: usize) -> Result<Attribute> {
        let span = self.pair_span(&pair);
        let mut inner = pair.into_inner();
        let key = self.child(&mut inner, "hash key")?;
        let value = self.child(&mut inner, "hash value")?;
        let name = match key.as_rule() {
            Rule::symbol_key | Rule::quoted_key => match key.clone().into_inner().next() {
                Some(k) => self.name(&k),
                None => Name {
                    name: String::new(),
                    span: self.pair_span(&key),
                },
            },
            _ => self.name(&key),
        };
        if name.name.is_empty() {
            return Err(self.error("an attribute name can't be empty", &key));
        }
        let value = match value.as_rule() {
            Rule::nested_hash => AttributeValue::Hash(self.hash(value, depth + 1)?),
            Rule::double_quoted | Rule::single_quoted => AttributeValue::Str(self.segments(value)?),
            _ => AttributeValue::Code(self.code(value)?),
        };
        Ok(Attribute { name, value, span })
    }

    fn html_attributes(&self, pair: Pair<Rule>) -> Result<Vec<Attribute>> {
        let open = pair.as_span().start();
        let mut attributes = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::html_attribute => {
                    let span = self.pair_span(&p);
                    let mut inner = p.into_inner();
                    let name = self.name(&self.child(&mut inner, "attribute name")?);
                    let value = match inner.next() {
                        None => AttributeValue::Bare,
                        Some(v) => match v.as_rule() {
                            Rule::html_variable => AttributeValue::Code(self.code(v)?),
                            Rule::html_value_error => {
                                return Err(self.error(
                                    "invalid attribute list: after `=` comes a quoted value \
                                     or one variable name (write `{key: expression}` for more)",
                                    &v,
                                ))
                            }
                            _ => AttributeValue::Str(self.segments(v)?),
                        },
                    };
                    attributes.push(Attribute { name, value, span });
                }
                Rule::html_attributes_error => {
                    return Err(self.error_at(
                        "invalid attribute list: this `(` is never closed with `)`, or \
                         something in it is not `name`, `name=\"value\"` or `name=variable`",
                        self.span(open, open + 1),
                    ))
                }
                _ => return Err(self.error("unexpected part of an attribute list", &p)),
            }
        }
        Ok(attributes)
    }

    // ------------------------------------------------------------ comments

    fn comment(&self, pair: Pair<Rule>) -> Result<Comment> {
        let mut comment = Comment {
            condition: None,
            revealed: false,
            text: Text {
                segments: Vec::new(),
                escape: TextEscape::Default,
            },
            children: Vec::new(),
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::comment_revealed => comment.revealed = true,
                Rule::comment_condition => {
                    let inner = self.child(&mut p.clone().into_inner(), "condition")?;
                    if inner.as_rule() == Rule::unclosed_condition {
                        return Err(self.error(
                            "unbalanced brackets: the `[` of this conditional comment is \
                             never closed",
                            &p,
                        ));
                    }
                    comment.condition = Some(inner.as_str().to_string());
                }
                Rule::text => {
                    let mut segments = self.segments(p)?;
                    trim_segments(&mut segments, true, true);
                    comment.text.segments = segments;
                }
                _ => return Err(self.error("unexpected part of a comment", &p)),
            }
        }
        Ok(comment)
    }

    fn filter_head(&self, pair: Pair<Rule>) -> Result<Line> {
        let p = self.child(&mut pair.into_inner(), "filter name")?;
        if p.as_rule() == Rule::filter_name_error {
            return Err(self.error(
                format!(
                    "invalid filter name `:{}`: a filter is `:name` alone on its line, \
                     with its text on the lines below",
                    p.as_str().trim()
                ),
                &p,
            ));
        }
        let mut name = self.name(&p);
        name.name = name.name.to_ascii_lowercase();
        Ok(Line::FilterHead(name))
    }

    // ------------------------------------------------------------ Rust lines

    fn rust_line(&self, pair: Pair<Rule>) -> Result<Line> {
        let line_span = self.pair_span(&pair);
        let statement = self.child(&mut pair.into_inner(), "statement")?;
        let rule = statement.as_rule();
        let mut inner = statement.clone().into_inner();
        let mut code = |what: &str| -> Result<Code> {
            let code = self.code(self.child(&mut inner, "statement code")?)?;
            if code.text.is_empty() {
                return Err(self.error_at(format!("`- {what}` needs {}", needs(what)), line_span));
            }
            Ok(code)
        };
        let line = match rule {
            Rule::statement_if => Line::If(code("if")?),
            Rule::statement_else_if => Line::ElseIf(code("else if")?),
            Rule::statement_while => Line::While(code("while")?),
            Rule::statement_match => Line::Match(code("match")?),
            Rule::statement_let => Line::Let(code("let")?),
            Rule::statement_loop => Line::Loop,
            Rule::statement_arm => Line::Arm(code("=>")?),
            Rule::statement_else => {
                if let Some(junk) = statement.into_inner().next() {
                    return Err(self.error(
                        "unexpected text after `- else`: write `- else if condition` or put \
                         the content on the lines below",
                        &junk,
                    ));
                }
                Line::Else
            }
            Rule::statement_include => {
                let path = statement
                    .into_inner()
                    .next()
                    .filter(|p| p.as_rule() == Rule::include_path);
                let Some(path) = path else {
                    return Err(self.error_at(
                        "`- include` takes the partial's path in double quotes, relative to \
                         the templates directory: `- include \"shared/_nav.haml\"`",
                        line_span,
                    ));
                };
                let text = path.as_str();
                let path = text[1..text.len() - 1].to_string();
                if path.trim().is_empty() {
                    return Err(self.error_at("`- include` needs a path", line_span));
                }
                Line::Include(Include { path })
            }
            Rule::statement_for => {
                let mut inner = statement.into_inner();
                let first = self.child(&mut inner, "for")?;
                if first.as_rule() == Rule::for_error {
                    return Err(self.error_at(
                        "`- for` is written `- for pattern in expression` (Ruby's \
                         `.each do |x|` is `- for x in items` in Rust)",
                        line_span,
                    ));
                }
                let pattern = self.code(first)?;
                let iterable = self.code(self.child(&mut inner, "for iterable")?)?;
                if iterable.text.is_empty() {
                    return Err(self.error_at("`- for pattern in` needs an expression", line_span));
                }
                Line::For(pattern, iterable)
            }
            _ => {
                let code = code("")?;
                ruby_statement(self, &code)?;
                Line::Plain(code)
            }
        };
        if let Line::If(c) | Line::ElseIf(c) | Line::While(c) | Line::Match(c) | Line::For(_, c) =
            &line
        {
            ruby_isms(self, c)?;
        }
        Ok(line)
    }
}

fn needs(what: &str) -> &'static str {
    match what {
        "if" | "else if" | "while" => "a condition",
        "match" => "an expression to match",
        "let" => "a binding, as in `- let x = 1`",
        "=>" => "a pattern before `=>`",
        _ => "a statement: `- code` runs Rust code",
    }
}

fn text_escape(mode: &str) -> TextEscape {
    if mode.starts_with('&') {
        TextEscape::Always
    } else if mode.starts_with('!') {
        TextEscape::Never
    } else {
        TextEscape::Default
    }
}

/// Trim whitespace at the start of the first and end of the last literal.
pub(crate) fn trim_segments(segments: &mut Vec<Segment>, start: bool, end: bool) {
    if start {
        if let Some(Segment::Literal(s)) = segments.first_mut() {
            *s = s.trim_start().to_string();
            if s.is_empty() {
                segments.remove(0);
            }
        }
    }
    if end {
        if let Some(Segment::Literal(s)) = segments.last_mut() {
            s.truncate(s.trim_end().len());
            if s.is_empty() {
                segments.pop();
            }
        }
    }
}

/// Ruby spellings in a `- statement` line, with the Rust spelling.
fn ruby_statement(reader: &LineReader, code: &Code) -> Result<()> {
    let text = code.text.as_str();
    let word = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let rest = text[word.len()..].trim();
    let message = match word {
        "elsif" => format!("`elsif` is Ruby: write `- else if {rest}`"),
        "end" if rest.is_empty() => {
            "`- end` is not needed: a block ends where its indentation ends".to_string()
        }
        "unless" => format!("`unless` is Ruby: write `- if !({rest})`"),
        "case" => format!("`case` is Ruby: write `- match {rest}` with `- Pattern =>` arm lines"),
        "when" => format!(
            "`when` is Ruby: under `- match`, write each arm as `- {} =>`",
            rest.replace(", ", " | ")
        ),
        _ => return ruby_isms(reader, code),
    };
    Err(reader.error_at(message, code.span))
}

/// Ruby block syntax (`items.each do |x|`, `3.times do`) anywhere in code.
fn ruby_isms(reader: &LineReader, code: &Code) -> Result<()> {
    let text = code.text.trim_end();
    let Some(block) = ruby_block(text) else {
        return Ok(());
    };
    let (receiver, method, params) = block;
    let var = params.split(',').next().unwrap_or("").trim();
    let var = if var.is_empty() { "item" } else { var };
    let suggestion = match method {
        "each" => format!("- for {var} in {receiver}"),
        "each_with_index" => {
            let index = params.split(',').nth(1).map_or("i", |s| s.trim());
            format!("- for ({index}, {var}) in {receiver}.iter().enumerate()")
        }
        "times" => format!("- for {var} in 0..{receiver}"),
        _ => format!("- for {var} in {receiver}"),
    };
    Err(reader.error_at(
        format!("Ruby block syntax (`do |...|`) is not Rust: write `{suggestion}`"),
        code.span,
    ))
}

/// Splits `recv.method do |params|` / `recv.method { |params|` into parts.
fn ruby_block(text: &str) -> Option<(&str, &str, &str)> {
    let (head, params) = if let Some(head) = text.strip_suffix("do") {
        (head, "")
    } else if let Some(inner) = text.strip_suffix('|') {
        let open = inner.rfind('|')?;
        let before = inner[..open].trim_end();
        let head = before
            .strip_suffix("do")
            .or_else(|| before.strip_suffix('{'))?;
        (head, &inner[open + 1..])
    } else {
        return None;
    };
    // `do` must be a word of its own.
    if !head.is_empty() && !head.ends_with(char::is_whitespace) && !head.ends_with(')') {
        return None;
    }
    let head = head.trim_end();
    let head = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|i| &h[..i]))
        .unwrap_or(head);
    let (receiver, method) = match head.rfind('.') {
        Some(dot) => (&head[..dot], &head[dot + 1..]),
        None => (head, ""),
    };
    Some((receiver.trim(), method.trim(), params))
}
