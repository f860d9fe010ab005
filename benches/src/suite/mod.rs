//! A broad suite of page shapes, rendered by this project and by Sailfish.
//!
//! Each page is a module with its data types, a deterministic data
//! generator (values derived from indices, no randomness; mostly plain
//! text, with some `&`, `<`, `"` and `'` to escape), and one template per
//! engine in `templates/suite/`: `NAME.haml` (this project,
//! `#[derive(Template)]`) and `NAME.stpl` (Sailfish,
//! `#[derive(TemplateSimple)]`), written as each engine's users would
//! write them. `tests/suite_equivalence.rs` parses both outputs with
//! html5ever and checks that they are the same document;
//! `benches/suite.rs` times both (`cargo bench -p benches --bench suite`).
//!
//! | page | what it exercises |
//! |---|---|
//! | `feed` | 100 posts with 8 holes each: title, author link `/user/#{author}`, timestamp, body, counts, a tag list, an `Option` field that is sometimes `None` |
//! | `news` | a Hacker-News-like front page: 100 stories with the story's URL from a `String` in `href`, links built by interpolation, a nav, a search form, a sidebar, a footer |
//! | `table` | a 200 x 10 data table: integers, floats through `format_args!("{:.2}", x)` (Sailfish: `format!`), a badge class per row, a striped row class, a query-string link per row |
//! | `form` | a settings form with about 40 fields: text inputs with values, `for` labels, checkboxes (`checked`), a select of 30 options with one `selected`, radio groups, textareas, disabled and required fields |
//! | `nav` | navigation-heavy layout: a mega-menu of 8 sections x 10 links with active classes, breadcrumbs, a three-level sidebar tree, a footer of 40 links; little content |
//! | `article` | a long article (a 19 KB template, 16 KB of it static prose: headings, paragraphs with inline `<code>`, lists, blockquotes, a code block) with few holes: title, author, date, reading time, 5 related links |
//! | `search` | 50 search results: query strings built from a user's query (`/search?q=#{q}&page=#{n}`: this project percent-encodes the value itself, Sailfish calls [`search::query_encode`]), result URLs with `?`, `&`, `=`, snippets with the match in `<mark>`, pagination 1..10 |
//! | `composed` | a layout with a header and a footer partial and a card component rendered 30 times (Sailfish: `include!`) |
//! | `script` | inline scripts holding values from data (a JSON-like config and a product list; Sailfish: the `json` filter), event handlers with values, markup around them |
//! | `email` | an HTML e-mail: nested tables, inline `style`, `bgcolor`/`width`/`cellpadding` attributes, 20 order lines with prices, totals |
//! | `unicode` | mostly non-ASCII text: 60 records in Japanese, Russian, Arabic (with `dir=rtl`) and Chinese with emoji, plus static non-ASCII prose |

pub mod article;
pub mod composed;
pub mod email;
pub mod feed;
pub mod form;
pub mod nav;
pub mod news;
pub mod script;
pub mod search;
pub mod table;
pub mod text;
pub mod unicode;

/// A page of the suite with its data: both engines render the same data.
/// Building the data happens before, outside any timing.
pub trait SuitePage {
    /// The page's name (the bench group and the name in test messages).
    fn name(&self) -> &'static str;
    /// Renders the page with this project.
    fn haml(&self) -> String;
    /// Renders the page with Sailfish.
    fn sailfish(&self) -> String;
    /// The least size this project's output should have: the page is
    /// broken if it renders less.
    fn min_bytes(&self) -> usize {
        2048
    }
}

/// The names of the pages, in the order of [`pages`].
pub const PAGES: &[&str] = &[
    "feed", "news", "table", "form", "nav", "article", "search", "composed", "script", "email",
    "unicode",
];

/// Every page with its data, in the order of [`PAGES`].
pub fn pages() -> Vec<Box<dyn SuitePage>> {
    vec![
        Box::new(feed::data()),
        Box::new(news::data()),
        Box::new(table::data()),
        Box::new(form::data()),
        Box::new(nav::data()),
        Box::new(article::data()),
        Box::new(search::data()),
        Box::new(composed::data()),
        Box::new(script::data()),
        Box::new(email::data()),
        Box::new(unicode::data()),
    ]
}

/// Implements [`SuitePage`] for a page's data type from its module's
/// `haml` and `sailfish` functions.
macro_rules! suite_page {
    ($ty:ty, $name:literal) => {
        $crate::suite::suite_page!($ty, $name, 2048);
    };
    ($ty:ty, $name:literal, $min:expr) => {
        impl $crate::suite::SuitePage for $ty {
            fn name(&self) -> &'static str {
                $name
            }
            fn haml(&self) -> String {
                haml(self)
            }
            fn sailfish(&self) -> String {
                sailfish(self)
            }
            fn min_bytes(&self) -> usize {
                $min
            }
        }
    };
}
use suite_page;
