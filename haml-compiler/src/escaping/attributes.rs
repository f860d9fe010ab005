//! Attribute values written at run time, escaped for what the attribute is
//! to the browser: a URL, an event handler (JavaScript), a style (CSS), a
//! document (`srcdoc`). Lowering marks each such value with its place
//! ([`ValuePlace`]); ordinary attributes keep the escaping lowering gave.

use haml_grammar::Segment;

use super::lexer::{Language, Lexer};
use super::url::url_escapes;
use crate::error::Error;
use crate::tree::{AttributeKind, Escape, Op, PlacedValue, Tree, UrlCheck, ValuePlace};

/// Escapes the attribute values of every element in `list`.
pub(super) fn escape_attribute_values(list: &mut [Tree]) -> Result<(), Error> {
    for tree in list {
        match tree {
            Tree::Element(e) => {
                start_tag(&mut e.start)?;
                escape_attribute_values(&mut e.content)?;
            }
            Tree::Multi(inner) | Tree::Block { body: inner, .. } => escape_attribute_values(inner)?,
            Tree::Comment(c) => escape_attribute_values(&mut c.content)?,
            Tree::Op(_) | Tree::Newline | Tree::Filter { .. } | Tree::Doctype(_) | Tree::Mid(_) => {
            }
        }
    }
    Ok(())
}

/// The operations of one start tag.
fn start_tag(ops: &mut Vec<Op>) -> Result<(), Error> {
    let mut i = 0;
    let mut unneeded = Vec::new();
    while i < ops.len() {
        match &mut ops[i] {
            Op::Attribute {
                kind,
                escape,
                check,
                ..
            } => (*escape, *check) = whole_value(*kind, *escape),
            Op::ValueStart(place) => {
                if let Some(place) = place.take() {
                    let end = value(ops, i, &place)?;
                    // A value that is neither checked nor quoted at run time
                    // needs no marks.
                    if let Op::ValueEnd {
                        check: UrlCheck::None,
                        quote: false,
                    } = ops[end]
                    {
                        unneeded.extend([i, end]);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    for at in unneeded.into_iter().rev() {
        ops.remove(at);
    }
    Ok(())
}

/// The escaping of a value that is an attribute's whole value, and the
/// check of the finished value.
fn whole_value(kind: AttributeKind, plain: Escape) -> (Escape, UrlCheck) {
    match kind {
        AttributeKind::Plain => (plain, UrlCheck::None),
        AttributeKind::Url(check) => (Escape::Url, check),
        AttributeKind::EventHandler => (Escape::JsValue { attribute: true }, UrlCheck::None),
        AttributeKind::Style => (Escape::CssValue { attribute: true }, UrlCheck::None),
        AttributeKind::Srcdoc => (Escape::Srcdoc, UrlCheck::None),
    }
}

/// Escapes the value that starts at `ops[start]` (a `ValueStart` of
/// `place`); returns the index of its `ValueEnd`.
fn value(ops: &mut [Op], start: usize, place: &ValuePlace) -> Result<usize, Error> {
    let end = (start..ops.len())
        .find(|&i| matches!(ops[i], Op::ValueEnd { .. }))
        .unwrap_or(ops.len() - 1);
    let (escapes, checked) = match &place.value {
        PlacedValue::Interpolated(segments) => interpolated(place.kind, segments)?,
        PlacedValue::Array(span) => match place.kind {
            AttributeKind::Plain => (None, UrlCheck::None),
            AttributeKind::Url(check) => (None, check),
            AttributeKind::EventHandler | AttributeKind::Style | AttributeKind::Srcdoc => {
                return Err(Error::template(
                    format!(
                        "`{}` takes one value, not an array: its items would be joined into \
                         code; build the value in Rust",
                        place.name
                    ),
                    *span,
                ))
            }
        },
    };
    if let Some(escapes) = escapes {
        let mut escapes = escapes.into_iter();
        for op in &mut ops[start..end] {
            if let Op::Hole { escape, .. } = op {
                // `None`: the escaping lowering chose, as for any attribute.
                if let Some(Some(e)) = escapes.next() {
                    *escape = e;
                }
            }
        }
    }
    if let Op::ValueEnd { check, .. } = &mut ops[end] {
        *check = checked;
    }
    Ok(end)
}

/// The escaping of each `#{}` of a value, in order (`None`: as lowering
/// left it, as for any attribute).
type HoleEscapes = Vec<Option<Escape>>;

/// The escaping of each `#{}` of an attribute value written as a string
/// (`None`: as lowering left them all), and the check of the finished value.
fn interpolated(
    kind: AttributeKind,
    segments: &[Segment],
) -> Result<(Option<HoleEscapes>, UrlCheck), Error> {
    let holes = segments
        .iter()
        .filter(|s| matches!(s, Segment::Interpolation(_)))
        .count();
    Ok(match kind {
        AttributeKind::Plain => (None, UrlCheck::None),
        AttributeKind::Srcdoc => (Some(vec![Some(Escape::Srcdoc); holes]), UrlCheck::None),
        AttributeKind::Url(check) => {
            let (escapes, check) = url_escapes(check, segments)?;
            (Some(escapes), check)
        }
        AttributeKind::EventHandler | AttributeKind::Style => {
            let language = if kind == AttributeKind::EventHandler {
                Language::Js
            } else {
                Language::Css
            };
            let mut lexer = Lexer::new(language);
            let mut escapes = Vec::new();
            for s in segments {
                match s {
                    Segment::Literal(t) => lexer.scan(t),
                    Segment::Interpolation(code) => escapes.push(Some(lexer.hole(code, true)?)),
                }
            }
            (Some(escapes), UrlCheck::None)
        }
    })
}
