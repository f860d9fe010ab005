//! Hot reload, end to end: the program in `tests/hot-reload` is built in
//! debug mode with the `hot-reload` feature, against a copy of its
//! templates; the test renders, edits the copy on disk and renders again,
//! without a rebuild:
//!
//! 1. markup edits (the template and a partial) render at once, in both
//!    outputs, with the compiled holes;
//! 2. an edited hole renders the compiled version, with one message that
//!    names the file, the line and the change;
//! 3. broken indentation renders the compiled version, with the compiler's
//!    message (file:line:col and a caret);
//! 4. fixed again, the markup edits render again;
//! 5. with `HAML_HOT_RELOAD=off`, the compiled version renders;
//! 6. built in release mode with the feature on, the program renders what
//!    the debug build compiled, edits change nothing, and nothing of hot
//!    reload is in the binary (its messages, its variable, the compiler).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap()
}

/// Longer than the runtime's interval between looks at the files (200 ms).
const WAIT: Duration = Duration::from_millis(400);

struct Program {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Program {
    fn start(binary: &Path, reload: bool) -> Program {
        let mut command = Command::new(binary);
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env_remove("HAML_HOT_RELOAD");
        if !reload {
            command.env("HAML_HOT_RELOAD", "off");
        }
        let mut child = command.spawn().expect("the program starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Program {
            child,
            stdin,
            stdout,
        }
    }

