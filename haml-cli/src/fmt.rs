//! `haml fmt`: templates rewritten in one layout, without changing what
//! they render.
//!
//! The layout: two spaces per level of nesting (the level the parser gives
//! each line, whatever indentation the file used), the bodies of filters
//! and silent comments two spaces deeper than their line (what lies beyond
//! the body's own indentation is kept), attribute hashes written
//! `{key: value, "key" => value}`, and blank lines empty. Everything else
//! stays as written: the text of each line after its indentation, Rust
//! code (continuation lines of code, of a `|` multiline group and of an
//! attribute hash over several lines keep their bytes, since whitespace in
//! a string literal is text), and HTML-style attribute lists.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use haml_grammar::{
    Attribute, AttributeGroup, AttributeStyle, Content, Node, NodeKind, ParseError, Statement,
};

/// `haml fmt --help`.
pub(crate) const USAGE: &str = "\
haml fmt: rewrite HAML templates in one layout, without changing what they render

Usage: haml fmt [OPTIONS] [PATH...]

Formats every `.haml` file under each PATH (a file or a directory; default: the current
directory) in place: two spaces per level of nesting, filter bodies two spaces deeper than
their filter, attribute hashes as `{key: value, \"key\" => value}`, blank lines empty. Text,
Rust code and HTML-style attributes stay as written. A template that does not parse is
reported as `haml check` reports it and left as it is.

Options:
  --check       write nothing; list the files that are not formatted, exit status 1 if any
  --stdout      print the formatted templates instead of writing them
  -h, --help    this help

Exit status: 0 when done (with --check: when every file is formatted), 1 when a template
does not parse (or, with --check, is not formatted), 2 on bad usage.";

