//! Renders its templates once per line read from stdin, each followed by a
//! line `--`, until stdin ends. Templates are read from
//! `$HAML_TEMPLATES_DIR` when built (the test's copy, which it edits).
#![forbid(unsafe_code)]

use std::io::{BufRead, Write};

use haml_runtime::Template;

struct Item {
    name: String,
    done: bool,
}

#[derive(Template)]
#[template(path = "page.haml")]
struct Page<'a> {
    title: &'a str,
    items: &'a [Item],
}

#[derive(Template)]
#[template(path = "page.haml", output = "haml")]
struct PageAsHaml<'a> {
    title: &'a str,
    items: &'a [Item],
}

fn main() {
    let items = [
        Item {
            name: "<milk>".into(),
            done: true,
        },
        Item {
            name: "bread".into(),
            done: false,
        },
    ];
    let title = "Shopping";
    let stdout = std::io::stdout();
    for line in std::io::stdin().lock().lines() {
        let Ok(which) = line else { break };
        let html = match which.trim() {
            "haml" => PageAsHaml {
                title,
                items: &items,
            }
            .render(),
            _ => Page {
                title,
                items: &items,
            }
            .render(),
        };
        let mut out = stdout.lock();
        let _ = writeln!(out, "{html}\n--");
        let _ = out.flush();
    }
}
