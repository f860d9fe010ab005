//! Lowering: the syntax tree to a flat list of operations.
//!
//! The layout of the output follows haml 6.1.1's compiler exactly: each
//! line of output ends in a newline that later rules may remove. A
//! [`Tree`] mirrors haml's intermediate form (Temple expressions) so those
//! rules read as they do in haml's `ChildrenCompiler`:
//!
//! * a tag or comment with nested lines starts with a newline, unless
//!   whitespace inside it is removed (`<`, or a `pre`/`textarea`/`code`);
//! * every tag, text, comment, filter and doctype is followed by one, and so
//!   is `= output` unless an enclosing tag removes inner whitespace;
//! * `>` removes the newline before and after its tag; `<` the ones just
//!   inside. Removal looks into `- if` blocks (and before their `- else`),
//!   as haml does, but not into other blocks.

mod attributes;
mod doctype;
mod filters;
mod format_args;

use haml_grammar::*;
use haml_html::escape::escape_html;

use crate::error::Error;
use crate::options::{Format, Options, Output};
use crate::tree::{CommentKind, CommentTree, ElementTree, Escape, Head, Op, Tree};

/// Tags whose content keeps its whitespace (haml's `preserve` option).
const PRESERVE_TAGS: &[&str] = &["textarea", "pre", "code"];

/// The tree of a document.
pub fn lower(document: &Document, options: &Options) -> Result<Vec<Tree>, Error> {
    let lowerer = Lowerer {
        options,
        escape_as_haml: std::cell::Cell::new(false),
    };
    let kids: Vec<Child> = document.nodes.iter().map(Child::Node).collect();
    lowerer.children(Parent::Root, false, &kids)
}

