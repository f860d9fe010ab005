//! Attributes as haml 6.1.1 writes them: sorted by name; `class` and `id`
//! merged from the shortcuts, the HTML-style list and the hash; boolean
//! attributes bare; `data:` / `aria:` hashes flattened. What is known at
//! compile time becomes static text; the rest becomes runtime operations.

use std::collections::BTreeMap;

use haml_grammar::{Attribute, AttributeStyle, AttributeValue, Code, Element, Segment, Shortcut};

use haml_html::attributes::{attribute_kind, is_haml_boolean, unquoted_ok};
use haml_html::escape::escape_html;
use haml_html::references::starts_reference;

use crate::error::Error;
use crate::options::{Format, Options, Output};
use crate::tree::{
    AttributeKind, Escape, Head, MergeKind, Op, PlacedValue, Source, UrlCheck, ValuePlace,
};

/// A value known at compile time.
#[derive(Clone, Debug, PartialEq)]
enum Fixed {
    Str(String),
    Bool(bool),
    /// `None`: no value.
    Nil,
}

/// One value given for an attribute.
#[derive(Clone, Debug)]
enum Value {
    Fixed(Fixed),
    /// A string with `#{}` interpolation.
    Interpolated(Vec<Segment>),
    /// A Rust expression.
    Code(Code),
    /// An array literal, item by item (for `class` and `id`).
    Array(Vec<Value>),
    /// A nested hash (`data: {...}`).
    Hash(Vec<Attribute>),
}

/// The operations that write the attributes of `element`.
///
/// Each value written at run time gets the escaping of an ordinary
/// attribute; where the attribute is something else to the browser (a
/// URL, an event handler, a style), its value is marked with its
/// [`ValuePlace`] and the contextual escaping pass decides.
pub(super) fn lower_attributes(
    element: &Element,
    options: &Options,
    out: &mut Vec<Op>,
) -> Result<(), Error> {
    let mut values: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    // Shortcuts: classes joined in order, the last id.
    let classes: Vec<&str> = element
        .shortcuts
        .iter()
        .filter_map(|s| match s {
            Shortcut::Class(n) => Some(n.name.as_str()),
            Shortcut::Id(_) => None,
        })
        .collect();
    let mut fixed: BTreeMap<String, Fixed> = BTreeMap::new();
    if !classes.is_empty() {
        fixed.insert("class".into(), Fixed::Str(classes.join(" ")));
    }
    if let Some(id) = element.shortcuts.iter().rev().find_map(|s| match s {
        Shortcut::Id(n) => Some(n.name.clone()),
        Shortcut::Class(_) => None,
    }) {
        fixed.insert("id".into(), Fixed::Str(id));
    }
    // HTML-style: static values merge into the shortcuts (as haml's parser
    // does); the others come after them. The hash comes last.
    let mut html: BTreeMap<String, Value> = BTreeMap::new();
    let mut hash: BTreeMap<String, Value> = BTreeMap::new();
    for group in &element.attribute_groups {
        for attribute in &group.attributes {
            let value = value_of(&attribute.value);
            match group.style {
                AttributeStyle::Html => match value {
                    Value::Fixed(v) => {
                        html.remove(&attribute.name.name);
                        merge_fixed(&mut fixed, &attribute.name.name, v);
                    }
                    v => {
                        html.insert(attribute.name.name.clone(), v);
                    }
                },
                AttributeStyle::Hash => {
                    hash.insert(attribute.name.name.clone(), value);
                }
            }
        }
    }
    for (key, v) in fixed {
        values.entry(key).or_default().push(Value::Fixed(v));
    }
    for (key, v) in html.into_iter().chain(hash) {
        values.entry(key).or_default().push(v);
    }
    let element_name = element.name.as_ref().map_or("div", |n| n.name.as_str());
    let refresh = element_name.eq_ignore_ascii_case("meta")
        && values.keys().any(|k| k.eq_ignore_ascii_case("http-equiv"));
    let writer = Writer {
        options,
        minify: options.output == Output::Minified,
        html: options.format != Format::Xhtml,
        element: element_name,
        refresh,
    };
    let mut entries = Entries::default();
    for (key, values) in values {
        match key.as_str() {
            "id" => writer.merged(&key, MergeKind::Ids, values, &mut entries)?,
            "class" => {
                // Minified, one dynamic value is joined as it is (a
                // duplicate in it costs bytes, not correctness).
                let kind = if values.len() == 1 {
                    MergeKind::SingleClass
                } else if writer.minify {
                    MergeKind::SortedClasses
                } else {
                    MergeKind::Classes
                };
                writer.merged(&key, kind, values, &mut entries)?
            }
            "data" | "aria" => writer.data(&key, values, &mut entries)?,
            _ if is_haml_boolean(&key) => writer.single(&key, values, true, &mut entries)?,
            _ => writer.single(&key, values, false, &mut entries)?,
        }
    }
    if writer.minify {
        // Minified: sorted by the name written (haml keeps `data-*` from a
        // `data:` hash at the place of `data`), and a static attribute
        // written again is dropped: browsers keep the first one.
        entries.0.sort_by(|a, b| a.name.cmp(&b.name));
        let mut seen: Vec<String> = Vec::new();
        entries.0.retain(|e| {
            if seen.contains(&e.name) {
                return false;
            }
            if e.fixed {
                seen.push(e.name.clone());
            }
            true
        });
    }
    for entry in entries.0 {
        out.extend(entry.ops);
    }
    Ok(())
}

