//! The whole compiler on bad input never panics: mutated corpus templates
//! (with locals that make them compile as far as the compiler looks) go
//! through every pass in every output mode, and either compile or give an
//! error whose message names a line of the template.

use std::sync::OnceLock;

use haml_compiler::{compile, Format, Options, Output, SourceFile, TemplatesDir};
use proptest::prelude::*;

fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut out = Vec::new();
        for dir in ["tests/corpus", "tests/corpus-errors"] {
            let dir = format!("{}/../{dir}", env!("CARGO_MANIFEST_DIR"));
            out.extend(
                std::fs::read_dir(dir)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "haml"))
                    .map(|p| std::fs::read_to_string(p).unwrap()),
            );
        }
        out.sort();
        out
    })
}

/// Every option set that changes what the passes do.
fn option_sets() -> Vec<Options> {
    let mut sets = Vec::new();
    for output in [Output::Minified, Output::Haml] {
        for format in [Format::Html5, Format::Xhtml] {
            for escape in [true, false] {
                sets.push(Options {
                    output,
                    format,
                    escape_html: escape,
                    escape_attrs: escape,
                    ..Options::default()
                });
            }
        }
    }
    sets.push(Options {
        remove_whitespace: true,
        ..Options::default()
    });
    sets
}

/// Compiles `source` with every option set: no panic, and an error's
/// message is well formed.
fn check(source: &str) {
    for options in option_sets() {
        let template = SourceFile::inline(source, "fuzz template", "fuzz");
        match compile(template, &options, &TemplatesDir::none()) {
            Ok(compiled) => {
                let _ = compiled.body.to_string();
            }
            Err(failure) => {
                let message = failure.error.message(&failure.files);
                assert!(
                    message.starts_with("fuzz template:"),
                    "{message} for {source:?}"
                );
            }
        }
    }
}

const PIECES: &[&str] = &[
    "%",
    ".",
    "#",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "'",
    "\\",
    "#{",
    "=",
    "-",
    "/",
    "!",
    "&",
    "~",
    ":",
    "|",
    " |",
    ",",
    "\n",
    "\t",
    "  ",
    "<",
    ">",
    "=>",
    "é",
    "%script",
    "%style",
    "%textarea",
    "%pre",
    "%svg",
    "%p",
    "%a{href: x}",
    "%a{onclick: \"f('#{x}')\"}",
    "%p{style: \"color: #{x}\"}",
    ":plain",
    ":javascript",
    ":css",
    ":cdata",
    ":preserve",
    "- if x",
    "- else",
    "- for y in z",
    "- match x",
    "- _ =>",
    "/ c",
    "/[if IE]",
    "!!!",
    "<b>",
    "</b>",
    "&amp;",
    "<!--",
    "-->",
    "javascript:",
    "url(",
    "'",
    "`",
    "${",
    "/*",
    "*/",
    "//",
    "= x",
    "!= x",
    "&= x",
    "~ x",
    "#{x}",
    "- include \"x\"",
];

fn mutate(mut source: String, edits: &[(usize, usize, usize)]) -> String {
    for &(kind, at, what) in edits {
        let mut at = at % (source.len() + 1);
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        match kind % 3 {
            0 => source.insert_str(at, PIECES[what % PIECES.len()]),
            1 => {
                let mut end = (at + what % 8).min(source.len());
                while !source.is_char_boundary(end) {
                    end += 1;
                }
                source.replace_range(at..end, "");
            }
            _ => {
                let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
                source.insert_str(line_start, PIECES[what % PIECES.len()]);
            }
        }
    }
    source
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_templates_never_panic(
        index in 0usize..10_000,
        edits in prop::collection::vec((0usize..3, 0usize..100_000, 0usize..1000), 1..8),
    ) {
        let corpus = corpus();
        let source = corpus[index % corpus.len()].clone();
        check(&mutate(source, &edits));
    }

    #[test]
    fn haml_alphabet_never_panics(pieces in prop::collection::vec(0usize..PIECES.len(), 0..40)) {
        let s: String = pieces.iter().map(|&i| PIECES[i]).collect();
        check(&s);
    }
}

#[test]
fn every_corpus_template_compiles_or_fails_cleanly() {
    assert!(corpus().len() > 600);
    for source in corpus() {
        check(source);
    }
}