    /// The page, rendered minified (`min`) or as haml writes it (`haml`).
    fn render(&mut self, output: &str) -> String {
        writeln!(self.stdin, "{output}").unwrap();
        self.stdin.flush().unwrap();
        let mut page = String::new();
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "the program stopped"
            );
            if line == "--\n" {
                return page;
            }
            page.push_str(&line);
        }
    }

    /// Ends the program; what it wrote to stderr.
    fn finish(mut self) -> String {
        drop(self.stdin);
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(self.child.wait().unwrap().success());
        stderr
    }
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} holds {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

/// Builds the program, in debug and release mode, against a fresh copy of
/// its templates: the templates directory and the two binaries.
fn build() -> (PathBuf, PathBuf, PathBuf) {
    let work = root().join("target/hot-reload-test");
    let templates = work.join("templates");
    let _ = std::fs::remove_dir_all(&templates);
    std::fs::create_dir_all(&templates).unwrap();
    for name in ["page.haml", "_item.haml", "_note.haml"] {
        std::fs::copy(
            root().join("tests/hot-reload/templates").join(name),
            templates.join(name),
        )
        .unwrap();
    }
    // The crate is built from a copy with the workspace's Cargo.lock, so
    // the build needs nothing the workspace did not already fetch and
    // writes nothing into the sources.
    let krate = work.join("crate");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    let manifest = std::fs::read_to_string(root().join("tests/hot-reload/Cargo.toml"))
        .unwrap()
        .replace(
            "path = \"../../haml-runtime\"",
            &format!(
                "path = {:?}",
                root().join("haml-runtime").display().to_string()
            ),
        );
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(
        root().join("tests/hot-reload/src/main.rs"),
        krate.join("src/main.rs"),
    )
    .unwrap();
    std::fs::copy(root().join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    let target = root().join("target/hot-reload");
    for profile in ["dev", "release"] {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--profile", profile, "--manifest-path"])
            .arg(krate.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .env("HAML_TEMPLATES_DIR", &templates)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the program builds ({profile})");
    }
    (
        templates,
        target.join("debug/haml-hot-reload-check"),
        target.join("release/haml-hot-reload-check"),
    )
}

#[test]
fn edited_templates_render_without_a_rebuild() {
    let (templates, binary, release) = build();
    let page = templates.join("page.haml");
    let item = templates.join("_item.haml");
    let mut program = Program::start(&binary, true);

    let compiled = program.render("min");
    assert!(
        compiled.contains("<h1 class=title>A list</h1>"),
        "{compiled}"
    );
    assert!(
        compiled.contains("<span class=name>&lt;milk></span>"),
        "{compiled}"
    );
    let compiled_haml = program.render("haml");

    // 1. Markup: a class, text, a new element, a tag in a partial, a
    // static partial included.
    edit(
        &page,
        "%h1.title A list",
        "%h1.heading An edited list\n    %p Added\n    - include \"_note.haml\"",
    );
    edit(&item, "%span.name", "%b.name");
    std::thread::sleep(WAIT);
    let edited = program.render("min");
    assert!(
        edited.contains("<h1 class=heading>An edited list</h1><p>Added<p class=note>Notes are"),
        "{edited}"
    );
    assert!(edited.contains("<b class=name>&lt;milk></b>"), "{edited}");
    assert!(edited.contains("<title>Shopping</title>"), "{edited}");
    assert!(edited.contains("<li class=done>"), "{edited}");
    let edited_haml = program.render("haml");
    assert!(
        edited_haml.contains("<h1 class='heading'>An edited list</h1>\n<p>Added</p>"),
        "{edited_haml}"
    );
    assert!(
        edited_haml.contains("<b class='name'>&lt;milk&gt;</b>"),
        "{edited_haml}"
    );
    // Nothing changed since: the same page, no new message.
    std::thread::sleep(WAIT);
    assert_eq!(program.render("min"), edited);
    // The partial included since is watched too.
    edit(&templates.join("_note.haml"), "static", "still static");
    std::thread::sleep(WAIT);
    let edited = program.render("min");
    assert!(
        edited.contains("<p class=note>Notes are still static."),
        "{edited}"
    );
    let edited_haml = program.render("haml");

    // 2. A hole's code: the compiled version renders.
    edit(&page, "%title= title", "%title= title.len()");
    std::thread::sleep(WAIT);
    assert_eq!(program.render("min"), compiled);
    assert_eq!(program.render("min"), compiled);

    // 3. Broken indentation: the compiled version renders.
    edit(&page, "    %p.footer", "     %p.footer");
    std::thread::sleep(WAIT);
    assert_eq!(program.render("min"), compiled);

    // 4. Fixed: the markup edits render again.
    edit(&page, "%title= title.len()", "%title= title");
    edit(&page, "     %p.footer", "    %p.footer");
    std::thread::sleep(WAIT);
    assert_eq!(program.render("min"), edited);
    assert_eq!(program.render("haml"), edited_haml);

    let stderr = program.finish();
    let shown = templates.display().to_string();
    let hole = format!(
        "haml: {shown}/page.haml:4: the value `title` is now the value `title.len()`: a rebuild \
         applies it; until then the compiled template renders\n"
    );
    assert_eq!(stderr.matches(&hole).count(), 1, "{stderr}");
    let broken = format!(
        "haml: {shown}/page.haml does not compile; the compiled template renders:\n\
         {shown}/page.haml:12:"
    );
    assert_eq!(stderr.matches(&broken).count(), 1, "{stderr}");
    assert!(
        stderr.contains("\n12 |      %p.footer Made with care.\n"),
        "{stderr}"
    );
    assert!(stderr.contains("  | ^"), "{stderr}");
    // Reloaded: the page and the page as haml, after edits 1 and 4.
    assert_eq!(
        stderr
            .matches(&format!("haml: reloaded {shown}/page.haml\n"))
            .count(),
        6,
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("haml: ")).count(),
        8,
        "{stderr}"
    );

    // 5. Off: the files are edited, the compiled version renders.
    let mut program = Program::start(&binary, false);
    assert_eq!(program.render("min"), compiled);
    assert_eq!(program.render("haml"), compiled_haml);
    assert_eq!(program.finish(), "");

    // 6. Release.
    let mut program = Program::start(&release, true);
    assert_eq!(program.render("min"), compiled);
    assert_eq!(program.render("haml"), compiled_haml);
    assert_eq!(program.finish(), "");
    let holds = |binary: &Path, trace: &str| {
        let bytes = std::fs::read(binary).unwrap();
        bytes.windows(trace.len()).any(|w| w == trace.as_bytes())
    };
    for trace in [
        "HAML_HOT_RELOAD",
        "haml: reloaded",
        "does not compile; the compiled template renders",
        "a rebuild applies it",
    ] {
        assert!(holds(&binary, trace), "the debug binary holds {trace:?}");
        assert!(
            !holds(&release, trace),
            "the release binary holds {trace:?}"
        );
    }
    assert!(!holds(&release, "haml_compiler"));
}
