//! Generates the conformance tests: one `#[derive(Template)]` struct and one
//! `#[test]` per case of `corpus/` and of the haml-spec cases our Rust
//! flavour can express, each comparing the bytes of `output = "haml"` with
//! what haml 6.1.1 rendered (committed next to the case).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

// pest_derive without its `std` feature writes `alloc::` paths.
extern crate alloc;

#[path = "build/xss_places.rs"]
mod xss_places;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=corpus");
    println!("cargo:rerun-if-changed=realworld");
    println!("cargo:rerun-if-changed=haml-spec/cases.jsonl");
    let mut minified = Minified::default();
    let mut fragments = Fragments::default();
    std::fs::write(
        out.join("corpus_cases.rs"),
        corpus(
            &root.join("corpus"),
            "corpus",
            &mut minified,
            &mut fragments,
        ),
    )
    .unwrap();
    std::fs::write(
        out.join("realworld_cases.rs"),
        corpus(
            &root.join("realworld"),
            "realworld",
            &mut minified,
            &mut fragments,
        ),
    )
    .unwrap();
    std::fs::write(out.join("fragment_cases.rs"), fragments.finish()).unwrap();
    std::fs::write(
        out.join("spec_cases.rs"),
        spec(&root.join("haml-spec/cases.jsonl"), &mut minified),
    )
    .unwrap();
    std::fs::write(out.join("minified_cases.rs"), minified.finish()).unwrap();
    println!("cargo:rerun-if-changed=build/xss_places.rs");
    println!("cargo:rerun-if-changed=../haml-grammar/src/haml.pest");
    std::fs::write(out.join("xss_places.rs"), xss(&root, &out)).unwrap();
}

/// The pest parser of the template grammar, to see which rules each
/// generated place uses.
#[derive(pest_derive::Parser)]
#[grammar = "../haml-grammar/src/haml.pest"]
struct Grammar;

/// The generated XSS places (see `build/xss_places.rs`): the template of
/// every place that compiles, written to `OUT_DIR/xss_places.haml`, and the
/// Rust that the XSS test includes: the two template structs, the places,
/// the refused ones with their errors, and the grammar's rules against the
/// generator's table.
fn xss(root: &Path, out: &Path) -> String {
    use haml_compiler::{compile, Options, Output, SourceFile, TemplatesDir};
    use pest::Parser as _;

    let grammar = std::fs::read_to_string(root.join("../haml-grammar/src/haml.pest")).unwrap();
    let mut silent = std::collections::BTreeSet::new();
    let rules: Vec<&str> = grammar
        .lines()
        .filter_map(|line| {
            let (name, rest) = line.split_once(" = ")?;
            let valid = !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && rest.trim_start().starts_with(['{', '_', '@', '$', '!']);
            if valid && rest.trim_start().starts_with('_') {
                silent.insert(name);
            }
            valid.then_some(name)
        })
        .collect();
    let classified: Vec<&str> = xss_places::RULES.iter().map(|(name, _)| *name).collect();

    let mut accepted = Vec::new();
    let mut refused = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    for place in xss_places::places() {
        let mut error = None;
        for output in [Output::Minified, Output::Haml] {
            let options = Options {
                output,
                ..Options::default()
            };
            let source = SourceFile::inline(place.haml.clone(), "place", "place");
            if let Err(failure) = compile(source, &options, &TemplatesDir::none()) {
                let message = failure.error.message(&failure.files);
                error.get_or_insert(message.lines().next().unwrap_or("").to_string());
            }
        }
        match error {
            Some(error) => refused.push((place.name, error)),
            None => {
                // The rules the place's lines use, as the grammar parses
                // them (filter bodies as filter bodies).
                let mut filter_indent = None;
                for line in place.haml.lines() {
                    let indent = line.len() - line.trim_start().len();
                    let text = line.trim_start();
                    let rule = match filter_indent {
                        Some(i) if indent > i => Rule::filter_body,
                        _ => {
                            filter_indent = text.starts_with(':').then_some(indent);
                            Rule::line
                        }
                    };
                    if let Ok(pairs) = Grammar::parse(rule, text) {
                        used.extend(pairs.flatten().map(|p| format!("{:?}", p.as_rule())));
                    }
                }
                accepted.push(place);
            }
        }
    }
    // Silent rules (`_{ }`) leave no trace in a parse: their parents show
    // them.
    let unused: Vec<&str> = xss_places::RULES
        .iter()
        .filter(|(name, kind)| {
            *kind == xss_places::Rule::Value && !used.contains(*name) && !silent.contains(name)
        })
        .map(|(name, _)| *name)
        .collect();

    let mut template = String::from(
        "-# Generated by tests/build.rs from tests/build/xss_places.rs: every place\n\
         -# a value can stand. Do not edit.\n\
         !!! 5\n%html\n  %head\n    %meta{charset: \"utf-8\"}\n    %script function record(v) {}\n  %body\n",
    );
    for (i, place) in accepted.iter().enumerate() {
        writeln!(template, "    %section#place-{i}").unwrap();
        for line in place.haml.lines() {
            writeln!(template, "      {line}").unwrap();
        }
    }
    let path = out.join("xss_places.haml");
    std::fs::write(&path, template).unwrap();
    let names: Vec<&str> = accepted.iter().map(|p| p.name.as_str()).collect();
    format!(
        "/// The generated template.\npub const TEMPLATE: &str = {path:?};\n\
         /// Every rule of the grammar.\npub const GRAMMAR_RULES: &[&str] = &{rules:?};\n\
         /// The rules the generator's table classifies.\npub const CLASSIFIED_RULES: &[&str] = &{classified:?};\n\
         /// Rules classified as holding a value that no place uses.\npub const UNUSED_VALUE_RULES: &[&str] = &{unused:?};\n\
         /// The places, in the order of their sections (`#place-N`).\npub const PLACES: &[&str] = &{names:?};\n\
         /// The places the compiler refuses, with its error (a safe outcome).\npub const REFUSED: &[(&str, &str)] = &{refused:?};\n\
         /// Every place in the default output.\n#[derive(haml_runtime::Template)]\n#[template(path = {path:?})]\npub struct SafePlaces<'a> {{\n    /// The hostile value.\n    pub p: &'a str,\n}}\n\
         /// Every place with `output = \"haml\"` (HTML escaping only).\n#[derive(haml_runtime::Template)]\n#[template(path = {path:?}, output = \"haml\")]\npub struct NaivePlaces<'a> {{\n    /// The hostile value.\n    pub p: &'a str,\n}}\n",
        path = path.display().to_string(),
    )
}