/// Runs `haml fmt` with its arguments.
pub(crate) fn run(args: &[String]) -> ExitCode {
    let (mut check, mut stdout) = (false, false);
    let mut paths = Vec::new();
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--check" => check = true,
            "--stdout" => stdout = true,
            flag if flag.starts_with('-') => {
                eprintln!("haml fmt: unknown option `{flag}`\n\n{USAGE}");
                return ExitCode::from(2);
            }
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let mut files = Vec::new();
    for path in &paths {
        if let Err(e) = crate::check::collect(path, &mut files) {
            eprintln!("haml fmt: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for file in &files {
        match format_file(file) {
            Ok((source, formatted)) => {
                if stdout {
                    let _ = out.write_all(formatted.as_bytes());
                } else if formatted == source {
                    continue;
                } else if check {
                    let _ = writeln!(out, "{}", file.display());
                    failed = true;
                } else if let Err(e) = std::fs::write(file, formatted) {
                    eprintln!("haml fmt: {}: {e}", file.display());
                    failed = true;
                }
            }
            Err(message) => {
                eprintln!("{message}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The file's text and its formatted text, or the message of why not.
fn format_file(file: &Path) -> Result<(String, String), String> {
    let source =
        std::fs::read_to_string(file).map_err(|e| format!("haml fmt: {}: {e}", file.display()))?;
    let formatted = format(&source).map_err(|e| format!("{}:{e}", file.display()))?;
    Ok((source, formatted))
}

/// How one line that starts a node is written.
struct Structural<'a> {
    /// Its level of nesting.
    depth: usize,
    /// Its attribute hashes, to respace.
    groups: &'a [AttributeGroup],
    /// What follows it: a body to indent (filter, silent comment) or
    /// continuation lines to keep.
    body: Body,
}

#[derive(Clone, Copy, PartialEq)]
enum Body {
    /// Lines that are not nodes after it are indented as a body.
    Indented,
    /// Lines that are not nodes after it (Rust code, `|` groups, a hash
    /// over several lines) keep their bytes.
    Kept,
}

/// `source` in the layout of the [module](self); an error if it does not
/// parse.
pub(crate) fn format(source: &str) -> Result<String, ParseError> {
    let document = haml_grammar::parse(source)?;
    let mut plan = Plan::default();
    plan.nodes(&document.nodes, 0);
    let Plan {
        starts: plan,
        filter_lines,
    } = plan;
    let mut out = String::with_capacity(source.len());
    // The line that owns the lines after it: its old and new indentation,
    // how its body is written, and the body's old indentation once seen.
    let mut owner: Option<(&str, String, Body, Option<&str>)> = None;
    let mut offset = 0;
    let mut lines = source.split('\n').peekable();
    let mut number = 0u32;
    while let Some(raw) = lines.next() {
        number += 1;
        let start = offset;
        offset += raw.len() + 1;
        let (line, ending) = match raw.strip_suffix('\r') {
            Some(l) => (l, "\r"),
            None => (raw, ""),
        };
        let indentation = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        if let Some(s) = plan.get(&number) {
            let new = "  ".repeat(s.depth);
            out.push_str(&new);
            out.push_str(&respace_groups(
                source,
                start,
                line,
                indentation.len(),
                s.groups,
            ));
            owner = Some((indentation, new, s.body, None));
        } else if let (Some(raw), Some((_, new, _, _))) = (filter_lines.get(&number), &owner) {
            if !raw.is_empty() {
                out.push_str(new);
                out.push_str("  ");
                out.push_str(raw.strip_suffix('\r').unwrap_or(raw));
            }
        } else if line.trim().is_empty() {
            // Blank: empty (filters keep blank lines as empty lines).
        } else {
            match &mut owner {
                Some((old, new, Body::Indented, base)) if line.starts_with(*old) => {
                    // A silent comment's body: its indentation is taken
                    // to be its first line's (it renders nothing).
                    let base = *base.get_or_insert(indentation);
                    let rest = line.strip_prefix(base).unwrap_or(&line[old.len()..]);
                    out.push_str(new);
                    out.push_str("  ");
                    out.push_str(rest);
                }
                _ => out.push_str(line),
            }
        }
        out.push_str(ending);
        if lines.peek().is_some() {
            out.push('\n');
        }
    }
    Ok(out)
}

/// What the tree says of the file's lines, by line number.
#[derive(Default)]
struct Plan<'a> {
    /// Each line that starts a node (or is a `- else`, `- else if` or
    /// match arm): how it is written.
    starts: BTreeMap<u32, Structural<'a>>,
    /// Each line of a filter body without the body's indentation, as the
    /// parser read it (the body's indentation is its filter's and one unit
    /// of the file's indentation).
    filter_lines: BTreeMap<u32, &'a str>,
}

impl<'a> Plan<'a> {
    /// Records how the line at `number` is written.
    fn start(&mut self, number: u32, depth: usize, groups: &'a [AttributeGroup], body: Body) {
        let start = Structural {
            depth,
            groups,
            body,
        };
        self.starts.insert(number, start);
    }

    /// Records the lines of `nodes`, which stand at `depth`.
    fn nodes(&mut self, nodes: &'a [Node], depth: usize) {
        for node in nodes {
            let at = node.span.line;
            match &node.kind {
                NodeKind::Element(element) => {
                    self.start(at, depth, &element.attribute_groups, Body::Kept);
                    if let Content::Children(children) = &element.content {
                        self.nodes(children, depth + 1);
                    }
                }
                NodeKind::Comment(comment) => {
                    self.start(at, depth, &[], Body::Kept);
                    self.nodes(&comment.children, depth + 1);
                }
                NodeKind::Filter(filter) => {
                    self.start(at, depth, &[], Body::Indented);
                    for line in &filter.lines {
                        self.filter_lines.insert(line.span.line, line.raw.as_str());
                    }
                }
                NodeKind::SilentComment(_) => self.start(at, depth, &[], Body::Indented),
                NodeKind::Statement(statement) => {
                    self.start(at, depth, &[], Body::Kept);
                    match statement {
                        Statement::If {
                            branches,
                            otherwise,
                        } => {
                            for (i, branch) in branches.iter().enumerate() {
                                if i > 0 {
                                    self.start(branch.span.line, depth, &[], Body::Kept);
                                }
                                self.nodes(&branch.body, depth + 1);
                            }
                            if let Some(block) = otherwise {
                                self.start(block.span.line, depth, &[], Body::Kept);
                                self.nodes(&block.body, depth + 1);
                            }
                        }
                        Statement::For { body, .. }
                        | Statement::While { body, .. }
                        | Statement::Loop { body } => self.nodes(body, depth + 1),
                        Statement::Match { arms, .. } => {
                            for arm in arms {
                                self.start(arm.span.line, depth + 1, &[], Body::Kept);
                                self.nodes(&arm.body, depth + 2);
                            }
                        }
                        Statement::Let(_) | Statement::Plain(_) => {}
                    }
                }
                NodeKind::Doctype(_)
                | NodeKind::Text(_)
                | NodeKind::Output(_)
                | NodeKind::Include(_) => self.start(at, depth, &[], Body::Kept),
            }
        }
    }
}

/// `line` (starting at byte `start` of `source`) after its indentation
/// (`indentation` bytes), with each attribute hash on it respaced.
fn respace_groups(
    source: &str,
    start: usize,
    line: &str,
    indentation: usize,
    groups: &[AttributeGroup],
) -> String {
    let mut text = line[indentation..].to_string();
    let base = start + indentation;
    // From the last group, so the offsets before it stay right.
    for group in groups.iter().rev() {
        let (from, to) = (group.span.start, group.span.end);
        if group.style != AttributeStyle::Hash || from < base || to > base + text.len() {
            continue;
        }
        if let Some(respaced) = respace(source, group) {
            text.replace_range(from - base..to - base, &respaced);
        }
    }
    text
}

/// `{key: value, "key" => value}` for a hash on one line, or `None` to
/// keep it as written (a shape this does not know).
fn respace(source: &str, group: &AttributeGroup) -> Option<String> {
    let written = source.get(group.span.start..group.span.end)?;
    if written.contains('\n') || !written.starts_with('{') || !written.ends_with('}') {
        return None;
    }
    let pairs: Vec<String> = group
        .attributes
        .iter()
        .map(|a| pair(source, a))
        .collect::<Option<_>>()?;
    Some(format!("{{{}}}", pairs.join(", ")))
}

/// One `key: value` or `"key" => value`, respaced.
fn pair(source: &str, attribute: &Attribute) -> Option<String> {
    let written = source.get(attribute.span.start..attribute.span.end)?.trim();
    if let Some(quote) = written.chars().next().filter(|c| matches!(c, '"' | '\'')) {
        let close = written[1..].find(quote)? + 1;
        let (key, rest) = written.split_at(close + 1);
        let value = rest.trim_start().strip_prefix("=>")?.trim();
        return (!value.is_empty()).then(|| format!("{key} => {value}"));
    }
    let colon = written.find(':')?;
    let (key, rest) = written.split_at(colon);
    let value = rest[1..].trim();
    let plain_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    (plain_key && !value.is_empty()).then(|| format!("{key}: {value}"))
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn indentation_becomes_two_spaces_per_level() {
        let source = "%div\n    %p\n        %b x\n    - if a\n        y\n    - else\n        z\n";
        assert_eq!(
            format(source).unwrap(),
            "%div\n  %p\n    %b x\n  - if a\n    y\n  - else\n    z\n"
        );
        let tabs = "%ul\n\t%li\n\t\t%a{href:\"/\",title:  t} x\n";
        assert_eq!(
            format(tabs).unwrap(),
            "%ul\n  %li\n    %a{href: \"/\", title: t} x\n"
        );
    }

    #[test]
    fn match_arms_and_bodies() {
        let source = "- match x\n    - 1 =>\n        one\n    - _ =>\n        other\n";
        assert_eq!(
            format(source).unwrap(),
            "- match x\n  - 1 =>\n    one\n  - _ =>\n    other\n"
        );
    }

    #[test]
    fn filter_bodies_keep_their_own_indentation() {
        let source =
            "%div\n    :javascript\n        if (a) {\n          b();\n        }\n\n    %p x\n";
        assert_eq!(
            format(source).unwrap(),
            "%div\n  :javascript\n    if (a) {\n      b();\n    }\n\n  %p x\n"
        );
    }

    #[test]
    fn hashes_are_respaced_and_the_rest_kept() {
        assert_eq!(
            format("%a{ \"data-x\"=>1 ,href:url }(title=\"t\")  text  \n").unwrap(),
            "%a{\"data-x\" => 1, href: url}(title=\"t\")  text  \n"
        );
        // A hash over several lines keeps its bytes.
        let multi = "%button{\n  type: \"button\",\n  \"aria-label\" => \"Prev\"\n}\n  %span x\n";
        assert_eq!(format(multi).unwrap(), multi);
        // Code continuation lines keep their bytes.
        let code = "%p\n    = f(a,\n          b)\n";
        assert_eq!(format(code).unwrap(), "%p\n  = f(a,\n          b)\n");
    }

    #[test]
    fn errors_are_parse_errors() {
        assert!(format("%a{href: x").is_err());
        assert!(format("%p\n  %b\n     %i").is_err());
    }

    /// Every template of the project (corpus, real-world conversions, test,
    /// example and benchmark templates), none written for the formatter:
    /// formatted, each compiles to the same operations as before in both
    /// outputs (spans aside: lines and columns move), and formatting again
    /// changes nothing.
    #[test]
    fn formatting_never_changes_what_a_template_renders() {
        use haml_compiler::{compile, Options, Output, SourceFile, TemplatesDir};

        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut files = Vec::new();
        for dir in [
            "tests/corpus",
            "tests/realworld",
            "tests/templates",
            "haml-runtime/templates",
            "benches/templates",
        ] {
            crate::check::collect(std::path::Path::new(&format!("{root}/{dir}")), &mut files)
                .unwrap();
        }
        let operations = |source: &str, output: Output| {
            let options = Options {
                output,
                ..Options::default()
            };
            compile(
                SourceFile::inline(source, "t", "t"),
                &options,
                &TemplatesDir::at(format!("{root}/tests/templates")),
            )
            .ok()
            .map(|c| without_spans(&format!("{:?}", c.ops)))
        };
        let (mut compared, mut changed) = (0, 0);
        for file in &files {
            let original = std::fs::read_to_string(file).unwrap();
            // The template as written, and laid out in ways the formatter
            // undoes: indentation doubled, indentation in tabs, hashes
            // spaced out (each may render differently from the original;
            // what is checked is that formatting keeps what each renders).
            for (variant, source) in [
                ("as written", original.clone()),
                ("doubled", reindent(&original, "    ")),
                ("tabs", reindent(&original, "\t")),
                ("spaced hashes", space_out_hashes(&original)),
            ] {
                let Ok(formatted) = format(&source) else {
                    continue;
                };
                let name = format!("{} ({variant})", file.display());
                assert_eq!(format(&formatted).unwrap(), formatted, "{name}: not stable");
                changed += usize::from(formatted != source);
                for output in [Output::Haml, Output::Minified] {
                    let Some(before) = operations(&source, output) else {
                        continue;
                    };
                    let after = operations(&formatted, output);
                    assert_eq!(
                        after.as_deref(),
                        Some(before.as_str()),
                        "{name} ({output:?}) renders differently once formatted:\n{formatted}"
                    );
                    compared += 1;
                }
            }
        }
        eprintln!(
            "{} templates, {changed} changed by formatting, {compared} compilations compared",
            files.len()
        );
        assert!(compared > 5000, "only {compared} compared");
        assert!(changed > 1500, "only {changed} changed");
    }

    /// `source` with each two spaces of leading indentation written as
    /// `unit`.
    fn reindent(source: &str, unit: &str) -> String {
        source
            .split('\n')
            .map(|line| {
                let rest = line.trim_start_matches(' ');
                let spaces = line.len() - rest.len();
                format!(
                    "{}{}{rest}",
                    unit.repeat(spaces / 2),
                    " ".repeat(spaces % 2)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// `source` with spaces inside each pair of braces and around each
    /// comma inside them.
    fn space_out_hashes(source: &str) -> String {
        let mut out = String::new();
        let mut depth = 0usize;
        for c in source.chars() {
            match c {
                '{' => {
                    depth += 1;
                    out.push_str("{ ");
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    out.push_str(" }");
                }
                ',' if depth > 0 => out.push_str(" , "),
                '\n' => {
                    depth = 0;
                    out.push('\n');
                }
                c => out.push(c),
            }
        }
        out
    }

    /// `text` without its `span: Span { .. }` fields.
    fn without_spans(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("span: Span {") {
            out.push_str(&rest[..at]);
            let end = rest[at..].find('}').map_or(rest.len(), |e| at + e + 1);
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }
}
