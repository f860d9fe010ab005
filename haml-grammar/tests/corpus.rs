//! The project's corpus (`tests/corpus/`, `tests/corpus-errors/`): every
//! template haml 6.1.1 renders parses here; every one it rejects for its
//! syntax is rejected here, on the line where the fault is.

use std::path::{Path, PathBuf};

fn templates(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests")
        .join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".haml") && !name.ends_with(".ruby.haml")
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_renderable_case_parses() {
    let cases = templates("corpus");
    assert!(cases.len() >= 150, "only {} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|path| {
            let source = std::fs::read_to_string(path).unwrap();
            haml_grammar::parse(&source)
                .err()
                .map(|e| format!("{}:\n{e}", path.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// haml raises these without a line of its own and reports the line after
/// the fault; we report the fault's own line.
const LATE_IN_HAML: &[&str] = &[
    "Illegal element",
    "Invalid tag",
    "Unbalanced brackets",
    "Invalid attribute list",
    "Invalid filter name",
    "There's no Ruby code",
];

#[test]
fn every_syntax_error_case_fails_on_its_line() {
    let cases = templates("corpus-errors");
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for path in cases {
        let source = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("error.txt")).unwrap();
        let field = |name: &str| {
            expected
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let message = field("message:");
        // Doctypes and filters are checked against the options by the macro.
        if message.starts_with("Invalid doctype") || message.starts_with("FilterCompiler") {
            continue;
        }
        let line: usize = field("line:").parse().unwrap();
        let late = LATE_IN_HAML.iter().any(|m| message.starts_with(m))
            && !(message.starts_with("There's no Ruby code")
                && source
                    .lines()
                    .any(|l| l.trim_start().starts_with('%') && l.trim_end().ends_with('=')));
        match haml_grammar::parse(&source) {
            Ok(_) => failures.push(format!("{}: parsed, haml said {message}", path.display())),
            Err(e) => {
                let ok = e.line() == line || (late && e.line() + 1 == line);
                if !ok {
                    failures.push(format!(
                        "{}: haml: line {line} {message}\nours: {e}",
                        path.display()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs of lines read in one grammar call give what reading each line with
/// its own call gives (the tree, or the same error), for every case.
#[test]
fn runs_of_lines_read_as_single_lines_do() {
    for path in templates("corpus")
        .into_iter()
        .chain(templates("corpus-errors"))
    {
        let source = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            haml_grammar::parse(&source),
            haml_grammar::parse_line_by_line(&source),
            "{}",
            path.display()
        );
    }
}
