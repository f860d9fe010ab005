//! Renders one workload many times, for profilers:
//! `cargo run --release -p benches --example profile -- big-table haml 2000`
//! (a page of the suite by its name: `-- nav sailfish 2000`).
use std::hint::black_box;

use benches::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_else(|| "big-table".into());
    let engine = args.next().unwrap_or_else(|| "haml".into());
    let n: usize = args.next().map_or(1000, |s| s.parse().expect("a number"));
    let table = big_table_data(100);
    let teams = teams_data();
    let page = page_data();
    let suite_page = benches::suite::pages()
        .into_iter()
        .find(|p| p.name() == workload);
    let mut bytes = 0;
    for _ in 0..n {
        let out = match (workload.as_str(), engine.as_str()) {
            ("big-table", "haml") => haml::big_table(black_box(&table)),
            ("big-table", "sailfish") => sailfish_engine::big_table(black_box(&table)),
            ("teams", "haml") => haml::teams(black_box(&teams)),
            ("teams", "sailfish") => sailfish_engine::teams(black_box(&teams)),
            ("page", "haml") => haml::page(black_box(&page)),
            ("page", "sailfish") => sailfish_engine::page(black_box(&page)),
            (_, "haml") => suite_page.as_ref().expect("a workload").haml(),
            (_, "sailfish") => suite_page.as_ref().expect("a workload").sailfish(),
            other => panic!("unknown workload/engine {other:?}"),
        };
        bytes += out.len();
    }
    if std::env::var_os("PROFILE_PRINT").is_some() {
        if let Some(page) = &suite_page {
            println!("{}", page.haml());
        }
    }
    println!("{bytes}");
}
