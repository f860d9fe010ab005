//! A compact, one-line-per-node printing of the syntax tree, so tests can
//! state the whole shape of a parse in a few readable lines.

use haml_grammar::*;

pub fn sexp(source: &str) -> String {
    match parse(source) {
        Ok(doc) => {
            let mut out = String::new();
            nodes(&doc.nodes, 0, &mut out);
            out
        }
        Err(e) => panic!("{source:?} did not parse:\n{e}"),
    }
}

fn nodes(list: &[Node], depth: usize, out: &mut String) {
    for n in list {
        node(n, depth, out);
    }
}

fn line(depth: usize, text: &str, out: &mut String) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(text);
    out.push('\n');
}

pub fn segments(segs: &[Segment]) -> String {
    segs.iter()
        .map(|s| match s {
            Segment::Literal(t) => format!("{t:?}"),
            Segment::Interpolation(c) => format!("#{{{}}}", c.text),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn text(t: &Text) -> String {
    let mode = match t.escape {
        TextEscape::Default => "",
        TextEscape::Always => "&",
        TextEscape::Never => "!",
    };
    format!("{mode}{}", segments(&t.segments))
}

fn output(o: &Output) -> String {
    let op = match o.kind {
        OutputKind::Default => "=",
        OutputKind::Escaped => "&=",
        OutputKind::Raw => "!=",
        OutputKind::Preserve => "~",
        OutputKind::EscapedPreserve => "&~",
        OutputKind::RawPreserve => "!~",
    };
    format!("{op} {}", o.code.text)
}

fn attributes(attrs: &[Attribute]) -> String {
    attrs
        .iter()
        .map(|a| {
            let v = match &a.value {
                AttributeValue::Str(s) => segments(s),
                AttributeValue::Code(c) => format!("<{}>", c.text),
                AttributeValue::Hash(h) => format!("{{{}}}", attributes(h)),
                AttributeValue::Bare => "bare".to_string(),
            };
            format!("{}={v}", a.name.name)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn node(n: &Node, depth: usize, out: &mut String) {
    match &n.kind {
        NodeKind::Doctype(d) => line(depth, &format!("doctype {:?}", d.keyword), out),
        NodeKind::Element(e) => {
            let mut head = match &e.name {
                Some(n) => format!("%{}", n.name),
                None => "%(div)".to_string(),
            };
            for s in &e.shortcuts {
                match s {
                    Shortcut::Class(n) => head.push_str(&format!(".{}", n.name)),
                    Shortcut::Id(n) => head.push_str(&format!("#{}", n.name)),
                }
            }
            for g in &e.attribute_groups {
                let (open, close) = match g.style {
                    AttributeStyle::Hash => ('{', '}'),
                    AttributeStyle::Html => ('(', ')'),
                };
                head.push_str(&format!("{open}{}{close}", attributes(&g.attributes)));
            }
            if e.remove_outer_whitespace {
                head.push('>');
            }
            if e.remove_inner_whitespace {
                head.push('<');
            }
            if e.self_closing {
                head.push('/');
            }
            match &e.content {
                Content::Empty => line(depth, &head, out),
                Content::Text(t) => line(depth, &format!("{head} {}", text(t)), out),
                Content::Output(o) => line(depth, &format!("{head} {}", output(o)), out),
                Content::Children(c) => {
                    line(depth, &head, out);
                    nodes(c, depth + 1, out);
                }
            }
        }
        NodeKind::Text(t) => line(depth, &format!("text {}", text(t)), out),
        NodeKind::Output(o) => line(depth, &output(o), out),
        NodeKind::SilentComment(t) => line(depth, &format!("-# {t:?}"), out),
        NodeKind::Include(i) => line(depth, &format!("include {:?}", i.path), out),
        NodeKind::Comment(c) => {
            let mut head = "/".to_string();
            if c.revealed {
                head.push('!');
            }
            if let Some(cond) = &c.condition {
                head.push_str(&format!("[{cond}]"));
            }
            if !c.text.segments.is_empty() {
                head.push_str(&format!(" {}", text(&c.text)));
            }
            line(depth, &head, out);
            nodes(&c.children, depth + 1, out);
        }
        NodeKind::Filter(f) => {
            line(depth, &format!(":{}", f.name.name), out);
            for l in &f.lines {
                line(
                    depth + 1,
                    &format!("| {:?} {}", l.raw, segments(&l.segments)),
                    out,
                );
            }
        }
        NodeKind::Statement(s) => match s {
            Statement::If {
                branches,
                otherwise,
            } => {
                for (i, b) in branches.iter().enumerate() {
                    let kw = if i == 0 { "if" } else { "else if" };
                    line(depth, &format!("- {kw} <{}>", b.condition.text), out);
                    nodes(&b.body, depth + 1, out);
                }
                if let Some(o) = otherwise {
                    line(depth, "- else", out);
                    nodes(&o.body, depth + 1, out);
                }
            }
            Statement::For {
                pattern,
                iterable,
                body,
            } => {
                line(
                    depth,
                    &format!("- for <{}> in <{}>", pattern.text, iterable.text),
                    out,
                );
                nodes(body, depth + 1, out);
            }
            Statement::While { condition, body } => {
                line(depth, &format!("- while <{}>", condition.text), out);
                nodes(body, depth + 1, out);
            }
            Statement::Loop { body } => {
                line(depth, "- loop", out);
                nodes(body, depth + 1, out);
            }
            Statement::Match { scrutinee, arms } => {
                line(depth, &format!("- match <{}>", scrutinee.text), out);
                for a in arms {
                    line(depth + 1, &format!("- <{}> =>", a.pattern.text), out);
                    nodes(&a.body, depth + 2, out);
                }
            }
            Statement::Let(c) => line(depth, &format!("- let <{}>", c.text), out),
            Statement::Plain(c) => line(depth, &format!("- <{}>", c.text), out),
        },
    }
}
