//! Contextual escaping, decided at compile time (minified output).
//!
//! Every hole gets the escaping of the place it stands in: text, an
//! ordinary attribute, a URL attribute (with a check of the finished value
//! at run time, see `haml_runtime::UrlCheck`), an event handler or
//! `<script>` (JavaScript: inside a string or where a value goes), a
//! `style` attribute or `<style>` (CSS: inside a string, in `url(...)` or
//! where a value goes), or `srcdoc`. The place inside JavaScript and CSS is
//! found by scanning the template's own text around the hole; a hole where
//! no escaping is safe (a JavaScript comment or regular expression, a CSS
//! comment) is a compile error that says what to write instead.

use haml_grammar::{Code, Segment};

use crate::error::Error;
use crate::ir::{Escape, Op, UrlCheck};
use crate::lower::Tree;

/// What an attribute's value is to the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeKind {
    /// Text.
    Plain,
    /// A URL (or several), checked as `UrlCheck` says.
    Url(UrlCheck),
    /// JavaScript (`on*`).
    Js,
    /// CSS declarations (`style`).
    Css,
    /// A document (`iframe srcdoc`).
    Srcdoc,
}

/// The kind of attribute `name` on element `element` (both as written;
/// compared without case). `refresh`: the element is a `<meta>` with an
/// `http-equiv` attribute (which may be `refresh`).
pub fn attribute_kind(element: &str, name: &str, refresh: bool) -> AttributeKind {
    let element = element.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    let media = matches!(
        element.as_str(),
        "img" | "video" | "audio" | "source" | "track" | "input" | "image" | "feimage" | "picture"
    );
    let check = if media {
        UrlCheck::Media
    } else {
        UrlCheck::Link
    };
    match name.as_str() {
        "href" | "xlink:href" | "src" | "action" | "formaction" | "cite" | "longdesc"
        | "usemap" | "codebase" | "archive" | "profile" | "icon" | "manifest" | "ping"
        | "lowsrc" | "dynsrc" | "xml:base" => AttributeKind::Url(check),
        "poster" | "background" => AttributeKind::Url(UrlCheck::Media),
        "data" if element == "object" => AttributeKind::Url(UrlCheck::Link),
        "srcset" | "imagesrcset" => AttributeKind::Url(UrlCheck::Srcset),
        "content" if element == "meta" && refresh => AttributeKind::Url(UrlCheck::Refresh),
        "values" | "to" | "from" | "by"
            if matches!(
                element.as_str(),
                "animate" | "set" | "animatemotion" | "animatetransform"
            ) =>
        {
            AttributeKind::Url(UrlCheck::List)
        }
        "style" => AttributeKind::Css,
        "srcdoc" => AttributeKind::Srcdoc,
        n if n.len() > 2 && n.starts_with("on") => AttributeKind::Js,
        _ => AttributeKind::Plain,
    }
}

/// The escaping of a value that is an attribute's whole value, and the
/// check of the finished value.
pub fn whole_value(kind: AttributeKind, plain: Escape) -> (Escape, UrlCheck) {
    match kind {
        AttributeKind::Plain => (plain, UrlCheck::None),
        AttributeKind::Url(check) => (Escape::Url, check),
        AttributeKind::Js => (Escape::JsValue { attribute: true }, UrlCheck::None),
        AttributeKind::Css => (Escape::CssValue { attribute: true }, UrlCheck::None),
        AttributeKind::Srcdoc => (Escape::Srcdoc, UrlCheck::None),
    }
}

