//! The line pre-pass: indentation, blank lines, `|` multiline groups and
//! filter / silent-comment bodies; then the tree built from the indentation.
//!
//! Each logical line is read by the grammar (`line.rs`); this module decides
//! which lines nest under which, and checks the rules of nesting.

use crate::ast::*;
use crate::error::ParseError;
use crate::grammar::Rule;
use crate::line::{Line, LineReader};
use crate::source::{LineIndex, Origin};

/// Deepest nesting of lines accepted (browsers stop nesting at 512).
const MAX_DEPTH: usize = 256;

/// The tags that haml renders without a closing tag (its default
/// `autoclose` option); they cannot hold nested lines.
pub const HAML_AUTOCLOSE: &[&str] = &[
    "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
    "isindex", "keygen", "link", "menuitem", "meta", "param", "source", "track", "wbr",
];

/// Parse a template into its syntax tree.
///
/// Accepts LF, CRLF and CR line breaks and a leading UTF-8 byte order mark.
/// Never panics: any input either parses or gives a [`ParseError`] naming the
/// line and column of the fault.
pub fn parse(source: &str) -> Result<Document> {
    parse_file(source, 0)
}

/// [`parse`] for one of several sources: every [`Span`] of the document
/// and of the error gets `file` as its [`Span::file`].
pub fn parse_file(source: &str, file: u32) -> Result<Document> {
    read(source, file, true)
}

/// [`parse`] with a grammar call for every line, where `parse` reads runs
/// of lines in one call: the same result, more slowly. For tests that
/// compare the two.
#[doc(hidden)]
pub fn parse_line_by_line(source: &str) -> Result<Document> {
    read(source, 0, false)
}

fn read(source: &str, file: u32, runs: bool) -> Result<Document> {
    let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let index = LineIndex::new(source, bom, file);
    check_nesting(source, &index)?;
    let items = Reader {
        source,
        index: &index,
        pos: bom,
        unit: None,
        previous_level: 0,
        items: Vec::new(),
    }
    .read_all(runs)?;
    let mut builder = TreeBuilder {
        items,
        next: 0,
        index: &index,
    };
    let nodes = builder.block(0)?;
    Ok(Document { nodes })
}

/// How deep brackets may nest. The grammar reads a bracket group by
/// recursion, so this bounds its stack use (pest's own stack probe is off:
/// it cost a fifth of the parse time).
const MAX_BRACKETS: usize = 64;

