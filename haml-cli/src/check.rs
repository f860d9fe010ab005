//! `haml check`: every template under the paths through the compiler, each
//! error reported as the compiler reports it, or as JSON lines.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use haml_compiler::{compile, Format as HtmlFormat, Options, SourceFile, TemplatesDir};

/// `haml check --help`.
pub(crate) const USAGE: &str = "\
haml check: report the errors of HAML templates without building the crate

Usage: haml check [OPTIONS] [PATH...]

Checks every `.haml` file under each PATH (a file or a directory; default: the current
directory) with the compiler the macros use: syntax, includes, attribute hashes, Rust
syntax in the holes, and the contextual-escaping rules. (Types are checked by rustc when
the crate builds.) Each error is printed as `file:line:col: message`, the line and a caret.

Options:
  --message-format human|json   json: one JSON object per error and line, for editors:
                                {\"file\",\"line\",\"column\",\"message\",\"rendered\"}
  --format html5|html4|xhtml    the `format` option the templates are compiled with
                                (default html5; `!!! Basic` needs xhtml)
  --templates DIR               where `- include` paths start (default: the nearest
                                `templates` directory above each file, else its own
                                directory)
  -h, --help                    this help

Exit status: 0 when every template is fine, 1 when one has an error, 2 on bad usage.";

/// How errors are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

/// Runs `haml check` with its arguments.
pub(crate) fn run(args: &[String]) -> ExitCode {
    let mut format = Format::Human;
    let mut templates = None;
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--message-format" => match args.next().map(String::as_str) {
                Some("human") => format = Format::Human,
                Some("json") => format = Format::Json,
                other => {
                    return usage(&format!(
                        "--message-format takes human or json, not {other:?}"
                    ))
                }
            },
            "--format" => match args.next().map(String::as_str) {
                Some("html5") => options.format = HtmlFormat::Html5,
                Some("html4") => options.format = HtmlFormat::Html4,
                Some("xhtml") => options.format = HtmlFormat::Xhtml,
                other => {
                    return usage(&format!(
                        "--format takes html5, html4 or xhtml, not {other:?}"
                    ))
                }
            },
            "--templates" => match args.next() {
                Some(dir) => templates = Some(PathBuf::from(dir)),
                None => return usage("--templates needs a directory"),
            },
            flag if flag.starts_with('-') => return usage(&format!("unknown option `{flag}`")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let mut files = Vec::new();
    for path in &paths {
        if let Err(e) = collect(path, &mut files) {
            eprintln!("haml check: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    let mut failed = 0;
    let mut stdout = std::io::stdout().lock();
    for file in &files {
        if let Some(report) = check_file(file, templates.as_deref(), &options, format) {
            failed += 1;
            // A closed pipe (`haml check | head`) ends the output, not
            // the check's verdict.
            let _ = writeln!(stdout, "{report}");
        }
    }
    if format == Format::Human {
        let noun = if files.len() == 1 {
            "template"
        } else {
            "templates"
        };
        eprintln!("haml check: {} {noun}, {failed} with errors", files.len());
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("haml check: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// The `.haml` files at or under `path`, in name order.
pub(crate) fn collect(path: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for entry in entries {
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if entry.is_dir() {
            // Build output and hidden directories hold no templates of the
            // project's own.
            if name.starts_with('.') || name == "target" || name == "node_modules" {
                continue;
            }
            collect(&entry, files)?;
        } else if name.ends_with(".haml") {
            files.push(entry);
        }
    }
    Ok(())
}

/// Where the `- include` paths of `file` start: `templates`, else the
/// nearest `templates` directory above it, else its own directory.
fn templates_dir(file: &Path, templates: Option<&Path>) -> PathBuf {
    if let Some(dir) = templates {
        return dir.to_path_buf();
    }
    let parent = file.parent().unwrap_or(Path::new("."));
    parent
        .ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == "templates"))
        .unwrap_or(parent)
        .to_path_buf()
}

/// The report of `file`'s error, or `None` when it compiles.
fn check_file(
    file: &Path,
    templates: Option<&Path>,
    options: &Options,
    format: Format,
) -> Option<String> {
    let name = file.display().to_string();
    let source = match std::fs::read_to_string(file) {
        Ok(source) => source,
        Err(e) => {
            let message = format!("cannot read the template: {e}");
            return Some(match format {
                Format::Human => format!("{name}: {message}"),
                Format::Json => json_line(&name, 0, 0, &message, &format!("{name}: {message}")),
            });
        }
    };
    let mut template = SourceFile::inline(source, name.clone(), &name);
    template.path = Some(file.to_path_buf());
    let dir = TemplatesDir::at(templates_dir(file, templates));
    let failure = compile(template, options, &dir).err()?;
    let rendered = failure.error.message(&failure.files);
    Some(match format {
        Format::Human => rendered,
        Format::Json => {
            let span = failure.error.span();
            let file = failure
                .error
                .file(&failure.files)
                .map_or(name.as_str(), |f| f.name.as_str());
            json_line(
                file,
                span.map_or(0, |s| s.line),
                span.map_or(0, |s| s.column),
                &failure.error.summary(),
                &rendered,
            )
        }
    })
}

/// One error as a line of JSON.
fn json_line(file: &str, line: u32, column: u32, message: &str, rendered: &str) -> String {
    format!(
        "{{\"file\":{},\"line\":{line},\"column\":{column},\"message\":{},\"rendered\":{}}}",
        json_string(file),
        json_string(message),
        json_string(rendered)
    )
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(
            json_string("a\"b\\c\nd\u{1}é"),
            "\"a\\\"b\\\\c\\nd\\u0001é\""
        );
    }

    #[test]
    fn includes_start_at_the_nearest_templates_directory() {
        assert_eq!(
            templates_dir(Path::new("app/templates/users/show.haml"), None),
            PathBuf::from("app/templates")
        );
        assert_eq!(
            templates_dir(Path::new("views/show.haml"), None),
            PathBuf::from("views")
        );
        assert_eq!(
            templates_dir(Path::new("x.haml"), Some(Path::new("t"))),
            PathBuf::from("t")
        );
    }
}
