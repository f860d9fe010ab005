//! The suite's ratios to Sailfish, and each kind of hole's ratio to its
//! cheap counterpart (`src/holes.rs`), measured interleaved: each round
//! times a batch of one render and a batch of the other right after (in
//! alternating order), and the ratio of the two is one sample; the median
//! of 301 rounds is reported. On a shared machine whose speed drifts
//! between criterion's groups, a ratio measured this way moves far less:
//! `cargo run --release -p benches --example ratios`.
use std::hint::black_box;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

const ROUNDS: usize = 301;

/// One way to render a page.
type Renderer<'a> = &'a dyn Fn() -> String;

/// The medians of `a`'s and `b`'s time per call, and of their ratio.
fn interleaved(a: Renderer, b: Renderer) -> (f64, f64, f64) {
    // A batch of about 200 µs.
    let start = Instant::now();
    black_box(b());
    let once = start.elapsed().as_secs_f64().max(1e-9);
    let batch = ((200e-6 / once) as usize).clamp(1, 10_000);
    for _ in 0..batch * 5 {
        black_box(a());
        black_box(b());
    }
    let time = |f: Renderer| {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        start.elapsed().as_secs_f64() / batch as f64
    };
    let (mut ta, mut tb, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let (x, y) = if round % 2 == 0 {
            let x = time(a);
            (x, time(b))
        } else {
            let y = time(b);
            (time(a), y)
        };
        ta.push(x);
        tb.push(y);
        ratios.push(x / y);
    }
    (median(ta), median(tb), median(ratios))
}

fn show(s: f64) -> String {
    if s >= 1e-6 {
        format!("{:.2} µs", s * 1e6)
    } else {
        format!("{:.0} ns", s * 1e9)
    }
}

fn main() {
    let rounds = ROUNDS;
    println!("| page | haml-rs | Sailfish | haml-rs / Sailfish (median of {rounds} interleaved rounds) |");
    println!("|---|---:|---:|---:|");
    // The three workloads of `benches/render.rs` first.
    let (table, teams, page) = (
        benches::big_table_data(100),
        benches::teams_data(),
        benches::page_data(),
    );
    let workloads: [(&str, Renderer, Renderer); 3] = [
        ("big-table", &|| benches::haml::big_table(&table), &|| {
            benches::sailfish_engine::big_table(&table)
        }),
        ("teams", &|| benches::haml::teams(&teams), &|| {
            benches::sailfish_engine::teams(&teams)
        }),
        ("page", &|| benches::haml::page(&page), &|| {
            benches::sailfish_engine::page(&page)
        }),
    ];
    for (name, ours, theirs) in workloads {
        let (ours, theirs, ratio) = interleaved(ours, theirs);
        println!(
            "| {name} (render.rs) | {} | {} | **{ratio:.2}** |",
            show(ours),
            show(theirs)
        );
    }
    for page in benches::suite::pages() {
        let (ours, theirs, ratio) = interleaved(&|| page.haml(), &|| page.sailfish());
        println!(
            "| {} | {} | {} | **{:.2}** |",
            page.name(),
            show(ours),
            show(theirs),
            ratio
        );
    }
    let records = benches::holes::records();
    println!();
    println!(
        "| kind of hole | the kind | the cheap way | ratio | `write!` into a `String` | ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for kind in benches::holes::KINDS {
        let (value, text, ratio) =
            interleaved(&|| (kind.value)(&records), &|| (kind.text)(&records));
        let floor = match kind.rust {
            Some(rust) => {
                let (value, floor, ratio) =
                    interleaved(&|| (kind.value)(&records), &|| rust(&records));
                let _ = value;
                format!("{} | {ratio:.2}", show(floor))
            }
            None => " | ".to_string(),
        };
        println!(
            "| {} | {} | {} | **{ratio:.2}** | {floor} |",
            kind.name,
            show(value),
            show(text)
        );
    }
}
