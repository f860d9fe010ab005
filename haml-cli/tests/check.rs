//! `haml check` run as a user runs it, on the repository's templates.

use std::path::PathBuf;
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn haml(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haml"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("haml runs")
}

fn haml_files(dir: &str) -> usize {
    std::fs::read_dir(repo().join(dir))
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.ends_with(".haml") && !name.ends_with(".ruby.haml")
        })
        .count()
}

/// Every template of the real-world corpus compiles: exit status 0, nothing
/// on stdout.
#[test]
fn good_templates_pass() {
    // (The `.ruby.haml` twins beside them are in Ruby.)
    let mut args = vec!["check".to_string(), "tests/templates/users".to_string()];
    for entry in std::fs::read_dir(repo().join("tests/realworld")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if name.ends_with(".haml") && !name.ends_with(".ruby.haml") {
            args.push(format!("tests/realworld/{name}"));
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert!(args.len() > 150);
    let out = haml(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
}

/// Every template haml 6.1.1 rejects (tests/corpus-errors) is reported,
/// once, at `file:line:col` with the line and a caret; exit status 1.
#[test]
fn every_bad_template_is_reported_with_its_place() {
    let out = haml(&["check", "tests/corpus-errors"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let headers: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("tests/corpus-errors/"))
        .collect();
    let all = haml_files("tests/corpus-errors");
    assert_eq!(headers.len(), all, "{stdout}");
    for header in &headers {
        // file:line:col: message
        let mut parts = header.splitn(4, ':');
        let (_, line, col) = (parts.next(), parts.next(), parts.next());
        assert!(line.unwrap().parse::<u32>().is_ok(), "{header}");
        assert!(col.unwrap().parse::<u32>().is_ok(), "{header}");
    }
    assert!(stdout.contains("\n  |"), "the line and a caret follow");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{all} templates, {all} with errors")),
        "{stderr}"
    );
}

/// `--message-format json`: one object per error and line.
#[test]
fn json_lines_for_editors() {
    let out = haml(&["check", "--message-format", "json", "tests/corpus-errors"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), haml_files("tests/corpus-errors"));
    for line in lines {
        assert!(
            line.starts_with("{\"file\":\"tests/corpus-errors/"),
            "{line}"
        );
        assert!(
            line.contains(",\"line\":") && line.contains(",\"column\":"),
            "{line}"
        );
        assert!(
            line.contains(",\"message\":\"") && line.ends_with('}'),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }
}

/// The options of the templates that need them, and bad usage.
#[test]
fn options_and_usage() {
    let doctype = "tests/corpus/format_xhtml_doctype_basic.haml";
    assert_eq!(haml(&["check", doctype]).status.code(), Some(1));
    assert_eq!(
        haml(&["check", "--format", "xhtml", doctype]).status.code(),
        Some(0)
    );
    assert_eq!(haml(&["check", "--bogus"]).status.code(), Some(2));
    assert_eq!(haml(&["check", "no/such/dir"]).status.code(), Some(2));
    let help = haml(&["check", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--message-format"));
    assert_eq!(haml(&["--help"]).status.code(), Some(0));
    assert_eq!(haml(&["frobnicate"]).status.code(), Some(2));
}
