//! Content-Security-Policy from the template: the pass between flattening
//! and optimisation that reads the flat operations as the browser will read
//! their output.
//!
//! - Every inline `<script>` and `<style>` whose text is static gets its
//!   SHA-256 hash source (`'sha256-...'`), computed here, at compile time,
//!   over exactly the bytes the browser hashes: the element's text.
//! - Static event-handler and `style` attributes get theirs too (a policy
//!   allows them with `'unsafe-hashes'`).
//! - With `csp_nonce = "field"`, every `<script>` and `<style>` start tag the
//!   template writes gets `nonce="..."` from that field.
//! - With `strict_csp = true`, a value in an event-handler or a `style`
//!   attribute is an error (a policy cannot allow it), and so is a script
//!   or a style with values and no nonce to allow it by.
//!
//! The output is one string with a mark (`\u{E000}`) for each operation that
//! is not static text; a small tokenizer finds start tags, attributes,
//! comments and the text of raw-text elements in it.

mod sha256;

pub use sha256::hash_source;

use haml_grammar::{Code, Span};
use haml_html::attributes::AttributeKind;
use haml_html::elements::{is_escapable_raw_text, is_raw_text};
use haml_html::escape::Escape;

use crate::error::Error;
use crate::options::{Options, Output};
use crate::tree::Op;

/// What a policy needs to allow the template's own inline code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// The hash sources of the static inline scripts, in order, once each.
    pub scripts: Vec<String>,
    /// The hash sources of the static inline styles.
    pub styles: Vec<String>,
    /// The hash sources of the static event-handler attributes.
    pub script_attributes: Vec<String>,
    /// The hash sources of the static `style` attributes.
    pub style_attributes: Vec<String>,
    /// Scripts or styles with values in them: only a nonce allows them.
    pub dynamic: bool,
}

/// Stands for an operation that is not static text.
const MARK: char = '\u{E000}';

/// Computes the template's [`Policy`] from its flat operations, and adds
/// the nonce to its script and style start tags if the options name one.
pub fn content_security_policy(ops: &mut Vec<Op>, options: &Options) -> Result<Policy, Error> {
    let mut text = String::new();
    // Where each operation starts in `text`.
    let mut starts = Vec::with_capacity(ops.len());
    for op in ops.iter() {
        starts.push(text.len());
        match op {
            Op::Static(s) => text.push_str(s),
            _ => text.push(MARK),
        }
    }
    let scan = TagScan::new(&text, &starts).scan();
    let mut policy = Policy::default();
    for element in &scan.elements {
        let content = &text[element.content.0..element.content.1];
        let hashes = if element.name == "script" {
            &mut policy.scripts
        } else {
            &mut policy.styles
        };
        if content.contains(MARK) {
            policy.dynamic = true;
            if options.csp.strict && options.csp.nonce.is_none() {
                let span = first_code_span(ops, &starts, element.content);
                return Err(Error::template(
                    format!(
                        "strict_csp: this <{}> holds values, so no hash can allow it; name the \
                         field that holds the request's nonce with `csp_nonce = \"...\"`, or \
                         move the values into data attributes the code reads",
                        element.name
                    ),
                    span,
                ));
            }
        } else {
            push_once(hashes, hash_source(content));
        }
    }
    for attribute in &scan.attributes {
        let dynamic = match attribute.whole {
            Some(index) => match &ops[index] {
                Op::Attribute { kind, .. } => {
                    matches!(kind, AttributeKind::EventHandler | AttributeKind::Style)
                }
                _ => false,
            },
            None => text[attribute.value.0..attribute.value.1].contains(MARK),
        };
        let kind = match attribute.whole {
            Some(index) => match &ops[index] {
                Op::Attribute {
                    kind: AttributeKind::Style,
                    ..
                } => "style",
                Op::Attribute {
                    kind: AttributeKind::EventHandler,
                    ..
                } => "on",
                _ => continue,
            },
            None if attribute.name == "style" => "style",
            None if attribute.name.starts_with("on") => "on",
            None => continue,
        };
        if dynamic {
            if options.csp.strict {
                let range = match attribute.whole {
                    Some(index) => (starts[index], starts[index] + MARK.len_utf8()),
                    None => attribute.value,
                };
                let span = first_code_span(ops, &starts, range);
                let instead = if kind == "style" {
                    "a class (or a `<style>` with the nonce)"
                } else {
                    "a `<script>` with the nonce that adds the listener \
                     (`addEventListener`), reading the value from a data attribute"
                };
                return Err(Error::template(
                    format!(
                        "strict_csp: a value in the `{}` attribute cannot be allowed by a \
                         Content-Security-Policy without 'unsafe-inline'; write {instead}",
                        attribute.name
                    ),
                    span,
                ));
            }
            continue;
        }
        let value = &text[attribute.value.0..attribute.value.1];
        let hashes = if kind == "style" {
            &mut policy.style_attributes
        } else {
            &mut policy.script_attributes
        };
        push_once(hashes, hash_source(value));
    }
    if let Some(nonce) = &options.csp.nonce {
        let quote = match options.output {
            Output::Haml => options.attr_quote,
            Output::Minified => '"',
        };
        // From the last so that earlier positions stay valid.
        for &at in scan.nonce_points.iter().rev() {
            insert_nonce(ops, &starts, at, nonce, quote);
        }
    }
    Ok(policy)
}