/// Refuses brackets (`(`, `[`, `{`) nested more than [`MAX_BRACKETS`]
/// deep. Counted over the whole source, quotes or not, carried over a line
/// break where a logical line may continue (after `,`, `{` or `(`) and
/// reset at any other: an over-count only ever refuses absurd nesting.
fn check_nesting(source: &str, index: &LineIndex) -> Result<()> {
    let mut depth = 0usize;
    let mut last = b'\n';
    for (i, b) in source.bytes().enumerate() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKETS {
                    let span = index.span(i, i + 1);
                    return Err(ParseError::new(
                        format!("brackets nested more than {MAX_BRACKETS} deep"),
                        span,
                        index.line_text(span.line).to_string(),
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' | b'\r' if !matches!(last, b',' | b'{' | b'(') => depth = 0,
            _ => {}
        }
        if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            last = b;
        }
    }
    Ok(())
}

/// One logical line with its nesting level.
struct Item {
    level: usize,
    line: Line,
    span: Span,
    /// The body of a filter.
    filter_lines: Vec<FilterLine>,
    /// The blank lines after a filter's body, before the next line.
    filter_trailing_blank_lines: usize,
}

/// A physical line of the source.
#[derive(Clone, Copy)]
struct RawLine {
    /// Offset of its first byte.
    start: usize,
    /// Offset of its first byte after the indentation.
    content: usize,
    /// Offset of its line break (or the end of the source).
    end: usize,
    /// Offset of the next line.
    next: usize,
}

impl RawLine {
    fn is_blank(&self, source: &str) -> bool {
        source[self.content..self.end].trim().is_empty()
    }
}

struct Reader<'a, 's> {
    source: &'s str,
    index: &'a LineIndex<'s>,
    pos: usize,
    /// The indentation unit, set by the first indented line.
    unit: Option<&'s str>,
    previous_level: usize,
    items: Vec<Item>,
}

type Result<T> = std::result::Result<T, ParseError>;

impl<'s> Reader<'_, 's> {
    fn raw_line(&self, start: usize) -> Option<RawLine> {
        if start >= self.source.len() {
            return None;
        }
        let bytes = self.source.as_bytes();
        let mut content = start;
        while content < bytes.len() && (bytes[content] == b' ' || bytes[content] == b'\t') {
            content += 1;
        }
        let mut end = content;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        let next = if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            (end + 1).min(bytes.len().max(end))
        };
        Some(RawLine {
            start,
            content,
            end,
            next,
        })
    }

    fn error(&self, message: impl Into<String>, start: usize, end: usize) -> ParseError {
        let span = self.index.span(start, end);
        ParseError::new(message, span, self.index.line_text(span.line).to_string())
    }

    /// Reads runs of ordinary lines with one grammar call each, and each
    /// line a run leaves (a filter, a silent comment, a `|` group) on its
    /// own; after a run the grammar does not read, the rest line by line
    /// (which finds the line at fault).
    fn read_all(mut self, mut runs: bool) -> Result<Vec<Item>> {
        loop {
            if runs {
                runs = self.read_run()?;
            }
            let Some(raw) = self.raw_line(self.pos) else {
                break;
            };
            if raw.is_blank(self.source) {
                self.pos = raw.next;
                continue;
            }
            self.check_level(&raw)?;
            self.read_line(raw, self.previous_level)?;
        }
        Ok(self.items)
    }

    /// Reads the run of lines at `pos` with one grammar call, as far as
    /// each of its lines is one [`read_line`](Self::read_line) would read
    /// the same way (not a `|` group, not blank to `str::trim`). Returns
    /// false if the grammar does not read the run.
    fn read_run(&mut self) -> Result<bool> {
        let base = self.pos;
        let origin = Origin::Offset(base);
        let reader = LineReader {
            index: self.index,
            origin: &origin,
        };
        let Some(lines) = reader.run(&self.source[base..]) else {
            return Ok(false);
        };
        let bytes = self.source.as_bytes();
        // (The run's pairs are its lines and an `EOI` at the end.)
        for line in lines.filter(|p| p.as_rule() == Rule::line) {
            let span = line.as_span();
            let (content, end) = (base + span.start(), base + span.end());
            let mut start = content;
            while start > base && matches!(bytes[start - 1], b' ' | b'\t') {
                start -= 1;
            }
            let Some(raw) = self.raw_line(start) else {
                break;
            };
            if raw.is_blank(self.source)
                || is_multiline(self.source[raw.content..raw.end].trim_end())
            {
                // Left to `read_line`.
                self.pos = start;
                return Ok(true);
            }
            self.check_level(&raw)?;
            let line = reader.line_pair(line, false)?;
            self.pos = after_line_break(self.source, end);
            // A filter or a silent comment ends the run: its body follows.
            let (filter_lines, filter_trailing_blank_lines) =
                self.body(&line, &self.source[raw.start..raw.content])?;
            self.items.push(Item {
                level: self.previous_level,
                line,
                span: self.index.span(content, end),
                filter_lines,
                filter_trailing_blank_lines,
            });
        }
        Ok(true)
    }

    /// Checks the indentation of a non-blank line and makes its level the
    /// current one.
    fn check_level(&mut self, raw: &RawLine) -> Result<()> {
        let level = self.level(raw)?;
        if self.items.is_empty() && level > 0 {
            return Err(self.error(
                "indenting at the beginning of the document is illegal",
                raw.start,
                raw.content,
            ));
        }
        if level > self.previous_level + 1 {
            return Err(self.error(
                format!(
                    "the line was indented {} levels deeper than the previous line",
                    level - self.previous_level
                ),
                raw.start,
                raw.content,
            ));
        }
        if level > MAX_DEPTH {
            return Err(self.error(
                format!("lines are nested more than {MAX_DEPTH} levels deep"),
                raw.start,
                raw.content,
            ));
        }
        self.previous_level = level;
        Ok(())
    }

    /// The nesting level of a line from its indentation.
    fn level(&mut self, raw: &RawLine) -> Result<usize> {
        let ws = &self.source[raw.start..raw.content];
        if ws.is_empty() {
            return Ok(0);
        }
        if ws.contains(' ') && ws.contains('\t') {
            return Err(self.error(
                "indentation can't use both tabs and spaces",
                raw.start,
                raw.content,
            ));
        }
        let unit = *self.unit.get_or_insert(ws);
        let level = ws.len() / unit.len();
        // Both are all spaces or all tabs (checked above), so `ws` is
        // `level` units exactly when the lengths divide and the kinds match.
        if !ws.len().is_multiple_of(unit.len()) || ws.as_bytes()[0] != unit.as_bytes()[0] {
            return Err(self.error(
                format!(
                    "inconsistent indentation: {} used for indentation, but the rest of the \
                     document was indented using {}",
                    describe_indentation(ws),
                    describe_indentation(unit)
                ),
                raw.start,
                raw.content,
            ));
        }
        Ok(level)
    }

    fn read_line(&mut self, raw: RawLine, level: usize) -> Result<()> {
        let (line, span, end) = match self.multiline_group(raw) {
            Some(group) => self.read_joined(raw, group)?,
            None => {
                let origin = Origin::Offset(raw.content);
                let reader = LineReader {
                    index: self.index,
                    origin: &origin,
                };
                let (line, used) = reader.read(&self.source[raw.content..], false)?;
                let end = raw.content + used;
                (line, self.index.span(raw.content, end), end)
            }
        };
        // Continue after the line break that ends this logical line.
        self.pos = after_line_break(self.source, end);
        let (filter_lines, filter_trailing_blank_lines) =
            self.body(&line, &self.source[raw.start..raw.content])?;
        self.items.push(Item {
            level,
            line,
            span,
            filter_lines,
            filter_trailing_blank_lines,
        });
        Ok(())
    }

    /// Moves past the body of `line` (indented by `ws`) if it is a filter
    /// or a silent comment, and returns the lines of a filter's body and the
    /// number of blank lines after it (before the next line; none at the
    /// end of the source).
    fn body(&mut self, line: &Line, ws: &'s str) -> Result<(Vec<FilterLine>, usize)> {
        match line {
            Line::FilterHead(_) => {
                let lines = self.filter_body(ws)?;
                let mut blank = 0;
                let mut pos = self.pos;
                while let Some(raw) = self.raw_line(pos) {
                    if !raw.is_blank(self.source) {
                        return Ok((lines, blank));
                    }
                    blank += 1;
                    pos = raw.next;
                }
                Ok((lines, 0))
            }
            Line::SilentComment(_) => self.body_lines(ws).map(|_| (Vec::new(), 0)),
            _ => Ok((Vec::new(), 0)),
        }
    }

    /// The following lines of a `|` multiline group starting at `raw`, or
    /// `None` if `raw` does not end in ` |`.
    fn multiline_group(&self, raw: RawLine) -> Option<Vec<RawLine>> {
        if !is_multiline(self.source[raw.content..raw.end].trim_end()) {
            return None;
        }
        let mut group = vec![raw];
        let mut pos = raw.next;
        while let Some(next) = self.raw_line(pos) {
            if next.is_blank(self.source) {
                pos = next.next;
                continue;
            }
            if !is_multiline(self.source[next.content..next.end].trim_end()) {
                break;
            }
            group.push(next);
            pos = next.next;
        }
        Some(group)
    }

    /// Read a `|` multiline group as one line: each line without its
    /// indentation and final `|`, joined.
    fn read_joined(&mut self, first: RawLine, group: Vec<RawLine>) -> Result<(Line, Span, usize)> {
        let mut text = String::new();
        let mut pieces = Vec::new();
        for raw in &group {
            let line = self.source[raw.content..raw.end].trim_end();
            pieces.push((text.len(), raw.content));
            text.push_str(&line[..line.len() - 1]);
        }
        let last = group[group.len() - 1];
        let origin = Origin::Joined(pieces);
        let reader = LineReader {
            index: self.index,
            origin: &origin,
        };
        let (line, used) = reader.read(&text, true)?;
        if used < text.len() {
            return Err(reader.error_at(
                "a `|` multiline group must be one complete line once joined",
                reader.span(used, used),
            ));
        }
        Ok((line, self.index.span(first.content, last.end), last.end))
    }

    /// The lines nested under a filter or silent comment indented by `ws`:
    /// the following lines that start with `ws` and one more indentation
    /// unit (when no unit is known yet, the first such line sets it, as in
    /// haml), and the blank lines among them. Moves past them and returns
    /// the body's indentation and its lines.
    fn body_lines(&mut self, ws: &str) -> Result<(String, Vec<RawLine>)> {
        let base = match self.unit {
            Some(unit) => format!("{ws}{unit}"),
            None => {
                let mut pos = self.pos;
                let first = loop {
                    match self.raw_line(pos) {
                        Some(raw) if raw.is_blank(self.source) => pos = raw.next,
                        other => break other,
                    }
                };
                match first {
                    Some(raw) if raw.content - raw.start > ws.len() => {
                        let first_ws = &self.source[raw.start..raw.content];
                        if first_ws.contains(' ') && first_ws.contains('\t') {
                            return Err(self.error(
                                "indentation can't use both tabs and spaces",
                                raw.start,
                                raw.content,
                            ));
                        }
                        self.unit = Some(first_ws);
                        first_ws.to_string()
                    }
                    _ => return Ok((String::new(), Vec::new())),
                }
            }
        };
        let mut body = Vec::new();
        let mut pos = self.pos;
        while let Some(raw) = self.raw_line(pos) {
            if !raw.is_blank(self.source) {
                if !self.source[raw.start..raw.end].starts_with(base.as_str()) {
                    break;
                }
                self.pos = raw.next;
            }
            body.push(raw);
            pos = raw.next;
        }
        // Trailing blank lines are not part of the body.
        while body.last().is_some_and(|r| r.is_blank(self.source)) {
            body.pop();
        }
        Ok((base, body))
    }

    /// The body of a filter whose line is indented by `ws`.
    fn filter_body(&mut self, ws: &str) -> Result<Vec<FilterLine>> {
        let (base, body) = self.body_lines(ws)?;
        if body.is_empty() {
            return Ok(Vec::new());
        }
        // Each line without the body's indentation, and where it starts.
        let texts: Vec<(&str, usize)> = body
            .iter()
            .map(|raw| {
                let full = &self.source[raw.start..raw.end];
                match full.strip_prefix(base.as_str()) {
                    Some(rest) => (rest, raw.start + base.len()),
                    None => ("", raw.end),
                }
            })
            .collect();
        let mut joined = String::new();
        let mut pieces = Vec::with_capacity(texts.len());
        for (i, &(text, start)) in texts.iter().enumerate() {
            if i > 0 {
                joined.push('\n');
            }
            pieces.push((joined.len(), start));
            joined.push_str(text);
        }
        let origin = Origin::Joined(pieces);
        let reader = LineReader {
            index: self.index,
            origin: &origin,
        };
        let segments = reader.filter_body(&joined)?;
        Ok(texts
            .into_iter()
            .zip(body)
            .zip(segments)
            .map(|(((text, start), raw), segments)| FilterLine {
                raw: text.to_string(),
                segments,
                span: self.index.span(start, raw.end),
            })
            .collect())
    }
}

