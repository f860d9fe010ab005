//! For each template file named in a list, one line: a hash of what
//! `haml_grammar::parse` returns for it and for 30 mutations of it (the
//! syntax tree or the error, through `Debug`), then the file's path.
//!
//! Two builds of the parser that print the same lines give the same trees
//! and errors on those inputs; `tests/tools/compare_trees.sh` compares the
//! working tree with a commit this way, to check that a change to the
//! grammar meant to be a refactoring (a faster way to say the same) is one:
//! `cargo run --release -p haml-grammar --example tree_hashes -- LIST`.
use std::hash::{DefaultHasher, Hash, Hasher};

/// Characters the mutations insert: HAML's markers and brackets, quotes,
/// line breaks, a few letters and digits.
const ALPHABET: &str = "%.#{}()[]=-!&~/\\:|<>\"', \n\tabc01";

fn main() {
    let Some(list) = std::env::args().nth(1) else {
        eprintln!("usage: tree_hashes LIST (a file with one template path per line)");
        std::process::exit(2);
    };
    let list = std::fs::read_to_string(&list).unwrap_or_else(|e| {
        eprintln!("{list}: {e}");
        std::process::exit(2);
    });
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    for path in list.lines() {
        // Files that are not UTF-8 text are not templates.
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        let mut hasher = DefaultHasher::new();
        format!("{:?}", haml_grammar::parse(&source)).hash(&mut hasher);
        let chars: Vec<char> = source.chars().collect();
        // A fixed sequence per file (a linear congruential generator seeded
        // with its length), so both builds see the same mutations.
        let mut seed = chars.len() as u64 * 2_654_435_761 + 1;
        for _ in 0..30 {
            if chars.is_empty() {
                break;
            }
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let at = (seed >> 33) as usize % chars.len();
            let c = alphabet[(seed >> 13) as usize % alphabet.len()];
            let mut mutated = chars.clone();
            match (seed >> 7) % 3 {
                0 => {
                    mutated.remove(at);
                }
                1 => mutated.insert(at, c),
                _ => mutated[at] = c,
            }
            let mutated: String = mutated.into_iter().collect();
            format!("{:?}", haml_grammar::parse(&mutated)).hash(&mut hasher);
        }
        println!("{:016x} {path}", hasher.finish());
    }
}
