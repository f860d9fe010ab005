//! Hot reload, the compiler's half (haml-runtime's `hot-reload` feature):
//! a template's operations as *slots* of static text between the
//! operations that run code, and the *steps* those operations are.
//!
//! In a debug build with the feature, the derive writes the template's code
//! twice: for release builds as usual, and for debug builds with every
//! static text read from a slot ([`codegen::generate_slotted`]). The debug
//! code holds a [`Template`]: where the files are, the options, the steps
//! and the slots' text as compiled. When a file changes, the runtime calls
//! [`recompile`], which runs the whole pipeline on the edited files: if the
//! steps are the same (the same Rust code, in the same order, escaped the
//! same way, and the same Content-Security-Policy hashes), the compiled
//! code renders the edited markup from the new slots; if not,
//! [`Recompiled::Changed`] says what changed, one message per change.
//!
//! A slot stands before each step and one at the end, whether it holds
//! text or not, so the slots follow from the steps alone: where static text
//! moved, appeared or vanished between two steps does not matter. The only
//! thing about static text that the generated code depends on, whether the
//! text inside an attribute value written at run time needs quotes, is a
//! step of its own.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::quote;

use haml_grammar::{Code, Segment};
use haml_html::attributes::needs_quotes;

use crate::codegen::{self, Places};
use crate::error::Error;
use crate::options::Options;
use crate::pipeline::{compile, Compiled};
use crate::source::{SourceFile, TemplatesDir};
use crate::tree::{Head, Op, Source};

/// What the debug code of a derived template holds about it: everything
/// [`recompile`] needs, as written by [`debug_body`].
#[derive(Debug)]
pub struct Template {
    /// The template's path in the templates directory (`site/home.haml`).
    pub path: &'static str,
    /// The templates directory, absolute.
    pub dir: &'static str,
    /// How messages name the templates directory (`templates`).
    pub shown: &'static str,
    /// The template's options ([`Options::to_pairs`]).
    pub options: &'static str,
    /// The files compiled (the template, then its partials), each with
    /// its modification time then, in seconds and nanoseconds since the
    /// Unix epoch (`(0, 0)` when it was unknown).
    pub files: &'static [(&'static str, u64, u32)],
    /// The steps compiled.
    pub steps: &'static [Step<&'static str>],
    /// The slots' text as compiled.
    pub statics: &'static [&'static str],
}

/// An operation of the generated code that is not static text, as the
/// slots see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step<S = String> {
    /// What the generated code depends on: the operation without its place
    /// in the template (so lines may move).
    pub key: S,
    /// The operation, for messages (``the value `user.name` ``).
    pub label: S,
    /// Where it stands, for messages (`templates/home.haml:12`).
    pub place: S,
}

/// A template's operations, slotted.
#[derive(Debug, Default)]
pub struct Slots {
    /// The operations, with exactly one [`Op::Static`] (perhaps empty)
    /// before each other operation where a statement can stand and one at
    /// the end, and an `else` for every `if` without one.
    pub ops: Vec<Op>,
    /// The text of each slot, in order.
    pub statics: Vec<String>,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// Slots the operations of `compiled`.
pub fn slots(compiled: &Compiled) -> Slots {
    let mut slots = Slots::default();
    let mut text = String::new();
    let mut in_value = false;
    let mut place = compiled
        .files
        .first()
        .map_or(String::new(), |f| f.name.clone());
    // The heads of the open blocks: no statement can stand between a
    // `match`'s arms, or between `}` and `else`.
    let mut open: Vec<&Head> = Vec::new();
    let ops = &compiled.ops;
    for (i, op) in ops.iter().enumerate() {
        let slot = match op {
            Op::Static(t) => {
                text.push_str(t);
                continue;
            }
            Op::Open(Head::ElseIf(_) | Head::Else | Head::Arm(_)) => false,
            Op::Close => !matches!(open.last(), Some(Head::Match(_))),
            _ => true,
        };
        if slot {
            slots.close_slot(&mut text, in_value, &place);
        }
        let closes_if =
            matches!(op, Op::Close) && matches!(open.last(), Some(Head::If(_) | Head::ElseIf(_)));
        match op {
            Op::ValueStart(_) => in_value = true,
            Op::ValueEnd { .. } => in_value = false,
            Op::Open(head) => open.push(head),
            Op::Close => {
                open.pop();
            }
            _ => {}
        }
        if let Some(code) = code_of(op) {
            let file = compiled.files.get(code.span.file as usize);
            if let Some(file) = file.or(compiled.files.first()) {
                place = format!("{}:{}", file.name, code.span.line);
            }
        }
        slots.step(op, &place);
        // An `if` without `else` gets an empty one: minifying an edited
        // template may give it one, to write an end tag the `if` leaves out.
        if closes_if && !matches!(ops.get(i + 1), Some(Op::Open(Head::ElseIf(_) | Head::Else))) {
            slots.step(&Op::Open(Head::Else), &place);
            slots.close_slot(&mut text, in_value, &place);
            slots.step(&Op::Close, &place);
        }
    }
    slots.close_slot(&mut text, in_value, &place);
    let policy = &compiled.policy;
    if policy != &Default::default() {
        slots.steps.push(Step {
            key: format!("{policy:?}"),
            label: "the Content-Security-Policy hashes of the inline scripts and styles".into(),
            place: compiled
                .files
                .first()
                .map_or(String::new(), |f| f.name.clone()),
        });
    }
    slots
}

impl Slots {
    fn step(&mut self, op: &Op, place: &str) {
        self.steps.push(Step {
            key: key(op),
            label: label(op),
            place: place.into(),
        });
        self.ops.push(op.clone());
    }