/// The offset just after the line break at or after `end`.
fn after_line_break(source: &str, end: usize) -> usize {
    let bytes = source.as_bytes();
    match bytes.get(end) {
        Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
        Some(b'\r') | Some(b'\n') => end + 1,
        _ => end,
    }
}

/// haml's test for a `|` multiline line: it ends in ` |` and is not a Ruby
/// `do |x|` block.
fn is_multiline(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() > 1 && b[b.len() - 1] == b'|' && b[b.len() - 2] == b' ' && !is_ruby_block_params(text)
}

/// `... do |a, b|` at the end of a line.
fn is_ruby_block_params(text: &str) -> bool {
    let Some(open) = text[..text.len() - 1].rfind('|') else {
        return false;
    };
    text[..open].trim_end().ends_with("do")
}

fn describe_indentation(ws: &str) -> String {
    let n = ws.len();
    let (name, plural) = if ws.starts_with('\t') {
        ("tab", "tabs")
    } else {
        ("space", "spaces")
    };
    if ws.contains(' ') && ws.contains('\t') {
        format!("{ws:?}")
    } else if n == 1 {
        format!("1 {name}")
    } else {
        format!("{n} {plural}")
    }
}

// ---------------------------------------------------------------- the tree

struct TreeBuilder<'a, 's> {
    items: Vec<Item>,
    next: usize,
    index: &'a LineIndex<'s>,
}