/// A child in haml's view: `- else` lines are siblings of the `- if` body.
#[derive(Clone, Copy)]
enum Child<'a> {
    Node(&'a Node),
    ElseIf(&'a Branch),
    Else,
    Arm(&'a Arm),
}

#[derive(Clone, Copy, PartialEq)]
enum Parent {
    Root,
    Tag,
    Comment,
    Block,
}

struct Lowerer<'a> {
    options: &'a Options,
    /// Inside `script` or `style` (whose text is not decoded) or a comment
    /// (which a `-->` would end): values are escaped as haml does, `>`
    /// included, even in minified output.
    escape_as_haml: std::cell::Cell<bool>,
}

impl Lowerer<'_> {
    /// haml's `ChildrenCompiler#compile`. `strip_inner` is whether the
    /// parent removes whitespace inside it (inherited through blocks).
    fn children(
        &self,
        parent: Parent,
        strip_inner: bool,
        kids: &[Child],
    ) -> Result<Vec<Tree>, Error> {
        let mut out = Vec::new();
        if kids.is_empty() {
            return Ok(out);
        }
        if matches!(parent, Parent::Tag | Parent::Comment) && !strip_inner {
            out.push(Tree::Newline);
        }
        for &kid in kids {
            if self.removes_whitespace_before(kid) {
                rstrip(&mut out);
            }
            out.push(self.child(kid, strip_inner)?);
            if self.newline_after(kid, strip_inner) {
                out.push(Tree::Newline);
            }
        }
        if strip_inner {
            rstrip(&mut out);
        }
        Ok(out)
    }

    fn element_flags(&self, e: &Element) -> (bool, bool) {
        let name = element_name(e);
        let outer = e.remove_outer_whitespace || self.options.remove_whitespace;
        let inner = e.remove_inner_whitespace
            || self.options.remove_whitespace
            || PRESERVE_TAGS.contains(&name);
        (outer, inner)
    }

    /// haml's `nuke_prev_whitespace?`.
    fn removes_whitespace_before(&self, kid: Child) -> bool {
        match kid {
            Child::Node(node) => match &node.kind {
                NodeKind::Element(e) => self.element_flags(e).0,
                NodeKind::Statement(s) => match block_kids(s).first() {
                    Some(&first) => self.removes_whitespace_before(first),
                    None => false,
                },
                _ => false,
            },
            _ => false,
        }
    }

    /// haml's `insert_whitespace?`.
    fn newline_after(&self, kid: Child, strip_inner: bool) -> bool {
        let Child::Node(node) = kid else {
            return false;
        };
        match &node.kind {
            NodeKind::Element(e) => !self.element_flags(e).0,
            NodeKind::Doctype(d) => !doctype::is_xml(&d.keyword),
            NodeKind::Comment(_) | NodeKind::Filter(_) => true,
            NodeKind::Text(t) => !is_script_text(t) || !strip_inner,
            NodeKind::Output(_) => !strip_inner,
            NodeKind::Statement(_) | NodeKind::SilentComment(_) | NodeKind::Include(_) => false,
        }
    }

    fn child(&self, kid: Child, strip_inner: bool) -> Result<Tree, Error> {
        let node = match kid {
            Child::Node(node) => node,
            Child::ElseIf(branch) => return Ok(Tree::Mid(Head::ElseIf(branch.condition.clone()))),
            Child::Else => return Ok(Tree::Mid(Head::Else)),
            Child::Arm(arm) => return Ok(Tree::Mid(Head::Arm(arm.pattern.clone()))),
        };
        Ok(match &node.kind {
            NodeKind::Doctype(d) => Tree::Doctype(self.doctype(d, node.span)?),
            NodeKind::Element(e) => Tree::Element(self.element(e)?),
            NodeKind::Text(t) => {
                let escape = self.text_escape(t.escape);
                Tree::Multi(text_ops(&t.segments, escape))
            }
            NodeKind::Output(o) => Tree::Multi(self.output_ops(o)),
            NodeKind::Comment(c) => Tree::Comment(self.comment(c, strip_inner)?),
            NodeKind::SilentComment(_) => Tree::Multi(Vec::new()),
            NodeKind::Filter(f) => Tree::Filter {
                name: f.name.name.clone(),
                ops: filters::filter_ops(f, self.options, self.filter_escape(&f.name.name)),
            },
            NodeKind::Statement(s) => self.statement(s, strip_inner)?,
            // `include::expand` replaced every include before lowering.
            NodeKind::Include(i) => {
                return Err(Error::template(
                    format!("`- include \"{}\"` was not expanded", i.path),
                    node.span,
                ))
            }
        })
    }

    fn text_escape(&self, escape: TextEscape) -> Escape {
        self.escaping(match escape {
            TextEscape::Default => self.options.escape_html,
            TextEscape::Always => true,
            TextEscape::Never => false,
        })
    }

    /// `= value`: a hole; a `format_args!` is written as its `#{}` text
    /// would be (see `format_args.rs`) when its literal pieces mean the same
    /// as text as they do as a value.
    fn output_ops(&self, o: &haml_grammar::Output) -> Vec<Tree> {
        let escape = self.output_escape(o.kind);
        let plain = |s: &Segment| match s {
            Segment::Literal(l) => !l.contains(['&', '<', '>', '"', '\'']),
            Segment::Interpolation(_) => true,
        };
        match format_args::as_interpolation(&o.code) {
            Some(segments)
                if matches!(
                    o.kind,
                    OutputKind::Default | OutputKind::Escaped | OutputKind::Raw
                ) && segments.iter().all(plain) =>
            {
                text_ops(&segments, escape)
            }
            _ => vec![Tree::Op(Op::Hole {
                code: o.code.clone(),
                escape,
            })],
        }
    }

    fn output_escape(&self, kind: OutputKind) -> Escape {
        self.escaping(match kind {
            OutputKind::Default | OutputKind::Preserve => self.options.escape_html,
            OutputKind::Escaped | OutputKind::EscapedPreserve => true,
            OutputKind::Raw | OutputKind::RawPreserve => false,
        })
    }

    /// How text values are escaped: as haml does, or (minified HTML) only
    /// `&` and `<`, which is all text between tags needs (XML wants every
    /// `&` and `<` referenced).
    fn escaping(&self, escape: bool) -> Escape {
        match (escape, self.options.output) {
            (false, _) => Escape::None,
            (true, Output::Minified)
                if !self.escape_as_haml.get() && self.options.format != Format::Xhtml =>
            {
                Escape::Text
            }
            (true, _) => Escape::Html,
        }
    }

    /// How a filter's `#{}` values are escaped. haml writes them as they
    /// are (`:escaped` aside), and `output = "haml"` keeps its bytes. The
    /// minified output escapes them as text values where the filter stands
    /// (a `:plain` in a `<script>` is JavaScript: the contextual escaping
    /// pass rescans it); `:cdata` (a comment that ends at `>` in HTML) and
    /// `:javascript` / `:css` (rescanned) start from haml's escaping.
    fn filter_escape(&self, name: &str) -> Escape {
        match (name, self.options.output) {
            ("escaped", _) => Escape::Html,
            (_, Output::Haml) => Escape::None,
            ("cdata" | "javascript" | "css", Output::Minified) => {
                let outer = self.escape_as_haml.replace(true);
                let escape = self.escaping(self.options.escape_html);
                self.escape_as_haml.set(outer);
                escape
            }
            (_, Output::Minified) => self.escaping(self.options.escape_html),
        }
    }

    fn statement(&self, s: &Statement, strip_inner: bool) -> Result<Tree, Error> {
        let head = match s {
            Statement::Let(code) => {
                return Ok(Tree::Multi(vec![Tree::Op(Op::Statement {
                    code: code.clone(),
                    is_let: true,
                })]))
            }
            Statement::Plain(code) => {
                return Ok(Tree::Multi(vec![Tree::Op(Op::Statement {
                    code: code.clone(),
                    is_let: false,
                })]))
            }
            Statement::If { branches, .. } => Head::If(branches[0].condition.clone()),
            Statement::For {
                pattern, iterable, ..
            } => Head::For {
                pattern: pattern.clone(),
                iterable: iterable.clone(),
            },
            Statement::While { condition, .. } => Head::While(condition.clone()),
            Statement::Loop { .. } => Head::Loop,
            Statement::Match { scrutinee, .. } => Head::Match(scrutinee.clone()),
        };
        let kids = block_kids(s);
        let body = self.children(Parent::Block, strip_inner, &kids)?;
        Ok(Tree::Multi(vec![Tree::Block { head, body }]))
    }

    fn element(&self, e: &Element) -> Result<ElementTree, Error> {
        let name = element_name(e);
        let (_, strip_inner) = self.element_flags(e);
        let autoclose = self.options.autoclose.iter().any(|t| t == name);
        let children = match &e.content {
            Content::Children(c) if !c.is_empty() => Some(c),
            _ => None,
        };
        let empty = matches!(e.content, Content::Empty)
            || matches!(&e.content, Content::Children(c) if c.is_empty());
        // haml: a tag with no content and no nested lines closes itself if
        // it is in the autoclose list or written with `/`.
        let closed = children.is_none() && empty && (autoclose || e.self_closing);
        let mut start = vec![Op::Static(format!("<{name}"))];
        attributes::lower_attributes(e, self.options, &mut start)?;
        let has_attributes = start.len() > 1;
        // Minified XHTML closes with `/>`: the same to an XML and to an
        // HTML parser (its attribute values are always quoted).
        let end = match (
            closed && self.options.format == Format::Xhtml,
            self.options.output,
        ) {
            (true, Output::Minified) => "/>",
            (true, _) => " />",
            _ => ">",
        };
        start.push(Op::Static(end.to_string()));
        let mut content = Vec::new();
        if !closed {
            match (&e.content, children) {
                (_, Some(children)) => {
                    let kids: Vec<Child> = children.iter().map(Child::Node).collect();
                    let as_haml = self.escape_as_haml.get() || matches!(name, "script" | "style");
                    let outer = self.escape_as_haml.replace(as_haml);
                    let lowered = self.children(Parent::Tag, strip_inner, &kids);
                    self.escape_as_haml.set(outer);
                    content = lowered?;
                }
                (Content::Text(t), _) => {
                    content = text_ops(&t.segments, self.text_escape(t.escape));
                }
                (Content::Output(o), _) => content = self.output_ops(o),
                _ => {}
            }
        }
        Ok(ElementTree {
            name: name.to_string(),
            start,
            has_attributes,
            content,
            end: (!closed).then(|| format!("</{name}>")),
            omit_start: false,
            omit_end: false,
        })
    }

    fn comment(&self, c: &Comment, strip_inner: bool) -> Result<CommentTree, Error> {
        let mut content = Vec::new();
        if c.children.is_empty() {
            // `/ text`: the text between spaces; with `#{}`, all of it is
            // escaped, static parts included (as in haml).
            content.push(Tree::Op(Op::Static(" ".into())));
            if is_script_text(&c.text) {
                for s in &c.text.segments {
                    content.push(Tree::Op(match s {
                        Segment::Literal(t) => Op::Static(escape_html(t)),
                        // Escaped as haml does: `-->` must not end it.
                        Segment::Interpolation(code) => Op::Hole {
                            code: code.clone(),
                            escape: Escape::Html,
                        },
                    }));
                }
            } else {
                content.extend(text_ops(&c.text.segments, Escape::None));
            }
            content.push(Tree::Op(Op::Static(" ".into())));
        } else {
            let kids: Vec<Child> = c.children.iter().map(Child::Node).collect();
            let outer = self.escape_as_haml.replace(true);
            let lowered = self.children(Parent::Comment, strip_inner, &kids);
            self.escape_as_haml.set(outer);
            content = lowered?;
        }
        Ok(match &c.condition {
            Some(condition) => CommentTree {
                kind: if c.revealed {
                    CommentKind::Revealed
                } else {
                    CommentKind::Conditional
                },
                open: format!(
                    "<!--[{}]>{}",
                    comment_condition(condition),
                    if c.revealed { "<!-->" } else { "" }
                ),
                content,
                close: format!("{}<![endif]-->", if c.revealed { "<!--" } else { "" }),
            },
            None => CommentTree {
                kind: CommentKind::Plain,
                open: "<!--".into(),
                content,
                close: "-->".into(),
            },
        })
    }

    fn doctype(&self, d: &Doctype, span: Span) -> Result<String, Error> {
        doctype::doctype(&d.keyword, self.options).map_err(|message| Error::template(message, span))
    }
}

