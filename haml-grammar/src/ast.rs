//! The syntax tree of a template.
//!
//! Every node keeps the [`Span`] it came from, so later stages can point a
//! compile error at the template line. Rust code inside the template is kept
//! as text ([`Code`]); the macro parses it with `syn`.

/// A place in the template source: a byte range and the 1-based line and
/// column (in characters) where it starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column of `start`, counted in characters.
    pub column: u32,
    /// Which source the span is in: 0 for the template [`parse`](crate::parse)
    /// read, or the number given to [`parse_file`](crate::parse_file) (the
    /// macro numbers the partials a template includes).
    pub file: u32,
}

/// A whole template: its top-level nodes in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The top-level nodes.
    pub nodes: Vec<Node>,
}

/// One node of the tree and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// What the node is.
    pub kind: NodeKind,
    /// The line (or lines) it was written on, without indentation.
    pub span: Span,
}

/// The kinds of nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// `!!!` with its keyword (`""`, `"5"`, `"Strict"`, `"XML utf-8"`, ...).
    Doctype(Doctype),
    /// `%tag`, `.class`, `#id` and everything on their line.
    Element(Element),
    /// A text line.
    Text(Text),
    /// `= expr` and its variants.
    Output(Output),
    /// A Rust statement line, with its nested body when it has one.
    Statement(Statement),
    /// `/ comment`, `/[if IE]`, with its nested body when it has one.
    Comment(Comment),
    /// `-# comment`; it renders nothing. The text is its first line only.
    SilentComment(String),
    /// `:plain`, `:javascript`, ... with the lines of its body.
    Filter(Filter),
    /// `- include "shared/_nav.haml"`: a partial, inlined by the macro.
    Include(Include),
}

/// `- include "path"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Include {
    /// The path as written, relative to the templates directory.
    pub path: String,
}

/// `!!!` and its keyword.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doctype {
    /// What followed `!!!`, trimmed (`""` for a bare `!!!`).
    pub keyword: String,
}

/// An element and its contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// The tag name, or `None` for an implicit `div` (`.a`, `#b`).
    pub name: Option<Name>,
    /// `.class` and `#id` shortcuts in source order.
    pub shortcuts: Vec<Shortcut>,
    /// Attribute groups in source order (at most one of each kind).
    pub attribute_groups: Vec<AttributeGroup>,
    /// `/` after the tag: an explicitly self-closing tag.
    pub self_closing: bool,
    /// `<`: remove whitespace just inside the tag.
    pub remove_inner_whitespace: bool,
    /// `>`: remove whitespace just outside the tag.
    pub remove_outer_whitespace: bool,
    /// What the element contains.
    pub content: Content,
}

/// A name and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The name.
    pub name: String,
    /// Where it was written.
    pub span: Span,
}

/// A `.class` or `#id` shortcut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// `.name`
    Class(Name),
    /// `#name`
    Id(Name),
}

/// The contents of an element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// Nothing.
    Empty,
    /// Text on the same line: `%p Hello #{name}`.
    Text(Text),
    /// Output on the same line: `%p= expr`.
    Output(Output),
    /// Nested lines.
    Children(Vec<Node>),
}

/// One group of attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeGroup {
    /// Which syntax the group was written in.
    pub style: AttributeStyle,
    /// The attributes in source order.
    pub attributes: Vec<Attribute>,
    /// Where the group was written, brackets included.
    pub span: Span,
}

/// The two attribute syntaxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeStyle {
    /// `{key: value, "k" => v}`
    Hash,
    /// `(key="value" k=v flag)`
    Html,
}

/// One `key: value` pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    /// The key, as written (without quotes or `:`).
    pub name: Name,
    /// The value.
    pub value: AttributeValue,
    /// Where the pair was written.
    pub span: Span,
}

/// The value of an attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttributeValue {
    /// A string literal, with `#{}` interpolation; escapes are resolved.
    Str(Vec<Segment>),
    /// A Rust expression.
    Code(Code),
    /// A nested hash, as in `data: {user_id: 1}`.
    Hash(Vec<Attribute>),
    /// A name with no value in an HTML-style list: `(checked)`.
    Bare,
}