    fn close_slot(&mut self, text: &mut String, in_value: bool, place: &str) {
        if in_value && needs_quotes(text) {
            self.steps.push(Step {
                key: "text that needs quotes".into(),
                label: "static text that needs quotes, in an attribute value written at run time"
                    .into(),
                place: place.into(),
            });
        }
        let text = std::mem::take(text);
        self.ops.push(Op::Static(text.clone()));
        self.statics.push(text);
    }
}

/// The code in `op` whose line names its place.
fn code_of(op: &Op) -> Option<&Code> {
    match op {
        Op::Hole { code, .. }
        | Op::Attribute { code, .. }
        | Op::ClassAttribute { code, .. }
        | Op::Statement { code, .. } => Some(code),
        Op::ConditionalClasses { conditions, .. } => conditions.first().map(|c| &c.0),
        Op::Merge { sources, .. } => sources.iter().find_map(source_code),
        Op::Open(head) => head.code(),
        Op::Static(_) | Op::ValueStart(_) | Op::ValueEnd { .. } | Op::Close => None,
    }
}

fn source_code(source: &Source) -> Option<&Code> {
    match source {
        Source::Code(code) => Some(code),
        Source::Format(segments) => segments.iter().find_map(|s| match s {
            Segment::Interpolation(code) => Some(code),
            Segment::Literal(_) => None,
        }),
        Source::Array(items) => items.iter().find_map(source_code),
        Source::Static(_) | Source::Nil => None,
    }
}

/// `op` without its places in the template, and with its Rust code in one
/// spelling ([`canonical`]).
fn key(op: &Op) -> String {
    fn forget(code: &mut Code) {
        code.span = Default::default();
        code.text = canonical(&code.text);
    }
    fn forget_source(source: &mut Source) {
        match source {
            Source::Code(code) => forget(code),
            Source::Format(segments) => segments.iter_mut().for_each(|s| {
                if let Segment::Interpolation(code) = s {
                    forget(code)
                }
            }),
            Source::Array(items) => items.iter_mut().for_each(forget_source),
            Source::Static(_) | Source::Nil => {}
        }
    }
    let mut op = op.clone();
    match &mut op {
        Op::Hole { code, .. }
        | Op::Attribute { code, .. }
        | Op::ClassAttribute { code, .. }
        | Op::Statement { code, .. } => forget(code),
        Op::Merge { sources, .. } => sources.iter_mut().for_each(forget_source),
        Op::ConditionalClasses { conditions, .. } => {
            conditions.iter_mut().for_each(|c| forget(&mut c.0))
        }
        // Where the value stands was for the escaping pass; the holes
        // inside say how they are escaped.
        Op::ValueStart(place) => *place = None,
        Op::Open(head) => match head {
            Head::If(c) | Head::ElseIf(c) | Head::While(c) | Head::Match(c) | Head::Arm(c) => {
                forget(c)
            }
            Head::For { pattern, iterable } => {
                forget(pattern);
                forget(iterable);
            }
            Head::Else | Head::Loop => {}
        },
        Op::Static(_) | Op::ValueEnd { .. } | Op::Close => {}
    }
    format!("{op:?}")
}

/// Rust code with whitespace only where it separates two words: the same
/// text whether it was written by hand, printed by rustc's token streams
/// (inside the macro) or by proc-macro2's own (at run time), which space
/// punctuation differently. String and character literals are kept as
/// they are.
pub fn canonical(code: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(code.len());
    let mut space = false;
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && word(c) && out.chars().last().is_some_and(word) {
            out.push(' ');
        }
        space = false;
        out.push(c);
        match c {
            '"' => {
                // A raw string (`r#"`) ends at `"` and as many `#`.
                let hashes = out[..out.len() - 1]
                    .chars()
                    .rev()
                    .take_while(|&h| h == '#')
                    .count();
                let raw = out[..out.len() - 1 - hashes].ends_with('r');
                while let Some(c) = chars.next() {
                    out.push(c);
                    if c == '\\' && !raw {
                        if let Some(escaped) = chars.next() {
                            out.push(escaped);
                        }
                    } else if c == '"' {
                        let mut closing = 0;
                        while closing < hashes && chars.peek() == Some(&'#') {
                            chars.next();
                            out.push('#');
                            closing += 1;
                        }
                        if closing == hashes {
                            break;
                        }
                    }
                }
            }
            // A character literal (`'x'`, `'\n'`), not a lifetime.
            '\'' => {
                let mut ahead = chars.clone();
                let literal = match ahead.next() {
                    Some('\\') => true,
                    Some(_) => ahead.next() == Some('\''),
                    None => false,
                };
                if literal {
                    while let Some(c) = chars.next() {
                        out.push(c);
                        if c == '\\' {
                            if let Some(escaped) = chars.next() {
                                out.push(escaped);
                            }
                        } else if c == '\'' {
                            break;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// `op` for messages.
fn label(op: &Op) -> String {
    match op {
        Op::Hole { code, .. } => format!("the value `{}`", code.text),
        Op::Attribute { code, open, .. } => {
            format!("the attribute `{}` = `{}`", attribute_name(open), code.text)
        }
        Op::ClassAttribute { code, .. } => format!("the class `{}`", code.text),
        Op::Merge { .. } => "a class or id merged at run time".into(),
        Op::ConditionalClasses { .. } => "classes under conditions".into(),
        Op::ValueStart(_) => "the start of an attribute value written at run time".into(),
        Op::ValueEnd { .. } => "the end of an attribute value written at run time".into(),
        Op::Open(head) => match head {
            Head::If(c) => format!("`- if {}`", c.text),
            Head::ElseIf(c) => format!("`- else if {}`", c.text),
            Head::Else => "`- else`".into(),
            Head::For { pattern, iterable } => {
                format!("`- for {} in {}`", pattern.text, iterable.text)
            }
            Head::While(c) => format!("`- while {}`", c.text),
            Head::Loop => "`- loop`".into(),
            Head::Match(c) => format!("`- match {}`", c.text),
            Head::Arm(c) => format!("`- {} =>`", c.text),
        },
        Op::Close => "the end of a block".into(),
        Op::Statement { code, is_let } => {
            format!("`- {}{}`", if *is_let { "let " } else { "" }, code.text)
        }
        Op::Static(text) => format!("the text {text:?}"),
    }
}

fn attribute_name(open: &str) -> &str {
    open.trim()
        .trim_end_matches(['\'', '"'])
        .trim_end_matches('=')
}

/// The code of a debug build for a template read from a file: the slots'
/// text as compiled, in a `static` the runtime reloads (see
/// `haml_runtime::__private::hot_reload`), and the statements that render
/// the template from it.
pub fn debug_body(
    compiled: &Compiled,
    path: &str,
    dir: &TemplatesDir,
    options: &Options,
    anchor: Span,
) -> Result<TokenStream, Error> {
    let slots = slots(compiled);
    let places = Places {
        stems: compiled.files.iter().map(|f| f.stem.clone()).collect(),
        anchor,
    };
    let body = codegen::generate_slotted(&slots.ops, &places)?;
    let root = dir
        .dir
        .as_ref()
        .map(|d| std::path::absolute(d).unwrap_or_else(|_| d.clone()))
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let shown = dir.shown.display().to_string();
    let options = options.to_pairs();
    let files = compiled.files.iter().filter_map(|f| {
        let path = f.path.as_ref()?;
        let (seconds, nanos) = modified(path);
        let path = path.display().to_string();
        Some(quote!((#path, #seconds, #nanos)))
    });
    let steps = slots.steps.iter().map(|s| {
        let Step { key, label, place } = s;
        quote!(__haml::hot_reload::Step { key: #key, label: #label, place: #place })
    });
    let statics = &slots.statics;
    Ok(quote! {
        let __haml_statics = {
            static TEMPLATE: __haml::hot_reload::Reloadable =
                __haml::hot_reload::Reloadable::new(__haml::hot_reload::Template {
                    path: #path,
                    dir: #root,
                    shown: #shown,
                    options: #options,
                    files: &[#(#files),*],
                    steps: &[#(#steps),*],
                    statics: &[#(#statics),*],
                });
            TEMPLATE.statics()
        };
        #body
    })
}

/// The modification time of `path` in seconds and nanoseconds since the
/// Unix epoch, `(0, 0)` if unknown.
pub fn modified(path: &std::path::Path) -> (u64, u32) {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos()))
}

/// What [`recompile`] found.
#[derive(Debug)]
pub enum Recompiled {
    /// The steps are the same: the slots' new text.
    Same(Vec<String>),
    /// The steps changed: one message per change; the compiled code stays
    /// until a rebuild.
    Changed(Vec<String>),
    /// The template does not compile: the error, as the compiler shows it.
    Failed(String),
}

/// Compiles `template`'s files as they are now and compares the steps with
/// the compiled ones. Also gives the files read (the template and its
/// partials now), to watch from then on.
pub fn recompile(template: &Template) -> (Recompiled, Vec<PathBuf>) {
    let dir = TemplatesDir {
        dir: Ok(PathBuf::from(template.dir)),
        shown: PathBuf::from(template.shown),
    };
    let source = match SourceFile::read(&dir, template.path) {
        Ok(source) => source,
        Err(e) => return (Recompiled::Failed(e), Vec::new()),
    };
    let options = match Options::from_pairs(template.options) {
        Ok(options) => options,
        Err(e) => return (Recompiled::Failed(e.to_string()), Vec::new()),
    };
    let watch = |files: &[SourceFile]| files.iter().filter_map(|f| f.path.clone()).collect();
    let compiled = match compile(source, &options, &dir) {
        Ok(compiled) => compiled,
        Err(f) => {
            return (
                Recompiled::Failed(f.error.message(&f.files)),
                watch(&f.files),
            )
        }
    };
    let files = watch(&compiled.files);
    let slots = slots(&compiled);
    let changes = differences(template.steps, &slots.steps);
    if changes.is_empty() && slots.statics.len() == template.statics.len() {
        (Recompiled::Same(slots.statics), files)
    } else {
        (Recompiled::Changed(changes), files)
    }
}

/// One message per difference between the compiled steps and the new
/// ones: the steps that are not in their longest common sequence, a step
/// gone and a step new at the same place said as one change.
pub fn differences(compiled: &[Step<&str>], new: &[Step]) -> Vec<String> {
    let same = |a: &Step<&str>, b: &Step| a.key == b.key;
    let start = compiled
        .iter()
        .zip(new)
        .take_while(|(a, b)| same(a, b))
        .count();
    let end = compiled[start..]
        .iter()
        .rev()
        .zip(new[start..].iter().rev())
        .take_while(|(a, b)| same(a, b))
        .count();
    let old = &compiled[start..compiled.len() - end];
    let new = &new[start..new.len() - end];
    if old.len().saturating_mul(new.len()) > 4_000_000 {
        // Too far apart to say change by change.
        let place = new.first().map_or("", |b| b.place.as_str());
        return vec![format!(
            "{place}: {} steps of the template changed from here: a rebuild applies them; \
             until then the compiled template renders",
            old.len().max(new.len())
        )];
    }
    // lengths[i][j]: the longest common sequence of old[i..] and new[j..].
    let mut lengths = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lengths[i][j] = if same(&old[i], &new[j]) {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let rebuild = "a rebuild applies it; until then the compiled template renders";
    let mut messages = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && same(&old[i], &new[j]) {
            i += 1;
            j += 1;
        } else if i < old.len() && j < new.len() && lengths[i + 1][j + 1] == lengths[i][j] {
            let (a, b) = (&old[i], &new[j]);
            messages.push(if a.label == b.label {
                format!("{}: {} changed: {rebuild}", b.place, b.label)
            } else {
                format!("{}: {} is now {}: {rebuild}", b.place, a.label, b.label)
            });
            i += 1;
            j += 1;
        } else if j < new.len() && (i == old.len() || lengths[i][j + 1] >= lengths[i + 1][j]) {
            let b = &new[j];
            messages.push(format!("{}: {} is new: {rebuild}", b.place, b.label));
            j += 1;
        } else {
            let a = &old[i];
            messages.push(format!("{}: {} is gone: {rebuild}", a.place, a.label));
            i += 1;
        }
    }
    messages
}
