//! The Rust side of templates: fields in scope, control flow, holes of every
//! kind of value, composition, and the ways to render. Expected outputs are
//! written by hand, in `output = "haml"` (haml's layout, no minification).

use std::fmt;

use haml_runtime::{haml, Buffer, Raw, Render, Template};

struct Post {
    title: String,
}

#[derive(Template)]
#[template(path = "features/list.haml", output = "haml")]
struct List<'a> {
    posts: &'a [Post],
    numbers: Vec<i32>,
    words: &'a Vec<&'a str>,
}

#[test]
fn fields_bind_so_loops_work_for_slices_vecs_and_references() {
    let posts = [
        Post {
            title: "<A>".into(),
        },
        Post { title: "B".into() },
    ];
    let words = vec!["x", "y"];
    let page = List {
        posts: &posts,
        numbers: vec![1, 2],
        words: &words,
    };
    assert_eq!(
        page.render(),
        "<ul>\n<li>&lt;A&gt;</li>\n<li>B</li>\n</ul>\n1\n2\nx\ny\n"
    );
}

#[derive(Template)]
#[template(
    output = "haml",
    source = "
- let total: i64 = items.iter().sum();
%p Total: #{total}
- if total > 10
  %b big
- else if total > 5
  %i medium
- else
  small
- match kind
  - Kind::A =>
    %a a
  - Kind::B(n) if *n > 1 =>
    %b= n
  - _ =>
    other
- let mut i = 0;
- while i < 2
  = i
  - i += 1
- loop
  - break
- if let Some(x) = maybe
  = x
= self.items.len()
"
)]
struct Flow {
    items: Vec<i64>,
    kind: Kind,
    maybe: Option<&'static str>,
}

enum Kind {
    A,
    B(i32),
    #[allow(dead_code)]
    C,
}

#[test]
fn control_flow() {
    let page = Flow {
        items: vec![3, 4],
        kind: Kind::B(7),
        maybe: Some("m"),
    };
    assert_eq!(
        page.render(),
        "<p>Total: 7</p>\n<i>medium</i>\n<b>7</b>\n0\n1\nm\n2\n"
    );
    let page = Flow {
        items: vec![20],
        kind: Kind::A,
        maybe: None,
    };
    assert_eq!(
        page.render(),
        "<p>Total: 20</p>\n<b>big</b>\n<a>a</a>\n0\n1\n1\n"
    );
    let page = Flow {
        items: vec![],
        kind: Kind::C,
        maybe: None,
    };
    assert_eq!(page.render(), "<p>Total: 0</p>\nsmall\nother\n0\n1\n0\n");
}

struct Money(i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}>$", self.0)
    }
}

#[derive(Template)]
#[template(
    output = "haml",
    source = "
%p= text
%p!= text
%p&= text
%p= number
%p= float
%p= flag
%p= letter
%p= none
%p= some
%p= money
%p!= money
%p= Raw(\"<b>raw</b>\")
%p= Box::new(5u8)
%p= std::rc::Rc::new(\"&\")
%p= 1 + 2
%p= format_args!(\"{}-{}\", 1, \"<\")
"
)]
struct Values<'a> {
    text: &'a str,
    number: u64,
    float: f64,
    flag: bool,
    letter: char,
    none: Option<&'a str>,
    some: Option<String>,
    money: Money,
}

#[test]
fn holes_take_any_renderable_or_display_value() {
    let page = Values {
        text: "<a href=\"x\">'&'</a>",
        number: 18446744073709551615,
        float: 2.5,
        flag: true,
        letter: '<',
        none: None,
        some: Some("s&".into()),
        money: Money(3),
    };
    assert_eq!(
        page.render(),
        "<p>&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;</p>\n\
         <p><a href=\"x\">'&'</a></p>\n\
         <p>&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;</p>\n\
         <p>18446744073709551615</p>\n<p>2.5</p>\n<p>true</p>\n<p>&lt;</p>\n<p></p>\n\
         <p>s&amp;</p>\n<p>&lt;3&gt;$</p>\n<p><3>$</p>\n<p><b>raw</b></p>\n<p>5</p>\n\
         <p>&amp;</p>\n<p>3</p>\n<p>1-&lt;</p>\n"
    );
}

#[derive(Template)]
#[template(
    output = "haml",
    source = "
