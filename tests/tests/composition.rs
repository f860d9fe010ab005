//! Composition: partials (`- include`), components (templates in holes)
//! and layouts (templates generic over their slots).

use std::fmt;

use haml_runtime::{haml, Buffer, Template};

struct Post {
    title: &'static str,
    body: &'static str,
}

const POSTS: &[Post] = &[
    Post {
        title: "First",
        body: "Tom & <Jerry>",
    },
    Post {
        title: "Second",
        body: "\"quoted\"",
    },
];

#[derive(Template)]
#[template(path = "composition/home.haml")]
struct Home<'a> {
    title: &'a str,
    posts: &'a [Post],
}

/// `home.haml` with `shared/_post.haml` pasted in by hand.
#[derive(Template)]
#[template(source = "
%h1= title
- for post in posts
  %article
    %h2= post.title
    %p= post.body
")]
struct HomePasted<'a> {
    title: &'a str,
    posts: &'a [Post],
}

#[test]
fn an_include_renders_as_the_partial_pasted_in() {
    let home = Home {
        title: "Blog",
        posts: POSTS,
    };
    let pasted = HomePasted {
        title: "Blog",
        posts: POSTS,
    };
    assert_eq!(home.render(), pasted.render());
    assert_eq!(
        home.render(),
        // Minified: `& ` needs no escape, `</p>` closes by itself.
        "<h1>Blog</h1><article><h2>First</h2><p>Tom & &lt;Jerry></article>\
         <article><h2>Second</h2><p>\"quoted\"</article>"
    );
}

#[derive(Template)]
#[template(path = "composition/home.haml", output = "haml")]
struct HomeHaml<'a> {
    title: &'a str,
    posts: &'a [Post],
}

#[derive(Template)]
#[template(
    output = "haml",
    source = "
%h1= title
- for post in posts
  %article
    %h2= post.title
    %p= post.body
"
)]
struct HomeHamlPasted<'a> {
    title: &'a str,
    posts: &'a [Post],
}

#[test]
fn an_include_keeps_haml_whitespace_too() {
    let home = HomeHaml {
        title: "Blog",
        posts: POSTS,
    }
    .render();
    let pasted = HomeHamlPasted {
        title: "Blog",
        posts: POSTS,
    }
    .render();
    assert_eq!(home, pasted);
    assert!(home.starts_with("<h1>Blog</h1>\n<article>\n<h2>First</h2>\n"));
}

/// A layout: named slots are fields, and any `Template` fills them. (haml
/// writes `class=''` for a `None` class, and so does `output = "haml"`.)
#[derive(Template)]
#[template(path = "composition/layout.haml", output = "haml")]
struct Layout<'a, H: Template, C: Template> {
    title: &'a str,
    current: &'a str,
    year: u32,
    head: H,
    content: C,
}

#[test]
fn a_layout_renders_its_slots_in_place() {
    let title = "Blog <1>";
    let page = Layout {
        title,
        current: "/about",
        year: 2026,
        head: haml!(
            output = "haml",
            "%link{rel: \"stylesheet\", href: \"/site.css\"}"
        ),
        content: HomeHaml {
            title,
            posts: &POSTS[..1],
        },
    };
    assert_eq!(
        page.render(),
        "<!DOCTYPE html>
<html lang='en'>
<head>
<meta charset='utf-8'>
<title>Blog &lt;1&gt;</title>
<link href='/site.css' rel='stylesheet'>

</head>
<body>
<nav>
<ul>
<li>
<a class='' href='/'>Home</a>
</li>
<li>
<a class='current' href='/about'>About</a>
</li>
</ul>
</nav>
<main>
<h1>Blog &lt;1&gt;</h1>
<article>
<h2>First</h2>
<p>Tom &amp; &lt;Jerry&gt;</p>
</article>

</main>
<footer>
<p>&copy; 2026 — Blog &lt;1&gt;</p>
</footer>
</body>
</html>
"
    );
}

#[test]
fn an_empty_or_optional_slot_renders_nothing() {
    let render = |head: Option<&dyn Fn(&mut Buffer)>| {
        let head = head.map(|f| haml_runtime::Inline::new(0, f));
        Layout {
            title: "t",
            current: "/",
            year: 1,
            head,
            content: (),
        }
        .render()
    };
    let without = render(None);
    assert!(without.contains("<title>t</title>\n\n</head>"), "{without}");
    assert!(without.contains("<main>\n\n</main>"), "{without}");
    let with = render(Some(&|b: &mut Buffer| b.push_str("<style></style>")));
    assert!(
        with.contains("<title>t</title>\n<style></style>\n</head>"),
        "{with}"
    );
}

/// A component without `Render` or `Display`: `Template` is enough.
#[derive(Template)]
#[template(source = "%b.badge= label")]
struct Badge<'a> {
    label: &'a str,
}

#[derive(Template)]
#[template(source = "%p\n  - for label in labels\n    = Badge { label }\n  = extra")]
struct Badges<'a, T: Template> {
    labels: &'a [&'a str],
    extra: T,
}

#[test]
fn components_render_in_place_unescaped() {
    let page = Badges {
        labels: &["a", "<b>"],
        extra: Badge { label: "&" },
    };
    assert_eq!(
        page.render(),
        // The line breaks between the inline elements are spaces on the page.
        "<p><b class=badge>a</b>\n<b class=badge>&lt;b></b>\n<b class=badge>&amp;</b>"
    );
}

/// A component that records how much was written before it: it writes
/// into the page's own buffer, not a string of its own.
struct Probe;

impl Template for Probe {
    fn render_to(&self, buffer: &mut Buffer) {
        let before = buffer.len();
        buffer.push_str(&before.to_string());
    }

    fn size_hint(&self) -> &haml_runtime::SizeHint {
        static HINT: haml_runtime::SizeHint = haml_runtime::SizeHint::new(0);
        &HINT
    }
}

#[test]
fn a_component_writes_into_the_same_buffer() {
    let probe = Probe;
    assert_eq!(haml!("%i= probe").render(), "<i>3</i>");
}

struct Failing;

impl fmt::Display for Failing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("par")?;
        Err(fmt::Error)
    }
}

#[test]
fn a_failing_display_is_an_error_for_try_render() {
    let bad = Failing;
    let page = haml!("%p= bad");
    assert!(page.try_render().is_err());
    assert_eq!(page.render(), "<p>par");
    let good = "ok";
    assert_eq!(haml!("%p= good").try_render().unwrap(), "<p>ok");
}
