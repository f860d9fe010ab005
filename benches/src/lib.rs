//! The benchmark workloads, and each engine's way to render them.
//!
//! Three workloads: `big_table` (a 100 x 100 table of integers) and `teams`
//! (a short list with the leader highlighted), as in template-benchmarks-rs,
//! and `page` (a realistic page: layout, navigation, 50 items with text
//! that needs escaping, conditional classes, a footer). Each engine renders
//! each workload to a `String`; `tests/equivalence.rs` checks they all
//! write the same text and tags, so no engine wins by doing less.
#![forbid(unsafe_code)]

use std::fmt::Write as _;

pub mod holes;
pub mod suite;

// ------------------------------------------------------------------ data

/// The big table: `size` rows of `0..size`.
pub fn big_table_data(size: usize) -> Vec<Vec<usize>> {
    (0..size).map(|_| (0..size).collect()).collect()
}

/// A team and its score.
pub struct Team {
    /// Its name.
    pub name: String,
    /// Its score.
    pub score: u8,
}

/// The teams of the `teams` workload.
pub fn teams_data() -> Vec<Team> {
    [
        ("Jiangsu", 43),
        ("Beijing", 27),
        ("Guangzhou", 22),
        ("Shandong", 12),
    ]
    .into_iter()
    .map(|(name, score)| Team {
        name: name.to_string(),
        score,
    })
    .collect()
}

/// A navigation link.
pub struct NavLink {
    /// Where it goes.
    pub url: &'static str,
    /// What it says.
    pub label: &'static str,
    /// Whether it is the current page.
    pub active: bool,
}

/// An item of the page's list.
pub struct Item {
    /// Its number.
    pub id: u32,
    /// Its title (needs escaping).
    pub title: String,
    /// Its link.
    pub url: String,
    /// User text (needs escaping).
    pub text: String,
    /// A score.
    pub score: i64,
    /// Whether it is featured (a class).
    pub featured: bool,
    /// Whether it is done (a class).
    pub done: bool,
}

/// Everything the `page` workload shows.
pub struct PageData {
    /// The page title.
    pub title: String,
    /// The signed-in user.
    pub user: String,
    /// Navigation links.
    pub nav: Vec<NavLink>,
    /// 50 items.
    pub items: Vec<Item>,
}

/// The `page` workload's data.
pub fn page_data() -> PageData {
    PageData {
        title: "Acme: items & <news>".into(),
        user: "Ann \"The Coder\" O'Neil".into(),
        nav: vec![
            NavLink {
                url: "/",
                label: "Home",
                active: false,
            },
            NavLink {
                url: "/items",
                label: "Items",
                active: true,
            },
            NavLink {
                url: "/about",
                label: "About",
                active: false,
            },
        ],
        items: (1..=50)
            .map(|i| Item {
                id: i,
                title: format!("Item {i}: <new> & improved"),
                url: format!("/items/{i}?ref=list&page=1"),
                text: format!("User \"{i}\" wrote: 5 < 7 & 8 > 6, isn't it?"),
                score: i as i64 * 37 % 101 - 50,
                featured: i % 7 == 0,
                done: i % 3 == 0,
            })
            .collect(),
    }
}

// ------------------------------------------------------------------ haml-rs

/// This project, minified output (the default).
pub mod haml {
    use super::*;
    use haml_runtime::Template;

    #[derive(Template)]
    #[template(path = "big-table.haml")]
    struct BigTable<'a> {
        table: &'a [Vec<usize>],
    }

    #[derive(Template)]
    #[template(path = "teams.haml")]
    struct Teams<'a> {
        year: u16,
        teams: &'a [Team],
    }

    #[derive(Template)]
    #[template(path = "page.haml")]
    struct Page<'a> {
        title: &'a str,
        user: &'a str,
        nav: &'a [NavLink],
        items: &'a [Item],
    }

    /// Renders the big table.
    pub fn big_table(table: &[Vec<usize>]) -> String {
        BigTable { table }.render()
    }

    /// Renders the teams.
    pub fn teams(teams: &[Team]) -> String {
        Teams { year: 2015, teams }.render()
    }

    /// Renders the page.
    pub fn page(data: &PageData) -> String {
        Page {
            title: &data.title,
            user: &data.user,
            nav: &data.nav,
            items: &data.items,
        }
        .render()
    }
}