/// The attributes of one element, each with the operations that write it.
#[derive(Default)]
struct Entries(Vec<Entry>);

struct Entry {
    name: String,
    /// Always written the same way (known at compile time).
    fixed: bool,
    ops: Vec<Op>,
}

impl Entries {
    fn push(&mut self, name: &str, fixed: bool, ops: Vec<Op>) {
        self.0.push(Entry {
            name: name.to_string(),
            fixed,
            ops,
        });
    }
}

/// haml's `AttributeMerger`: how a static HTML-style attribute merges into
/// what the shortcuts gave.
fn merge_fixed(fixed: &mut BTreeMap<String, Fixed>, key: &str, value: Fixed) {
    let merged = match (key, fixed.remove(key), value) {
        ("class", Some(Fixed::Str(to)), Fixed::Str(from)) => {
            let mut classes: Vec<&str> = Vec::new();
            for c in to.split_whitespace().chain(from.split_whitespace()) {
                if !classes.contains(&c) {
                    classes.push(c);
                }
            }
            Fixed::Str(classes.join(" "))
        }
        ("id", Some(Fixed::Str(to)), Fixed::Str(from)) => Fixed::Str(format!("{to}_{from}")),
        (_, _, value) => value,
    };
    fixed.insert(key.to_string(), merged);
}

/// What an attribute value is, folding literals.
fn value_of(value: &AttributeValue) -> Value {
    match value {
        AttributeValue::Bare => Value::Fixed(Fixed::Bool(true)),
        AttributeValue::Hash(h) => Value::Hash(h.clone()),
        AttributeValue::Str(segments) => match segments.as_slice() {
            [] => Value::Fixed(Fixed::Str(String::new())),
            [Segment::Literal(s)] => Value::Fixed(Fixed::Str(s.clone())),
            _ => Value::Interpolated(segments.clone()),
        },
        AttributeValue::Code(code) => code_value(code),
    }
}