/// The escaping of each `#{}` of an attribute value written as a string,
/// and the check of the finished value.
pub fn interpolated(
    kind: AttributeKind,
    segments: &[Segment],
    plain: Escape,
) -> Result<(Vec<Escape>, UrlCheck), Error> {
    let holes = segments
        .iter()
        .filter(|s| matches!(s, Segment::Interpolation(_)))
        .count();
    Ok(match kind {
        AttributeKind::Plain => (vec![plain; holes], UrlCheck::None),
        AttributeKind::Srcdoc => (vec![Escape::Srcdoc; holes], UrlCheck::None),
        AttributeKind::Url(check) => {
            let mut escapes = Vec::new();
            let mut part = UrlPart::Scheme;
            let mut scheme_hole = false;
            // The text before the first `:`, `/`, `?` or `#`, and the
            // scheme it makes if a `:` ends it.
            let mut scheme = String::new();
            let mut static_scheme = None;
            for s in segments {
                match s {
                    Segment::Literal(t) => {
                        for c in t.chars() {
                            part = match (part, c) {
                                (_, '?' | '#') => UrlPart::Query,
                                (UrlPart::Scheme, ':') => {
                                    static_scheme = url_scheme(&scheme);
                                    UrlPart::Path
                                }
                                (UrlPart::Scheme, '/') => UrlPart::Path,
                                (UrlPart::Scheme, c) => {
                                    scheme.push(c);
                                    UrlPart::Scheme
                                }
                                (p, _) => p,
                            };
                        }
                    }
                    Segment::Interpolation(code) => {
                        scheme_hole |= part == UrlPart::Scheme;
                        if let Some(scheme) = static_scheme.as_deref() {
                            let never = matches!(scheme, "javascript" | "vbscript")
                                || (scheme == "data" && check != UrlCheck::Media);
                            if never && !matches!(check, UrlCheck::List | UrlCheck::Refresh) {
                                return Err(Error::template(
                                    format!(
                                        "a value inside a `{scheme}:` URL cannot be made safe \
                                         (the URL's text is run as {}): the finished URL would \
                                         always be blocked. {}",
                                        if scheme == "data" {
                                            "a document"
                                        } else {
                                            "code"
                                        },
                                        if scheme == "data" {
                                            "Only pictures and sound take `data:` URLs (`img`, \
                                             `video`, `audio`, `source`, `track`, `input`, SVG \
                                             `image`); for a document, use `srcdoc`"
                                        } else {
                                            "Put the code in an event handler \
                                             (`onclick: \"f('#{value}')\"`), where values are \
                                             escaped for JavaScript"
                                        }
                                    ),
                                    code.span,
                                ));
                            }
                        }
                        escapes.push(match part {
                            UrlPart::Query => Escape::UrlComponent,
                            _ => Escape::Url,
                        });
                    }
                }
            }
            // A value in the scheme position, after a scheme written in the
            // template that is not always allowed (`data:`, which depends on
            // the value), or any value of a list of URLs, is checked once
            // the whole value is written.
            let allowed = |scheme: &str| matches!(scheme, "http" | "https" | "mailto" | "tel");
            let checked = match check {
                UrlCheck::Link | UrlCheck::Media
                    if !scheme_hole && static_scheme.as_deref().is_none_or(allowed) =>
                {
                    UrlCheck::None
                }
                check => check,
            };
            (escapes, checked)
        }
        AttributeKind::Js | AttributeKind::Css => {
            let language = if kind == AttributeKind::Js {
                Language::Js
            } else {
                Language::Css
            };
            let mut scanner = Scanner::new(language);
            let mut escapes = Vec::new();
            for s in segments {
                match s {
                    Segment::Literal(t) => scanner.scan(t),
                    Segment::Interpolation(code) => escapes.push(scanner.hole(code, true)?),
                }
            }
            (escapes, UrlCheck::None)
        }
    })
}

