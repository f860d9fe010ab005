//! Output bytes and gzip bytes of each workload by each engine (and of each
//! page of the suite by this project and Sailfish), for the benchmark tables: `cargo run --release -p benches --example sizes`.

use std::io::Write;

use benches::*;
use flate2::write::GzEncoder;
use flate2::Compression;

fn gzip(s: &str) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::new(6));
    e.write_all(s.as_bytes()).expect("gzip into memory");
    e.finish().expect("gzip into memory").len()
}

fn main() {
    let table = big_table_data(100);
    let teams = teams_data();
    let page = page_data();
    println!("| workload | engine | output bytes | gzip -6 bytes |");
    println!("|---|---|---:|---:|");
    let mut rows: Vec<(&str, &str, String)> = vec![
        ("big-table", "haml", haml::big_table(&table)),
        ("big-table", "sailfish", sailfish_engine::big_table(&table)),
        ("big-table", "askama", askama_engine::big_table(&table)),
        ("big-table", "maud", maud_engine::big_table(&table)),
        ("big-table", "hand-written", hand_written::big_table(&table)),
        ("teams", "haml", haml::teams(&teams)),
        ("teams", "sailfish", sailfish_engine::teams(&teams)),
        ("teams", "askama", askama_engine::teams(&teams)),
        ("teams", "maud", maud_engine::teams(&teams)),
        ("teams", "hand-written", hand_written::teams(&teams)),
        ("page", "haml", haml::page(&page)),
        ("page", "sailfish", sailfish_engine::page(&page)),
        ("page", "askama", askama_engine::page(&page)),
        ("page", "maud", maud_engine::page(&page)),
        ("page", "hand-written", hand_written::page(&page)),
    ];
    let suite = suite::pages();
    for page in &suite {
        rows.push((page.name(), "haml", page.haml()));
        rows.push((page.name(), "sailfish", page.sailfish()));
    }
    for (workload, engine, output) in rows {
        println!(
            "| {workload} | {engine} | {} | {} |",
            output.len(),
            gzip(&output)
        );
    }
}