fn push_once(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The span of the first hole from the start of `range` on, for errors
/// (a value whose quotes are added at run time may end at a space).
fn first_code_span(ops: &[Op], starts: &[usize], range: (usize, usize)) -> Span {
    for (index, op) in ops.iter().enumerate() {
        if starts[index] < range.0 {
            continue;
        }
        match op {
            Op::Hole { code, .. } | Op::Attribute { code, .. } => return code.span,
            Op::Statement { code, .. } => return code.span,
            _ => {}
        }
    }
    Span::default()
}

/// Writes ` nonce="<the field>"` at byte `at` of the output, inside a
/// static operation.
fn insert_nonce(ops: &mut Vec<Op>, starts: &[usize], at: usize, nonce: &Code, quote: char) {
    let Some(index) = ops.iter().enumerate().position(
        |(i, op)| matches!(op, Op::Static(s) if starts[i] < at && at <= starts[i] + s.len()),
    ) else {
        return;
    };
    let Op::Static(text) = &mut ops[index] else {
        return;
    };
    let after = text.split_off(at - starts[index]);
    let escape = if quote == '"' {
        Escape::DoubleQuoted
    } else {
        Escape::Html
    };
    let inserted = [
        Op::Static(format!(" nonce={quote}")),
        Op::Hole {
            code: nonce.clone(),
            escape,
        },
        Op::Static(format!("{quote}{after}")),
    ];
    ops.splice(index + 1..index + 1, inserted);
}

/// A script or style element whose text the scan found.
struct Element {
    name: &'static str,
    /// The byte range of its text.
    content: (usize, usize),
}

/// An attribute of a start tag.
struct Attribute {
    /// Its name, in lowercase (empty for a whole dynamic attribute).
    name: String,
    /// The byte range of its value.
    value: (usize, usize),
    /// The operation that writes the whole attribute, if one does.
    whole: Option<usize>,
}

/// What the scan found.
#[derive(Default)]
struct Scan {
    elements: Vec<Element>,
    attributes: Vec<Attribute>,
    /// Where `nonce` goes: just after `<script` or `<style`.
    nonce_points: Vec<usize>,
}

/// The tokenizer, over the output with marks.
struct TagScan<'a> {
    text: &'a str,
    /// Where each operation starts in `text`.
    starts: &'a [usize],
    bytes: &'a [u8],
    at: usize,
    scan: Scan,
}

impl<'a> TagScan<'a> {
    fn new(text: &'a str, starts: &'a [usize]) -> Self {
        TagScan {
            text,
            starts,
            bytes: text.as_bytes(),
            at: 0,
            scan: Scan::default(),
        }
    }

