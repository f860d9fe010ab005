//! Minified output: what haml writes, without the bytes a browser ignores.
//!
//! It works on the lowering tree, where each newline haml would write is a
//! [`Tree::Newline`], and decides at compile time:
//!
//! 1. **Whitespace.** A newline is left out when a browser would not render
//!    it (CSS Text 3, white-space processing, `white-space: normal`): when
//!    every way the template can run puts a line break right after it (the
//!    start or end of a block-level element, `<br>`, the document's end), or
//!    right before it, or when whitespace that is rendered comes just
//!    before it. Between inline content (text, holes, inline and
//!    inline-block elements) the newline stays: it is one byte and may be
//!    a visible space. Inside `pre`, `textarea`, `script`, `style`,
//!    `title` and MathML nothing is touched; in SVG only the newlines
//!    between shapes go and `text` is laid out as text. Inline tags,
//!    comments and elements that are not rendered (`script`, `meta`, ...)
//!    do not break the search; control flow is followed on every path (a
//!    loop's end leads to its start and to what follows it). The
//!    whitespace at the ends of static text is decided the same way. If
//!    the template's own CSS mentions `white-space`, `inline`, `contents`
//!    or raw `<pre>`-like tags in text, no whitespace is removed (the
//!    defaults may not hold). Whitespace that stays is one character: a
//!    run in text collapses, and a newline is written as a space where
//!    both characters next to it are known and allow it (`Spaces`,
//!    `line_break_is_space`: a browser may drop a line break, not a space,
//!    between two Chinese characters or next to a zero-width space).
//! 2. **Comments.** `/ comments` are left out, and so are conditional
//!    comments (`/[if IE]`: Internet Explorer is gone, every browser today
//!    reads them as comments); a revealed one (`/![if !IE]`) keeps its
//!    content. One between two pieces of text is emptied (`<!---->`: the
//!    text stays two nodes); comments meant for a program reading the page
//!    stay (`special_comment`), and so do comments in the text of `script`
//!    or `style`.
//! 3. **Optional tags** (HTML formats): `</li>`, `</p>`, `</td>`, `</th>`,
//!    `</tr>`, `</dt>`, `</dd>`, `</option>`, `</thead>`, `</tbody>`,
//!    `</head>`, `</body>`, `</html>`, and the start tags of `html`, `head`
//!    and `body` without attributes, when the HTML parser implies them at
//!    that place on every path: what follows is one of the elements that
//!    close them, or the end of the parent (HTML, "Optional tags").
//!
//! None of this is done (the page stays as haml wrote it) where the parser
//! would build it differently from what the template says: raw markup that
//! does not pair up, unescaped values, misnested elements
//! (`Scanner::misnested`). XHTML stays well-formed XML.
//!
//! Attributes are minified where they are written (`attributes.rs`).

use crate::ir::{Escape, Head};
use crate::lower::{CommentKind, ElementTree, Tree};
use crate::options::{Format, Options};

/// Minify the tree in place.
pub fn minify(tree: &mut Vec<Tree>, options: &Options) {
    newlines_into_branches(tree);
    let mut scan = Scanner::default();
    scan.open_element_stack.push(None);
    scan.tokens
        .push(Token::item(Kind::Break, Kind::Break, false));
    scan.walk(tree, false);
    scan.tokens
        .push(Token::item(Kind::Break, Kind::Break, false));
    scan.keep_comments_inside_text();
    let cfg = Flow::new(&scan.tokens);
    // Unbalanced raw markup (`<i>` never closed) makes the parser rebuild
    // elements around whitespace: leave whitespace and tags alone. So may
    // an unescaped value, and misnested elements (`Scanner::misnested`).
    let unbalanced = !balanced(&scan.raw_text) || scan.raw_values || scan.misnested;
    let conservative = scan.layout_css || unbalanced;
    // 1. Whitespace, in document order (a kept newline lets a later one go).
    let mut keep = vec![true; scan.gaps];
    for &id in &scan.unrendered {
        keep[id] = false;
    }
    if !conservative {
        for i in 0..scan.tokens.len() {
            if let Token::Gap(id) = scan.tokens[i] {
                keep[id] = !(cfg.all_forward(&scan.tokens, i, |k| k == Kind::Break)
                    || cfg.all_backward(&scan.tokens, i, &keep, |k| {
                        matches!(k, Kind::Break | Kind::Space)
                    }));
            }
        }
    }
    // 3. Optional tags.
    let mut omit_start = vec![false; scan.elements.len()];
    let mut omit_end = vec![false; scan.elements.len()];
    if options.format != Format::Xhtml && !unbalanced {
        for i in 0..scan.tokens.len() {
            match &scan.tokens[i] {
                Token::End { id, .. } => {
                    omit_end[*id] =
                        !scan.keep_end[*id] && cfg.end_tag_optional(&scan, i, *id, &keep);
                }
                Token::Start { id, .. } => {
                    omit_start[*id] = cfg.start_tag_optional(&scan, i, *id, &keep);
                }
                _ => {}
            }
        }
    }
    let mut apply = Apply {
        raw_text: false,
        decode: !unbalanced,
        preformatted: false,
        xml: options.format == Format::Xhtml,
        rcdata: false,
        foreign: false,
        keep: &keep,
        omit_start: &omit_start,
        omit_end: &omit_end,
        // Unbalanced markup may hold a comment inside a tag.
        comments: if unbalanced { &[] } else { &scan.comments },
        text_edges: &scan.text_edges,
        gap: 0,
        text: 0,
        element: 0,
        comment: 0,
    };
    apply.walk(tree);
    if !conservative {
        Spaces::default().walk(tree);
    }
}

/// A newline right before an `- if` chain or a `match` moves to the start
/// of each branch (an `else` is added if there is none): the output is the
/// same, and each copy is then kept or left out for what follows it on its
/// own path. `Edit</a>` + newline + `- if admin` + `<a>Delete</a>` keeps
/// the space where the link follows and drops it where `</td>` does.
fn newlines_into_branches(list: &mut Vec<Tree>) {
    let mut i = 0;
    while i < list.len() {
        if matches!(list[i], Tree::Newline) {
            if let Some((is_match, body)) = list.get_mut(i + 1).and_then(branching_block) {
                spread_newline(is_match, body);
                list.remove(i);
            }
        }
        match &mut list[i] {
            Tree::Multi(inner) | Tree::Block { body: inner, .. } => newlines_into_branches(inner),
            Tree::Element(e) => newlines_into_branches(&mut e.content),
            Tree::Comment(c) => newlines_into_branches(&mut c.content),
            _ => {}
        }
        i += 1;
    }
}

/// The body of the `- if` or `- match` that `t` starts with.
fn branching_block(t: &mut Tree) -> Option<(bool, &mut Vec<Tree>)> {
    match t {
        Tree::Block {
            head: head @ (Head::If(_) | Head::Match(_)),
            body,
        } => {
            let is_match = matches!(head, Head::Match(_));
            // A `match` without arms never ends: the newline stays before it.
            let arms = body.iter().any(|t| matches!(t, Tree::Mid(Head::Arm(_))));
            (!is_match || arms).then_some((is_match, body))
        }
        Tree::Multi(inner) => inner.first_mut().and_then(branching_block),
        _ => None,
    }
}

/// A newline at the start of each branch of an `- if` chain (with an
/// `else` if it had none) or of each arm of a `match`.
fn spread_newline(is_match: bool, body: &mut Vec<Tree>) {
    if !is_match {
        if !body.iter().any(|t| matches!(t, Tree::Mid(Head::Else))) {
            body.push(Tree::Mid(Head::Else));
        }
        body.insert(0, Tree::Newline);
    }
    let mut j = 0;
    while j < body.len() {
        if let Tree::Mid(_) = body[j] {
            body.insert(j + 1, Tree::Newline);
        }
        j += 1;
    }
}

