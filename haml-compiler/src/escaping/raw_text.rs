//! Values inside the elements whose content is text to the HTML parser:
//! `<script>` and `<style>` (and the `:javascript` and `:css` filters), whose
//! values are escaped for their place in the JavaScript or CSS around them;
//! `<textarea>`, `<title>` and the other text-only elements, and comments,
//! where markup nested in the template is text too and every value escapes
//! `<` (or `>`), so nothing can end the element early.

use haml_grammar::Span;
use haml_html::elements::{
    breaks_out_of_foreign_content, content_is_text, is_foreign_root, is_integration_point,
    script_type_runs,
};

use super::lexer::{Language, Lexer, LexerState};
use crate::error::Error;
use crate::tree::{for_each_op, walk, walk_own_text, Escape, Op, Step, Tree};

/// Escapes the values in the raw text elements, filters and comments of
/// `list`; `foreign` says whether it stands in SVG or MathML, where the
/// HTML parser reads the content of `script` and `style` as markup.
pub(super) fn escape_raw_text(list: &mut [Tree], foreign: bool) -> Result<(), Error> {
    for tree in list {
        match tree {
            Tree::Element(e) => {
                let name = e.name.to_ascii_lowercase();
                // Where the content stands: SVG and MathML start foreign
                // content; integration points and the elements the parser
                // moves out of it are HTML again.
                let inner_foreign = if is_foreign_root(&name) {
                    true
                } else if is_integration_point(&name) || breaks_out_of_foreign_content(&name) {
                    false
                } else {
                    foreign
                };
                if foreign && !breaks_out_of_foreign_content(&name) {
                    if let Some(language) = match name.as_str() {
                        "script" => Some(Language::Js),
                        "style" => Some(Language::Css),
                        _ => None,
                    } {
                        // An SVG `<script>` (`<style>`): its text is
                        // JavaScript (CSS) after the parser decodes it, and
                        // markup in it is markup: the elements nested in the
                        // template keep their own escaping, the text around
                        // them is scanned. (JavaScript and CSS escapes leave
                        // no `&` or `<` for the parser to read.)
                        escape_raw_text(&mut e.content, inner_foreign)?;
                        let mut scan = Scan::new(language, 0);
                        walk_own_text(&mut e.content, &mut |step| scan.step(step));
                        scan.finish()?;
                        continue;
                    }
                    // Any other element there is foreign too, `title`,
                    // `textarea`, `noscript` and `iframe` included: the
                    // parser reads its content as markup, not as text.
                    escape_raw_text(&mut e.content, inner_foreign)?;
                    continue;
                }
                let language = match name.as_str() {
                    // A script whose type is known to be data or markup for
                    // a client-side framework (`text/x-template`) is not
                    // run: its values keep HTML escaping.
                    "script" if script_is_inert(&e.start) => None,
                    "script" => Some(Language::Js),
                    "style" => Some(Language::Css),
                    // Text that ends at `</textarea` (...) wherever it
                    // stands: markup nested in the template is text there,
                    // and its attribute values must escape `<` too.
                    name if content_is_text(name) => {
                        html_escape_values(&mut e.content, true);
                        continue;
                    }
                    _ => {
                        escape_raw_text(&mut e.content, inner_foreign)?;
                        continue;
                    }
                };
                // Raw text ends at the first `</script` (`</style`) wherever
                // it stands, attribute values of markup inside included:
                // every value there escapes `<`.
                html_escape_values(&mut e.content, language.is_none());
                if let Some(language) = language {
                    let mut scan = Scan::new(language, 0);
                    walk(&mut e.content, &mut |step| scan.step(step));
                    scan.finish()?;
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
                let mut scan = Scan::new(language, skip);
                ops.iter_mut().for_each(|op| scan.step(Step::Op(op)));
                scan.finish()?;
            }
            Tree::Multi(inner) | Tree::Block { body: inner, .. } => {
                escape_raw_text(inner, foreign)?
            }
            // A comment ends at the first `-->` or `--!>`: attribute values
            // of markup inside it escape `>` too.
            Tree::Comment(c) => html_escape_values(&mut c.content, true),
            Tree::Op(_) | Tree::Newline | Tree::Doctype(_) | Tree::Mid(_) => {}
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
fn html_escape_values(content: &mut [Tree], holes: bool) {
    let upgrade = |escape: &mut Escape| {
        if *escape == Escape::DoubleQuoted {
            *escape = Escape::Html;
        }
    };
    for_each_op(content, &mut |op| match op {
        Op::Hole { escape, .. } if holes => upgrade(escape),
        Op::Attribute { escape, .. }
        | Op::Merge { escape, .. }
        | Op::ClassAttribute { escape, .. } => upgrade(escape),
        _ => {}
    });
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
    match attribute_value(&tag, "type") {
        Some(kind) => !script_type_runs(&kind),
        None => false,
    }
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

/// The scan of a script's or style's content, in output order: each value
/// gets the escaping of its place. Values written unescaped on purpose
/// (`!=`, `escape_html: false`) keep that.
struct Scan {
    lexer: Lexer,
    /// Bytes of the first text that are not part of the body.
    skip: usize,
    /// The state at each open block, to compare with its end.
    blocks: Vec<(LexerState, Span)>,
    /// The last template position seen, for blocks without code (`- else`).
    last: Span,
    /// The first error.
    error: Option<Error>,
}

impl Scan {
    fn new(language: Language, skip: usize) -> Scan {
        Scan {
            lexer: Lexer::new(language),
            skip,
            blocks: Vec::new(),
            last: Span::default(),
            error: None,
        }
    }

    fn step(&mut self, step: Step<'_>) {
        if self.error.is_some() {
            return;
        }
        let skip = std::mem::take(&mut self.skip);
        match step {
            Step::Op(Op::Static(s)) => self.lexer.scan(s.get(skip..).unwrap_or("")),
            Step::Text(text) => self.lexer.scan(text),
            Step::Op(Op::Hole { escape, code }) if *escape != Escape::None => {
                self.last = code.span;
                match self.lexer.hole(code, false) {
                    Ok(e) => *escape = e,
                    Err(e) => self.error = Some(e),
                }
            }
            Step::Op(_) => {}
            Step::Open(head) => {
                if let Some(code) = head.code() {
                    self.last = code.span;
                }
                self.blocks.push((self.lexer.state(), self.last));
            }
            Step::Close => {
                if let Some((start, span)) = self.blocks.pop() {
                    if start != self.lexer.state() {
                        let what = self.lexer.language_name();
                        let message = format!(
                            "this block of a {what} body ends in another {what} context than it \
                             starts (inside a string, a comment or a template literal): close \
                             them within the block, so each value's escaping is known"
                        );
                        self.error = Some(Error::template(message, span));
                    }
                }
            }
        }
    }

    fn finish(self) -> Result<(), Error> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Op::ValueStart(None),
            Op::Static(">".into())
        ]));
    }
}
