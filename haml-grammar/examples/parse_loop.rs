//! Parses a template file many times (for profiling):
//! `cargo run --release -p haml-grammar --example parse_loop -- FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a template file");
    let n: usize = args.next().map_or(100, |s| s.parse().expect("a number"));
    let source = std::fs::read_to_string(path).expect("readable file");
    let mut nodes = 0;
    for _ in 0..n {
        nodes += haml_grammar::parse(&source).map_or(0, |d| d.nodes.len());
    }
    println!("{nodes}");
}