/// Literal Rust values fold at compile time: `true`, `false`, `None`,
/// integers, string literals; `[a, b]` is split into its items.
fn code_value(code: &Code) -> Value {
    let text = code.text.as_str();
    match text {
        "true" => return Value::Fixed(Fixed::Bool(true)),
        "false" => return Value::Fixed(Fixed::Bool(false)),
        "None" => return Value::Fixed(Fixed::Nil),
        _ => {}
    }
    // Only literals and arrays fold: skip the parse for anything else.
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return Value::Fixed(Fixed::Str(t.to_string()));
    }
    let literal_start = t.starts_with(['"', '\'', '['])
        || t.starts_with(|c: char| c.is_ascii_digit())
        || t.starts_with("r\"")
        || t.starts_with("r#");
    if !literal_start {
        if let Some(segments) = super::format_args::as_interpolation(code) {
            return Value::Interpolated(segments);
        }
        return Value::Code(code.clone());
    }
    match syn::parse_str::<syn::Expr>(text) {
        Ok(syn::Expr::Lit(lit)) => match &lit.lit {
            syn::Lit::Str(s) => Value::Fixed(Fixed::Str(s.value())),
            syn::Lit::Int(i) => Value::Fixed(Fixed::Str(i.base10_digits().to_string())),
            syn::Lit::Char(c) => Value::Fixed(Fixed::Str(c.value().to_string())),
            _ => Value::Code(code.clone()),
        },
        Ok(syn::Expr::Array(array)) => Value::Array(
            array
                .elems
                .iter()
                .map(|item| {
                    let text = quote::ToTokens::to_token_stream(item).to_string();
                    // A string item interpolates, as haml's strings do
                    // wherever they stand.
                    if let Some(segments) = interpolated_literal(&text, code.span) {
                        return Value::Interpolated(segments);
                    }
                    code_value(&Code {
                        text,
                        span: code.span,
                    })
                })
                .collect(),
        ),
        _ => Value::Code(code.clone()),
    }
}

/// The pieces of a double-quoted string literal (`"item-#{i}"`, as Rust
/// writes it) that holds `#{}`, or `None` for any other text.
fn interpolated_literal(text: &str, span: haml_grammar::Span) -> Option<Vec<Segment>> {
    let body = text.strip_prefix('"')?.strip_suffix('"')?;
    if !body.contains("#{") {
        return None;
    }
    // A literal piece, its escapes resolved as Rust resolves them.
    let literal = |piece: &str| -> Option<String> {
        syn::parse_str::<syn::LitStr>(&format!("\"{piece}\""))
            .ok()
            .map(|l| l.value())
    };
    let mut segments = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("#{") {
        // `#{ ... }` with nested braces.
        let mut depth = 0;
        let mut end = None;
        for (i, c) in rest[start + 2..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    end = Some(start + 2 + i);
                    break;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        let end = end?;
        segments.push(Segment::Literal(literal(&rest[..start])?));
        // The token stream spelled the code with its own spaces; the
        // expression inside is Rust again once unescaped.
        let code = literal(&rest[start + 2..end])?;
        segments.push(Segment::Interpolation(Code {
            text: code.trim().to_string(),
            span,
        }));
        rest = &rest[end + 1..];
    }
    segments.push(Segment::Literal(literal(rest)?));
    segments.retain(|s| !matches!(s, Segment::Literal(l) if l.is_empty()));
    Some(segments)
}

struct Writer<'a> {
    options: &'a Options,
    /// `output = "minified"`.
    minify: bool,
    /// An HTML format (not xhtml): bare and unquoted values are allowed.
    html: bool,
    /// The element's tag name.
    element: &'a str,
    /// A `<meta>` with `http-equiv`: its `content` may be a refresh URL.
    refresh: bool,
}