/// Rust source text found in the template, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The text, trimmed. Line breaks inside it (continuation lines) are kept.
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// A piece of text: literal, or a `#{}` interpolation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Literal text (escapes such as `\#{` already resolved).
    Literal(String),
    /// `#{expr}`: the expression.
    Interpolation(Code),
}

/// Text with interpolations and its escaping mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The pieces, in order; adjacent literals are merged.
    pub segments: Vec<Segment>,
    /// How interpolated values are escaped.
    pub escape: TextEscape,
}

/// How `#{}` values in a text are escaped. Literal text is never escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEscape {
    /// As the `escape_html` option says (plain text, `==`).
    Default,
    /// Always (`& text`, `&==`).
    Always,
    /// Never (`! text`, `!==`).
    Never,
}

/// An output line or inline output: `= expr` and its variants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// Which operator.
    pub kind: OutputKind,
    /// The expression.
    pub code: Code,
}

/// The output operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    /// `=`: escaped when `escape_html` is on.
    Default,
    /// `&=`: always escaped.
    Escaped,
    /// `!=`: never escaped.
    Raw,
    /// `~`: like `=` (haml 6 preserves nothing more by default).
    Preserve,
    /// `&~`: like `&=`.
    EscapedPreserve,
    /// `!~`: like `!=`.
    RawPreserve,
}

/// A Rust statement line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statement {
    /// `- if c`, any `- else if c`, and an optional `- else`.
    If {
        /// The `if` and `else if` branches in order.
        branches: Vec<Branch>,
        /// The `- else` body, if there is one.
        otherwise: Option<Block>,
    },
    /// `- for pattern in iterable`
    For {
        /// The loop pattern.
        pattern: Code,
        /// The iterated expression.
        iterable: Code,
        /// The body.
        body: Vec<Node>,
    },
    /// `- while c` (also `- while let P = e`).
    While {
        /// The condition.
        condition: Code,
        /// The body.
        body: Vec<Node>,
    },
    /// `- loop`
    Loop {
        /// The body.
        body: Vec<Node>,
    },
    /// `- match e` and its `- Pattern =>` arms.
    Match {
        /// The matched expression.
        scrutinee: Code,
        /// The arms in order.
        arms: Vec<Arm>,
    },
    /// `- let ...`: the text after `let`.
    Let(Code),
    /// Any other statement (`- x += 1`, `- break`).
    Plain(Code),
}

/// One `if` or `else if` branch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Branch {
    /// The condition (may start with `let` for `if let`).
    pub condition: Code,
    /// The body.
    pub body: Vec<Node>,
    /// Where the `- if` / `- else if` line was written.
    pub span: Span,
}

/// A body with the line that opened it (used for `- else`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The body.
    pub body: Vec<Node>,
    /// Where the opening line was written.
    pub span: Span,
}

/// One `- Pattern =>` arm of a match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arm {
    /// The pattern, guard included (`Some(x) if x > 1`).
    pub pattern: Code,
    /// The body.
    pub body: Vec<Node>,
    /// Where the arm line was written.
    pub span: Span,
}

/// An HTML comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// `[if IE]` condition text (without brackets), if any.
    pub condition: Option<String>,
    /// `/![...]`: a downlevel-revealed conditional comment.
    pub revealed: bool,
    /// Text on the comment line.
    pub text: Text,
    /// Nested lines.
    pub children: Vec<Node>,
}

/// A filter and its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    /// The filter name, lowercased (`plain`, `javascript`, ...).
    pub name: Name,
    /// The body lines, without the body's indentation. Blank lines inside
    /// the body are kept as empty lines; trailing blank lines are dropped.
    pub lines: Vec<FilterLine>,
    /// The blank lines after the body, before the next line (none at the
    /// end of the template): haml keeps them in an interpolated `:plain`.
    pub trailing_blank_lines: usize,
}

/// One line of a filter body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterLine {
    /// The line as written, minus the body's indentation.
    pub raw: String,
    /// The same text split into literal text and `#{}` interpolations.
    pub segments: Vec<Segment>,
    /// Where the line was written.
    pub span: Span,
}

impl Text {
    /// True when the text has no `#{}` interpolation.
    pub fn is_static(&self) -> bool {
        self.segments
            .iter()
            .all(|s| matches!(s, Segment::Literal(_)))
    }
}
