//! `feed`: 100 posts with 8 holes each.

use super::text;

/// A post of the feed.
pub struct Post {
    /// Its number.
    pub id: u32,
    /// Its title.
    pub title: String,
    /// Its author's user name (safe in a URL path).
    pub author: String,
    /// When it was posted, machine-readable.
    pub timestamp: String,
    /// When it was posted, for people.
    pub posted: String,
    /// Its text.
    pub body: String,
    /// Likes.
    pub likes: u32,
    /// Comments.
    pub comments: u32,
    /// Its tags.
    pub tags: Vec<&'static str>,
    /// Where it was posted from, when the author said.
    pub location: Option<String>,
}

/// The `feed` page's data.
pub struct FeedPage {
    /// The page title.
    pub title: String,
    /// The signed-in user.
    pub user: String,
    /// 100 posts.
    pub posts: Vec<Post>,
}

/// The page's data.
pub fn data() -> FeedPage {
    FeedPage {
        title: "Your feed: friends & follows".into(),
        user: text::username(3),
        posts: (0..100)
            .map(|i| {
                let (timestamp, posted) = text::date(i);
                Post {
                    id: 1000 + i as u32,
                    title: text::title(i),
                    author: text::username(i * 3 + 1),
                    timestamp,
                    posted,
                    body: text::paragraph(i, 2 + i % 3),
                    likes: (i * 37 % 500) as u32,
                    comments: (i * 11 % 60) as u32,
                    tags: (0..1 + i % 4).map(|t| text::tag(i + t * 5)).collect(),
                    location: (i.is_multiple_of(3))
                        .then(|| format!("{} & around", text::title(i + 40))),
                }
            })
            .collect(),
    }
}

mod engines {
    use super::Post;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/feed.haml")]
    pub struct Haml<'a> {
        pub title: &'a str,
        pub user: &'a str,
        pub posts: &'a [Post],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/feed.stpl")]
    pub struct Sailfish<'a> {
        pub title: &'a str,
        pub user: &'a str,
        pub posts: &'a [Post],
    }
}

/// Renders the page with this project.
pub fn haml(page: &FeedPage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        title: &page.title,
        user: &page.user,
        posts: &page.posts,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &FeedPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        title: &page.title,
        user: &page.user,
        posts: &page.posts,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(FeedPage, "feed");