impl Writer<'_> {
    /// The quote around attribute values: haml's `attr_quote`; `"` when
    /// minified (with `escape_attrs = false`, haml's: values are written
    /// as they are, and must split where haml's output splits).
    fn quote(&self) -> String {
        if self.minify && self.options.escape_attrs {
            "\"".to_string()
        } else {
            self.options.attr_quote.to_string()
        }
    }

    fn escape(&self, s: &str) -> String {
        self.escape_quoted(s, '"')
    }

    /// `escape` for a value inside `quote`.
    fn escape_quoted(&self, s: &str, quote: char) -> String {
        match (self.options.escape_attrs, self.minify) {
            (false, _) => s.to_string(),
            // Inside quotes, only the quote, and `&` where it could start
            // a character reference, need escaping to keep the value (XML
            // wants every `&` and `<` referenced).
            (true, true) => {
                let mut out = String::with_capacity(s.len());
                for (i, c) in s.char_indices() {
                    match c {
                        '"' if quote == '"' => out.push_str("&#34;"),
                        '\'' if quote == '\'' => out.push_str("&#39;"),
                        '&' if !self.html || starts_reference(&s[i + 1..]) => out.push_str("&amp;"),
                        '<' if !self.html => out.push_str("&lt;"),
                        c => out.push(c),
                    }
                }
                out
            }
            (true, false) => escape_html(s),
        }
    }

    /// Minified HTML with escaping: values may go unquoted, empty ones
    /// bare.
    fn compact(&self) -> bool {
        self.minify && self.html && self.options.escape_attrs
    }

    /// How values computed at run time are escaped.
    fn hole_escape(&self) -> Escape {
        match (self.options.escape_attrs, self.minify) {
            (false, _) => Escape::None,
            (true, true) if self.html => Escape::DoubleQuoted,
            (true, _) => Escape::Html,
        }
    }

    /// What the attribute's value is to the browser, for contextual
    /// escaping (minified output with escaping; `output = "haml"` escapes
    /// as haml does).
    fn kind(&self, name: &str) -> AttributeKind {
        if self.minify && self.options.escape_attrs {
            attribute_kind(self.element, name, self.refresh)
        } else {
            AttributeKind::Plain
        }
    }

    /// ` name='value'` around operations that write a value at run time;
    /// compact: ` name=value`, quoted at run time only if needed. A value
    /// that is not an ordinary attribute's is marked with its place (a URL
    /// attribute's finished value may be checked).
    fn dynamic_value(&self, name: &str, value: Vec<Op>, place: ValuePlace) -> Vec<Op> {
        let mut ops = Vec::with_capacity(value.len() + 3);
        let place = (place.kind != AttributeKind::Plain).then(|| Box::new(place));
        if self.compact() {
            ops.push(Op::Static(format!(" {name}=")));
            ops.push(Op::ValueStart(place));
            ops.extend(value);
            ops.push(Op::ValueEnd {
                check: UrlCheck::None,
                quote: true,
            });
        } else if place.is_some() {
            ops.push(Op::Static(format!(" {name}={}", self.quote())));
            ops.push(Op::ValueStart(place));
            ops.extend(value);
            ops.push(Op::ValueEnd {
                check: UrlCheck::None,
                quote: false,
            });
            ops.push(Op::Static(self.quote()));
        } else {
            ops.push(Op::Static(format!(" {name}={}", self.quote())));
            ops.extend(value);
            ops.push(Op::Static(self.quote()));
        }
        ops
    }

    fn bare(&self, key: &str) -> String {
        if self.html {
            format!(" {key}")
        } else {
            format!(" {key}={q}{key}{q}", q = self.quote())
        }
    }

    /// ` key='value'` for a string known at compile time. Minified, an
    /// empty value is the bare name (the same empty value in the DOM) and
    /// a value that needs no quotes goes without.
    fn fixed_text(&self, key: &str, text: &str, out: &mut Entries) {
        let value = self.escape(text);
        let written = if self.compact() && value.is_empty() {
            format!(" {key}")
        } else if self.compact() && unquoted_ok(&value) {
            format!(" {key}={value}")
        } else if self.compact() && text.contains('"') && !text.contains('\'') {
            // `'` quotes spare the `&quot;`s.
            format!(" {key}='{}'", self.escape_quoted(text, '\''))
        } else {
            format!(" {key}={q}{value}{q}", q = self.quote())
        };
        out.push(key, true, vec![Op::Static(written)]);
    }

    /// ` key='...'` for a string with interpolations.
    fn interpolated(&self, key: &str, segments: &[Segment], out: &mut Entries) {
        let escape = self.hole_escape();
        let value = segments
            .iter()
            .map(|s| match s {
                Segment::Literal(t) => Op::Static(self.escape(t)),
                Segment::Interpolation(code) => Op::Hole {
                    code: code.clone(),
                    escape,
                },
            })
            .collect();
        let place = ValuePlace {
            name: key.to_string(),
            kind: self.kind(key),
            value: PlacedValue::Interpolated(segments.to_vec()),
        };
        out.push(key, false, self.dynamic_value(key, value, place));
    }

    /// An attribute that takes its last value (hash over HTML-style over
    /// shortcuts). Boolean ones are bare when `true` and left out when
    /// `false` or `None`; others write `true` / `false` as text.
    fn single(
        &self,
        key: &str,
        values: Vec<Value>,
        boolean: bool,
        out: &mut Entries,
    ) -> Result<(), Error> {
        let Some(value) = values.into_iter().last() else {
            return Ok(());
        };
        self.one(key, key, value, boolean, out)
    }

    /// `name` is the attribute written; `bare_key` decides the bare form
    /// (a `data:` hash entry is bare even in xhtml).
    fn one(
        &self,
        name: &str,
        bare_key: &str,
        value: Value,
        boolean: bool,
        out: &mut Entries,
    ) -> Result<(), Error> {
        let bare = if name == bare_key {
            self.bare(name)
        } else {
            format!(" {name}")
        };
        let kind = self.kind(name);
        match value {
            Value::Fixed(Fixed::Bool(true)) if boolean => {
                out.push(name, true, vec![Op::Static(bare)])
            }
            Value::Fixed(Fixed::Bool(false)) | Value::Fixed(Fixed::Nil) if boolean => {}
            Value::Fixed(Fixed::Nil) => {}
            Value::Fixed(Fixed::Bool(b)) => self.fixed_text(name, &b.to_string(), out),
            Value::Fixed(Fixed::Str(s)) => self.fixed_text(name, &s, out),
            Value::Interpolated(segments) => self.interpolated(name, &segments, out),
            Value::Code(code) => out.push(
                name,
                false,
                vec![Op::Attribute {
                    code,
                    open: if self.compact() {
                        format!(" {name}=")
                    } else {
                        format!(" {name}={}", self.quote())
                    },
                    close: self.quote(),
                    bare,
                    boolean,
                    kind,
                    escape: self.hole_escape(),
                    quote_if_needed: self.compact(),
                    check: UrlCheck::None,
                }],
            ),
            Value::Array(items) => {
                // An array given to an ordinary attribute: its items
                // joined with spaces.
                let place = ValuePlace {
                    name: name.to_string(),
                    kind,
                    value: PlacedValue::Array(items_span(&items)),
                };
                let merge = Op::Merge {
                    kind: MergeKind::SingleClass,
                    sources: vec![Source::Array(items.into_iter().map(source).collect())],
                    escape: self.hole_escape(),
                };
                out.push(name, false, self.dynamic_value(name, vec![merge], place));
            }
            Value::Hash(_) => {
                // Only `data` and `aria` flatten hashes in haml; elsewhere
                // it writes Ruby's inspect of the hash, which has no Rust
                // counterpart. Flatten it like a data hash.
                self.data(name, vec![value], out)?;
            }
        }
        Ok(())
    }

    /// `class` and `id`.
    fn merged(
        &self,
        key: &str,
        kind: MergeKind,
        values: Vec<Value>,
        out: &mut Entries,
    ) -> Result<(), Error> {
        // One string with `#{}`: written as it is (nothing to join or merge).
        if let [Value::Interpolated(segments)] = values.as_slice() {
            self.interpolated(key, segments, out);
            return Ok(());
        }
        // Minified classes that are literals under conditions
        // (`cond.then_some("x")`, `if c { "a" } else { "b" }`): branches of
        // static text, no run-time merging.
        if key == "class" && self.compact() {
            if let Some(ops) = conditional_classes(key, &values, self) {
                out.push(key, false, ops);
                return Ok(());
            }
        }
        // One dynamic class value, minified: a single call.
        if let ([Value::Code(code)], "class", true) = (values.as_slice(), key, self.compact()) {
            let op = Op::ClassAttribute {
                code: code.clone(),
                open: format!(" {key}="),
                escape: self.hole_escape(),
            };
            out.push(key, false, vec![op]);
            return Ok(());
        }
        let mut sources: Vec<Source> = values.into_iter().map(source).collect();
        if kind == MergeKind::SortedClasses {
            // Static classes in sorted order; dynamic ones follow as given.
            for s in &mut sources {
                if let Source::Static(classes) = s {
                    let mut sorted: Vec<&str> = classes.split_whitespace().collect();
                    sorted.sort_unstable();
                    *classes = sorted.join(" ");
                }
            }
        }
        let fixed = match kind {
            MergeKind::Ids => fold_ids(&sources),
            MergeKind::SingleClass => fold_single_class(&sources),
            MergeKind::Classes => fold_classes(&sources),
            MergeKind::SortedClasses => fold_classes(&sources),
        };
        // Minified classes known at compile time: sorted, no duplicates.
        let fixed = fixed.map(|text| {
            if self.minify && key == "class" {
                let mut classes: Vec<&str> = text.split_whitespace().collect();
                classes.sort_unstable();
                classes.dedup();
                classes.join(" ")
            } else {
                text
            }
        });
        match fixed {
            Some(text) => self.fixed_text(key, &text, out),
            None => {
                let merge = Op::Merge {
                    kind,
                    sources,
                    escape: self.hole_escape(),
                };
                let place = ValuePlace {
                    name: key.to_string(),
                    kind: AttributeKind::Plain,
                    value: PlacedValue::Array(Default::default()),
                };
                out.push(key, false, self.dynamic_value(key, vec![merge], place));
            }
        }
        Ok(())
    }

    /// `data: {a: 1, b_c: {d: x}}` becomes `data-a`, `data-b-c-d`, sorted.
    fn data(&self, key: &str, values: Vec<Value>, out: &mut Entries) -> Result<(), Error> {
        let mut entries: BTreeMap<String, Value> = BTreeMap::new();
        let mut last = None;
        for value in values {
            match value {
                Value::Hash(attributes) => flatten_data_hash(key, &attributes, &mut entries),
                other => last = Some(other),
            }
        }
        if let Some(value) = last {
            entries.clear();
            entries.insert(key.to_string(), value);
        }
        for (name, value) in entries {
            self.one(&name, "", value, true, out)?;
        }
        Ok(())
    }
}

