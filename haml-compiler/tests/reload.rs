//! Hot reload's slots (`haml_compiler::reload`), checked on every template
//! of the project (corpus, real-world conversions, test, example and
//! benchmark templates; none written for hot reload), in both outputs:
//!
//! - the slotted code writes what the compiled code writes;
//! - generated markup edits (a line inserted at the top, lines added at
//!   the end, blank lines that move every line) keep the steps, and the
//!   slotted code of the edited template is the compiled slotted code (so
//!   rendering the edited slots with the compiled code is what a rebuild
//!   would render);
//! - a generated edit of a hole's code changes the steps, and the message
//!   names the hole's line.

use std::path::{Path, PathBuf};

use haml_compiler::codegen::{generate, generate_slotted, Places};
use haml_compiler::reload::{canonical, differences, slots, Slots, Step};
use haml_compiler::tree::{Head, Op};
use haml_compiler::{compile, Compiled, Options, Output, SourceFile, TemplatesDir};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn templates() -> Vec<PathBuf> {
    fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() {
                collect(&entry, out);
            } else if entry.extension().is_some_and(|e| e == "haml") {
                out.push(entry);
            }
        }
    }
    let mut out = Vec::new();
    for dir in [
        "tests/corpus",
        "tests/realworld",
        "tests/templates",
        "haml-runtime/templates",
        "benches/templates",
    ] {
        collect(&root().join(dir), &mut out);
    }
    out
}

fn compiled(source: &str, output: Output) -> Option<Compiled> {
    let options = Options {
        output,
        ..Options::default()
    };
    let dir = TemplatesDir::at(root().join("tests/templates"));
    compile(SourceFile::inline(source, "t", "t"), &options, &dir).ok()
}

fn places(compiled: &Compiled) -> Places {
    Places {
        stems: compiled.files.iter().map(|f| f.stem.clone()).collect(),
        anchor: proc_macro2::Span::call_site(),
    }
}

/// The slotted code with the places of its holes (named after template
/// lines) left out.
fn slotted_code(compiled: &Compiled, slots: &Slots) -> String {
    let code = generate_slotted(&slots.ops, &places(compiled))
        .unwrap()
        .to_string();
    let mut out = String::with_capacity(code.len());
    let mut rest = code.as_str();
    while let Some(at) = rest.find("__line_") {
        out.push_str(&rest[..at]);
        rest = rest[at..].trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
    }
    out.push_str(rest);
    out
}

fn borrowed(steps: &[Step]) -> Vec<Step<&str>> {
    steps
        .iter()
        .map(|s| Step {
            key: s.key.as_str(),
            label: s.label.as_str(),
            place: s.place.as_str(),
        })
        .collect()
}