/// The scheme the browser's URL parser reads in `text`, the static text of
/// a URL before its first `:`: leading spaces and controls dropped, tabs
/// and line breaks removed, lowercased; `None` if it is not a scheme (the
/// URL is then relative).
fn url_scheme(text: &str) -> Option<String> {
    let scheme: String = text
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum UrlPart {
    /// Nothing of the URL's structure yet: a value here may be its scheme.
    Scheme,
    /// After a `:` or `/`: the path.
    Path,
    /// After `?` or `#`: a query or fragment value.
    Query,
}

// ------------------------------------------------------ raw text elements

/// Gives the holes inside `<script>` and `<style>` elements and
/// `:javascript` / `:css` filters the escaping of their place in the
/// JavaScript or CSS around them.
pub fn raw_text(list: &mut [Tree]) -> Result<(), Error> {
    for tree in list {
        match tree {
            Tree::Element(e) => {
                let name = e.name.to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "textarea"
                        | "title"
                        | "xmp"
                        | "iframe"
                        | "noembed"
                        | "noframes"
                        | "noscript"
                        | "plaintext"
                ) {
                    // Text that ends at `</textarea` (...) wherever it
                    // stands: markup nested in the template is text there,
                    // and its attribute values must escape `<` too.
                    let mut ops = crate::ir::Ops::default();
                    crate::lower::flatten(std::mem::take(&mut e.content), &mut ops);
                    let mut ops = ops.ops;
                    html_escape_values(&mut ops, true);
                    e.content = ops.into_iter().map(Tree::Op).collect();
                    continue;
                }
                let language = match name.as_str() {
                    // A script whose type is known to be data or markup for
                    // a client-side framework (`text/x-template`) is not
                    // run: its values keep HTML escaping.
                    "script" if script_is_inert(&e.start) => Some(None),
                    "script" => Some(Some(Language::Js)),
                    "style" => Some(Some(Language::Css)),
                    _ => None,
                };
                match language {
                    Some(language) => {
                        let mut ops = crate::ir::Ops::default();
                        crate::lower::flatten(std::mem::take(&mut e.content), &mut ops);
                        let mut ops = ops.ops;
                        // Raw text ends at the first `</script` (`</style`)
                        // wherever it stands, attribute values of markup
                        // inside included: every value there escapes `<`.
                        html_escape_values(&mut ops, language.is_none());
                        if let Some(language) = language {
                            scan_ops(&mut ops, language, 0)?;
                        }
                        e.content = ops.into_iter().map(Tree::Op).collect();
                    }
                    None => raw_text(&mut e.content)?,
                }
            }
            Tree::Filter { name, ops } => {
                let language = match name.as_str() {
                    "javascript" => Language::Js,
                    "css" => Language::Css,
                    _ => continue,
                };
                // The body starts after the opening tag.
                let skip = match ops.first() {
                    Some(Op::Static(s)) => s.find('>').map_or(0, |i| i + 1),
                    _ => 0,
                };
                scan_ops(ops, language, skip)?;
            }
            Tree::Multi(inner) => raw_text(inner)?,
            Tree::Block { body, .. } => raw_text(body)?,
            Tree::Comment(c) => {
                // A comment ends at the first `-->` or `--!>`: attribute
                // values of markup inside it escape `>` too.
                let mut ops = crate::ir::Ops::default();
                crate::lower::flatten(std::mem::take(&mut c.content), &mut ops);
                let mut ops = ops.ops;
                html_escape_values(&mut ops, true);
                c.content = ops.into_iter().map(Tree::Op).collect();
            }
            _ => {}
        }
    }
    Ok(())
}

/// Makes the attribute values inside a raw text element escape `<` (and
/// all of `&<>"'`): those of attributes, and with `holes`, those of holes
/// in attribute values too (otherwise the JavaScript or CSS scan sets
/// them). Text holes already escape `</`; values written unescaped on
/// purpose (`!=`, `escape_attrs: false`) and values escaped for a URL,
/// JavaScript or CSS (which never contain `<`) stay as they are.
fn html_escape_values(ops: &mut [Op], holes: bool) {
    let upgrade = |escape: &mut Escape| {
        if *escape == Escape::DoubleQuoted {
            *escape = Escape::Html;
        }
    };
    for op in ops {
        match op {
            Op::Hole { escape, .. } if holes => upgrade(escape),
            Op::Attribute { escape, .. }
            | Op::Merge { escape, .. }
            | Op::ClassAttribute { escape, .. } => upgrade(escape),
            _ => {}
        }
    }
}

/// Whether a `<script>`'s start tag (all static) gives it a `type` that
/// browsers do not run: not empty, `module`, a JavaScript MIME type, JSON,
/// an import map or speculation rules. A `type` known only at run time
/// counts as script.
fn script_is_inert(start: &[Op]) -> bool {
    let mut tag = String::new();
    for op in start {
        match op {
            Op::Static(s) => tag.push_str(s),
            _ => return false,
        }
    }
    let Some(kind) = attribute_value(&tag, "type") else {
        return false;
    };
    let kind = kind.trim().to_ascii_lowercase();
    let runs = kind.is_empty()
        || kind == "module"
        || kind == "importmap"
        || kind == "speculationrules"
        || ["javascript", "ecmascript", "jscript", "livescript", "json"]
            .iter()
            .any(|k| kind.contains(k));
    !runs
}

