//! `:plain`, `:escaped`, `:preserve`, `:javascript`, `:css` and `:cdata`,
//! written as haml 6.1.1 writes them.
//!
//! haml reads a filter body as its lines, each followed by a newline.
//! Filters without `#{` trim trailing whitespace from that text; `:plain`
//! with `#{` does not (so it ends in an extra newline). haml writes `#{}`
//! values as they are, except in `:escaped`, which escapes everything; the
//! caller says how they are escaped (see `Lowerer::filter_escape`).

use haml_grammar::{Filter, Segment};
use haml_html::escape::escape_html;

use crate::options::{Format, Options};
use crate::tree::{Escape, Op};

/// The operations of one filter (the newline after it is not included);
/// `#{}` values are escaped as `values` says.
pub(super) fn filter_ops(filter: &Filter, options: &Options, values: Escape) -> Vec<Op> {
    let interpolated = filter.lines.iter().any(|l| l.raw.contains("#{"));
    let xhtml = options.format == Format::Xhtml;
    let mut out = Vec::new();
    match filter.name.name.as_str() {
        "plain" => {
            body(filter, "", !interpolated, values, &mut out);
            // haml keeps the blank lines after an interpolated body.
            if interpolated && filter.trailing_blank_lines > 0 {
                out.push(Op::Static("\n".repeat(filter.trailing_blank_lines)));
            }
        }
        "escaped" => {
            let mut raw = Vec::new();
            body(filter, "", true, values, &mut raw);
            out.extend(raw.into_iter().map(|op| match op {
                Op::Static(s) => Op::Static(escape_html(&s)),
                op => op,
            }));
        }
        "preserve" => {
            let mut raw = Vec::new();
            body(filter, "", true, values, &mut raw);
            raw.push(Op::Static("\n".into()));
            out.extend(raw.into_iter().map(|op| match op {
                Op::Static(s) => Op::Static(s.replace('\n', "&#x000A;")),
                op => op,
            }));
        }
        "javascript" | "css" => {
            let (tag, kind, open, close) = if filter.name.name == "javascript" {
                ("script", "text/javascript", "//<![CDATA[", "//]]>")
            } else {
                ("style", "text/css", "/*<![CDATA[*/", "/*]]>*/")
            };
            if xhtml {
                out.push(Op::Static(format!("<{tag} type='{kind}'>\n  {open}\n")));
                body(filter, "    ", true, values, &mut out);
                out.push(Op::Static(format!("\n  {close}\n</{tag}>")));
            } else {
                out.push(Op::Static(format!("<{tag}>\n")));
                body(filter, "  ", true, values, &mut out);
                out.push(Op::Static(format!("\n</{tag}>")));
            }
        }
        "cdata" => {
            out.push(Op::Static("<![CDATA[\n".into()));
            body(filter, "    ", true, values, &mut out);
            out.push(Op::Static("\n]]>".into()));
        }
        // The parser accepts no other name.
        _ => {}
    }
    out
}

/// The body: each line with `prefix` before it and a newline after it;
/// with `trim`, trailing whitespace of the whole text is dropped first.
/// Interpolated values are escaped as `values` says.
fn body(filter: &Filter, prefix: &str, trim: bool, values: Escape, out: &mut Vec<Op>) {
    let mut lines: Vec<Vec<Segment>> = filter.lines.iter().map(|l| l.segments.clone()).collect();
    if trim {
        // Drop trailing blank lines, then trailing whitespace of the last.
        while let Some(last) = lines.last_mut() {
            if let Some(Segment::Literal(s)) = last.last_mut() {
                s.truncate(s.trim_end().len());
                if s.is_empty() {
                    last.pop();
                }
            }
            if last.is_empty() {
                lines.pop();
            } else {
                break;
            }
        }
        if lines.is_empty() {
            // haml's `"".gsub(/^/, prefix)` still writes the prefix once.
            out.push(Op::Static(prefix.to_string()));
            return;
        }
    }
    for (i, segments) in lines.iter().enumerate() {
        let mut text = String::from(prefix);
        for s in segments {
            match s {
                Segment::Literal(t) => text.push_str(t),
                Segment::Interpolation(code) => {
                    out.push(Op::Static(std::mem::take(&mut text)));
                    out.push(Op::Hole {
                        code: code.clone(),
                        escape: values,
                    });
                }
            }
        }
        if !trim || i + 1 < lines.len() {
            text.push('\n');
        }
        out.push(Op::Static(text));
    }
}