/// What a token is to the whitespace next to it, seen from one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
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
enum Token {
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
    fn item(forward: Kind, backward: Kind, silent: bool) -> Token {
        Token::Item {
            forward,
            backward,
            silent,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FlowKind {
    If,
    /// `for` and `while`: the body may run zero times.
    Repeat,
    Loop,
    Match,
}

/// How an element takes part in layout, from the HTML rendering defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Display {
    Block,
    Inline,
    /// An inline-level box with a block inside (`button`, `select`).
    InlineBlock,
    /// A replaced element with no content (`img`, `input`).
    Replaced,
    /// Forces a line break.
    LineBreak,
    /// Inline, with content of its own at both ends (`q`: the quotation
    /// marks the browser adds): whitespace next to its tags is inside text.
    Quoted,
    /// A block whose content may be hidden (`details`): from outside it is
    /// kept apart from text like an inline box (Chromium's `innerText` runs
    /// the hidden text into the whitespace that follows).
    Collapsible,
    /// Not rendered (`script`, `meta`, `head`, ...).
    Hidden,
}

fn display(name: &str) -> Display {
    match name {
        "html" | "body" | "address" | "blockquote" | "center" | "dialog" | "div" | "figure"
        | "figcaption" | "footer" | "form" | "header" | "hr" | "legend" | "listing" | "main"
        | "p" | "plaintext" | "pre" | "search" | "xmp" | "article" | "aside" | "h1" | "h2"
        | "h3" | "h4" | "h5" | "h6" | "hgroup" | "nav" | "section" | "dir" | "dd" | "dl" | "dt"
        | "menu" | "ol" | "ul" | "li" | "summary" | "fieldset" | "table" | "caption"
        | "colgroup" | "col" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "optgroup"
        | "option" | "frameset" | "frame" => Display::Block,
        "head" | "script" | "style" | "template" | "title" | "meta" | "link" | "base"
        | "basefont" | "noscript" | "param" | "datalist" | "noembed" | "noframes" | "area"
        | "rp" => Display::Hidden,
        "br" => Display::LineBreak,
        "q" => Display::Quoted,
        "details" => Display::Collapsible,
        "img" | "input" | "embed" | "wbr" | "keygen" | "iframe" | "video" | "audio" | "canvas"
        | "object" | "svg" | "math" | "progress" | "meter" => Display::Replaced,
        "button" | "select" | "textarea" => Display::InlineBlock,
        // Inline elements and any other name (custom elements are inline).
        _ => Display::Inline,
    }
}

/// Whether an element with block display stands in `content`, at any depth.
fn holds_block(content: &[Tree]) -> bool {
    content.iter().any(|t| match t {
        Tree::Element(e) => {
            matches!(display(&e.name), Display::Block | Display::Collapsible)
                || holds_block(&e.content)
        }
        Tree::Multi(inner) | Tree::Block { body: inner, .. } => holds_block(inner),
        Tree::Comment(c) => holds_block(&c.content),
        _ => false,
    })
}

/// Elements whose content the HTML parser reads as text, not markup (raw
/// text and RCDATA, and `noscript` with scripting on).
fn unparsed_content(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "plaintext"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
    )
}

/// Elements whose content is kept exactly as it is.
fn preformatted(name: &str) -> bool {
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
struct Scanner {
    tokens: Vec<Token>,
    /// Newlines seen, in order (their numbers).
    gaps: usize,
    /// Newlines that are never rendered (inside `head`, comments, ...).
    unrendered: Vec<usize>,
    /// Name, parent and whether it has attributes, of each element.
    elements: Vec<(String, Option<usize>, bool)>,
    open_element_stack: Vec<Option<usize>>,
    /// The template's CSS may change whitespace rendering.
    layout_css: bool,
    /// Elements whose end tag must stay (raw markup inside, or closed early
    /// by a descendant).
    keep_end: Vec<bool>,
    /// Elements closed early whose end tag the parser then ignores.
    ignored_end: Vec<bool>,
    /// What becomes of each HTML comment, in order.
    comments: Vec<Comment>,
    /// An element stands inside one of its name that the parser closes or
    /// leaves out for it (`button`, `a`, `form`, `select`, `nobr`), closes
    /// an ancestor with a formatting element inside (`b` > `table` in a
    /// `p`), or ends the SVG or MathML it stands in (`br` in an `svg`).
    misnested: bool,
    /// For each comment of the kind that can be left out: its number (in
    /// `comments`) and its token.
    comment_tokens: Vec<(usize, usize)>,
    /// The raw markup written in text lines, in order.
    raw_text: String,
    /// Inside an element whose content the HTML parser reads as text
    /// (`script`, `textarea`, ...), where a `<` starts no tag.
    unparsed_depth: usize,
    /// Some value is written unescaped outside `script` / `style` (`!=`):
    /// it may hold any markup.
    raw_values: bool,
    /// For each piece of static text, filter and doctype, in order: whether
    /// the whitespace it starts with, and the whitespace it ends with, is
    /// a gap of its own (`text_with_edges`).
    text_edges: Vec<(bool, bool)>,
}

/// What becomes of an HTML comment in minified output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Comment {
    /// Written as haml writes it: in the text of a `script`, `style`,
    /// `pre`, ...; a comment whose text may end it early; a comment meant
    /// for a program that reads the page (`special_comment`).
    Kept,
    /// Left out (a revealed comment: its markers).
    Removed,
    /// Written as `<!---->`: its text goes, the node stays where it splits
    /// text (`Scanner::keep_comments_inside_text`).
    Emptied,
}

/// The whitespace CSS collapses (spaces, tabs, line breaks).
const WHITESPACE: [char; 3] = [' ', '\t', '\n'];

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

fn mentions_layout(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    LAYOUT_WORDS.iter().any(|w| lower.contains(w))
}

impl Scanner {
    fn walk(&mut self, list: &[Tree], locked: bool) {
        for t in list {
            self.tree(t, locked);
        }
    }