/// The value of attribute `name` in a start tag as this crate writes it
/// (`<tag a=b c="d" e='f' g>`), or `None`.
fn attribute_value(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag.trim_start_matches('<');
    rest = rest.trim_start_matches(|c: char| !c.is_whitespace() && c != '>');
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with('>') || rest.starts_with('/') {
            return None;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
            .unwrap_or(rest.len());
        let key = &rest[..end];
        rest = &rest[end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let (text, after) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    (&body[..close], body.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    (&after[..close], &after[close..])
                }
            };
            value = text.to_string();
            rest = after;
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Language {
    Js,
    Css,
}

/// The scanner of one language's text.
enum Scanner {
    Js(JsScanner),
    Css(CssScanner),
}

impl Scanner {
    fn new(language: Language) -> Scanner {
        match language {
            Language::Js => Scanner::Js(JsScanner::default()),
            Language::Css => Scanner::Css(CssScanner::default()),
        }
    }

    fn scan(&mut self, text: &str) {
        match self {
            Scanner::Js(s) => s.scan(text),
            Scanner::Css(s) => s.scan(text),
        }
    }

    /// The escaping of a value written at this point.
    fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
        match self {
            Scanner::Js(s) => s.hole(code, attribute),
            Scanner::Css(s) => s.hole(code, attribute),
        }
    }

    fn context(&self) -> Context {
        match self {
            Scanner::Js(s) => Context::Js(s.kind()),
            Scanner::Css(s) => Context::Css(s.kind()),
        }
    }

    fn language_name(&self) -> &'static str {
        match self {
            Scanner::Js(_) => "JavaScript",
            Scanner::Css(_) => "CSS",
        }
    }
}

/// Scans the operations of a script or style body (the first `skip` bytes
/// of the first static text are not part of it). Values written unescaped
/// on purpose (`!=`, `escape_html: false`) keep that.
fn scan_ops(ops: &mut [Op], language: Language, skip: usize) -> Result<(), Error> {
    let mut scanner = Scanner::new(language);
    // The context at each open block, to compare with its end.
    let mut blocks: Vec<(Context, haml_grammar::Span)> = Vec::new();
    // The last template position seen, for blocks without code (`- else`).
    let mut last = haml_grammar::Span::default();
    let mut first = true;
    for op in ops.iter_mut() {
        match op {
            Op::Static(s) => {
                let text = if first {
                    s.get(skip..).unwrap_or("")
                } else {
                    s
                };
                scanner.scan(text);
            }
            // `!=` and the `escape_html: false` option write values as they
            // are: the author's choice.
            Op::Hole { escape, code } if *escape != Escape::None => {
                last = code.span;
                *escape = scanner.hole(code, false)?;
            }
            Op::Open(head) => {
                if let Some(code) = head_code(head) {
                    last = code.span;
                }
                blocks.push((scanner.context(), last));
            }
            Op::Close => {
                if let Some((start, span)) = blocks.pop() {
                    if start != scanner.context() {
                        let what = scanner.language_name();
                        let message = format!(
                            "this block of a {what} body ends in another {what} context than it \
                             starts (inside a string, a comment or a template literal): close \
                             them within the block, so each value's escaping is known"
                        );
                        return Err(Error::template(message, span));
                    }
                }
            }
            _ => {}
        }
        first = false;
    }
    Ok(())
}

fn head_code(head: &crate::ir::Head) -> Option<&Code> {
    use crate::ir::Head;
    match head {
        Head::If(c) | Head::ElseIf(c) | Head::While(c) | Head::Match(c) | Head::Arm(c) => Some(c),
        Head::For { iterable, .. } => Some(iterable),
        Head::Else | Head::Loop => None,
    }
}

#[derive(Clone, PartialEq, Eq)]
enum Context {
    Js((JsState, usize)),
    Css(CssState),
}

