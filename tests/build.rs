//! Generates the conformance tests: one `#[derive(Template)]` struct and one
//! `#[test]` per case of `corpus/` and of the haml-spec cases our Rust
//! flavour can express, each comparing the bytes of `output = "haml"` with
//! what haml 6.1.1 rendered (committed next to the case).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=corpus");
    println!("cargo:rerun-if-changed=realworld");
    println!("cargo:rerun-if-changed=haml-spec/cases.jsonl");
    let mut minified = Minified::default();
    std::fs::write(
        out.join("corpus_cases.rs"),
        corpus(&root.join("corpus"), "corpus", &mut minified),
    )
    .unwrap();
    std::fs::write(
        out.join("realworld_cases.rs"),
        corpus(&root.join("realworld"), "realworld", &mut minified),
    )
    .unwrap();
    std::fs::write(
        out.join("spec_cases.rs"),
        spec(&root.join("haml-spec/cases.jsonl"), &mut minified),
    )
    .unwrap();
    std::fs::write(out.join("minified_cases.rs"), minified.finish()).unwrap();
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
fn corpus(dir: &Path, set: &str, minified: &mut Minified) -> String {
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
