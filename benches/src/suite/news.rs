//! `news`: a Hacker-News-like front page of 100 stories.

use super::text;

/// A story on the front page.
pub struct Story {
    /// Its number.
    pub id: u32,
    /// Its title.
    pub title: String,
    /// Where it links to: a whole URL with a query string.
    pub url: String,
    /// The site, shown after the title.
    pub domain: String,
    /// The submitter's text.
    pub text: String,
    /// The submitter's user name (safe in a URL path).
    pub author: String,
    /// Points.
    pub score: u32,
    /// Comments.
    pub comments: u32,
    /// Age in hours.
    pub age_hours: u32,
}

/// A trending story in the sidebar.
pub struct Trending {
    /// The story's number.
    pub id: u32,
    /// Its title.
    pub title: String,
}

/// The `news` page's data.
pub struct NewsPage {
    /// What the search box holds.
    pub query: String,
    /// The signed-in user.
    pub user: String,
    /// The user's karma.
    pub karma: u32,
    /// 100 stories.
    pub stories: Vec<Story>,
    /// 10 trending stories.
    pub trending: Vec<Trending>,
}

const DOMAINS: &[&str] = &[
    "github.com",
    "blog.example.org",
    "lwn.net",
    "arxiv.org",
    "www.nature.com",
    "news.example.com",
    "engineering.example.io",
    "docs.example.dev",
];

/// The page's data.
pub fn data() -> NewsPage {
    let stories: Vec<Story> = (0..100)
        .map(|i| {
            let id = 40_000_000 + i as u32 * 7;
            let domain = DOMAINS[i % DOMAINS.len()];
            let slug = text::words(i + 7, 4).replace(' ', "-");
            Story {
                id,
                title: text::title(i + 3),
                url: format!("https://{domain}/2024/{slug}?ref=digest&utm_source=front&id={id}"),
                domain: domain.to_string(),
                text: text::paragraph(i + 1, 1 + i % 3),
                author: text::username(i * 5 + 2),
                score: (i * 53 % 900) as u32 + 3,
                comments: (i * 29 % 400) as u32,
                age_hours: (i / 4) as u32 + 1,
            }
        })
        .collect();
    NewsPage {
        query: "rust & \"web\" frameworks".into(),
        user: text::username(11),
        karma: 4_821,
        trending: stories
            .iter()
            .step_by(10)
            .map(|s| Trending {
                id: s.id,
                title: s.title.clone(),
            })
            .collect(),
        stories,
    }
}

mod engines {
    use super::{Story, Trending};

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/news.haml")]
    pub struct Haml<'a> {
        pub query: &'a str,
        pub user: &'a str,
        pub karma: u32,
        pub stories: &'a [Story],
        pub trending: &'a [Trending],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/news.stpl")]
    pub struct Sailfish<'a> {
        pub query: &'a str,
        pub user: &'a str,
        pub karma: u32,
        pub stories: &'a [Story],
        pub trending: &'a [Trending],
    }
}

/// Renders the page with this project.
pub fn haml(page: &NewsPage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        query: &page.query,
        user: &page.user,
        karma: page.karma,
        stories: &page.stories,
        trending: &page.trending,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &NewsPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        query: &page.query,
        user: &page.user,
        karma: page.karma,
        stories: &page.stories,
        trending: &page.trending,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(NewsPage, "news");