// ------------------------------------------------------------- JavaScript

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum JsState {
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
struct JsScanner {
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

impl Default for JsScanner {
    fn default() -> Self {
        JsScanner {
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

impl JsScanner {
    fn kind(&self) -> (JsState, usize) {
        (self.state, self.templates.len())
    }

    fn scan(&mut self, text: &str) {
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
    fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
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

// -------------------------------------------------------------------- CSS

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CssState {
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
struct CssScanner {
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

impl Default for CssScanner {
    fn default() -> Self {
        CssScanner {
            state: CssState::Normal,
            escaped: false,
            previous: ' ',
            word: String::new(),
            url_start: false,
            url_text: false,
        }
    }
}

impl CssScanner {
    fn kind(&self) -> CssState {
        self.state
    }

    fn scan(&mut self, text: &str) {
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
    fn hole(&mut self, code: &Code, attribute: bool) -> Result<Escape, Error> {
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

    /// The escaping of a hole after `before` in a script.
    fn js(before: &str) -> Result<Escape, Error> {
        let mut s = JsScanner::default();
        s.scan(before);
        s.hole(&code(), false)
    }

    fn css(before: &str) -> Result<Escape, Error> {
        let mut s = CssScanner::default();
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

    #[test]
    fn url_attribute_parts() {
        let parts = |source: &str| {
            let doc = haml_grammar::parse(&format!("%a{{href: \"{source}\"}}")).unwrap();
            let haml_grammar::NodeKind::Element(e) = &doc.nodes[0].kind else {
                panic!()
            };
            let haml_grammar::AttributeValue::Str(segments) =
                &e.attribute_groups[0].attributes[0].value
            else {
                panic!()
            };
            interpolated(
                AttributeKind::Url(UrlCheck::Link),
                segments,
                Escape::DoubleQuoted,
            )
            .unwrap()
        };
        assert_eq!(parts("#{a}"), (vec![Escape::Url], UrlCheck::Link));
        assert_eq!(parts("java#{a}"), (vec![Escape::Url], UrlCheck::Link));
        assert_eq!(parts("/users/#{a}"), (vec![Escape::Url], UrlCheck::None));
        assert_eq!(
            parts("https://x/?q=#{a}&r=#{b}"),
            (vec![Escape::UrlComponent; 2], UrlCheck::None)
        );
        assert_eq!(
            parts("#{a}?q=#{b}"),
            (vec![Escape::Url, Escape::UrlComponent], UrlCheck::Link)
        );
        // A scheme written in the template: allowed ones need no check,
        // others are checked (or, never allowed, an error).
        assert_eq!(parts("mailto:#{a}"), (vec![Escape::Url], UrlCheck::None));
        assert_eq!(
            parts(" HTTPS://x/#{a}"),
            (vec![Escape::Url], UrlCheck::None)
        );
        assert_eq!(parts("ftp://x/#{a}"), (vec![Escape::Url], UrlCheck::Link));
        assert_eq!(parts("a b:#{a}"), (vec![Escape::Url], UrlCheck::None));
        assert_eq!(url_scheme(" \u{1}Java\tScript"), Some("javascript".into()));
        assert_eq!(url_scheme("a b"), None);
        assert_eq!(url_scheme("1a"), None);
    }

    #[test]
    fn script_types() {
        let inert = |tag: &str| script_is_inert(&[Op::Static(tag.to_string())]);
        assert!(!inert("<script>"));
        assert!(!inert("<script type=module>"));
        assert!(!inert("<script type=\"text/javascript\">"));
        assert!(!inert("<script type='application/ld+json'>"));
        assert!(!inert("<script data-x=\" type=text/x-template\">"));
        assert!(inert("<script type=text/x-template>"));
        assert!(inert("<script id=t type=\"text/html\">"));
        // A type written at run time may be anything: script.
        assert!(!script_is_inert(&[
            Op::Static("<script".into()),
            Op::ValueStart,
            Op::Static(">".into())
        ]));
    }

    #[test]
    fn attribute_kinds() {
        assert_eq!(
            attribute_kind("a", "href", false),
            AttributeKind::Url(UrlCheck::Link)
        );
        assert_eq!(
            attribute_kind("img", "src", false),
            AttributeKind::Url(UrlCheck::Media)
        );
        assert_eq!(
            attribute_kind("iframe", "src", false),
            AttributeKind::Url(UrlCheck::Link)
        );
        assert_eq!(attribute_kind("div", "onClick", false), AttributeKind::Js);
        assert_eq!(attribute_kind("div", "on", false), AttributeKind::Plain);
        assert_eq!(
            attribute_kind("meta", "content", true),
            AttributeKind::Url(UrlCheck::Refresh)
        );
        assert_eq!(
            attribute_kind("meta", "content", false),
            AttributeKind::Plain
        );
        assert_eq!(
            attribute_kind("animate", "values", false),
            AttributeKind::Url(UrlCheck::List)
        );
        assert_eq!(attribute_kind("div", "data", false), AttributeKind::Plain);
        assert_eq!(
            attribute_kind("object", "data", false),
            AttributeKind::Url(UrlCheck::Link)
        );
    }
}