    fn tree(&mut self, t: &Tree, locked: bool) {
        use crate::ir::Op;
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
    fn keep_comments_inside_text(&mut self) {
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
        if matches!(name, "button" | "a" | "form" | "select" | "nobr")
            && open.iter().any(|&a| self.elements[a].0 == name)
        {
            self.misnested = true;
        }
        // In SVG or MathML an HTML element such as `br` or `p` ends the
        // foreign content: the parser closes the `svg` there, and ignores
        // its end tag later.
        for &a in open.iter().rev() {
            match self.elements[a].0.to_ascii_lowercase().as_str() {
                "foreignobject" | "desc" | "title" | "mi" | "mo" | "mn" | "ms" | "mtext"
                | "annotation-xml" => break,
                "svg" | "math" => {
                    self.misnested |= breaks_out_of_foreign_content(name);
                    break;
                }
                _ => {}
            }
        }
        for (depth, &ancestor) in open.iter().enumerate() {
            if closes(&self.elements[ancestor].0, name) {
                self.keep_end[ancestor] = true;
                // The formatting elements inside it close with it, but the
                // parser remembers them: the next text, whitespace too,
                // wherever it stands, opens a copy of each (HTML's
                // "reconstruct the active formatting elements"), so which
                // whitespace stays decides the elements of the page.
                if open[depth + 1..]
                    .iter()
                    .any(|&inner| formatting(&self.elements[inner].0))
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

    /// Content that is not rendered: its newlines go, and it is one token
    /// that writes something (or nothing) and renders nothing.
    fn unrendered_content(&mut self, content: &[Tree], locked: bool) {
        let (tokens, first_gap) = (self.tokens.len(), self.gaps);
        self.walk(content, true);
        self.tokens.truncate(tokens);
        if !locked {
            self.unrendered.extend(first_gap..self.gaps);
        }
    }

    fn element(&mut self, e: &ElementTree, locked: bool) {
        let id = self.elements.len();
        let parent = self.open_element_stack.last().copied().flatten();
        self.elements
            .push((e.name.clone(), parent, e.has_attributes));
        let style_attribute = e.start.iter().any(|op| {
            matches!(op, crate::ir::Op::Static(s) if s.starts_with(" style=") && mentions_layout(s))
        });
        if style_attribute || (e.name == "style" && mentions_layout(&static_text(&e.content))) {
            self.layout_css = true;
        }
        let shown = display(&e.name);
        let (start, end) = match shown {
            _ if locked => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            Display::Block | Display::LineBreak => {
                ((Kind::Break, Kind::Break), (Kind::Break, Kind::Break))
            }
            Display::Inline | Display::Hidden => {
                ((Kind::Pass, Kind::Pass), (Kind::Pass, Kind::Pass))
            }
            Display::Quoted => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            // A box without content (`img`, `input`) is content.
            Display::InlineBlock | Display::Replaced if e.end.is_none() => (
                (Kind::Content, Kind::Content),
                (Kind::Content, Kind::Content),
            ),
            // From outside, the box is content; from inside, its edges are
            // the start and end of a line.
            Display::InlineBlock | Display::Replaced | Display::Collapsible => {
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
        let unparsed = unparsed_content(&e.name);
        self.unparsed_depth += unparsed as usize;
        if !locked && shown == Display::Hidden {
            // Nothing inside is rendered (`head`, `script`, `title`, ...).
            let first_gap = self.gaps;
            let before = self.tokens.len();
            self.walk(&e.content, preformatted(&e.name));
            if preformatted(&e.name) {
                self.tokens.truncate(before);
            } else {
                self.unrendered.extend(first_gap..self.gaps);
                // Keep the tokens (for optional tags), but no newline in
                // them counts.
                for t in &mut self.tokens[before..] {
                    if let Token::Gap(_) = t {
                        *t = Token::item(Kind::Pass, Kind::Pass, true);
                    }
                }
            }
        } else if !locked && preformatted(&e.name) {
            // The content of a preformatted element is one opaque piece.
            let before = self.tokens.len();
            self.walk(&e.content, true);
            self.tokens.truncate(before);
            self.tokens
                .push(Token::item(Kind::Content, Kind::Content, false));
        } else if shown == Display::Quoted && holds_block(&e.content) {
            // A block inside a `q` may close the `p` around it, and the
            // `q` with it: its closing quote then follows whatever
            // whitespace came before the block.
            self.walk(&e.content, true);
        } else {
            self.walk(&e.content, locked);
        }
        self.unparsed_depth -= unparsed as usize;
        self.open_element_stack.pop();
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

/// The start tags that end SVG or MathML content in the HTML parser ("in
/// foreign content"; `font` only with some attributes, taken as always).
fn breaks_out_of_foreign_content(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
            | "font"
    )
}

/// HTML's formatting elements, which the parser opens again after an
/// element that closed them early.
fn formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
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
fn balanced(markup: &str) -> bool {
    let Some(tags) = raw_tags(markup) else {
        return false;
    };
    let mut open: Vec<String> = Vec::new();
    for (name, closing, self_closed) in tags {
        if closing {
            if open.pop().as_deref() != Some(name.as_str()) {
                return false;
            }
        } else if !self_closed
            && display(&name) != Display::Hidden
            && !VOID.contains(&name.as_str())
        {
            open.push(name);
        }
    }
    open.is_empty()
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Whether a comment's text is meant for a program that reads the page,
/// which would miss it: a server-side include (`#include`), Knockout's
/// containerless bindings (`ko if: x` ... `/ko`), and comments marked to
/// stay (`!`, as other minifiers read it).
fn special_comment(text: &str) -> bool {
    let text = text.trim_start_matches(WHITESPACE);
    text.starts_with(['#', '!'])
        || text == "ko"
        || text.starts_with("ko ")
        || text.trim_end_matches(WHITESPACE) == "/ko"
}

/// Whether nothing in a comment's content can end the comment: no nested
/// comment, no `-->` or `--!>` in its text, no unescaped value.
fn sound_comment(content: &[Tree]) -> bool {
    use crate::ir::Op;
    content.iter().all(|t| match t {
        Tree::Op(Op::Static(s)) => !s.contains("-->") && !s.contains("--!>"),
        // Escaped as haml does, `>` included: no `-->` can appear.
        Tree::Op(Op::Hole { escape, .. }) => *escape == Escape::Html,
        Tree::Op(_) | Tree::Newline | Tree::Mid(_) | Tree::Doctype(_) => true,
        Tree::Multi(inner) | Tree::Block { body: inner, .. } => sound_comment(inner),
        Tree::Element(e) => {
            sound_comment(&e.content)
                && e.start.iter().all(|op| match op {
                    Op::Static(s) => !s.contains("-->") && !s.contains("--!>"),
                    _ => false,
                })
        }
        Tree::Filter { ops, .. } => ops.iter().all(|op| match op {
            Op::Static(s) => !s.contains("-->") && !s.contains("--!>"),
            _ => false,
        }),
        Tree::Comment(_) => false,
    })
}

/// The static text directly in `list`.
fn static_text(list: &[Tree]) -> String {
    list.iter()
        .map(|t| match t {
            Tree::Op(crate::ir::Op::Static(s)) => s.clone(),
            Tree::Multi(inner) => static_text(inner),
            _ => String::new(),
        })
        .collect()
}

/// Successors and predecessors of each token on every path the template
/// can take.
struct Flow {
    next: Vec<Vec<usize>>,
    previous: Vec<Vec<usize>>,
}

impl Flow {
    fn new(tokens: &[Token]) -> Flow {
        let n = tokens.len();
        let mut next: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        // Match blocks: (open, mids, close); loops for jumps.
        // Open blocks: their start, kind, and `else` / arm tokens (with
        // whether each is an `else`).
        type OpenBlock = (usize, FlowKind, Vec<(usize, bool)>);
        let mut stack: Vec<OpenBlock> = Vec::new();
        let mut loops: Vec<usize> = Vec::new();
        let mut jumps: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            match t {
                Token::Open(kind) => {
                    stack.push((i, *kind, Vec::new()));
                    if matches!(kind, FlowKind::Repeat | FlowKind::Loop) {
                        loops.push(i);
                    }
                }
                Token::Mid { is_else } => {
                    if let Some(top) = stack.last_mut() {
                        top.2.push((i, *is_else));
                    }
                }
                Token::Jump => jumps.push((i, loops.clone())),
                Token::Close => {
                    let Some((open, kind, mids)) = stack.pop() else {
                        continue;
                    };
                    if matches!(kind, FlowKind::Repeat | FlowKind::Loop) {
                        loops.pop();
                    }
                    let after = i + 1;
                    let after = if after < n { vec![after] } else { vec![] };
                    match kind {
                        FlowKind::If => {
                            let mut targets = vec![open + 1];
                            targets.extend(mids.iter().map(|(m, _)| m + 1));
                            // Without an `else`, no branch may run.
                            if !mids.iter().any(|(_, is_else)| *is_else) {
                                targets.extend(after.iter().copied());
                            }
                            next[open] = targets;
                            for (m, _) in mids {
                                next[m] = after.clone();
                            }
                        }
                        FlowKind::Match => {
                            let mut targets: Vec<usize> = mids.iter().map(|(m, _)| m + 1).collect();
                            if targets.is_empty() {
                                targets.extend(after.iter().copied());
                            }
                            next[open] = targets;
                            for (m, _) in mids {
                                next[m] = after.clone();
                            }
                        }
                        FlowKind::Repeat => {
                            next[open] = [vec![open + 1], after.clone()].concat();
                            next[i] = [vec![open + 1], after.clone()].concat();
                        }
                        FlowKind::Loop => {
                            next[i] = [vec![open + 1], after.clone()].concat();
                        }
                    }
                }
                _ => {}
            }
        }
        // `break` / `continue`: to the innermost loop's start and exit.
        for (i, enclosing) in jumps {
            if let Some(&open) = enclosing.last() {
                let close = matching_close(tokens, open);
                next[i].push(open + 1);
                if close + 1 < n {
                    next[i].push(close + 1);
                }
            }
        }
        let mut previous = vec![Vec::new(); n];
        for (i, targets) in next.iter().enumerate() {
            for &t in targets {
                previous[t].push(i);
            }
        }
        Flow { next, previous }
    }

    /// Does every path forward from token `from` meet a token whose kind
    /// satisfies `ok` before any other kind? Newlines collapse, so they are
    /// looked through.
    fn all_forward(&self, tokens: &[Token], from: usize, ok: impl Fn(Kind) -> bool) -> bool {
        self.all(
            tokens,
            from,
            &self.next,
            |t| match t {
                Token::Gap(_) => None,
                Token::Item { forward, .. }
                | Token::Start { forward, .. }
                | Token::End { forward, .. } => (*forward != Kind::Pass).then_some(*forward),
                _ => None,
            },
            &ok,
        )
    }

    /// Does every path backward from token `from` meet a token whose kind
    /// satisfies `ok`? A newline kept before counts as rendered whitespace.
    fn all_backward(
        &self,
        tokens: &[Token],
        from: usize,
        keep: &[bool],
        ok: impl Fn(Kind) -> bool,
    ) -> bool {
        self.all(
            tokens,
            from,
            &self.previous,
            |t| match t {
                Token::Gap(id) if keep[*id] => Some(Kind::Space),
                Token::Gap(_) => None,
                Token::Item { backward, .. }
                | Token::Start { backward, .. }
                | Token::End { backward, .. } => (*backward != Kind::Pass).then_some(*backward),
                _ => None,
            },
            &ok,
        )
    }

    fn all(
        &self,
        tokens: &[Token],
        from: usize,
        edges: &[Vec<usize>],
        kind_of: impl Fn(&Token) -> Option<Kind>,
        ok: &impl Fn(Kind) -> bool,
    ) -> bool {
        let mut seen = vec![false; tokens.len()];
        let mut stack: Vec<usize> = edges[from].clone();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match kind_of(&tokens[i]) {
                Some(kind) => {
                    if !ok(kind) {
                        return false;
                    }
                }
                None => {
                    if edges[i].is_empty() {
                        // The document's first and last tokens are breaks;
                        // this is not reached.
                        return false;
                    }
                    stack.extend(edges[i].iter().copied());
                }
            }
        }
        true
    }

    /// The tokens that may come right after `from` in the output, looking
    /// through what writes nothing (left-out newlines, statements, left-out
    /// comments, control flow). `None` if anything else could come first.
    fn next_tags(&self, tokens: &[Token], from: usize, keep: &[bool]) -> Option<Vec<usize>> {
        let mut seen = vec![false; tokens.len()];
        let mut stack: Vec<usize> = self.next[from].clone();
        let mut found = Vec::new();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match &tokens[i] {
                Token::Gap(id) if !keep[*id] => stack.extend(self.next[i].iter().copied()),
                Token::Item { silent: true, .. }
                | Token::Open(_)
                | Token::Mid { .. }
                | Token::Close
                | Token::Jump => stack.extend(self.next[i].iter().copied()),
                Token::Start { .. } | Token::End { .. } => found.push(i),
                // The document's end.
                Token::Item { .. } if i + 1 == tokens.len() => found.push(i),
                _ => return None,
            }
        }
        Some(found)
    }

    fn end_tag_optional(&self, scan: &Scanner, at: usize, id: usize, keep: &[bool]) -> bool {
        let (name, parent, _) = &scan.elements[id];
        let Some(next) = self.next_tags(&scan.tokens, at, keep) else {
            return false;
        };
        let parent_name = parent.map(|p| scan.elements[p].0.as_str());
        next.iter().all(|&i| match &scan.tokens[i] {
            Token::Start { id: next_id, .. } => {
                let next_name = scan.elements[*next_id].0.as_str();
                // A `<table>` closes an open `p` only in standards mode (a
                // template may be a fragment of a page without a doctype),
                // a `<form>` only outside another form.
                closes(name, next_name) && !(name == "p" && matches!(next_name, "table" | "form"))
            }
            Token::End { id: end_id, .. } => {
                // The end of the parent.
                Some(*end_id) == *parent && ends_with_parent(name, parent_name.unwrap_or(""))
            }
            // The end of the document: for `</body>`, `</html>` and
            // elements at the top (which the implied body holds).
            _ => {
                matches!(name.as_str(), "html" | "body")
                    || parent.is_none() && ends_with_parent(name, "body")
            }
        })
    }

    fn start_tag_optional(&self, scan: &Scanner, at: usize, id: usize, keep: &[bool]) -> bool {
        let (name, _, has_attributes) = &scan.elements[id];
        if *has_attributes || !matches!(name.as_str(), "html" | "head" | "body") {
            return false;
        }
        let Some(next) = self.next_tags(&scan.tokens, at, keep) else {
            return false;
        };
        !next.is_empty()
            && next.iter().all(|&i| match &scan.tokens[i] {
                Token::Start { id: first, .. } => {
                    let first = scan.elements[*first].0.as_str();
                    match name.as_str() {
                        "body" => !matches!(
                            first,
                            "meta" | "noscript" | "link" | "script" | "style" | "template"
                        ),
                        _ => true,
                    }
                }
                // Empty.
                Token::End { id: end, .. } => *end == id && name != "html",
                _ => false,
            })
    }
}

fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::Open(_) => depth += 1,
            Token::Close => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

/// Whether the start tag of `next` implies the end of an open `name`.
fn closes(name: &str, next: &str) -> bool {
    match name {
        "li" => next == "li",
        "dt" => matches!(next, "dt" | "dd"),
        "dd" => matches!(next, "dt" | "dd"),
        // The start tags that close an open `p` in the parser (HTML's "in
        // body" insertion mode; `table` and `form` only sometimes).
        "p" => matches!(
            next,
            "address"
                | "center"
                | "dd"
                | "dir"
                | "dt"
                | "li"
                | "listing"
                | "plaintext"
                | "summary"
                | "xmp"
                | "article"
                | "aside"
                | "blockquote"
                | "details"
                | "dialog"
                | "div"
                | "dl"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "form"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "header"
                | "hgroup"
                | "hr"
                | "main"
                | "menu"
                | "nav"
                | "ol"
                | "p"
                | "pre"
                | "search"
                | "section"
                | "table"
                | "ul"
        ),
        "td" | "th" => matches!(next, "td" | "th"),
        "tr" => next == "tr",
        "thead" => matches!(next, "tbody" | "tfoot"),
        "tbody" => matches!(next, "tbody" | "tfoot"),
        "option" => matches!(next, "option" | "optgroup"),
        "head" => next == "body",
        _ => false,
    }
}

/// Whether the end tag of `name` may be left out when its parent ends: the
/// parent's end tag must be one the HTML parser handles by closing what is
/// still open inside it (an unknown element's end tag is ignored while a
/// `p` is open).
fn ends_with_parent(name: &str, parent: &str) -> bool {
    let closing_parent = matches!(
        parent,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "pre"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "body"
            | "html"
            | "li"
            | "dd"
            | "dt"
            | "td"
            | "th"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "thead"
            | "tbody"
            | "tfoot"
            | "table"
            | "select"
            | "optgroup"
            | "datalist"
            | "caption"
    );
    match name {
        "body" | "html" => true,
        "li" | "dd" | "td" | "th" | "tr" | "tbody" | "option" | "p" => closing_parent,
        _ => false,
    }
}

/// Text with character references replaced by the characters where the
/// text reads the same and gets shorter (`&copy;` is `©`, `&amp;` before a
/// space is `&`); `&` and `<` stay referenced where they could start a
/// reference or a tag, and at the end (the next character is not known).
/// In RCDATA (`title`, `textarea`) only `</` can start a tag.
fn shorter_references(text: &str, rcdata: bool, xml: bool) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            // Markup written as it is: a tag or comment is copied whole
            // (attribute values and names are not text).
            let len = if rcdata { 1 } else { markup_len(rest) };
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        let Some(end) = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let after = rest[end + 1..].bytes().next();
        let decoded = match name.strip_prefix('#') {
            Some(number) => {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse::<u32>().ok(),
                };
                code.and_then(char::from_u32)
                    .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                    .filter(|c| *c != '\u{fffd}')
            }
            None => named_reference(name),
        };
        let safe = match (decoded, after) {
            // XML wants these referenced wherever they stand.
            (Some('&' | '<' | '>'), _) if xml => false,
            (Some('&'), Some(_)) => !starts_reference(&rest[end + 1..]),
            (Some('<'), Some(n)) if rcdata => n != b'/',
            (Some('<'), Some(n)) => !(n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?')),
            (Some('&' | '<'), None) | (None, _) => false,
            (Some(_), _) => true,
        };
        match decoded {
            Some(c) if safe && c.len_utf8() < end + 1 => out.push(c),
            _ => out.push_str(&rest[..end + 1]),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag or comment that `s` starts with (at its `<`), up
/// to and including the `>` that ends it, or all of `s` if none does; 1 if
/// the `<` starts no markup. Quotes are skipped wherever they stand, which
/// can only make the piece longer (copied as it is) than the browser's.
fn markup_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes.get(1) {
        Some(b'!') if s.starts_with("<!--") => {
            return s[4..].find("-->").map_or(s.len(), |e| e + 7);
        }
        Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'?' | b'!') => {}
        _ => return 1,
    }
    let mut quote = None;
    for (i, &c) in bytes.iter().enumerate().skip(2) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
    }
    s.len()
}

/// Whether a bare `&` followed by `after` could be read as a character
/// reference (HTML's named/numeric character reference states): before
/// `#`, before letters and digits ending in `;` (any of the 2,231 names
/// might match), and before a name that starts with one of the legacy
/// names the browser decodes without `;` (`&notit` reads as `¬it`).
/// Anything else, `&x=1` or `& co`, is a literal `&` to the browser.
pub fn starts_reference(after: &str) -> bool {
    let run = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    match after.as_bytes().get(run) {
        _ if after.starts_with('#') => true,
        Some(b';') if run > 0 => true,
        // Unknown continuation: the text may go on with `;`.
        None => true,
        _ => LEGACY_REFERENCES
            .iter()
            .any(|name| after[..run].starts_with(name)),
    }
}

/// The named character references browsers decode without a closing `;`
/// (HTML's table of named character references, the entries listed both
/// with and without `;`).
const LEGACY_REFERENCES: [&str; 106] = [
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil",
    "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT",
    "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN",
    "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave",
    "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
    "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt",
    "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro",
    "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash",
    "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1",
    "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml",
    "yacute", "yen", "yuml",
];

/// The most used named character references, and the Latin-1 ones.
fn named_reference(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "times" => '×',
        "divide" => '÷',
        "deg" => '°',
        "plusmn" => '±',
        "para" => '¶',
        "sect" => '§',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "hearts" => '♥',
        "iexcl" => '¡',
        "iquest" => '¿',
        "shy" => '\u{ad}',
        _ => {
            let at = LATIN_1.iter().position(|n| *n == name)?;
            return char::from_u32(0xa0 + at as u32);
        }
    })
}

/// The names of the characters U+00A0 to U+00FF, in order (HTML 4's
/// Latin-1 references, all still in HTML's table).
const LATIN_1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Writes the decisions back into the tree, in the scanner's order.
struct Apply<'a> {
    /// Inside `script` or `style`, whose text is not decoded.
    raw_text: bool,
    /// Character references may be decoded: not where raw markup does not
    /// pair up (text may stand inside a tag that never ends).
    decode: bool,
    /// Inside `title` or `textarea` (RCDATA: only `</` starts a tag).
    rcdata: bool,
    /// Inside `svg` or `math`, where `title` is an ordinary element.
    foreign: bool,
    /// Inside an element whose content is kept as it is (`preformatted`),
    /// or a comment that stays.
    preformatted: bool,
    /// XHTML: the output stays XML.
    xml: bool,
    keep: &'a [bool],
    omit_start: &'a [bool],
    omit_end: &'a [bool],
    comments: &'a [Comment],
    /// `Scanner::text_edges`.
    text_edges: &'a [(bool, bool)],
    gap: usize,
    /// Pieces of static text, filters and doctypes seen (for
    /// `text_edges`).
    text: usize,
    element: usize,
    comment: usize,
}

impl Apply<'_> {
    fn walk(&mut self, list: &mut Vec<Tree>) {
        let old = std::mem::take(list);
        for mut t in old {
            self.text_edges(&mut t);
            match &mut t {
                Tree::Newline => {
                    let keep = self.keep.get(self.gap).copied().unwrap_or(true);
                    self.gap += 1;
                    if !keep {
                        continue;
                    }
                }
                Tree::Multi(inner) => self.walk(inner),
                // The doctype's name is read without regard to case, and
                // lowercase letters are the ones the rest of a page repeats
                // (gzip codes them shorter). HTML 4.01 Strict puts the
                // browser in the same (no-quirks) mode as HTML5's doctype;
                // the transitional and frameset ones do not. XML knows
                // only `DOCTYPE`.
                Tree::Doctype(text)
                    if !self.xml
                        && (text == "<!DOCTYPE html>"
                            || text == "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">") =>
                {
                    *text = "<!doctype html>".to_string();
                }
                // The others keep their identifiers (which decide the
                // mode), and in XHTML the keyword's case (XML's).
                Tree::Doctype(text) if !self.xml => {
                    if let Some(rest) = text.strip_prefix("<!DOCTYPE ") {
                        *text = format!("<!doctype {rest}");
                    }
                }
                // Where raw markup does not pair up, a value may stand
                // inside a tag that never ends: escaped as haml does, so
                // its `>` does not end it.
                Tree::Op(crate::ir::Op::Hole { escape, .. })
                    if !self.decode && *escape == Escape::Text =>
                {
                    *escape = Escape::Html;
                }
                Tree::Op(crate::ir::Op::Static(text)) if !self.raw_text && self.decode => {
                    *text = shorter_references(text, self.rcdata, self.xml);
                }
                Tree::Filter { ops, .. } if !self.decode => {
                    for op in ops {
                        if let crate::ir::Op::Hole { escape, .. } = op {
                            if *escape == Escape::Text {
                                *escape = Escape::Html;
                            }
                        }
                    }
                }
                // (In a `script` or `style` a reference is text, not
                // decoded: it stays.)
                Tree::Filter { name, ops }
                    if !self.raw_text && matches!(name.as_str(), "plain" | "escaped" | "preserve") =>
                {
                    // `:escaped` escapes its values as `=` does.
                    if name == "escaped" && !self.preformatted && !self.xml {
                        for op in ops.iter_mut() {
                            if let crate::ir::Op::Hole { escape, .. } = op {
                                if *escape == Escape::Html {
                                    *escape = Escape::Text;
                                }
                            }
                        }
                    }
                    for op in ops {
                        if let crate::ir::Op::Static(text) = op {
                            *text = shorter_references(text, self.rcdata, self.xml);
                        }
                    }
                }
                Tree::Element(e) => {
                    let id = self.element;
                    self.element += 1;
                    e.omit_start = self.omit_start.get(id).copied().unwrap_or(false);
                    e.omit_end = self.omit_end.get(id).copied().unwrap_or(false);
                    let outer = (
                        self.raw_text,
                        self.rcdata,
                        self.foreign,
                        self.preformatted,
                    );
                    self.raw_text |= matches!(e.name.as_str(), "script" | "style");
                    self.foreign |= matches!(e.name.as_str(), "svg" | "math");
                    self.rcdata |= !self.foreign && matches!(e.name.as_str(), "title" | "textarea");
                    self.preformatted |= preformatted(&e.name);
                    self.walk(&mut e.content);
                    (self.raw_text, self.rcdata, self.foreign, self.preformatted) = outer;
                }
                Tree::Comment(c) => {
                    let fate = self.comments.get(self.comment).copied();
                    self.comment += 1;
                    match fate.unwrap_or(Comment::Kept) {
                        Comment::Removed if c.kind == CommentKind::Revealed => {
                            c.open.clear();
                            c.close.clear();
                        }
                        Comment::Removed => {
                            // Count the newlines inside, then drop it.
                            let mut inner = std::mem::take(&mut c.content);
                            self.walk(&mut inner);
                            continue;
                        }
                        Comment::Emptied => {
                            let mut inner = std::mem::take(&mut c.content);
                            self.walk(&mut inner);
                            c.open = "<!--".to_string();
                            c.close = "-->".to_string();
                            list.push(t);
                            continue;
                        }
                        Comment::Kept => {}
                    }
                    // The text of a comment stays as it is; a revealed
                    // one's content is rendered.
                    let outer = self.preformatted;
                    self.preformatted |= c.kind != CommentKind::Revealed;
                    self.walk(&mut c.content);
                    self.preformatted = outer;
                }
                Tree::Block { body, .. } => self.walk(body),
                _ => {}
            }
            list.push(t);
        }
    }
}

impl Apply<'_> {
    /// Whitespace at the ends of static text or of a filter's text that
    /// the browser would not render goes (`Scanner::text_with_edges`), and
    /// so does the newline of `<?xml ... ?>` at the document's start.
    fn text_edges(&mut self, t: &mut Tree) {
        use crate::ir::Op;
        match t {
            Tree::Op(Op::Static(_)) | Tree::Doctype(_) => {}
            // One piece of static text per line, joined: a run of
            // whitespace across lines is one run, and the text's ends are
            // its first and last operations.
            Tree::Filter { ops, .. } => {
                let mut joined = crate::ir::Ops::default();
                std::mem::take(ops)
                    .into_iter()
                    .for_each(|op| joined.push(op));
                *ops = joined.ops;
            }
            _ => return,
        }
        let edges = self.text_edges.get(self.text).copied();
        self.text += 1;
        let (first, last) = edges.unwrap_or((false, false));
        let mut gone = |edge: bool| {
            let id = self.gap;
            self.gap += edge as usize;
            edge && !self.keep.get(id).copied().unwrap_or(true)
        };
        let (first_gone, last_gone) = (gone(first), gone(last));
        if !first_gone && !last_gone {
            return;
        }
        let trim_start = |text: &mut String| *text = text.trim_start_matches(WHITESPACE).into();
        let trim_end = |text: &mut String| *text = text.trim_end_matches(WHITESPACE).into();
        match t {
            Tree::Op(Op::Static(text)) | Tree::Doctype(text) => {
                if first_gone {
                    trim_start(text);
                }
                if last_gone {
                    trim_end(text);
                }
            }
            Tree::Filter { ops, .. } => {
                if let (true, Some(Op::Static(text))) = (first_gone, ops.first_mut()) {
                    trim_start(text);
                }
                if let (true, Some(Op::Static(text))) = (last_gone, ops.last_mut()) {
                    trim_end(text);
                }
            }
            _ => {}
        }
    }
}