/// Every case again with `output = "minified"`, and a function returning
/// `(name, reference output, minified output)` for each.
#[derive(Default)]
struct Minified {
    items: String,
    calls: String,
    /// The cases with `format = "xhtml"`.
    xhtml: Vec<String>,
}

impl Minified {
    fn add(&mut self, name: &str, template: &str, options: &str, locals: &Value, expected: &str) {
        let (fields, values) = self::locals(locals);
        let options = options.replace("output = \"haml\"", "output = \"minified\"");
        if options.contains("format = \"xhtml\"") {
            self.xhtml.push(name.to_string());
        }
        writeln!(
            self.items,
            "#[derive(haml_runtime::Template)]\n#[template({template}, {options})]\n#[allow(non_camel_case_types, dead_code)]\nstruct {name} {{\n{fields}}}\n"
        )
        .unwrap();
        writeln!(
            self.calls,
            "        (\"{name}\", {expected}.to_string(), haml_runtime::Template::render(&{name} {{\n{values}        }})),"
        )
        .unwrap();
    }

    fn finish(self) -> String {
        format!(
            "{}\n/// `(name, haml 6.1.1 output, minified output)` of every case (the haml output of `NAME.escaped.ruby.haml` where a case has one).\npub fn cases() -> Vec<(&'static str, String, String)> {{\n    vec![\n{}    ]\n}}\n\n/// The cases with `format = \"xhtml\"`.\n#[allow(dead_code)]\npub const XHTML: &[&str] = &{:?};\n",
            self.items, self.calls, self.xhtml
        )
    }
}

/// Every element of a corpus case whose id can name a fragment, as a
/// fragment of its own in both outputs: the words after `#`, `id: "` and
/// `id="` in the template are tried with the compiler library, and each
/// one it accepts becomes two template structs. The compiler's refusals
/// are listed too, for the test to check they are the fragment errors.
#[derive(Default)]
struct Fragments {
    items: String,
    calls: String,
    refused: Vec<(String, String)>,
}

