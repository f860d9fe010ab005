//! Print the syntax tree of a template file (or stdin): `cargo run -p haml-grammar --example dump -- FILE`.
use std::io::Read;

fn main() {
    let mut source = String::new();
    match std::env::args().nth(1) {
        Some(path) => source = std::fs::read_to_string(path).expect("readable file"),
        None => {
            std::io::stdin().read_to_string(&mut source).expect("stdin");
        }
    }
    match haml_grammar::parse(&source) {
        Ok(doc) => println!("{doc:#?}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