/// Whether a line break between the characters `before` and `after` (`None`:
/// not known; [`OBJECT`]: an image, a button, ...) renders as a space
/// would. CSS Text 3 ("Segment Break Transformation Rules") lets a browser
/// drop it next to a zero-width space (Chromium's `<wbr>` is one) and
/// between two Chinese or Japanese characters (Firefox does): both sides
/// must be known, neither a zero-width space, and one of them ASCII or an
/// object.
fn line_break_is_space(before: Option<char>, after: Option<char>) -> bool {
    let plain = |c: char| c.is_ascii_graphic() || c == OBJECT;
    match (before, after) {
        (Some(b), Some(a)) => {
            b != ZERO_WIDTH_SPACE && a != ZERO_WIDTH_SPACE && (plain(b) || plain(a))
        }
        _ => false,
    }
}

/// What `<wbr>` is to the browser (Chromium lays it out as one).
const ZERO_WIDTH_SPACE: char = '\u{200b}';

/// An inline box that is no text (an image, a button, an `svg`), as the
/// character next to a line break: Unicode's object replacement character.
const OBJECT: char = '\u{fffc}';

/// Elements laid out as one inline box (replaced or inline-block).
fn atomic_inline(name: &str) -> bool {
    matches!(display(name), Display::Replaced | Display::InlineBlock)
}