    fn scan(mut self) -> Scan {
        while let Some(offset) = self.text[self.at..].find('<') {
            self.at += offset + 1;
            let rest = &self.text[self.at..];
            if rest.starts_with("!--") {
                self.skip_past("-->", 3);
            } else if rest.starts_with('!') || rest.starts_with('?') || rest.starts_with('/') {
                self.skip_past(">", 0);
            } else if rest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
                self.start_tag();
            }
        }
        self.scan
    }

    /// Moves past the next `end` (or to the end of the text), looking from
    /// `skip` bytes on.
    fn skip_past(&mut self, end: &str, skip: usize) {
        let from = (self.at + skip).min(self.text.len());
        self.at = match self.text[from..].find(end) {
            Some(i) => from + i + end.len(),
            None => self.text.len(),
        };
    }

    fn start_tag(&mut self) {
        let name_start = self.at;
        while self.at < self.bytes.len()
            && !self.bytes[self.at].is_ascii_whitespace()
            && !matches!(self.bytes[self.at], b'/' | b'>')
            && !self.at_mark()
        {
            self.at += 1;
        }
        let name = self.text[name_start..self.at].to_ascii_lowercase();
        let special = match name.as_str() {
            "script" => Some("script"),
            "style" => Some("style"),
            _ => None,
        };
        if special.is_some() {
            self.scan.nonce_points.push(self.at);
        }
        let mut has_src = false;
        // Attributes, up to `>`.
        loop {
            while self.at < self.bytes.len()
                && (self.bytes[self.at].is_ascii_whitespace() || self.bytes[self.at] == b'/')
            {
                self.at += 1;
            }
            if self.at >= self.bytes.len() {
                return;
            }
            if self.bytes[self.at] == b'>' {
                self.at += 1;
                break;
            }
            if self.at_mark() {
                // A whole attribute written at run time (or a block).
                let index = self.mark_index(self.at);
                self.scan.attributes.push(Attribute {
                    name: String::new(),
                    value: (self.at, self.at + MARK.len_utf8()),
                    whole: Some(index),
                });
                self.at += MARK.len_utf8();
                continue;
            }
            let attribute_start = self.at;
            while self.at < self.bytes.len()
                && !self.bytes[self.at].is_ascii_whitespace()
                && !matches!(self.bytes[self.at], b'/' | b'>' | b'=')
                && !self.at_mark()
            {
                self.at += 1;
            }
            let attribute = self.text[attribute_start..self.at].to_ascii_lowercase();
            has_src |= attribute == "src";
            if self.at < self.bytes.len() && self.bytes[self.at] == b'=' {
                self.at += 1;
                let value = self.value();
                self.scan.attributes.push(Attribute {
                    name: attribute,
                    value,
                    whole: None,
                });
            } else if attribute.is_empty() {
                // Not an attribute: step over the character.
                self.at += self.text[self.at..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            }
        }
        if !(is_raw_text(&name) || is_escapable_raw_text(&name)) {
            return;
        }
        // The element's text runs to its end tag.
        let content_start = self.at;
        let end = format!("</{name}");
        let lower = self.text[self.at..].to_ascii_lowercase();
        let content_end = match lower.find(&end) {
            Some(i) => self.at + i,
            None => self.text.len(),
        };
        // An external script's text is not run (and not hashed).
        if let Some(special) = special.filter(|s| !(has_src && *s == "script")) {
            self.scan.elements.push(Element {
                name: special,
                content: (content_start, content_end),
            });
        }
        self.at = content_end;
    }

    /// An attribute's value after `=`: its byte range (without quotes).
    fn value(&mut self) -> (usize, usize) {
        match self.bytes.get(self.at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let start = self.at + 1;
                let end = match self.text[start..].find(quote as char) {
                    Some(i) => start + i,
                    None => self.text.len(),
                };
                self.at = (end + 1).min(self.text.len());
                (start, end)
            }
            _ => {
                let start = self.at;
                while self.at < self.bytes.len()
                    && !self.bytes[self.at].is_ascii_whitespace()
                    && self.bytes[self.at] != b'>'
                {
                    self.at += 1;
                }
                (start, self.at)
            }
        }
    }

    /// Whether a mark starts at the current byte (which may be inside a
    /// character: the loops step by bytes).
    fn at_mark(&self) -> bool {
        let mut mark = [0; 3];
        self.bytes[self.at..].starts_with(MARK.encode_utf8(&mut mark).as_bytes())
    }

    /// The operation a mark at byte `at` stands for.
    fn mark_index(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Csp;
    use crate::{compile, SourceFile, TemplatesDir};

    fn options(nonce: bool, strict: bool) -> Options {
        Options {
            csp: Csp {
                nonce: nonce.then(|| Code {
                    text: "nonce".into(),
                    span: Span::default(),
                }),
                strict,
                header: false,
            },
            ..Options::default()
        }
    }

    fn policy(source: &str, options: &Options) -> Result<(Policy, String), String> {
        let template = SourceFile::inline(source, "t", "t");
        let compiled = compile(template, options, &TemplatesDir::none())
            .map_err(|f| f.error.message(&f.files))?;
        let mut shown = String::new();
        for op in &compiled.ops {
            match op {
                Op::Static(s) => shown.push_str(s),
                Op::Hole { code, .. } => shown.push_str(&format!("{{{}}}", code.text)),
                _ => shown.push('$'),
            }
        }
        Ok((compiled.policy, shown))
    }

    #[test]
    fn static_scripts_and_styles_are_hashed_as_written() {
        let (p, out) = policy(
            "%script alert(1);\n:javascript\n  go();\n%style p{color:red}\n:css\n  a { b: c }",
            &Options::default(),
        )
        .unwrap();
        let text = |open: &str, close: &str| {
            let (_, rest) = out.split_once(open).unwrap();
            rest.split_once(close).unwrap().0.to_string()
        };
        assert_eq!(p.scripts[0], hash_source("alert(1);"));
        let filter = out
            .split("<script>")
            .nth(2)
            .unwrap()
            .split("</script>")
            .next()
            .unwrap();
        assert_eq!(p.scripts[1], hash_source(filter));
        assert_eq!(p.styles[0], hash_source(&text("<style>", "</style>")));
        assert_eq!(p.styles.len(), 2);
        assert!(!p.dynamic);
    }

    #[test]
    fn external_and_repeated_scripts_add_no_hash() {
        let (p, _) = policy(
            "%script{src: \"/a.js\"}\n%script x();\n%script x();",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(p.scripts, vec![hash_source("x();")]);
    }

    #[test]
    fn scripts_with_values_need_the_nonce() {
        let source = "%script var a = #{a};\n%p.x= a";
        let (p, _) = policy(source, &Options::default()).unwrap();
        assert!(p.dynamic && p.scripts.is_empty());
        let error = policy(source, &options(false, true)).unwrap_err();
        assert!(
            error.contains("strict_csp") && error.contains("csp_nonce"),
            "{error}"
        );
        assert!(error.contains("t:1:"), "{error}");
        assert!(policy(source, &options(true, true)).is_ok());
    }

    #[test]
    fn every_script_and_style_start_tag_gets_the_nonce() {
        let (_, out) = policy(
            "%script{type: \"module\"} go();\n:javascript\n  x();\n%style{media: \"print\"} p{}\n:css\n  a{}\n%p <script>",
            &options(true, false),
        )
        .unwrap();
        // Static markup in text is markup to the browser too.
        assert_eq!(out.matches("nonce=\"{nonce}\"").count(), 5, "{out}");
        assert!(
            out.starts_with("<script nonce=\"{nonce}\" type=module>"),
            "{out}"
        );
        let haml = Options {
            output: Output::Haml,
            ..options(true, false)
        };
        let (_, out) = policy("%script x();", &haml).unwrap();
        assert_eq!(out, "<script nonce='{nonce}'>x();</script>\n");
    }

    #[test]
    fn strict_csp_refuses_values_in_handlers_and_style_attributes() {
        for source in [
            "%button{onclick: \"go('#{a}')\"} x",
            "%button{onclick: a} x",
            "%p{style: \"color: #{a}\"} x",
            "%p(style=a) x",
        ] {
            let error = policy(source, &options(true, true)).unwrap_err();
            assert!(error.contains("strict_csp"), "{source}: {error}");
            assert!(error.contains("t:1:"), "{source}: {error}");
            assert!(policy(source, &options(true, false)).is_ok());
        }
        let (p, _) = policy(
            "%button{onclick: \"go()\"} x\n%p{style: \"color: red\"} y\n%p{title: a} z",
            &options(true, true),
        )
        .unwrap();
        assert_eq!(p.script_attributes, vec![hash_source("go()")]);
        assert_eq!(p.style_attributes, vec![hash_source("color: red")]);
    }

    #[test]
    fn text_in_any_script_is_safe_to_scan() {
        // Multi-byte text, comments, unclosed tags: no panic.
        for source in [
            "%p été <a\n%script été",
            "/ <script>\n%script x",
            "%textarea <script>\n%p x",
            "%p{title: \"<script>\"} x",
            "<",
            "%script",
        ] {
            let _ = policy(source, &options(true, true));
        }
    }
}