/// `class` values made only of literals, some under conditions, as an
/// operation that writes them with branches (see `Op::ConditionalClasses`),
/// or for one condition an `if` between the two whole attributes.
fn conditional_classes(name: &str, values: &[Value], writer: &Writer) -> Option<Vec<Op>> {
    let mut classes: Vec<String> = Vec::new();
    let mut conditions = Vec::new();
    fn add(
        value: &Value,
        classes: &mut Vec<String>,
        conditions: &mut Vec<(Code, Option<String>, Option<String>)>,
        writer: &Writer,
    ) -> Option<()> {
        match value {
            Value::Fixed(Fixed::Str(s)) => classes.extend(s.split_whitespace().map(str::to_string)),
            Value::Fixed(Fixed::Nil) | Value::Fixed(Fixed::Bool(false)) => {}
            Value::Array(items) => {
                for item in items {
                    add(item, classes, conditions, writer)?;
                }
            }
            Value::Code(code) => {
                let (condition, yes, no) = conditional_literal(code)?;
                let class = |s: Option<String>| -> Option<Option<String>> {
                    match s {
                        None => Some(None),
                        // One class, quote-free: literal text in the output.
                        Some(s) if !s.is_empty() && unquoted_ok(&s) => {
                            Some(Some(writer.escape(&s)))
                        }
                        Some(_) => None,
                    }
                };
                conditions.push((condition, class(yes)?, class(no)?));
            }
            _ => return None,
        }
        Some(())
    }
    for value in values {
        add(value, &mut classes, &mut conditions, writer)?;
    }
    if conditions.is_empty() || classes.iter().any(|c| !unquoted_ok(c)) {
        return None;
    }
    classes.sort_unstable();
    classes.dedup();
    let classes: Vec<String> = classes.iter().map(|c| writer.escape(c)).collect();
    if let [(condition, yes, no)] = conditions.as_slice() {
        // As `Op::ConditionalClasses` writes it: the fixed classes, then
        // the conditional one; bare, unquoted or quoted by their number.
        let attribute = |extra: &Option<String>| {
            let list: Vec<&str> = classes.iter().chain(extra).map(String::as_str).collect();
            match list.as_slice() {
                [] => format!(" {name}"),
                [one] => format!(" {name}={one}"),
                _ => format!(" {name}=\"{}\"", list.join(" ")),
            }
        };
        return Some(vec![
            Op::Open(Head::If(condition.clone())),
            Op::Static(attribute(yes)),
            Op::Close,
            Op::Open(Head::Else),
            Op::Static(attribute(no)),
            Op::Close,
        ]);
    }
    Some(vec![Op::ConditionalClasses {
        name: name.to_string(),
        classes,
        conditions,
    }])
}

