//! `article`: a long blog post. Almost everything is static prose in the
//! template (about 16 KB of text: headings, paragraphs, lists,
//! blockquotes, a code block); the holes are the title, author, date,
//! reading time and 5 related links.

/// A related post.
pub struct Related {
    /// Its path under `/blog/` (safe in a URL).
    pub slug: String,
    /// Its title.
    pub title: String,
}

/// The `article` page's data.
pub struct ArticlePage {
    /// The title.
    pub title: String,
    /// The author.
    pub author: String,
    /// The author's page under `/blog/authors/`.
    pub author_slug: String,
    /// The date, machine-readable.
    pub date_iso: String,
    /// The date, for people.
    pub date: String,
    /// Reading time.
    pub reading_minutes: u32,
    /// 5 related posts.
    pub related: Vec<Related>,
}

/// The page's data.
pub fn data() -> ArticlePage {
    ArticlePage {
        title: "Rendering at compile time: what we learned moving templates into the compiler"
            .into(),
        author: "Siobhán O'Reilly".into(),
        author_slug: "siobhan-oreilly".into(),
        date_iso: "2024-05-21".into(),
        date: "May 21, 2024".into(),
        reading_minutes: 14,
        related: [
            ("escaping-by-context", "Escaping by context: a field guide"),
            (
                "fuzzing-our-parser",
                "Fuzzing our template parser for a month",
            ),
            ("gzip-and-whitespace", "Does whitespace matter after gzip?"),
            (
                "components-without-strings",
                "Components without intermediate strings",
            ),
            (
                "csp-for-humans",
                "Content-Security-Policy for humans & robots",
            ),
        ]
        .iter()
        .map(|(slug, title)| Related {
            slug: slug.to_string(),
            title: title.to_string(),
        })
        .collect(),
    }
}

mod engines {
    use super::Related;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/article.haml")]
    pub struct Haml<'a> {
        pub title: &'a str,
        pub author: &'a str,
        pub author_slug: &'a str,
        pub date_iso: &'a str,
        pub date: &'a str,
        pub reading_minutes: u32,
        pub related: &'a [Related],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/article.stpl")]
    pub struct Sailfish<'a> {
        pub title: &'a str,
        pub author: &'a str,
        pub author_slug: &'a str,
        pub date_iso: &'a str,
        pub date: &'a str,
        pub reading_minutes: u32,
        pub related: &'a [Related],
    }
}

/// Renders the page with this project.
pub fn haml(page: &ArticlePage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        title: &page.title,
        author: &page.author,
        author_slug: &page.author_slug,
        date_iso: &page.date_iso,
        date: &page.date,
        reading_minutes: page.reading_minutes,
        related: &page.related,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &ArticlePage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        title: &page.title,
        author: &page.author,
        author_slug: &page.author_slug,
        date_iso: &page.date_iso,
        date: &page.date,
        reading_minutes: page.reading_minutes,
        related: &page.related,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(ArticlePage, "article", 16 * 1024);