/// The slotted code writes what the compiled code writes: its operations
/// are the compiled ones with empty slots added, and its code is the code of
/// those operations with each slot read where the literal was.
#[test]
fn slotted_code_writes_what_the_compiled_code_writes() {
    let mut compared = 0;
    for file in templates() {
        let source = std::fs::read_to_string(&file).unwrap();
        for output in [Output::Minified, Output::Haml] {
            let Some(compiled) = compiled(&source, output) else {
                continue;
            };
            let slots = slots(&compiled);
            let name = format!("{} ({output:?})", file.display());
            let nonempty = |ops: &[Op]| -> Vec<Op> {
                ops.iter()
                    .filter(|op| !matches!(op, Op::Static(s) if s.is_empty()))
                    .cloned()
                    .collect()
            };
            // The slots add an empty `else` to an `if` without one.
            let mut expected = nonempty(&compiled.ops);
            let mut open = Vec::new();
            let mut at = 0;
            while at < expected.len() {
                match &expected[at] {
                    Op::Open(head) => open.push(head.clone()),
                    Op::Close => {
                        let head = open.pop();
                        if matches!(head, Some(Head::If(_) | Head::ElseIf(_)))
                            && !matches!(
                                expected.get(at + 1),
                                Some(Op::Open(Head::Else | Head::ElseIf(_)))
                            )
                        {
                            expected.splice(at + 1..at + 1, [Op::Open(Head::Else), Op::Close]);
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
            assert_eq!(
                nonempty(&slots.ops),
                expected,
                "{name}: the slots' operations"
            );
            assert_eq!(
                slots.statics.len(),
                slots
                    .ops
                    .iter()
                    .filter(|op| matches!(op, Op::Static(_)))
                    .count(),
                "{name}"
            );
            let literal = generate(&slots.ops, &places(&compiled))
                .unwrap()
                .to_string();
            let slotted = generate_slotted(&slots.ops, &places(&compiled))
                .unwrap()
                .to_string();
            let mut filled = String::new();
            let mut pieces = slotted.split("__haml_statics . get (");
            filled.push_str(pieces.next().unwrap());
            for (n, piece) in pieces.enumerate() {
                let close = format!("{n}usize)");
                let rest = piece.strip_prefix(&close).unwrap_or_else(|| {
                    panic!(
                        "{name}: slot {n} out of order: {}",
                        &piece[..20.min(piece.len())]
                    )
                });
                filled.push_str(&proc_macro2::Literal::string(&slots.statics[n]).to_string());
                filled.push_str(rest);
            }
            assert_eq!(filled, literal, "{name}: the slotted code");
            compared += 1;
        }
    }
    eprintln!("{compared} compilations compared");
    assert!(compared > 1500, "only {compared}");
}

/// Markup edits the template's author makes, generated: what each is, the
/// edited text, and whether it adds text to the output.
fn markup_edits(source: &str) -> Vec<(&'static str, String, bool)> {
    let body = source.trim_start_matches('\u{feff}');
    let mut edits = vec![
        ("blank lines at the top", format!("\n\n\n{body}"), false),
        (
            "a paragraph at the end",
            format!(
                "{}\n%p.added An added paragraph, with <b>markup</b> & more.\n%hr\nText",
                body.trim_end()
            ),
            true,
        ),
    ];
    // A paragraph at the top, unless the template starts with a doctype or
    // a filter, a comment or code that the first line changes the meaning of.
    if !body.starts_with("!!!") {
        edits.push((
            "a paragraph at the top",
            format!("%p Inserted\n{body}"),
            true,
        ));
    }
    edits
}

#[test]
fn markup_edits_keep_the_steps_and_the_code() {
    let (mut edited, mut compiles) = (0, 0);
    for file in templates() {
        let source = std::fs::read_to_string(&file).unwrap();
        for output in [Output::Minified, Output::Haml] {
            let Some(before) = compiled(&source, output) else {
                continue;
            };
            compiles += 1;
            let old = slots(&before);
            let old_code = slotted_code(&before, &old);
            for (edit, text, adds_text) in markup_edits(&source) {
                let name = format!("{} ({output:?}, {edit})", file.display());
                let after = compiled(&text, output)
                    .unwrap_or_else(|| panic!("{name}: the edited template does not compile"));
                let new = slots(&after);
                let changes = differences(&borrowed(&old.steps), &new.steps);
                assert!(changes.is_empty(), "{name}: {changes:#?}");
                assert_eq!(new.statics.len(), old.statics.len(), "{name}");
                assert_eq!(slotted_code(&after, &new), old_code, "{name}: the code");
                if adds_text {
                    assert_ne!(new.statics, old.statics, "{name}: the text");
                }
                edited += 1;
            }
        }
    }
    eprintln!("{compiles} compilations, {edited} edits");
    assert!(edited > 5000, "only {edited}");
}

/// A hole's code edited: the steps differ, and the one message names the
/// line of the hole.
#[test]
fn code_edits_are_named_by_line() {
    let mut edited = 0;
    for file in templates() {
        let source = std::fs::read_to_string(&file).unwrap();
        // The first line that is a hole of its own: `= code`.
        let hole = |l: &str| {
            let l = l.trim_start();
            let tag = l.starts_with(['%', '.', '#'])
                && l.split_once("= ").is_some_and(|(head, _)| {
                    head.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '%' | '.' | '#' | '-' | '_'))
                });
            (l.starts_with("= ") || tag) && !l.trim_end().ends_with(',')
        };
        let Some((index, line)) = source.lines().enumerate().find(|(_, l)| hole(l)) else {
            continue;
        };
        let Some(before) = compiled(&source, Output::Minified) else {
            continue;
        };
        let text: String = source
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i == index {
                    format!("{}.to_string()\n", l.trim_end())
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        let Some(after) = compiled(&text, Output::Minified) else {
            continue;
        };
        let name = format!("{}: `{}`", file.display(), line.trim());
        if !format!("{:?}", after.ops).contains(".to_string()\"") {
            // Not a hole (the line is in a comment or a filter).
            continue;
        }
        let changes = differences(&borrowed(&slots(&before).steps), &slots(&after).steps);
        assert_eq!(changes.len(), 1, "{name}: {changes:#?}");
        assert!(
            changes[0].starts_with(&format!("t:{}: the value `", index + 1)),
            "{name}: {}",
            changes[0]
        );
        assert!(
            changes[0].contains(".to_string()`"),
            "{name}: {}",
            changes[0]
        );
        edited += 1;
    }
    eprintln!("{edited} edits");
    assert!(edited > 250, "only {edited}");
}

#[test]
fn canonical_code_is_the_same_however_it_is_spaced() {
    let same = [
        ("task . done", "task.done"),
        ("a . b (c , d)", "a.b(c, d)"),
        ("if x { \"a b\" } else { 'c' }", "if x {\"a b\"} else {'c'}"),
        ("r#\"a \" b\"# . len ()", "r#\"a \" b\"#.len()"),
        ("f ('\"' , x)", "f('\"', x)"),
        ("& 'a str", "&'a str"),
    ];
    for (a, b) in same {
        assert_eq!(canonical(a), canonical(b), "{a:?} and {b:?}");
    }
    let different = [
        ("\"a b\"", "\"ab\""),
        ("a b", "ab"),
        ("' '", "''"),
        ("r\"a b\"", "r\"ab\""),
    ];
    for (a, b) in different {
        assert_ne!(canonical(a), canonical(b), "{a:?} and {b:?}");
    }
}

/// Options go to the runtime as text and come back the same.
#[test]
fn options_survive_their_text() {
    let pairs = "output = \"haml\", format = \"xhtml\", escape_html = false, attr_quote = \"\\\"\", \
                 autoclose = \"br meta\", csp_nonce = \"nonce\", fragment = \"a\", fragment = \"b\", \
                 strict_csp = true, remove_whitespace = true";
    let options = Options::from_pairs(pairs).unwrap();
    let text = options.to_pairs();
    assert_eq!(Options::from_pairs(&text).unwrap().to_pairs(), text);
    for part in [
        "output = \"haml\"",
        "format = \"xhtml\"",
        "escape_html = false",
        "attr_quote = \"\\\"\"",
        "autoclose = \"br meta\"",
        "csp_nonce = \"nonce\"",
        "fragment = \"a\", fragment = \"b\"",
        "strict_csp = true",
        "remove_whitespace = true",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert_eq!(
        Options::from_pairs(&Options::default().to_pairs())
            .unwrap()
            .to_pairs(),
        Options::default().to_pairs()
    );
}