/// `cond.then_some("lit")` -> `(cond, Some(lit), None)`;
/// `if cond { "a" } else { "b" }` -> `(cond, Some(a), Some(b))`.
fn conditional_literal(code: &Code) -> Option<(Code, Option<String>, Option<String>)> {
    let literal = |e: &syn::Expr| match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    };
    let block_literal = |b: &syn::Block| match b.stmts.as_slice() {
        [syn::Stmt::Expr(e, None)] => literal(e),
        _ => None,
    };
    let text = |e: &syn::Expr| Code {
        text: quote::ToTokens::to_token_stream(e).to_string(),
        span: code.span,
    };
    // Only these two forms qualify: skip the parse for anything else.
    let t = code.text.trim_start();
    if !(t.contains("then_some") || t.starts_with("if ")) {
        return None;
    }
    match syn::parse_str::<syn::Expr>(&code.text).ok()? {
        syn::Expr::MethodCall(call) if call.method == "then_some" && call.args.len() == 1 => {
            Some((text(&call.receiver), Some(literal(&call.args[0])?), None))
        }
        syn::Expr::If(e) => {
            let yes = block_literal(&e.then_branch)?;
            let no = match e.else_branch.as_ref()?.1.as_ref() {
                syn::Expr::Block(b) => block_literal(&b.block)?,
                _ => return None,
            };
            if matches!(*e.cond, syn::Expr::Let(_)) {
                return None;
            }
            Some((text(&e.cond), Some(yes), Some(no)))
        }
        _ => None,
    }
}

