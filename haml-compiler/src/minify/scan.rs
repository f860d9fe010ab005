//! The scan of the tree into tokens: what each piece of output is to the
//! whitespace next to it, the elements and their parents, and what makes a
//! page one the minifier leaves as it is.

use haml_html::elements::{
    belongs_in_head, breaks_out_of_foreign_content, content_is_text, does_not_nest,
    is_foreign_root, is_formatting, is_heading, is_integration_point, is_void, rendering,
    Rendering,
};
use haml_html::optional_tags::start_tag_may_close;

use super::comments::{sound_comment, special_comment, static_text, Comment, WHITESPACE};
use crate::tree::{CommentKind, ElementTree, Escape, Head, Op, Tree};

/// What a token is to the whitespace next to it, seen from one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Rendered content (text, a hole, an inline-block box).
    Content,
    /// A line break (block boundary, `<br>`, the document's ends).
    Break,
    /// Rendered whitespace (before a newline, it makes the newline collapse).
    Space,
    /// Nothing: look further.
    Pass,
}

#[derive(Clone, Debug)]
pub(super) enum Token {
    /// A newline from haml's layout, by number.
    Gap(usize),
    /// Anything else, as seen going forward (from the whitespace before it)
    /// and backward (from the whitespace after it). `silent` tokens write
    /// nothing at all (statements, removed comments).
    Item {
        forward: Kind,
        backward: Kind,
        silent: bool,
    },
    /// An element's start tag.
    Start {
        id: usize,
        forward: Kind,
        backward: Kind,
    },
    /// An element's end tag.
    End {
        id: usize,
        forward: Kind,
        backward: Kind,
    },
    /// Control flow: the start of a block, an `else` / arm, a block's end,
    /// a statement that may `break` or `continue`.
    Open(FlowKind),
    Mid {
        is_else: bool,
    },
    Close,
    Jump,
}