fn element_name(e: &Element) -> &str {
    e.name.as_ref().map_or("div", |n| n.name.as_str())
}

/// The kids of a block in haml's view: the `- if` body, then each
/// `- else if` / `- else` line and its body as siblings; match arms alike.
fn block_kids(s: &Statement) -> Vec<Child<'_>> {
    let mut kids = Vec::new();
    match s {
        Statement::If {
            branches,
            otherwise,
        } => {
            for (i, branch) in branches.iter().enumerate() {
                if i > 0 {
                    kids.push(Child::ElseIf(branch));
                }
                kids.extend(branch.body.iter().map(Child::Node));
            }
            if let Some(block) = otherwise {
                kids.push(Child::Else);
                kids.extend(block.body.iter().map(Child::Node));
            }
        }
        Statement::For { body, .. } | Statement::While { body, .. } | Statement::Loop { body } => {
            kids.extend(body.iter().map(Child::Node));
        }
        Statement::Match { arms, .. } => {
            for arm in arms {
                kids.push(Child::Arm(arm));
                kids.extend(arm.body.iter().map(Child::Node));
            }
        }
        Statement::Let(_) | Statement::Plain(_) => {}
    }
    kids
}

/// haml compiles a text line with `#{` in it (even an escaped one) as Ruby
/// code, which changes the whitespace around it.
fn is_script_text(t: &Text) -> bool {
    t.segments.iter().any(|s| match s {
        Segment::Interpolation(_) => true,
        Segment::Literal(l) => l.contains("#{"),
    })
}