impl Fragments {
    fn add(&mut self, name: &str, template: &str, source: &str, options: &str, locals: &Value) {
        let (fields, values) = self::locals(locals);
        let whole = haml_compiler::Options {
            output: haml_compiler::Output::Haml,
            ..haml_compiler::Options::default()
        };
        let dir = haml_compiler::TemplatesDir::none();
        let file = || haml_compiler::SourceFile::inline(source, name, "t");
        if haml_compiler::compile(file(), &whole, &dir).is_err() {
            return;
        }
        for id in candidate_ids(source) {
            let options_with_id = haml_compiler::Options {
                fragments: vec![(id.clone(), proc_macro2::Span::call_site())],
                ..whole.clone()
            };
            if let Err(failure) = haml_compiler::compile(file(), &options_with_id, &dir) {
                let message = failure.error.message(&failure.files);
                self.refused.push((format!("{name} #{id}"), message));
                continue;
            }
            let struct_name = format!("{name}__{}", id.replace('-', "_"));
            let minified = options.replace("output = \"haml\"", "output = \"minified\"");
            for (suffix, options) in [("", options), ("__min", minified.as_str())] {
                writeln!(
                    self.items,
                    "#[derive(haml_runtime::Template)]\n#[template({template}, {options}, fragment = {id:?})]\n#[allow(non_camel_case_types, dead_code)]\nstruct {struct_name}{suffix} {{\n{fields}}}\n"
                )
                .unwrap();
            }
            let render =
                |s: &str| format!("haml_runtime::Template::render(&{s} {{\n{values}        }})");
            writeln!(
                self.calls,
                "        (\"{name} #{id}\", {}, {}),",
                render(&struct_name),
                render(&format!("{struct_name}__min")),
            )
            .unwrap();
        }
    }

    fn finish(self) -> String {
        format!(
            "{}\n/// `(case and id, haml output, minified output)` of every fragment.\npub fn cases() -> Vec<(&'static str, String, String)> {{\n    vec![\n{}    ]\n}}\n\n/// `(case and id, message)` of every id the compiler refused.\npub const REFUSED: &[(&str, &str)] = &{:?};\n",
            self.items, self.calls, self.refused
        )
    }
}

/// Every word written after `#`, `id: "`, `id="` or `"id" => "`.
fn candidate_ids(source: &str) -> Vec<String> {
    let word = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .collect()
    };
    let mut ids = Vec::new();
    for marker in ["#", "id: \"", "id=\"", "\"id\" => \""] {
        for (i, _) in source.match_indices(marker) {
            ids.push(word(&source[i + marker.len()..]));
        }
    }
    ids.retain(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()));
    ids.sort();
    ids.dedup();
    ids
}

/// `#[template(...)]` options from a case's haml options.
fn options(options: &Value) -> String {
    let mut out = String::from("output = \"haml\"");
    let Some(map) = options.as_object() else {
        return out;
    };
    for (key, value) in map {
        let value = match (key.as_str(), value) {
            ("autoclose", Value::Array(names)) => {
                let names: Vec<&str> = names.iter().filter_map(Value::as_str).collect();
                format!("{:?}", names.join(" "))
            }
            (_, Value::String(s)) if s == "true" || s == "false" => s.clone(),
            (_, Value::String(s)) => format!("{s:?}"),
            (_, Value::Bool(b)) => b.to_string(),
            (key, other) => panic!("option {key} = {other}"),
        };
        write!(out, ", {key} = {value}").unwrap();
    }
    out
}

