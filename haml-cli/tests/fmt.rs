//! `haml fmt` run as a user runs it, on files in a scratch directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn haml(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_haml"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("haml runs")
}

/// A fresh directory under the target directory with the given files.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    for (path, text) in files {
        std::fs::write(dir.join(path), text).unwrap();
    }
    dir
}

const MESSY: &str = "%ul\n    %li{class:\"a\" ,id:x}\n        = x\n";
const TIDY: &str = "%ul\n  %li{class: \"a\", id: x}\n    = x\n";

#[test]
fn fmt_rewrites_in_place_and_check_reports() {
    let dir = scratch(
        "fmt-in-place",
        &[
            ("templates/messy.haml", MESSY),
            ("templates/tidy.haml", TIDY),
        ],
    );
    // --check: lists the file to format, writes nothing, exit status 1.
    let check = haml(&dir, &["fmt", "--check", "templates"]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&check.stdout),
        "templates/messy.haml\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("templates/messy.haml")).unwrap(),
        MESSY
    );
    // --stdout: prints, writes nothing.
    let printed = haml(&dir, &["fmt", "--stdout", "templates/messy.haml"]);
    assert_eq!(printed.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&printed.stdout), TIDY);
    // Formats in place; then --check is content.
    let fmt = haml(&dir, &["fmt"]);
    assert_eq!(fmt.status.code(), Some(0), "{fmt:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("templates/messy.haml")).unwrap(),
        TIDY
    );
    assert_eq!(haml(&dir, &["fmt", "--check"]).status.code(), Some(0));
}

#[test]
fn a_template_that_does_not_parse_is_reported_and_left_alone() {
    let broken = "%p\n    %a{href: x\n";
    let dir = scratch(
        "fmt-broken",
        &[
            ("templates/broken.haml", broken),
            ("templates/messy.haml", MESSY),
        ],
    );
    let fmt = haml(&dir, &["fmt", "templates"]);
    assert_eq!(fmt.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&fmt.stderr);
    assert!(stderr.starts_with("templates/broken.haml:2:"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.join("templates/broken.haml")).unwrap(),
        broken
    );
    // The other file is formatted all the same.
    assert_eq!(
        std::fs::read_to_string(dir.join("templates/messy.haml")).unwrap(),
        TIDY
    );
}

#[test]
fn usage() {
    let dir = scratch("fmt-usage", &[]);
    let help = haml(&dir, &["fmt", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).starts_with("haml fmt: rewrite"));
    assert_eq!(haml(&dir, &["help", "fmt"]).stdout, help.stdout);
    let bad = haml(&dir, &["fmt", "--nope"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(haml(&dir, &["fmt", "missing"]).status.code(), Some(2));
}

/// The manual (`docs/cli.md`) shows each command's `--help` as it is.
#[test]
fn the_manual_shows_each_commands_help() {
    let manual =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/cli.md"))
            .unwrap();
    let dir = scratch("fmt-manual", &[]);
    for command in ["check", "port", "fmt"] {
        let help = haml(&dir, &[command, "--help"]);
        let help = String::from_utf8(help.stdout).unwrap();
        let shown = format!("### `haml {command} --help`\n\n```text\n{help}```\n");
        assert!(
            manual.contains(&shown),
            "docs/cli.md does not show `haml {command} --help` as it is now:\n{help}"
        );
    }
}