// ------------------------------------------------------------------ Askama

/// Askama.
pub mod askama_engine {
    use super::*;
    use askama::Template;

    #[derive(Template)]
    #[template(path = "big-table.html")]
    struct BigTable<'a> {
        table: &'a [Vec<usize>],
    }

    #[derive(Template)]
    #[template(path = "teams.html")]
    struct Teams<'a> {
        year: u16,
        teams: &'a [Team],
    }

    #[derive(Template)]
    #[template(path = "page.html")]
    struct Page<'a> {
        title: &'a str,
        user: &'a str,
        nav: &'a [NavLink],
        items: &'a [Item],
    }

    /// Renders the big table.
    pub fn big_table(table: &[Vec<usize>]) -> String {
        BigTable { table }.render().unwrap_or_default()
    }

    /// Renders the teams.
    pub fn teams(teams: &[Team]) -> String {
        Teams { year: 2015, teams }.render().unwrap_or_default()
    }

    /// Renders the page.
    pub fn page(data: &PageData) -> String {
        Page {
            title: &data.title,
            user: &data.user,
            nav: &data.nav,
            items: &data.items,
        }
        .render()
        .unwrap_or_default()
    }
}

// ------------------------------------------------------------------ Sailfish

/// Sailfish.
pub mod sailfish_engine {
    use super::*;
    use sailfish::TemplateSimple;

    #[derive(TemplateSimple)]
    #[template(path = "big-table.stpl")]
    struct BigTable<'a> {
        table: &'a [Vec<usize>],
    }

    #[derive(TemplateSimple)]
    #[template(path = "teams.stpl")]
    struct Teams<'a> {
        year: u16,
        teams: &'a [Team],
    }

    #[derive(TemplateSimple)]
    #[template(path = "page.stpl")]
    struct Page<'a> {
        title: &'a str,
        user: &'a str,
        nav: &'a [NavLink],
        items: &'a [Item],
    }

    /// Renders the big table.
    pub fn big_table(table: &[Vec<usize>]) -> String {
        BigTable { table }.render_once().unwrap_or_default()
    }

    /// Renders the teams.
    pub fn teams(teams: &[Team]) -> String {
        Teams { year: 2015, teams }
            .render_once()
            .unwrap_or_default()
    }

    /// Renders the page.
    pub fn page(data: &PageData) -> String {
        Page {
            title: &data.title,
            user: &data.user,
            nav: &data.nav,
            items: &data.items,
        }
        .render_once()
        .unwrap_or_default()
    }
}

// ------------------------------------------------------------------ Maud

/// Maud.
pub mod maud_engine {
    use super::*;
    use maud::{html, DOCTYPE};

    /// Renders the big table.
    pub fn big_table(table: &[Vec<usize>]) -> String {
        html! {
            table {
                @for row in table {
                    tr { @for col in row { td { (col) } } }
                }
            }
        }
        .into_string()
    }

    /// Renders the teams.
    pub fn teams(teams: &[Team]) -> String {
        let year = 2015;
        html! {
            html {
                head { title { (year) } }
                body {
                    h1 { "CSL " (year) }
                    ul {
                        @for (i, team) in teams.iter().enumerate() {
                            li.champion[i == 0] { b { (team.name) } ": " (team.score) }
                        }
                    }
                }
            }
        }
        .into_string()
    }

