//! Bad input never panics: mutated corpus templates and pathological inputs
//! either parse or give an error whose line and column lie in the source.

use std::sync::OnceLock;

use proptest::prelude::*;

fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus");
        let mut out: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "haml"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        out.sort();
        out
    })
}

/// Parse and check the error (if any) is well formed, and that reading
/// runs of lines in one grammar call gives what reading each line alone
/// does.
fn check(source: &str) {
    let parsed = haml_grammar::parse(source);
    assert_eq!(
        parsed,
        haml_grammar::parse_line_by_line(source),
        "{source:?}"
    );
    if let Err(e) = parsed {
        let lines = source.split(['\n', '\r']).count().max(1);
        assert!(e.line() >= 1 && e.line() <= lines + 1, "{e} for {source:?}");
        assert!(e.column() >= 1, "{e}");
        assert!(!e.message().is_empty());
        let _ = e.to_string();
    }
}

const PIECES: &[&str] = &[
    "%", ".", "#", "{", "}", "(", ")", "[", "]", "\"", "'", "\\", "#{", "=", "-", "/", "!", "&",
    "~", ":", "|", " |", ",", "\n", "\r\n", "\r", "\t", "  ", "<", ">", "=>", "r#\"", "\"#", "é",
    "\u{feff}", "- if", "- else", "- match", "- for", " in ", ":plain", "-#", "!!!", "\0",
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
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

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
    fn arbitrary_strings_never_panic(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn haml_alphabet_never_panics(pieces in prop::collection::vec(0usize..PIECES.len(), 0..60)) {
        let s: String = pieces.iter().map(|&i| PIECES[i]).collect();
        check(&s);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in ["(", "[", "{"] {
        check(&format!("= {}", open.repeat(100_000)));
        check(&format!("%a{{x: {}}}", open.repeat(100_000)));
        check(&format!("a #{{{}}}", open.repeat(100_000)));
    }
    check(&format!("%a{}", "{a: ".repeat(50_000)));
    check(&"%a\n".repeat(1000));
    let deep: String = (0..2000)
        .map(|i| format!("{}%a\n", " ".repeat(i)))
        .collect();
    check(&deep);
    check(&"|\n".repeat(10_000));
    check(&"a |\n".repeat(10_000));
    // Continued lines carry their brackets over.
    check(&format!("= f({}", "((((,\n".repeat(10_000)));
    check(&format!("%a{{{}", "x: {\n".repeat(10_000)));
}

#[test]
fn the_deepest_allowed_nesting_parses_in_a_debug_build() {
    // 64 levels is the limit: these run the grammar's recursion that far
    // on a test thread's stack, unoptimized.
    let depth = 64;
    let ok = |source: String| {
        assert!(
            haml_grammar::parse(&source).is_ok(),
            "{}",
            haml_grammar::parse(&source).unwrap_err()
        )
    };
    ok(format!("= {}x{}", "(".repeat(depth), ")".repeat(depth)));
    ok(format!("= {}x{}", "[".repeat(depth), "]".repeat(depth)));
    ok(format!(
        "%a{{b: {}x{}}}",
        "(".repeat(depth - 1),
        ")".repeat(depth - 1)
    ));
    let hash = format!("%a{}", "{a: ".repeat(depth)) + &"}".repeat(depth);
    assert!(
        haml_grammar::parse(&hash).is_err(),
        "hashes nest 16 deep at most"
    );
    let interpolation = format!("p {}x{}", "#{f(".repeat(depth / 2), ")}".repeat(depth / 2));
    ok(interpolation);
    let e = haml_grammar::parse(&format!("= {}", "(".repeat(depth + 1))).unwrap_err();
    assert!(e.message().contains("nested more than 64 deep"), "{e}");
    assert_eq!((e.line(), e.column()), (1, 2 + depth + 1));
}

#[test]
fn nested_unclosed_brackets_take_linear_time() {
    // Each of these took time exponential in the nesting before the grammar
    // read a group only once (found by the fuzzer); at 64 levels this test
    // would not finish.
    for open in ["(", "[", "{"] {
        check(&format!("- i{}", open.repeat(64)));
        check(&format!("= f{} x", open.repeat(64)));
        check(&format!("%a{{k: {}}}", open.repeat(64)));
        check(&format!("p #{{{}}}", open.repeat(64)));
    }
    check(&format!("/{}", "[".repeat(64)));
    check(&format!("%a{}", "{k: ".repeat(64)));
}
