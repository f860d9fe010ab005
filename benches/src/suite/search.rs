//! `search`: 50 search results for a user's query, with pagination.

use super::text;

/// A search result.
pub struct Hit {
    /// The page's title.
    pub title: String,
    /// The page's URL, with a query string and a fragment.
    pub url: String,
    /// The URL as shown under the title.
    pub display_url: String,
    /// The snippet before the match.
    pub before: String,
    /// The match, highlighted.
    pub matched: String,
    /// The snippet after the match.
    pub after: String,
    /// When the page was last changed.
    pub date: String,
}

/// The `search` page's data.
pub struct SearchPage {
    /// What the user searched for.
    pub query: String,
    /// The current page of results, 1 to 10.
    pub page: u32,
    /// How many results there are.
    pub total: u32,
    /// How long the search took.
    pub took_ms: u32,
    /// 50 results.
    pub hits: Vec<Hit>,
    /// Related searches.
    pub related: Vec<String>,
}

const SITES: &[&str] = &[
    "docs.example.org/book/ch04",
    "forum.example.com/t/help",
    "blog.example.net/posts",
    "wiki.example.org/w/index.php",
    "stackexchange.example.com/questions",
];

/// The page's data.
pub fn data() -> SearchPage {
    let query = "borrow checker & lifetimes";
    SearchPage {
        query: query.into(),
        page: 3,
        total: 48_213,
        took_ms: 37,
        hits: (0..50)
            .map(|i| {
                let site = SITES[i % SITES.len()];
                let url = format!(
                    "https://{site}/{}?lang=en&v={}&highlight=borrow+checker#section-{}",
                    1000 + i * 17,
                    1 + i % 4,
                    i % 9
                );
                Hit {
                    title: format!("{}: {}", text::title(i + 60), query),
                    display_url: format!("{site} › {}", 1000 + i * 17),
                    url,
                    before: format!("{} about the", text::sentence(i + 30, 9 + i % 6)),
                    matched: if i.is_multiple_of(4) {
                        "borrow checker".into()
                    } else {
                        "lifetimes".into()
                    },
                    after: text::words(i + 90, 12 + i % 8) + "...",
                    date: text::date(i).1,
                }
            })
            .collect(),
        related: [
            "rust lifetimes explained",
            "borrow checker error E0502",
            "non-lexical lifetimes",
            "rust references & borrowing",
            "'static lifetime",
            "lifetime elision rules",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    }
}

/// Percent-encodes a value for a URL's query: every byte but
/// `A-Za-z0-9-._~`, as `encodeURIComponent` and the `urlencoding` crate do.
/// The Sailfish template calls it; this project does the same on its own
/// for a value in a query.
pub fn query_encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len() * 3);
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

mod engines {
    use super::{query_encode, Hit};

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/search.haml")]
    pub struct Haml<'a> {
        pub query: &'a str,
        pub page: u32,
        pub total: u32,
        pub took_ms: u32,
        pub hits: &'a [Hit],
        pub related: &'a [String],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/search.stpl")]
    pub struct Sailfish<'a> {
        pub query: &'a str,
        pub page: u32,
        pub total: u32,
        pub took_ms: u32,
        pub hits: &'a [Hit],
        pub related: &'a [String],
    }
}

/// Renders the page with this project.
pub fn haml(page: &SearchPage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        query: &page.query,
        page: page.page,
        total: page.total,
        took_ms: page.took_ms,
        hits: &page.hits,
        related: &page.related,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &SearchPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        query: &page.query,
        page: page.page,
        total: page.total,
        took_ms: page.took_ms,
        hits: &page.hits,
        related: &page.related,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(SearchPage, "search");