impl TreeBuilder<'_, '_> {
    fn error(&self, message: impl Into<String>, span: Span) -> ParseError {
        ParseError::new(message, span, self.index.line_text(span.line).to_string())
    }

    /// Build the nodes at `level` until a line of a lower level.
    fn block(&mut self, level: usize) -> Result<Vec<Node>> {
        let mut nodes: Vec<Node> = Vec::new();
        while self.next < self.items.len() && self.items[self.next].level >= level {
            let i = self.next;
            self.next += 1;
            let span = self.items[i].span;
            let filter_lines = std::mem::take(&mut self.items[i].filter_lines);
            let trailing_blank_lines = self.items[i].filter_trailing_blank_lines;
            let line = std::mem::replace(&mut self.items[i].line, Line::Else);
            let has_children = self.items.get(self.next).is_some_and(|n| n.level > level);
            let children_span = self.items.get(self.next).map(|n| n.span).unwrap_or(span);
            let no_children = |this: &Self, message: &str| -> Result<()> {
                if has_children {
                    Err(this.error(message, children_span))
                } else {
                    Ok(())
                }
            };
            let kind =
                match line {
                    Line::Doctype(d) => {
                        no_children(
                            self,
                            "illegal nesting: nesting within a doctype (`!!!`) is illegal",
                        )?;
                        NodeKind::Doctype(d)
                    }
                    Line::Element(mut e) => {
                        let name = e.name.as_ref().map_or("div", |n| n.name.as_str());
                        if has_children {
                            if !matches!(e.content, Content::Empty) {
                                no_children(
                                    self,
                                    &format!(
                                        "illegal nesting: content can't be both given on the same \
                                     line as %{name} and nested within it"
                                    ),
                                )?;
                            }
                            if e.self_closing {
                                no_children(
                                    self,
                                    "illegal nesting: nesting within a self-closing tag is illegal",
                                )?;
                            }
                            if HAML_AUTOCLOSE.contains(&name) {
                                no_children(
                                    self,
                                    &format!(
                                        "illegal nesting: `{name}` is a void element, it can't \
                                     contain anything"
                                    ),
                                )?;
                            }
                            e.content = Content::Children(self.block(level + 1)?);
                        }
                        NodeKind::Element(e)
                    }
                    Line::Text(t) => {
                        no_children(
                            self,
                            "illegal nesting: nesting within plain text is illegal",
                        )?;
                        NodeKind::Text(t)
                    }
                    Line::Output(o) => {
                        no_children(
                            self,
                            "illegal nesting: nothing can be nested under `= expression` \
                         (Ruby blocks are not Rust; use `- for`, `- if`, ...)",
                        )?;
                        NodeKind::Output(o)
                    }
                    Line::Comment(mut c) => {
                        if has_children && !c.text.segments.is_empty() {
                            no_children(
                                self,
                                "illegal nesting: nesting within a comment that already has \
                             content is illegal",
                            )?;
                        }
                        c.children = self.children(has_children, level)?;
                        NodeKind::Comment(c)
                    }
                    Line::SilentComment(text) => NodeKind::SilentComment(text),
                    Line::FilterHead(name) => {
                        if !matches!(
                            name.name.as_str(),
                            "plain" | "escaped" | "preserve" | "javascript" | "css" | "cdata"
                        ) {
                            let ruby = matches!(
                                name.name.as_str(),
                                "ruby"
                                    | "erb"
                                    | "markdown"
                                    | "sass"
                                    | "scss"
                                    | "less"
                                    | "coffee"
                                    | "coffeescript"
                                    | "textile"
                                    | "maruku"
                            );
                            return Err(self.error(
                                format!(
                                    "filter \"{}\" is not defined{}: the filters are :plain, \
                                 :escaped, :preserve, :javascript, :css and :cdata",
                                    name.name,
                                    if ruby { " (it needs Ruby)" } else { "" }
                                ),
                                name.span,
                            ));
                        }
                        NodeKind::Filter(Filter {
                            name,
                            lines: filter_lines,
                            trailing_blank_lines,
                        })
                    }
                    Line::If(condition) => {
                        let body = self.children(has_children, level)?;
                        NodeKind::Statement(Statement::If {
                            branches: vec![Branch {
                                condition,
                                body,
                                span,
                            }],
                            otherwise: None,
                        })
                    }
                    Line::ElseIf(condition) => {
                        let body = self.children(has_children, level)?;
                        let branch = Branch {
                            condition,
                            body,
                            span,
                        };
                        match last_if(&mut nodes) {
                            Some((branches, None)) => branches.push(branch),
                            _ => return Err(self.error(
                                "`- else if` without a `- if` before it at the same indentation",
                                span,
                            )),
                        }
                        continue;
                    }
                    Line::Else => {
                        let body = self.children(has_children, level)?;
                        match last_if(&mut nodes) {
                            Some((_, otherwise @ None)) => *otherwise = Some(Block { body, span }),
                            _ => {
                                return Err(self.error(
                                    "`- else` without a `- if` before it at the same indentation",
                                    span,
                                ))
                            }
                        }
                        continue;
                    }
                    Line::For(pattern, iterable) => NodeKind::Statement(Statement::For {
                        pattern,
                        iterable,
                        body: self.children(has_children, level)?,
                    }),
                    Line::While(condition) => NodeKind::Statement(Statement::While {
                        condition,
                        body: self.children(has_children, level)?,
                    }),
                    Line::Loop => NodeKind::Statement(Statement::Loop {
                        body: self.children(has_children, level)?,
                    }),
                    Line::Match(scrutinee) => NodeKind::Statement(Statement::Match {
                        scrutinee,
                        arms: if has_children {
                            self.arms(level + 1)?
                        } else {
                            Vec::new()
                        },
                    }),
                    Line::Arm(_) => {
                        return Err(self.error(
                            "a `- Pattern =>` arm must be nested directly under `- match`",
                            span,
                        ))
                    }
                    Line::Let(code) => {
                        no_children(
                            self,
                            "illegal nesting: nothing can be nested under `- let` (only `- if`, \
                         `- else`, `- for`, `- while`, `- loop`, `- match` and arms open a block)",
                        )?;
                        NodeKind::Statement(Statement::Let(code))
                    }
                    Line::Include(include) => {
                        no_children(
                            self,
                            "illegal nesting: nothing can be nested under `- include` (the \
                         partial is the content)",
                        )?;
                        NodeKind::Include(include)
                    }
                    Line::Plain(code) => {
                        no_children(
                            self,
                            "illegal nesting: nothing can be nested under this statement (only \
                         `- if`, `- else`, `- for`, `- while`, `- loop`, `- match` and arms \
                         open a block)",
                        )?;
                        NodeKind::Statement(Statement::Plain(code))
                    }
                };
            nodes.push(Node { kind, span });
        }
        Ok(nodes)
    }