    /// Renders the page.
    pub fn page(data: &PageData) -> String {
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (data.title) }
                    link rel="stylesheet" href="/static/site.css";
                }
                body {
                    header.site-header {
                        a.logo href="/" { "Acme" }
                        nav {
                            ul.nav {
                                @for link in &data.nav {
                                    li.active[link.active] { a href=(link.url) { (link.label) } }
                                }
                            }
                        }
                    }
                    main.container {
                        h1 { (data.title) }
                        p.lead { "Welcome back, " (data.user) "!" }
                        ul.items {
                            @for item in &data.items {
                                li.item.featured[item.featured].done[item.done] id={ "item-" (item.id) } {
                                    a.title href=(item.url) { (item.title) }
                                    p.text { (item.text) }
                                    span.score { (item.score) }
                                }
                            }
                        }
                    }
                    footer.site-footer {
                        p { "© 2024 Acme Inc. " a href="/privacy" { "Privacy" } }
                    }
                }
            }
        }
        .into_string()
    }
}

// ------------------------------------------------------------------ by hand

/// Hand-written code: `push_str` into a `String` that starts empty, `itoa`
/// for integers, a plain escaping loop.
pub mod hand_written {
    use super::*;

    fn escape(out: &mut String, s: &str) {
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
        }
    }

    /// Renders the big table.
    pub fn big_table(table: &[Vec<usize>]) -> String {
        let mut out = String::new();
        out.push_str("<table>");
        for row in table {
            out.push_str("<tr>");
            for col in row {
                out.push_str("<td>");
                out.push_str(itoa::Buffer::new().format(*col));
                out.push_str("</td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</table>");
        out
    }

    /// Renders the teams.
    pub fn teams(teams: &[Team]) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "<html><head><title>2015</title></head><body><h1>CSL 2015</h1><ul>"
        );
        for (i, team) in teams.iter().enumerate() {
            out.push_str(if i == 0 {
                "<li class=\"champion\">"
            } else {
                "<li>"
            });
            out.push_str("<b>");
            escape(&mut out, &team.name);
            out.push_str("</b>: ");
            out.push_str(itoa::Buffer::new().format(team.score));
            out.push_str("</li>");
        }
        out.push_str("</ul></body></html>");
        out
    }

    /// Renders the page.
    pub fn page(data: &PageData) -> String {
        let mut out = String::new();
        out.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        escape(&mut out, &data.title);
        out.push_str("</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body><header class=\"site-header\"><a class=\"logo\" href=\"/\">Acme</a><nav><ul class=\"nav\">");
        for link in &data.nav {
            out.push_str(if link.active {
                "<li class=\"active\">"
            } else {
                "<li>"
            });
            out.push_str("<a href=\"");
            escape(&mut out, link.url);
            out.push_str("\">");
            escape(&mut out, link.label);
            out.push_str("</a></li>");
        }
        out.push_str("</ul></nav></header><main class=\"container\"><h1>");
        escape(&mut out, &data.title);
        out.push_str("</h1><p class=\"lead\">Welcome back, ");
        escape(&mut out, &data.user);
        out.push_str("!</p><ul class=\"items\">");
        for item in &data.items {
            out.push_str("<li class=\"item");
            if item.featured {
                out.push_str(" featured");
            }
            if item.done {
                out.push_str(" done");
            }
            out.push_str("\" id=\"item-");
            out.push_str(itoa::Buffer::new().format(item.id));
            out.push_str("\"><a class=\"title\" href=\"");
            escape(&mut out, &item.url);
            out.push_str("\">");
            escape(&mut out, &item.title);
            out.push_str("</a><p class=\"text\">");
            escape(&mut out, &item.text);
            out.push_str("</p><span class=\"score\">");
            out.push_str(itoa::Buffer::new().format(item.score));
            out.push_str("</span></li>");
        }
        out.push_str("</ul></main><footer class=\"site-footer\"><p>&copy; 2024 Acme Inc. <a href=\"/privacy\">Privacy</a></p></footer></body></html>");
        out
    }
}

/// The copy limit: the time to copy finished output into a buffer reserved
/// for it. No engine can be faster.
pub fn copy_limit(output: &str) -> String {
    let mut out = String::with_capacity(output.len());
    out.push_str(output);
    out
}