impl Token {
    pub(super) fn item(forward: Kind, backward: Kind, silent: bool) -> Token {
        Token::Item {
            forward,
            backward,
            silent,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FlowKind {
    If,
    /// `for` and `while`: the body may run zero times.
    Repeat,
    Loop,
    Match,
}

/// Whether an element with block display stands in `content`, at any depth.
fn holds_block(content: &[Tree]) -> bool {
    content.iter().any(|t| match t {
        Tree::Element(e) => {
            matches!(
                rendering(&e.name),
                Rendering::Block | Rendering::Collapsible
            ) || holds_block(&e.content)
        }
        Tree::Multi(inner) | Tree::Block { body: inner, .. } => holds_block(inner),
        Tree::Comment(c) => holds_block(&c.content),
        _ => false,
    })
}

/// Elements whose content is kept exactly as it is.
pub(super) fn preformatted(name: &str) -> bool {
    matches!(
        name,
        "pre"
            | "textarea"
            | "listing"
            | "xmp"
            | "plaintext"
            | "script"
            | "style"
            | "title"
            | "svg"
            | "math"
            | "iframe"
            | "video"
            | "audio"
            | "canvas"
            | "object"
            | "template"
            | "noscript"
    )
}

#[derive(Default)]
pub(super) struct Scanner {
    pub(super) tokens: Vec<Token>,
    /// Newlines seen, in order (their numbers).
    pub(super) gaps: usize,
    /// Newlines that are never rendered (inside `head`, comments, ...).
    pub(super) unrendered: Vec<usize>,
    /// The newlines inside each preformatted element (`title`, `script`,
    /// `style`, `pre`, ...): text, kept even where the element is not
    /// rendered (a `title` or a `script` in the `head`).
    preformatted_gaps: Vec<std::ops::Range<usize>>,
    /// Name, parent and whether it has attributes, of each element.
    pub(super) elements: Vec<(String, Option<usize>, bool)>,
    pub(super) open_element_stack: Vec<Option<usize>>,
    /// The template's CSS may change whitespace rendering.
    pub(super) layout_css: bool,
    /// Elements whose end tag must stay (raw markup inside, or closed early
    /// by a descendant).
    pub(super) keep_end: Vec<bool>,
    /// Elements closed early whose end tag the parser then ignores.
    pub(super) ignored_end: Vec<bool>,
    /// Content in the `head` made the parser open the body already.
    body_opened: bool,
    /// What becomes of each HTML comment, in order.
    pub(super) comments: Vec<Comment>,
    /// An element stands inside one of its name that the parser closes or
    /// leaves out for it (`button`, `a`, `form`, `select`, `nobr`), closes
    /// an ancestor with a formatting element inside (`b` > `table` in a
    /// `p`), or ends the SVG or MathML it stands in (`br` in an `svg`).
    pub(super) misnested: bool,
    /// For each comment of the kind that can be left out: its number (in
    /// `comments`) and its token.
    pub(super) comment_tokens: Vec<(usize, usize)>,
    /// The raw markup written in text lines, in order.
    pub(super) raw_text: String,
    /// Inside an element whose content the HTML parser reads as text
    /// (`script`, `textarea`, ...), where a `<` starts no tag.
    pub(super) unparsed_depth: usize,
    /// Some value is written unescaped outside `script` / `style` (`!=`):
    /// it may hold any markup.
    pub(super) raw_values: bool,
    /// For each piece of static text, filter and doctype, in order: whether
    /// the whitespace it starts with, and the whitespace it ends with, is
    /// a gap of its own (`text_with_edges`).
    pub(super) text_edges: Vec<(bool, bool)>,
}

const LAYOUT_WORDS: &[&str] = &[
    "white-space",
    "inline",
    "contents",
    "<pre",
    "<textarea",
    "<listing",
    "<xmp",
    "<plaintext",
];

/// The elements that belong only inside a `table`.
fn is_table_part(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "caption" | "colgroup" | "col"
    )
}

/// A start tag with a `hidden` attribute or `display: none` in its style
/// (or either anywhere in its static text: that only keeps whitespace).
fn hides_itself(start: &[Op]) -> bool {
    start.iter().any(|op| match op {
        Op::Static(s) => {
            let compact: String = s
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            compact.contains("display:none")
                || s.match_indices(" hidden").any(|(at, found)| {
                    s[at + found.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| matches!(c, '=' | '>' | '/' | ' '))
                })
        }
        _ => false,
    })
}

fn mentions_layout(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    LAYOUT_WORDS.iter().any(|w| lower.contains(w))
}

impl Scanner {
    pub(super) fn walk(&mut self, list: &[Tree], locked: bool) {
        for t in list {
            self.tree(t, locked);
        }
    }

    fn tree(&mut self, t: &Tree, locked: bool) {
        match t {
            Tree::Newline => {
                if locked {
                    self.tokens
                        .push(Token::item(Kind::Content, Kind::Content, false));
                } else {
                    self.tokens.push(Token::Gap(self.gaps));
                }
                self.gaps += 1;
            }
            Tree::Op(Op::Static(text)) => {
                if text.contains('<') && self.unparsed_depth == 0 {
                    // Raw markup (in a `pre` too): its start tags may close
                    // open elements (a raw `<div>` in a `p`); if it does not
                    // pair up, nothing is changed at all (see `minify`).
                    self.raw_markup(text);
                    if mentions_layout(text) && !locked {
                        self.layout_css = true;
                    }
                }
                if !locked && !text.is_empty() {
                    self.text_with_edges(text);
                    return;
                }
                self.text_edges.push((false, false));
                let (forward, backward) = if text.is_empty() {
                    (Kind::Pass, Kind::Pass)
                } else {
                    (Kind::Content, Kind::Content)
                };
                self.tokens
                    .push(Token::item(forward, backward, text.is_empty()));
            }
            Tree::Op(Op::Statement { code, .. }) => {
                let jumps = code
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "break" || w == "continue");
                self.tokens.push(if jumps {
                    Token::Jump
                } else {
                    Token::item(Kind::Pass, Kind::Pass, true)
                });
            }
            Tree::Op(op) => {
                if matches!(
                    op,
                    Op::Hole {
                        escape: Escape::None,
                        ..
                    }
                ) && !locked
                {
                    self.raw_values = true;
                }
                self.tokens
                    .push(Token::item(Kind::Content, Kind::Content, false))
            }
            Tree::Multi(inner) => self.walk(inner, locked),
            Tree::Doctype(text) => {
                self.tokens.push(Token::item(Kind::Pass, Kind::Pass, false));
                // `<?xml ... ?>` ends with a newline of its own (nothing to
                // the browser at the document's start).
                let newline = text.ends_with('\n') && !locked;
                if newline {
                    self.tokens.push(Token::Gap(self.gaps));
                    self.gaps += 1;
                }
                self.text_edges.push((false, newline));
            }
            Tree::Filter { name, ops } => {
                let text: String = ops
                    .iter()
                    .map(|op| match op {
                        Op::Static(s) => s.as_str(),
                        _ => "x",
                    })
                    .collect();
                match name.as_str() {
                    "css" | "javascript" | "cdata" => {
                        if name == "css" && mentions_layout(&text) {
                            self.layout_css = true;
                        }
                        self.text_edges.push((false, false));
                        self.tokens.push(Token::item(Kind::Pass, Kind::Pass, false));
                    }
                    _ => {
                        if text.contains('<') && self.unparsed_depth == 0 {
                            self.raw_markup(&text);
                        }
                        if ops.iter().any(|op| {
                            matches!(
                                op,
                                Op::Hole {
                                    escape: Escape::None,
                                    ..
                                }
                            )
                        }) {
                            self.raw_values |= !locked;
                        }
                        if !locked && !text.is_empty() {
                            self.text_with_edges(&text);
                            return;
                        }
                        self.text_edges.push((false, false));
                        self.tokens
                            .push(Token::item(Kind::Content, Kind::Content, false));
                    }
                }
            }
            // A comment whose content may end it early (a nested comment,
            // a raw value) is kept as it is, and taken as content.
            Tree::Comment(c) if !sound_comment(&c.content) => {
                self.comments.push(Comment::Kept);
                self.unrendered_content(&c.content, true);
                self.tokens
                    .push(Token::item(Kind::Content, Kind::Content, false));
            }
            Tree::Comment(c) => match c.kind {
                // All of it is a comment: nothing inside is rendered.
                // Conditional comments are for Internet Explorer, which is
                // gone: all browsers today read them as comments.
                CommentKind::Plain | CommentKind::Conditional => {
                    let number = self.comments.len();
                    let special =
                        c.kind == CommentKind::Plain && special_comment(&static_text(&c.content));
                    let removed = !locked && !special;
                    self.comments.push(if removed {
                        Comment::Removed
                    } else {
                        Comment::Kept
                    });
                    // The parser reads none of it as markup: a `<d>` in
                    // the comment's text opens nothing.
                    self.unparsed_depth += 1;
                    self.unrendered_content(&c.content, locked);
                    self.unparsed_depth -= 1;
                    self.comment_tokens.push((number, self.tokens.len()));
                    self.tokens
                        .push(Token::item(Kind::Pass, Kind::Pass, removed));
                }
                // `<!--[if !IE]><!-->` content `<!--<![endif]-->`: the
                // markers go, the content stays.
                CommentKind::Revealed => {
                    self.comments.push(if locked {
                        Comment::Kept
                    } else {
                        Comment::Removed
                    });
                    self.tokens
                        .push(Token::item(Kind::Pass, Kind::Pass, !locked));
                    self.walk(&c.content, locked);
                    self.tokens
                        .push(Token::item(Kind::Pass, Kind::Pass, !locked));
                }
            },
            Tree::Element(e) => self.element(e, locked),
            Tree::Block { head, body } => {
                let kind = match head {
                    Head::If(_) | Head::ElseIf(_) | Head::Else => FlowKind::If,
                    Head::For { .. } | Head::While(_) => FlowKind::Repeat,
                    Head::Loop => FlowKind::Loop,
                    Head::Match(_) | Head::Arm(_) => FlowKind::Match,
                };
                self.tokens.push(Token::Open(kind));
                self.walk(body, locked);
                self.tokens.push(Token::Close);
            }
            Tree::Mid(head) => self.tokens.push(Token::Mid {
                is_else: matches!(head, Head::Else),
            }),
        }
    }

    /// A comment between two pieces of text stays, emptied: it splits the
    /// text in two nodes, which the browser shapes apart (a space's width
    /// differs by a hundredth of a pixel when the comment goes).
    pub(super) fn keep_comments_inside_text(&mut self) {
        // Newlines, and what writes no text of its own (control flow,
        // statements, other comments, inline tags: text runs on through
        // `</em>`).
        let passes = |t: &Token| match t {
            Token::Gap(_) | Token::Open(_) | Token::Mid { .. } | Token::Close | Token::Jump => true,
            Token::Item {
                forward, backward, ..
            }
            | Token::Start {
                forward, backward, ..
            }
            | Token::End {
                forward, backward, ..
            } => *forward == Kind::Pass && *backward == Kind::Pass,
        };
        for &(n, at) in &self.comment_tokens {
            if self.comments[n] != Comment::Removed {
                continue;
            }
            let before = self.tokens[..at].iter().rev().find(|t| !passes(t));
            let after = self.tokens[at + 1..].iter().find(|t| !passes(t));
            if let (
                Some(Token::Item {
                    backward: Kind::Content | Kind::Space,
                    ..
                }),
                Some(Token::Item {
                    forward: Kind::Content,
                    ..
                }),
            ) = (before, after)
            {
                self.comments[n] = Comment::Emptied;
                self.tokens[at] = Token::item(Kind::Pass, Kind::Pass, false);
            }
        }
    }

    /// Text laid out with `white-space: normal`: the whitespace it starts
    /// and ends with is a newline of its own (a gap, left out where the
    /// browser would not render it), the rest is content. Text of nothing
    /// but whitespace is one gap.
    fn text_with_edges(&mut self, text: &str) {
        let starts = text.starts_with(WHITESPACE);
        let blank = text.trim_start_matches(WHITESPACE).is_empty();
        let ends = !blank && text.ends_with(WHITESPACE);
        if starts {
            self.tokens.push(Token::Gap(self.gaps));
            self.gaps += 1;
        }
        if !blank {
            self.tokens
                .push(Token::item(Kind::Content, Kind::Content, false));
        }
        if ends {
            self.tokens.push(Token::Gap(self.gaps));
            self.gaps += 1;
        }
        self.text_edges.push((starts, ends));
    }

    /// Text written as it is, which the browser reads as markup.
    fn raw_markup(&mut self, text: &str) {
        for tag in raw_start_tags(text) {
            self.closes_ancestors(&tag);
        }
        self.raw_text.push_str(text);
    }

    /// An element named `name` starts: an open ancestor it closes keeps its
    /// end tag (in haml's output that end tag makes an element of its own).
    fn closes_ancestors(&mut self, name: &str) {
        if self.unparsed_depth > 0 {
            // Text to the parser (in a comment, a `textarea`, ...).
            return;
        }
        let open: Vec<usize> = self.open_element_stack.iter().flatten().copied().collect();
        // `<button>` in a button closes it, `<a>` in a link ends the link
        // (HTML's adoption agency), `<form>` in a form and `<select>` in a
        // select are left out, each with what that does to the elements
        // after it: the page is left as haml wrote it.
        if does_not_nest(name) && open.iter().any(|&a| self.elements[a].0 == name) {
            self.misnested = true;
        }
        // In SVG or MathML an HTML element such as `br` or `p` ends the
        // foreign content: the parser closes the `svg` there, and ignores
        // its end tag later.
        for &a in open.iter().rev() {
            let ancestor = self.elements[a].0.to_ascii_lowercase();
            if is_integration_point(&ancestor) {
                break;
            }
            if is_foreign_root(&ancestor) {
                self.misnested |= breaks_out_of_foreign_content(name);
                break;
            }
        }
        for (depth, &ancestor) in open.iter().enumerate() {
            if start_tag_may_close(&self.elements[ancestor].0, name) {
                self.keep_end[ancestor] = true;
                // The formatting elements inside it close with it, but the
                // parser remembers them: the next text, whitespace too,
                // wherever it stands, opens a copy of each (HTML's
                // "reconstruct the active formatting elements"), so which
                // whitespace stays decides the elements of the page.
                if open[depth + 1..]
                    .iter()
                    .any(|&inner| is_formatting(&self.elements[inner].0))
                {
                    self.misnested = true;
                }
            }
        }
        // A heading's start tag closes a heading that is the current node
        // (`%h1` holding `%h2`), and the outer `</h1>` is then ignored: what
        // follows the inner heading is text of the parent, and the end tag
        // is no line break.
        if let Some(Some(parent)) = self.open_element_stack.last() {
            if is_heading(name) && is_heading(&self.elements[*parent].0) {
                self.keep_end[*parent] = true;
                self.ignored_end[*parent] = true;
            }
        }
    }

    /// Whether an open element is a `table` (or a `template`, whose
    /// content may be anything).
    fn inside_table(&self) -> bool {
        self.open_element_stack.iter().flatten().any(|&i| {
            let name = &self.elements[i].0;
            name.eq_ignore_ascii_case("table") || name.eq_ignore_ascii_case("template")
        })
    }

    /// Content that is not rendered: its newlines go, and it is one token
    /// that writes something (or nothing) and renders nothing.
    fn unrendered_content(&mut self, content: &[Tree], locked: bool) {
        let (tokens, first_gap) = (self.tokens.len(), self.gaps);
        self.walk(content, true);
        self.tokens.truncate(tokens);
        if !locked {
            self.mark_unrendered(first_gap);
        }
    }

    /// The newlines from `first_gap` on are not rendered, but for those
    /// inside preformatted elements, which are text.
    fn mark_unrendered(&mut self, first_gap: usize) {
        for gap in first_gap..self.gaps {
            if !self.preformatted_gaps.iter().any(|r| r.contains(&gap)) {
                self.unrendered.push(gap);
            }
        }
    }

    fn element(&mut self, e: &ElementTree, locked: bool) {
        let first_gap_inside = self.gaps;
        let id = self.elements.len();
        let parent = self.open_element_stack.last().copied().flatten();
        self.elements
            .push((e.name.clone(), parent, e.has_attributes));
        let style_attribute = e.start.iter().any(
            |op| matches!(op, Op::Static(s) if s.starts_with(" style=") && mentions_layout(s)),
        );
        if style_attribute || (e.name == "style" && mentions_layout(&static_text(&e.content))) {
            self.layout_css = true;
        }
        let shown = rendering(&e.name);
        let (start, end) = match shown {
            // A table's part with no table around it in the template: a
            // partial, for a table elsewhere; on its own the parser drops
            // its tags, so they separate nothing (and whitespace between
            // cells in a table renders nothing either).
            _ if !locked && is_table_part(&e.name) && !self.inside_table() => {
                ((Kind::Pass, Kind::Pass), (Kind::Pass, Kind::Pass))
            }
            // The body the parser opened already: its tag is ignored.
            _ if !locked && self.body_opened && e.name.eq_ignore_ascii_case("body") => {
                ((Kind::Pass, Kind::Pass), (Kind::Break, Kind::Break))
            }
            // Hidden by its own attributes, it may be shown later: keep the
            // whitespace on either side (around a hidden element it is one
            // space between the text on both sides; around a shown block it
            // renders nothing).
            Rendering::Block | Rendering::LineBreak if !locked && hides_itself(&e.start) => {
                ((Kind::Content, Kind::Break), (Kind::Break, Kind::Content))
            }
            _ if locked => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            Rendering::Block | Rendering::LineBreak => {
                ((Kind::Break, Kind::Break), (Kind::Break, Kind::Break))
            }
            Rendering::Inline | Rendering::Hidden => {
                ((Kind::Pass, Kind::Pass), (Kind::Pass, Kind::Pass))
            }
            Rendering::Quoted => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            // A box without content (`img`, `input`) is content.
            Rendering::InlineBlock | Rendering::Replaced if e.end.is_none() => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            // From outside, the box is content; from inside, its edges are
            // the start and end of a line.
            Rendering::InlineBlock | Rendering::Replaced | Rendering::Collapsible => {
                ((Kind::Content, Kind::Break), (Kind::Break, Kind::Content))
            }
        };
        // An element whose start tag closes an open ancestor (`%p` holding
        // a `%div`).
        self.closes_ancestors(&e.name);
        self.keep_end.push(false);
        self.ignored_end.push(false);
        self.tokens.push(Token::Start {
            id,
            forward: start.0,
            backward: start.1,
        });
        self.open_element_stack.push(Some(id));
        let unparsed = content_is_text(&e.name);
        self.unparsed_depth += unparsed as usize;
        if !locked && shown == Rendering::Hidden {
            // Nothing inside is rendered (`head`, `script`, `title`, ...),
            // up to where the parser ends a `head`: the rest is the body's.
            let (hidden, body) = if e.name.eq_ignore_ascii_case("head") {
                e.content.split_at(head_content_end(&e.content))
            } else {
                (&e.content[..], &[][..])
            };
            if !body.is_empty() {
                // The parser has ended the head and opened the body: it
                // ignores `</head>` and the `<body>` tag that follow, so
                // they separate nothing.
                self.ignored_end[id] = true;
                self.body_opened = true;
            }
            let first_gap = self.gaps;
            let before = self.tokens.len();
            self.walk(hidden, preformatted(&e.name));
            if preformatted(&e.name) {
                self.tokens.truncate(before);
            } else {
                self.mark_unrendered(first_gap);
                // Keep the tokens (for optional tags), but no newline in
                // them counts.
                for t in &mut self.tokens[before..] {
                    if let Token::Gap(_) = t {
                        *t = Token::item(Kind::Pass, Kind::Pass, true);
                    }
                }
            }
            self.walk(body, locked);
        } else if !locked && preformatted(&e.name) {
            // The content of a preformatted element is one opaque piece.
            let before = self.tokens.len();
            self.walk(&e.content, true);
            self.tokens.truncate(before);
            self.tokens
                .push(Token::item(Kind::Content, Kind::Content, false));
        } else if shown == Rendering::Quoted && holds_block(&e.content) {
            // A block inside a `q` may close the `p` around it, and the
            // `q` with it: its closing quote then follows whatever
            // whitespace came before the block.
            self.walk(&e.content, true);
        } else {
            self.walk(&e.content, locked);
        }
        self.unparsed_depth -= unparsed as usize;
        self.open_element_stack.pop();
        if preformatted(&e.name) {
            self.preformatted_gaps.push(first_gap_inside..self.gaps);
        }
        if e.end.is_some() {
            let end = if self.ignored_end[id] {
                (Kind::Pass, Kind::Pass)
            } else {
                end
            };
            self.tokens.push(Token::End {
                id,
                forward: end.0,
                backward: end.1,
            });
        }
    }
}

/// How many of the trees in a `head` the HTML parser keeps there: it ends
/// the head at the first element that does not belong in one, or text that
/// is not whitespace (a value, raw markup and a `:plain` filter count as
/// such text: walking them as body content is the safe side).
fn head_content_end(content: &[Tree]) -> usize {
    fn leaves_head(tree: &Tree) -> bool {
        match tree {
            Tree::Element(e) => !belongs_in_head(&e.name.to_ascii_lowercase()),
            Tree::Op(Op::Static(s)) => !s.chars().all(|c| WHITESPACE.contains(&c)),
            Tree::Op(_) => true,
            Tree::Multi(list) | Tree::Block { body: list, .. } => list.iter().any(leaves_head),
            Tree::Filter { name, .. } => !matches!(name.as_str(), "javascript" | "css"),
            Tree::Newline | Tree::Comment(_) | Tree::Doctype(_) | Tree::Mid(_) => false,
        }
    }
    content
        .iter()
        .position(leaves_head)
        .unwrap_or(content.len())
}

/// The tags in raw markup, in order: `(name, is_end_tag, self_closed)`;
/// `None` for a comment that is not closed.
fn raw_tags(markup: &str) -> Option<Vec<(String, bool, bool)>> {
    let mut tags = Vec::new();
    let mut rest = markup;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            let end = after.find("-->")?;
            rest = &after[end + 3..];
            continue;
        }
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        tags.push((name, closing, rest[..end].ends_with('/')));
    }
    Some(tags)
}

fn raw_start_tags(markup: &str) -> Vec<String> {
    raw_tags(markup)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, closing, _)| !closing)
        .map(|(name, _, _)| name)
        .collect()
}

/// Whether the start and end tags in raw markup pair up (void elements and
/// comments aside).
pub(super) fn balanced(markup: &str) -> bool {
    let Some(tags) = raw_tags(markup) else {
        return false;
    };
    let mut open: Vec<String> = Vec::new();
    for (name, closing, self_closed) in tags {
        if closing {
            if open.pop().as_deref() != Some(name.as_str()) {
                return false;
            }
        } else if !self_closed && rendering(&name) != Rendering::Hidden && !is_void(&name) {
            open.push(name);
        }
    }
    open.is_empty()
}