%a{href: url, title: title, class: classes, id: [\"row\", id], data: {user_id: id, on: on}}
%input{type: \"checkbox\", checked: checked, disabled: disabled, value: value}
%p.a{class: [Some(\"b\"), None, Some(\"a\")]}
%p(id=id class=\"x\"){id: \"y\"}
%p{title: \"#{id} & #{title}\"}
"
)]
struct Attributes<'a> {
    url: String,
    title: Option<&'a str>,
    classes: Vec<&'a str>,
    id: u32,
    on: bool,
    checked: bool,
    disabled: Option<bool>,
    value: i32,
}

#[test]
fn dynamic_attributes() {
    let page = Attributes {
        url: "/a?b=1&c=\"2\"".into(),
        title: None,
        classes: vec!["x", "y x"],
        id: 7,
        on: true,
        checked: false,
        disabled: Some(true),
        value: -1,
    };
    assert_eq!(
        page.render(),
        "<a class='x y x' data-on data-user-id='7' href='/a?b=1&amp;c=&quot;2&quot;' id='row_7'></a>\n\
         <input disabled type='checkbox' value='-1'>\n\
         <p class='a b'></p>\n\
         <p class='x' id='7_y'></p>\n\
         <p title='7 &amp; '></p>\n"
    );
    let page = Attributes {
        title: Some("<T>"),
        checked: true,
        disabled: None,
        on: false,
        ..page
    };
    let html = page.render();
    assert!(html.contains("title='&lt;T&gt;'"), "{html}");
    assert!(html.contains("<input checked type="), "{html}");
    assert!(
        html.contains("<a class='x y x' data-user-id='7' href="),
        "{html}"
    );
}

#[derive(Template)]
#[template(output = "haml", source = "%li.card= title")]
struct Card<'a> {
    title: &'a str,
}

#[derive(Template)]
#[template(
    output = "haml",
    source = "
%ul
  - for title in titles
    = Card { title }
  = footer
"
)]
struct Cards<'a, F: Template + Render> {
    titles: &'a [&'a str],
    footer: F,
}

#[test]
fn templates_compose_in_holes_unescaped() {
    let who = "<you>";
    let footer = haml!(output = "haml", "%li.footer by #{who}");
    let page = Cards {
        titles: &["a", "<b>"],
        footer,
    };
    assert_eq!(
        page.render(),
        // haml's layout: each `=` line adds a newline after the card's own.
        "<ul>\n<li class='card'>a</li>\n\n<li class='card'>&lt;b&gt;</li>\n\n<li class='footer'>by &lt;you&gt;</li>\n\n</ul>\n"
    );
}

#[test]
fn render_into_writers_and_buffers() {
    let card = Card { title: "t" };
    let mut s = String::from(">");
    card.render_into(&mut s).unwrap();
    assert_eq!(s, "><li class='card'>t</li>\n");
    let mut bytes = Vec::new();
    card.write_to(&mut bytes).unwrap();
    assert_eq!(bytes, b"<li class='card'>t</li>\n");
    let mut buffer = Buffer::new();
    card.render_to(&mut buffer);
    card.write_html(&mut buffer, haml_runtime::Escape::Html);
    assert_eq!(buffer.as_str().len(), 2 * 24);
}

#[derive(Template)]
#[template(output = "haml", source = "%li.card= title")]
struct SizedCard<'a> {
    title: &'a str,
}

#[test]
fn the_size_hint_starts_at_the_static_bytes_and_learns() {
    let card = SizedCard { title: "" };
    // `<li class='card'>` and `</li>\n`.
    assert_eq!(card.size_hint().get(), 23);
    let long = "x".repeat(1000);
    let html = SizedCard { title: &long }.render();
    assert_eq!(html.len(), 1023);
    assert_eq!(card.size_hint().get(), 1023);
    // A render reserves the learned size up front: one allocation.
    let again = SizedCard { title: &long }.render();
    assert_eq!(again.capacity(), 1023);
}

#[test]
fn haml_macro_sees_the_callers_variables() {
    let items = vec!["a", "b"];
    let name = "Ada";
    let page = haml!(
        output = "haml",
        r#"
%p Hello, #{name}!
- for item in &items
  %i= item
"#
    );
    assert_eq!(page.render(), "<p>Hello, Ada!</p>\n<i>a</i>\n<i>b</i>\n");
    // Rendering twice works: the closure borrows.
    assert_eq!(page.render(), page.to_string());
}

/// A minified attribute value whose holes are numbers is not looked at for
/// quotes; an empty one still leaves the bare name, and any other value in
/// it is looked at as before.
#[test]
fn values_of_numbers_skip_the_quote_check() {
    let none: Option<u32> = None;
    let some = Some(5u32);
    let n = -12i64;
    let x = 2.5f64;
    let text = "a b";
    assert_eq!(haml!("%a{title: \"#{none}\"} x").render(), "<a title>x</a>");
    assert_eq!(
        haml!("%a{title: \"#{some}\"} x").render(),
        "<a title=5>x</a>"
    );
    assert_eq!(
        haml!("%a{id: \"n#{n}-#{x}\"} x").render(),
        "<a id=n-12-2.5>x</a>"
    );
    assert_eq!(
        haml!("%a{title: \"#{some}#{text}\"} x").render(),
        "<a title=\"5a b\">x</a>"
    );
    assert_eq!(
        haml!("%a{title: \"#{text}#{some}\"} x").render(),
        "<a title=\"a b5\">x</a>"
    );
    assert_eq!(
        haml!("%a{href: \"/p/#{some}?q=#{text}\"} x").render(),
        "<a href=\"/p/5?q=a%20b\">x</a>"
    );
}