/// Struct fields and their values for a case's locals.
fn locals(locals: &Value) -> (String, String) {
    let mut fields = String::new();
    let mut values = String::new();
    if let Some(map) = locals.as_object() {
        for (name, value) in map {
            let (ty, v) = match value {
                Value::String(s) => ("&'static str".to_string(), format!("{s:?}")),
                Value::Bool(b) => ("bool".to_string(), b.to_string()),
                Value::Number(n) if n.is_i64() => ("i64".to_string(), n.to_string()),
                Value::Number(n) => ("f64".to_string(), format!("{:?}", n.as_f64().unwrap())),
                Value::Array(items) if items.iter().all(Value::is_string) => (
                    "Vec<&'static str>".to_string(),
                    format!(
                        "vec![{}]",
                        items
                            .iter()
                            .map(|i| format!("{:?}", i.as_str().unwrap()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                Value::Array(items) => (
                    "Vec<i64>".to_string(),
                    format!(
                        "vec![{}]",
                        items
                            .iter()
                            .map(|i| i.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                // A string the Ruby view trusted: `{"SafeCss": "..."}`.
                Value::Object(map) if map.len() == 1 => {
                    let (wrapper, text) = map.iter().next().unwrap();
                    match (wrapper.as_str(), text) {
                        ("SafeCss" | "SafeJs" | "SafeUrl", Value::String(s)) => (
                            format!("haml_runtime::{wrapper}<&'static str>"),
                            format!("haml_runtime::{wrapper}({s:?})"),
                        ),
                        _ => panic!("local {name} = {value}"),
                    }
                }
                other => panic!("local {name} = {other}"),
            };
            writeln!(fields, "    {name}: {ty},").unwrap();
            writeln!(values, "        {name}: {v},").unwrap();
        }
    }
    (fields, values)
}

fn case(
    out: &mut String,
    name: &str,
    template: &str,
    options: &str,
    locals: &Value,
    expected: &str,
) {
    let (fields, values) = self::locals(locals);
    writeln!(
        out,
        "#[derive(haml_runtime::Template)]\n#[template({template}, {options})]\n#[allow(non_camel_case_types, dead_code)]\nstruct {name} {{\n{fields}}}\n\n#[test]\nfn {name}_renders_like_haml() {{\n    let page = {name} {{\n{values}    }};\n    crate::assert_same(\"{name}\", &haml_runtime::Template::render(&page), {expected});\n}}\n"
    )
    .unwrap();
}

/// The cases of a corpus directory (`corpus`, `realworld`), named
/// `{set}_NAME`.
fn corpus(dir: &Path, set: &str, minified: &mut Minified, fragments: &mut Fragments) -> String {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".haml")?;
            (!stem.ends_with(".ruby")).then(|| stem.to_string())
        })
        .collect();
    names.sort();
    let mut out = String::new();
    for name in names {
        let read_json = |ext: &str| {
            std::fs::read_to_string(dir.join(format!("{name}.{ext}")))
                .map(|s| serde_json::from_str::<Value>(&s).unwrap())
                .unwrap_or(Value::Null)
        };
        let expected = dir.join(format!("{name}.html"));
        let expected = format!("include_str!({:?})", expected.display().to_string());
        let template = format!("path = \"../{set}/{name}.haml\"");
        let (options, locals) = (options(&read_json("json")), read_json("locals.json"));
        let source = std::fs::read_to_string(dir.join(format!("{name}.haml"))).unwrap();
        fragments.add(
            &format!("{set}_{name}"),
            &template,
            &source,
            &options,
            &locals,
        );
        case(
            &mut out,
            &format!("{set}_{name}"),
            &template,
            &options,
            &locals,
            &expected,
        );
        // The browser compares the minified output with haml's output of
        // the template with its filter values escaped, where there is one.
        let escaped = dir.join(format!("{name}.escaped.html"));
        let reference = if escaped.exists() {
            format!("include_str!({:?})", escaped.display().to_string())
        } else {
            expected
        };
        minified.add(
            &format!("{set}_{name}"),
            &template,
            &options,
            &locals,
            &reference,
        );
    }
    out
}

fn spec(path: &Path, minified: &mut Minified) -> String {
    let mut out = String::new();
    let text = std::fs::read_to_string(path).unwrap();
    for (i, line) in text.lines().enumerate() {
        let case_value: Value = serde_json::from_str(line).unwrap();
        if case_value["rust_compatible"] != true || case_value["html"].is_null() {
            continue;
        }
        let comment = format!("// {}: {}", case_value["group"], case_value["name"]);
        out.push_str(&comment.replace('\n', " "));
        out.push('\n');
        let name = format!("spec_{i:03}");
        let template = format!("source = {:?}", case_value["haml"].as_str().unwrap());
        let options = options(&case_value["config"]);
        let expected = format!("{:?}", case_value["html"].as_str().unwrap());
        case(
            &mut out,
            &name,
            &template,
            &options,
            &case_value["locals"],
            &expected,
        );
        minified.add(&name, &template, &options, &case_value["locals"], &expected);
    }
    out
}