fn flatten_data_hash(prefix: &str, attributes: &[Attribute], out: &mut BTreeMap<String, Value>) {
    for a in attributes {
        let name = format!("{prefix}-{}", a.name.name.replace('_', "-"));
        match &a.value {
            AttributeValue::Hash(inner) => flatten_data_hash(&name, inner, out),
            v => {
                out.insert(name, value_of(v));
            }
        }
    }
}

fn source(value: Value) -> Source {
    match value {
        Value::Fixed(Fixed::Str(s)) => Source::Static(s),
        Value::Fixed(Fixed::Bool(true)) => Source::Static("true".into()),
        Value::Fixed(Fixed::Bool(false)) | Value::Fixed(Fixed::Nil) => Source::Nil,
        Value::Interpolated(segments) => Source::Format(segments),
        Value::Code(code) => Source::Code(code),
        Value::Array(items) => Source::Array(items.into_iter().map(source).collect()),
        Value::Hash(_) => Source::Nil,
    }
}

/// The items of a source known at compile time: `None` if any is dynamic.
fn fixed_items(source: &Source, out: &mut Vec<String>, in_array: bool, split: bool) -> Option<()> {
    match source {
        Source::Static(s) if split && !in_array => {
            out.extend(s.split_whitespace().map(str::to_string))
        }
        Source::Static(s) => out.push(s.clone()),
        Source::Nil => {}
        Source::Array(items) => {
            for item in items {
                fixed_items(item, out, true, split)?;
            }
        }
        Source::Code(_) | Source::Format(_) => return None,
    }
    Some(())
}

fn fold_ids(sources: &[Source]) -> Option<String> {
    let mut items = Vec::new();
    for s in sources {
        fixed_items(s, &mut items, false, false)?;
    }
    Some(items.join("_"))
}

fn fold_single_class(sources: &[Source]) -> Option<String> {
    let mut items = Vec::new();
    fixed_items(sources.first()?, &mut items, false, false)?;
    Some(items.join(" "))
}

fn fold_classes(sources: &[Source]) -> Option<String> {
    let mut items: Vec<String> = Vec::new();
    for s in sources {
        fixed_items(s, &mut items, false, true)?;
    }
    let mut unique: Vec<String> = Vec::new();
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    Some(unique.join(" "))
}

/// Where an array value was written (its first item that is code).
fn items_span(items: &[Value]) -> haml_grammar::Span {
    items
        .iter()
        .find_map(|v| match v {
            Value::Code(c) => Some(c.span),
            Value::Interpolated(segments) => segments.iter().find_map(|s| match s {
                Segment::Interpolation(c) => Some(c.span),
                Segment::Literal(_) => None,
            }),
            Value::Array(inner) => Some(items_span(inner)),
            _ => None,
        })
        .unwrap_or_default()
}