/// The last step, on the tree as it will be written (what goes is gone):
/// whitespace that stays in text laid out with `white-space: normal` is one
/// character (`compact_text`), and a newline that stays is written as a
/// space where `line_break_is_space` (a space is the byte text repeats
/// most: gzip codes it shortest).
#[derive(Default)]
struct Spaces {
    /// Inside an element whose content is kept as it is (`preformatted`:
    /// `pre`, `textarea`, `script`, ...) or a comment's text.
    kept: bool,
    /// Inside an `svg` where text is not drawn (not in a `text`, `title`,
    /// `foreignObject`, ...): a newline between its elements is nothing.
    svg_shapes: bool,
}

impl Spaces {
    fn walk(&mut self, list: &mut Vec<Tree>) {
        use crate::ir::Op;
        let old = std::mem::take(list);
        let mut items = old.into_iter();
        while let Some(mut t) = items.next() {
            // The characters written just before and just after `t`.
            let around = || {
                (
                    edge_char(list, End::Last),
                    edge_char(items.as_slice(), End::First),
                )
            };
            match &mut t {
                Tree::Newline if self.svg_shapes => continue,
                Tree::Newline if !self.kept => {
                    let (before, after) = around();
                    if line_break_is_space(before, after) {
                        t = Tree::Op(Op::Static(" ".to_string()));
                    }
                }
                Tree::Op(Op::Static(text)) if !self.kept => {
                    let (before, after) = around();
                    *text = compact_text(text, before, after);
                }
                Tree::Filter { name, ops }
                    if !self.kept && matches!(name.as_str(), "plain" | "escaped" | "preserve") =>
                {
                    let (before, after) = around();
                    let last = ops.len().saturating_sub(1);
                    for (i, op) in ops.iter_mut().enumerate() {
                        if let Op::Static(text) = op {
                            let before = if i == 0 { before } else { None };
                            let after = if i == last { after } else { None };
                            *text = compact_text(text, before, after);
                        }
                    }
                }
                Tree::Multi(inner) | Tree::Block { body: inner, .. } => self.walk(inner),
                Tree::Element(e) => {
                    let outer = (self.kept, self.svg_shapes);
                    let name = e.name.to_ascii_lowercase();
                    // SVG text is laid out as HTML text is (CSS
                    // `white-space: normal`).
                    let svg_words = self.svg_shapes && matches!(name.as_str(), "text" | "tspan");
                    self.svg_shapes = if name == "svg" && !self.kept {
                        true
                    } else {
                        self.svg_shapes && !svg_text(&name)
                    };
                    self.kept = !svg_words && (self.kept || preformatted(&e.name));
                    self.walk(&mut e.content);
                    // Whitespace at the ends of SVG text is not drawn (it
                    // starts and ends the line).
                    if svg_words && name == "text" {
                        if matches!(e.content.first(), Some(Tree::Newline)) {
                            e.content.remove(0);
                        }
                        if matches!(e.content.last(), Some(Tree::Newline)) {
                            e.content.pop();
                        }
                    }
                    (self.kept, self.svg_shapes) = outer;
                }
                Tree::Comment(c) => {
                    let outer = self.kept;
                    self.kept |= c.kind != CommentKind::Revealed;
                    self.walk(&mut c.content);
                    self.kept = outer;
                }
                _ => {}
            }
            list.push(t);
        }
    }
}

