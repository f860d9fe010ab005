//! The public haml-spec cases (copied under `tests/haml-spec/`): every case
//! our Rust flavour can express parses, and every case haml 6.1.1 rejects
//! is rejected here too, on the same line.

use serde_json::Value;

fn cases() -> Vec<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/haml-spec/cases.jsonl"
    );
    std::fs::read_to_string(path)
        .expect("tests/haml-spec/cases.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn rust_compatible_cases_parse() {
    let mut failures = Vec::new();
    let mut count = 0;
    for case in cases() {
        if case["rust_compatible"] != true || case.get("error").is_some() {
            continue;
        }
        count += 1;
        let haml = case["haml"].as_str().unwrap();
        if let Err(e) = haml_grammar::parse(haml) {
            failures.push(format!("{}: {}\n{e}", case["name"], haml));
        }
    }
    assert!(
        count > 75,
        "expected the spec's compatible cases, found {count}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn error_cases_fail_on_the_same_line() {
    let mut count = 0;
    for case in cases() {
        let Some(error) = case.get("error").and_then(Value::as_str) else {
            continue;
        };
        count += 1;
        let haml = case["haml"].as_str().unwrap();
        let line: usize = error
            .rsplit("(line ")
            .next()
            .and_then(|s| s.trim_end_matches(')').parse().ok())
            .expect("error with a line");
        match haml_grammar::parse(haml) {
            Ok(doc) => panic!("{}: {haml:?} parsed: {doc:?}", case["name"]),
            Err(e) => assert_eq!(e.line(), line, "{}: {e}", case["name"]),
        }
    }
    assert!(count >= 1);
}