    /// The `- Pattern =>` arms nested under a `- match` (silent comments
    /// among them are dropped).
    fn arms(&mut self, level: usize) -> Result<Vec<Arm>> {
        let mut arms = Vec::new();
        while self.next < self.items.len() && self.items[self.next].level >= level {
            let i = self.next;
            self.next += 1;
            let span = self.items[i].span;
            let has_children = self.items.get(self.next).is_some_and(|n| n.level > level);
            match std::mem::replace(&mut self.items[i].line, Line::Else) {
                Line::Arm(pattern) => arms.push(Arm {
                    pattern,
                    body: self.children(has_children, level)?,
                    span,
                }),
                Line::SilentComment(_) => {}
                _ => {
                    return Err(self.error(
                        "only `- Pattern =>` arm lines can be nested directly under `- match`",
                        span,
                    ))
                }
            }
        }
        Ok(arms)
    }

    fn children(&mut self, has_children: bool, level: usize) -> Result<Vec<Node>> {
        if has_children {
            self.block(level + 1)
        } else {
            Ok(Vec::new())
        }
    }
}

/// The branches and else slot of the last `- if` among `nodes`, looking
/// past silent comments (which are dropped).
fn last_if(nodes: &mut Vec<Node>) -> Option<(&mut Vec<Branch>, &mut Option<Block>)> {
    while matches!(
        nodes.last().map(|n| &n.kind),
        Some(NodeKind::SilentComment(_))
    ) {
        nodes.pop();
    }
    match nodes.last_mut().map(|n| &mut n.kind) {
        Some(NodeKind::Statement(Statement::If {
            branches,
            otherwise,
        })) => Some((branches, otherwise)),
        _ => None,
    }
}