/// SVG elements whose text is drawn or read (or that hold HTML), where
/// whitespace is kept.
fn svg_text(name: &str) -> bool {
    matches!(
        name,
        "text" | "tspan" | "textpath" | "title" | "desc" | "style" | "script" | "foreignobject"
    )
}

/// Which end of a piece of output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    First,
    Last,
}

/// The first or last character `list` writes, if it is text written as it
/// is (not a tag, a reference or a value), looking through what renders
/// nothing (comments, statements, empty text); [`OBJECT`] for an inline
/// box that is no text.
fn edge_char(list: &[Tree], end: End) -> Option<char> {
    use crate::ir::Op;
    let text = |s: &str| match end {
        End::First => s.chars().next(),
        End::Last => s.chars().last(),
    };
    let n = list.len();
    for i in 0..n {
        match &list[if end == End::First { i } else { n - 1 - i }] {
            Tree::Op(Op::Static(s)) if s.is_empty() => {}
            Tree::Op(Op::Static(s)) => return text(s).filter(|&c| plain_char(c)),
            Tree::Op(Op::Statement { .. }) | Tree::Comment(_) => {}
            Tree::Filter { ops, .. } => {
                let op = if end == End::First {
                    ops.first()
                } else {
                    ops.last()
                };
                return match op {
                    Some(Op::Static(s)) => text(s).filter(|&c| plain_char(c)),
                    _ => None,
                };
            }
            Tree::Multi(inner) => return edge_char(inner, end),
            Tree::Element(e) if e.name == "wbr" => return Some(ZERO_WIDTH_SPACE),
            Tree::Element(e) if atomic_inline(&e.name) => return Some(OBJECT),
            Tree::Element(e) if e.end.is_some() => return edge_char(&e.content, end),
            _ => return None,
        }
    }
    None
}

/// Whether `c` at the edge of static text is a character of the text (not
/// the edge of a tag or reference, not whitespace).
fn plain_char(c: char) -> bool {
    !matches!(c, '<' | '>' | '&' | ';') && !c.is_whitespace()
}