fn text_ops(segments: &[Segment], escape: Escape) -> Vec<Tree> {
    segments
        .iter()
        .map(|s| {
            Tree::Op(match s {
                Segment::Literal(t) => Op::Static(t.clone()),
                Segment::Interpolation(code) => Op::Hole {
                    code: code.clone(),
                    escape,
                },
            })
        })
        .collect()
}

/// haml's condition of a conditional comment: the text inside `[...]` when
/// it has no nested brackets, else the brackets too.
fn comment_condition(inner: &str) -> String {
    let bracketed = format!("[{inner}]");
    let body = inner.trim_start_matches('[').trim_end_matches(']');
    if !body.is_empty() && !body.contains(['[', ']']) {
        inner.to_string()
    } else {
        bracketed
    }
}

/// haml's `rstrip_whitespace!`: remove a trailing newline, looking into
/// sequences and into `- if` blocks.
fn rstrip(list: &mut Vec<Tree>) {
    match list.last_mut() {
        Some(Tree::Newline) => {
            list.pop();
        }
        Some(Tree::Multi(inner)) => rstrip(inner),
        Some(Tree::Block {
            head: Head::If(_),
            body,
        }) => {
            flatten_multis(body);
            rstrip(body);
            // ...and the newline just before `- else`.
            if let Some(i) = body.iter().position(|t| matches!(t, Tree::Mid(Head::Else))) {
                if i > 0 && matches!(body[i - 1], Tree::Newline) {
                    body.remove(i - 1);
                }
            }
        }
        _ => {}
    }
}

