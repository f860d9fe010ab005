//! `composed`: a page made of a layout, a header and a footer partial, and
//! a card component rendered 30 times.
//!
//! This project: the layout `suite/composed.haml` takes the page's content
//! in a slot (any `Template`), includes `suite/composed/_header.haml` and
//! `_footer.haml` with `- include`, and the content
//! (`suite/composed/grid.haml`) renders each card with `= Card { card }`,
//! a component of its own (`suite/composed/card.haml`). Sailfish has no
//! layouts or components: its users write the page with `include!` of
//! partials, the card partial included in the loop.

use super::text;

/// A link of the header's navigation.
pub struct NavItem {
    /// Where it goes.
    pub href: &'static str,
    /// What it says.
    pub label: &'static str,
    /// Whether it is the current page.
    pub active: bool,
}

/// The signed-in user.
pub struct User {
    /// Display name.
    pub name: String,
    /// User name (safe in a URL path).
    pub handle: String,
    /// Unread notifications.
    pub unread: u32,
}

/// A card of the grid.
pub struct Card {
    /// Its number.
    pub id: u32,
    /// Its title.
    pub title: String,
    /// A summary.
    pub summary: String,
    /// Its picture.
    pub image: String,
    /// The author's display name.
    pub author: String,
    /// The author's user name.
    pub handle: String,
    /// Tags.
    pub tags: Vec<&'static str>,
    /// Reading time, when known.
    pub read_minutes: Option<u32>,
    /// Comments.
    pub comments: u32,
    /// Whether it is featured.
    pub featured: bool,
}

/// The `composed` page's data.
pub struct ComposedPage {
    /// The page title.
    pub title: String,
    /// The intro under the heading.
    pub intro: String,
    /// The header's links.
    pub nav: Vec<NavItem>,
    /// The signed-in user.
    pub user: User,
    /// 30 cards.
    pub cards: Vec<Card>,
}

/// The page's data.
pub fn data() -> ComposedPage {
    ComposedPage {
        title: "Stories & essays".into(),
        intro: text::paragraph(2, 2),
        nav: vec![
            NavItem {
                href: "/",
                label: "Home",
                active: false,
            },
            NavItem {
                href: "/stories",
                label: "Stories",
                active: true,
            },
            NavItem {
                href: "/essays",
                label: "Essays",
                active: false,
            },
            NavItem {
                href: "/podcasts",
                label: "Podcasts",
                active: false,
            },
            NavItem {
                href: "/about",
                label: "About",
                active: false,
            },
        ],
        user: User {
            name: text::person(13),
            handle: text::username(13),
            unread: 7,
        },
        cards: (0..30)
            .map(|i| Card {
                id: 500 + i as u32,
                title: text::title(i + 11),
                summary: text::paragraph(i + 17, 2),
                image: format!("/img/cards/{}.jpg", 500 + i),
                author: text::person(i * 2 + 1),
                handle: text::username(i * 2 + 1),
                tags: (0..1 + i % 3).map(|t| text::tag(i * 2 + t)).collect(),
                read_minutes: (i % 4 != 3).then_some(3 + (i % 9) as u32),
                comments: (i * 13 % 90) as u32,
                featured: i.is_multiple_of(10),
            })
            .collect(),
    }
}

mod engines {
    use super::{Card, NavItem, User};
    use haml_runtime::Template;

    /// The layout: the page's frame, with its content in a slot.
    #[derive(Template)]
    #[template(path = "suite/composed.haml")]
    pub struct Layout<'a, C: Template> {
        pub title: &'a str,
        pub nav: &'a [NavItem],
        pub user: &'a User,
        pub content: C,
    }

    /// The content: an intro and the grid of cards.
    #[derive(Template)]
    #[template(path = "suite/composed/grid.haml")]
    pub struct Grid<'a> {
        pub title: &'a str,
        pub intro: &'a str,
        pub cards: &'a [Card],
    }

    /// The card component.
    #[derive(Template)]
    #[template(path = "suite/composed/card.haml")]
    pub struct CardView<'a> {
        pub card: &'a Card,
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/composed.stpl")]
    pub struct Sailfish<'a> {
        pub title: &'a str,
        pub intro: &'a str,
        pub nav: &'a [NavItem],
        pub user: &'a User,
        pub cards: &'a [Card],
    }
}

/// Renders the page with this project.
pub fn haml(page: &ComposedPage) -> String {
    use haml_runtime::Template;
    engines::Layout {
        title: &page.title,
        nav: &page.nav,
        user: &page.user,
        content: engines::Grid {
            title: &page.title,
            intro: &page.intro,
            cards: &page.cards,
        },
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &ComposedPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        title: &page.title,
        intro: &page.intro,
        nav: &page.nav,
        user: &page.user,
        cards: &page.cards,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(ComposedPage, "composed");