/// Text with each run of spaces, tabs and newlines written as one (CSS Text
/// 3, "Phase I: Collapsing and Transformation": spaces and tabs next to a
/// line break go, consecutive line breaks and spaces collapse to one). The
/// run becomes a space, or stays a newline if it holds one and neither
/// character next to it is ASCII (a browser may drop a line break between
/// two Chinese characters; see `Apply::walk`). Tags written as text are
/// copied as they are, comments emptied (`<!---->`, unless
/// `special_comment`). Only for text the browser lays out with
/// `white-space: normal` and reads as markup (no raw `script`, `style`,
/// `textarea` or `pre`: those make the page `conservative`).
fn compact_text(text: &str, before: Option<char>, after: Option<char>) -> String {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n');
    if !text.contains(['\t', '\n']) && !text.contains("  ") && !text.contains("<!--") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c == '<' || is_space(c)) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let len = markup_len(rest);
            let markup = &rest[..len];
            // A comment that ends where `markup_len` says (not at a
            // `--!>`, not `<!-->`), with no text a program reads.
            let comment = markup
                .strip_prefix("<!--")
                .and_then(|c| c.strip_suffix("-->"))
                .filter(|c| !c.contains("--!>") && !c.starts_with(['>', '-']));
            match comment {
                Some(c) if !special_comment(c) => out.push_str("<!---->"),
                _ => out.push_str(markup),
            }
            rest = &rest[len..];
            continue;
        }
        let run = rest.find(|c: char| !is_space(c)).unwrap_or(rest.len());
        let before = match out.chars().last() {
            None => before,
            last => last.filter(|&c| plain_char(c)),
        };
        let after = match rest[run..].chars().next() {
            None => after,
            next => next.filter(|&c| plain_char(c)),
        };
        if rest[..run].contains('\n') && !line_break_is_space(before, after) {
            out.push('\n');
        } else {
            out.push(' ');
        }
        rest = &rest[run..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use crate::ir::Op;
    use crate::options::Options;

    /// The static text of the lowered template, `{}` for anything else
    /// (`{Escape}` for holes with `escapes`).
    fn lowered(source: &str, options: &Options, escapes: bool) -> String {
        let doc = haml_grammar::parse(source).unwrap();
        crate::lower::lower(&doc, options)
            .unwrap()
            .iter()
            .map(|op| match op {
                Op::Static(s) => s.clone(),
                Op::Hole { escape, .. } if escapes => format!("{{{escape:?}}}"),
                _ => "{}".to_string(),
            })
            .collect()
    }

    fn minified(source: &str) -> String {
        lowered(source, &Options::default(), false)
    }

    #[test]
    fn static_values_take_the_quote_that_needs_no_escape() {
        assert_eq!(
            minified("%input{value: 'a \"b\"'}"),
            "<input value='a \"b\"'>"
        );
        assert_eq!(
            minified("%input{value: 'a \"b\" it\\'s'}"),
            "<input value=\"a &#34;b&#34; it's\">"
        );
        assert_eq!(
            minified("%input{value: \"it's\"}"),
            "<input value=\"it's\">"
        );
    }

    #[test]
    fn newlines_between_blocks_go_between_inline_content_stay() {
        assert_eq!(minified("%div\n  %p a\n  %p b"), "<div><p>a<p>b</div>");
        assert_eq!(minified("%p\n  %a x\n  %a y"), "<p><a>x</a> <a>y</a>");
        assert_eq!(minified("%p\n  text\n  %b x"), "<p>text <b>x</b>");
        // A newline after rendered whitespace collapses into it.
        assert_eq!(minified("%p\n  a |\n  b |\n  %b x"), "<p>a b <b>x</b>");
        // Inline tags do not stop the search for the line start.
        assert_eq!(minified("%div\n  %a\n    x"), "<div><a>x</a></div>");
        // Inside pre, everything stays.
        assert_eq!(
            minified("%pre\n  %b x\n  %i y"),
            "<pre><b>x</b>\n<i>y</i></pre>"
        );
    }

    #[test]
    fn whitespace_that_stays_is_one_space() {
        // Runs collapse; a newline becomes a space next to ASCII text.
        assert_eq!(
            minified("%p\n  :plain\n    a  b\n      c\t d\n  %b x"),
            "<p>a b c d <b>x</b>"
        );
        assert_eq!(minified("%p\n  x\n  %b y"), "<p>x <b>y</b>");
        // Between two Chinese characters a browser may drop a line break
        // (Firefox does), and next to a zero-width space (Chromium's `wbr`
        // is one), not a space: the newline stays, and so it does next to
        // what is not known (a value).
        assert_eq!(
            minified("%p\n  %wbr\n  a\n  = v\n  b\u{200b}\n  c"),
            "<p><wbr>\na\n{}\nb\u{200b}\nc"
        );
        assert_eq!(minified("%p\n  中\n  %b 文"), "<p>中\n<b>文</b>");
        assert_eq!(
            minified("%p\n  :plain\n    中\n    文 a\n    b"),
            "<p>中\n文 a b"
        );
        // Whitespace at the ends of text goes where a line starts or ends.
        assert_eq!(
            minified("%div\n  :plain\n        deep\n    x\n%b y"),
            "<div>deep x</div><b>y</b>"
        );
        assert_eq!(
            minified("%div\n  one |\n  two |\n%b x"),
            "<div>one two</div><b>x</b>"
        );
        assert_eq!(minified("%p\n  %b x\n  a |\n  b |"), "<p><b>x</b> a b");
        // Kept as written: preformatted text, tags in text.
        assert_eq!(
            minified("%pre\n  a  b\n  %b c"),
            "<pre>a  b\n<b>c</b></pre>"
        );
        assert_eq!(
            minified("%p <i title=\"a  b\">c  d</i>"),
            "<p><i title=\"a  b\">c d</i>"
        );
        // Where the template's CSS may change white-space, nothing changes.
        assert_eq!(
            minified("%style p { white-space: pre }\n%p\n  a  b\n  %b c"),
            "<style>p { white-space: pre }</style>\n<p>\na  b\n<b>c</b>\n</p>\n"
        );
    }

    #[test]
    fn control_flow_is_followed_on_every_path() {
        // After the span comes the next iteration's span or the div's end.
        assert_eq!(
            minified("%div\n  - for x in xs\n    %span= x"),
            "<div>{}<span>{}</span>\n{}</div>"
        );
        assert_eq!(
            minified("%div\n  - if a\n    %p a\n  - else\n    %p b"),
            // `{}` are the if's open, its else, and its close.
            "<div>{}<p>a{}{}<p>b{}</div>"
        );
    }

    #[test]
    fn quotation_marks_are_content() {
        // `q` draws quotes at both ends: the spaces next to them show.
        assert_eq!(
            minified("%p\n  x\n  %q\n    y\n  z"),
            "<p>x\n<q>\ny\n</q>\nz"
        );
    }

    #[test]
    fn text_next_to_details_and_blocks_in_q_keep_their_spaces() {
        assert_eq!(
            minified("%div\n  %details\n    %p a\n  %u w"),
            "<div><details><p>a</details> <u>w</u></div>"
        );
        // The `article` closes the `p`, and the `q` with it, after the
        // newline: the closing quote follows a space.
        assert_eq!(
            minified("%p\n  %q\n    x\n    %article y"),
            "<p><q>\nx <article>y</article>\n</q></p>"
        );
    }

    #[test]
    fn doctypes_of_standards_mode_are_the_short_one() {
        let options = Options {
            format: crate::options::Format::Html4,
            ..Options::default()
        };
        let html4 = |source| lowered(source, &options, false);
        assert_eq!(html4("!!! Strict\n%p a"), "<!doctype html><p>a");
        assert!(html4("!!!\n%p a").starts_with("<!doctype html PUBLIC"));
        assert_eq!(minified("!!!\n%p a"), "<!doctype html><p>a");
        // XHTML stays XML (uppercase keyword, end tags); the newline after
        // the XML declaration goes at the start, not elsewhere.
        let options = Options {
            format: crate::options::Format::Xhtml,
            ..Options::default()
        };
        let xhtml = |source| lowered(source, &options, false);
        assert_eq!(
            xhtml("!!! XML\n!!! 5\n%p a"),
            "<?xml version='1.0' encoding='utf-8' ?><!DOCTYPE html><p>a</p>"
        );
        assert_eq!(
            xhtml("%p\n  %b> a\n  !!! XML\n  b"),
            "<p><b>a</b><?xml version='1.0' encoding='utf-8' ?>\nb</p>"
        );
    }

    #[test]
    fn a_heading_closed_by_a_heading_ends_no_line() {
        // `<h2>` closes the `h1`; `x` is text of the body, and the space
        // after it stays before the `textarea`.
        assert_eq!(
            minified("%h1\n  %h2 h\n  x\n%textarea t"),
            "<h1><h2>h</h2>x\n</h1><textarea>t</textarea>"
        );
    }

    #[test]
    fn comments_inside_text_stay() {
        assert_eq!(minified("%p\n  a\n  / c\n  b"), "<p>a <!---->b");
        assert_eq!(minified("%p\n  / c\n  b"), "<p>b");
        assert_eq!(
            minified("%p\n  %em a\n  / c\n  b"),
            "<p><em>a</em> <!---->b"
        );
        assert_eq!(
            minified("%p\n  - if true\n    %em a\n  / c\n  b"),
            "<p>{}<em>a</em>\n{}{}{}<!---->b"
        );
        // Counted among all comments (a revealed one comes first here).
        assert_eq!(
            minified("%p\n  /![if !IE]\n    %i r\n  a\n  / c\n  b"),
            "<p><i>r</i>\na <!---->b"
        );
    }

    #[test]
    fn a_newline_before_a_branch_is_decided_on_each_path() {
        // Kept where the link follows, gone where `</td>` does.
        assert_eq!(
            minified("%td\n  %a x\n  - if c\n    %a y\n%p z"),
            "<td><a>x</a>{}\n<a>y</a>{}{}{}</td><p>z"
        );
        assert_eq!(
            minified("%td\n  %a x\n  - match c\n    - 1 =>\n      %a y\n    - _ =>\n%p z"),
            "<td><a>x</a>{}{}\n<a>y</a>{}{}{}{}</td><p>z"
        );
    }

    #[test]
    fn end_tags_the_parser_would_not_imply_stay() {
        // `table` closes a `p` only in standards mode, `form` only outside
        // a form.
        assert_eq!(
            minified("%p a\n%table\n  %tr\n    %td b"),
            "<p>a</p><table><tr><td>b</table>"
        );
        assert_eq!(minified("%p a\n%form b"), "<p>a</p><form>b</form>");
        // A `summary` closes the `p` it is in: the `</p>` after it is a
        // new, empty paragraph and must stay.
        assert_eq!(
            minified("%p\n  %summary b\n%div c"),
            "<p><summary>b</summary></p><div>c</div>"
        );
        assert_eq!(minified("%p a\n%summary b"), "<p>a<summary>b</summary>");
    }

    #[test]
    fn unbalanced_raw_markup_is_left_alone() {
        // `x<y` opens a tag that never ends: the references, comment and
        // value after it may be inside it.
        let ops = |source| lowered(source, &Options::default(), true);
        assert_eq!(
            ops("%p x<y &copy;\n/ c\n%b= v"),
            "<p>x<y &copy;</p>\n<!-- c -->\n<b>{Html}</b>\n"
        );
        assert_eq!(ops("%p x &copy;\n/ c\n%b= v"), "<p>x ©</p><b>{Text}</b>");
        // Markup in a comment's text opens nothing, unless the text ends
        // the comment first.
        assert_eq!(ops("/ a <d>\n%p x &copy;"), "<p>x ©");
        assert_eq!(
            ops("/ a --> <d>\n%p x &copy;"),
            "<!-- a --> <d> -->\n<p>x &copy;</p>\n"
        );
        // Balanced markup is copied whole, its attributes not decoded.
        assert_eq!(
            ops("%p <a title=\"&quot;&gt;\">&quot;</a>"),
            "<p><a title=\"&quot;&gt;\">\"</a>"
        );
    }

    #[test]
    fn newlines_between_svg_shapes_go_svg_text_stays() {
        assert_eq!(
            minified("%svg\n  %g\n    %path{d: \"M0 0\"}\n  %text\n    a\n    %tspan b"),
            "<svg><g><path d=\"M0 0\"></path></g><text>a <tspan>b</tspan></text></svg>"
        );
    }

    #[test]
    fn comments_for_programs_stay() {
        // Server-side includes, Knockout, `!`: whole, even between text.
        assert_eq!(
            minified("%p\n  / #include virtual=\"/x\"\n  / ko if: a\n  %b x\n  / /ko\n  / ! keep"),
            "<p><!-- #include virtual=\"/x\" --><!-- ko if: a --><b>x</b><!-- /ko --><!-- ! keep -->"
        );
        // Comments written as text: emptied, unless for a program.
        assert_eq!(
            minified("%p a <!-- b --> c <!--#echo var=\"x\" --> d <!-- e --!> f -->"),
            "<p>a <!----> c <!--#echo var=\"x\" --> d <!-- e --!> f -->"
        );
        assert_eq!(minified("%p\n  a\n  /[if IE]> x  y\n  b"), "<p>a <!---->b");
    }

    #[test]
    fn a_block_that_breaks_a_formatting_element_leaves_the_page_as_it_is() {
        // The table closes the `p`, and the `b` with it; the next text,
        // a newline too, makes the parser open a copy of the `b`: the page
        // stays as haml wrote it.
        assert_eq!(
            minified("%p\n  %b\n    %table\n      %tr\n        %td x\n%div y"),
            "<p>\n<b>\n<table>\n<tr>\n<td>x</td>\n</tr>\n</table>\n</b>\n</p>\n<div>y</div>\n"
        );
        // Without a `p` to close, the `b` is whole: the newline goes.
        assert_eq!(
            minified("%div\n  %b\n    %table\n      %tr\n        %td x\n%div y"),
            "<div><b><table><tr><td>x</table></b></div><div>y</div>"
        );
    }

    #[test]
    fn elements_the_parser_does_not_nest_leave_the_page_as_it_is() {
        // The inner button closes the outer one: the newline after it is
        // between the button and the `i`, not at the end of a button.
        assert_eq!(
            minified("%p\n  %button\n    a\n    %button b\n  %i c"),
            "<p>\n<button>\na\n<button>b</button>\n</button>\n<i>c</i>\n</p>\n"
        );
        assert_eq!(
            minified("%p\n  %button\n    a\n  %button b\n  %i c"),
            "<p><button>a</button> <button>b</button> <i>c</i>"
        );
        // A `br` ends the SVG it stands in.
        assert_eq!(
            minified("%p\n  %svg\n    %text\n      a <br> b\n  c"),
            "<p>\n<svg>\n<text>\na <br> b\n</text>\n</svg>\nc\n</p>\n"
        );
    }

    #[test]
    fn comments_go_revealed_content_stays() {
        assert_eq!(minified("%p\n  / note\n  x"), "<p>x");
        assert_eq!(minified("/[if IE]\n  %p a\n%i b"), "<i>b</i>");
        assert_eq!(minified("/![if !IE]\n  %p a"), "<p>a");
    }

    #[test]
    fn optional_tags() {
        assert_eq!(
            minified(
                "!!!\n%html\n  %head\n    %title t\n  %body\n    %ul\n      %li a\n      %li b"
            ),
            "<!doctype html><title>t</title><ul><li>a<li>b</ul>"
        );
        // `</p>` stays inside `a`; after a block, a newline starts a line.
        assert_eq!(minified("%a\n  %p x\n%b y"), "<a><p>x</p></a><b>y</b>");
    }

    #[test]
    fn shorter_references() {
        let s = |text| super::shorter_references(text, false, false);
        assert_eq!(s("&copy; 2024 &amp; co &#169; &#xA9;"), "© 2024 & co © ©");
        assert_eq!(
            s("&amp;amp; &lt;b> &lt;3 a&amp;"),
            "&amp;amp; &lt;b> <3 a&amp;"
        );
        assert_eq!(s("&unknown; & &#0; &nbsp;x"), "&unknown; & &#0; \u{a0}x");
        // The Latin-1 names (the browser harness has a case with all 96).
        assert_eq!(s("&eacute;t&eacute; &Uuml;ber &yuml;"), "été Über ÿ");
        // `&` before a name: bare unless the browser could read a reference.
        assert_eq!(
            s("a&amp;x=1 AT&amp;T &amp;notit &amp;b;"),
            "a&x=1 AT&T &amp;notit &amp;b;"
        );
        // In RCDATA only `</` starts a tag.
        let rcdata = |text| super::shorter_references(text, true, false);
        assert_eq!(rcdata("&lt;b> &lt;/title"), "<b> &lt;/title");
        assert_eq!(
            minified("%title &lt;b>\n%svg\n  %title &lt;b>"),
            "<title><b></title><svg><title>&lt;b></title></svg>"
        );
    }

    #[test]
    fn references_in_script_and_style_stay() {
        // To the browser they are text there, not characters.
        assert_eq!(
            minified("%script\n  :plain\n    a &amp;&amp; b\n%style\n  :escaped\n    a > b"),
            "<script>\na &amp;&amp; b\n</script><style>\na &gt; b\n</style>"
        );
        // Elsewhere `:escaped` values are escaped as `=` values are.
        let ops = |source| lowered(source, &Options::default(), true);
        assert_eq!(ops("%p\n  :escaped\n    a #{v}"), "<p>a {Text}");
        assert_eq!(ops("%pre\n  :escaped\n    a #{v}"), "<pre>a {Html}</pre>");
    }

    #[test]
    fn ampersands_that_start_references() {
        use super::starts_reference as r;
        for yes in ["#1", "amp;", "b;", "not", "notit", "copyx", "AMP", "x", ""] {
            assert!(r(yes), "{yes}");
        }
        for no in ["x=1", " co", "T and", "Amp x", "b-c", "=1"] {
            assert!(!r(no), "{no}");
        }
    }

    #[test]
    fn attributes_are_compact() {
        assert_eq!(
            minified("%a.b.a{href: \"/x y\", title: \"\", id: \"i\"}(data-x=\"1\")"),
            "<a class=\"a b\" data-x=1 href=\"/x y\" id=i title></a>"
        );
    }
}