fn flatten_multis(list: &mut Vec<Tree>) {
    if !list.iter().any(|t| matches!(t, Tree::Multi(_))) {
        return;
    }
    let old = std::mem::take(list);
    for t in old {
        match t {
            Tree::Multi(mut inner) => {
                flatten_multis(&mut inner);
                list.extend(inner);
            }
            t => list.push(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static text of the template's operations (minified if the
    /// options say so).
    fn render_static(source: &str, options: &Options) -> String {
        let ops = crate::pipeline::operations(source, options).unwrap();
        ops.iter()
            .map(|op| match op {
                Op::Static(s) => s.clone(),
                other => format!("{{{other:?}}}"),
            })
            .collect()
    }

    fn haml() -> Options {
        Options {
            output: crate::options::Output::Haml,
            ..Options::default()
        }
    }

    #[test]
    fn a_template_without_holes_is_one_static_write() {
        let doc = haml_grammar::parse("!!!\n%html\n  %body\n    %p.a#b Hi\n    %br").unwrap();
        let ops = crate::flatten::flatten(lower(&doc, &haml()).unwrap());
        assert_eq!(
            ops,
            vec![Op::Static(
                "<!DOCTYPE html>\n<html>\n<body>\n<p class='a' id='b'>Hi</p>\n<br>\n</body>\n</html>\n"
                    .into()
            )]
        );
    }

    #[test]
    fn xhtml_closes_empty_tags_with_a_slash() {
        let xhtml = |output| Options {
            format: crate::options::Format::Xhtml,
            output,
            ..Options::default()
        };
        let source = "%br\n%img{src: 'a'}\n%p/";
        assert_eq!(
            render_static(source, &xhtml(crate::options::Output::Haml)),
            "<br />\n<img src='a' />\n<p />\n"
        );
        assert_eq!(
            render_static(source, &xhtml(crate::options::Output::Minified)),
            "<br/><img src=\"a\"/><p/>"
        );
    }

    #[test]
    fn whitespace_removal() {
        let o = haml();
        assert_eq!(
            render_static("%p<\n  %a x\n  %b y", &o),
            "<p><a>x</a>\n<b>y</b></p>\n"
        );
        assert_eq!(
            render_static("%li a\n%li> b\n%li c", &o),
            "<li>a</li><li>b</li><li>c</li>\n"
        );
        assert_eq!(render_static("%p\n  %b> x", &o), "<p><b>x</b></p>\n");
        assert_eq!(render_static("%pre\n  a\n  b", &o), "<pre>a\nb</pre>\n");
        // A silent comment at the end stops the removal, as in haml.
        assert_eq!(
            render_static("%p<\n  %a x\n  -# c", &o),
            "<p><a>x</a>\n</p>\n"
        );
    }

    #[test]
    fn holes_and_blocks_are_separate_operations() {
        let doc = haml_grammar::parse("%p= x\n- if a\n  %b y").unwrap();
        let ops = crate::flatten::flatten(lower(&doc, &haml()).unwrap());
        assert!(matches!(&ops[0], Op::Static(s) if s == "<p>"));
        assert!(matches!(
            &ops[1],
            Op::Hole {
                escape: Escape::Html,
                ..
            }
        ));
        assert!(matches!(&ops[2], Op::Static(s) if s == "</p>\n"));
        assert!(matches!(&ops[3], Op::Open(Head::If(_))));
        assert!(matches!(&ops[4], Op::Static(s) if s == "<b>y</b>\n"));
        assert!(matches!(&ops[5], Op::Close));
    }
}
