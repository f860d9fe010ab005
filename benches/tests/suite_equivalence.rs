//! Every page of the suite renders to the same document in both engines.
//!
//! Both outputs are parsed with html5ever, as a browser parses them, and
//! the trees compared: element names, attributes as a sorted map (`class`
//! as a sorted set of tokens, an empty `class` the same as none), text with
//! runs of whitespace collapsed to one space. Bytes differ for reasons that
//! do not change the document: minified output leaves out whitespace
//! between elements, end tags and quotes that HTML implies, and escapes
//! fewer characters. So whitespace-only text between elements is dropped
//! and comments are ignored (adjacent text is merged once they are gone).
//!
//! Two more leniencies, each for a difference a reader cannot see:
//!
//! - A space at the start or the end of a line is not compared: at the
//!   start and end of a block's content (`p`, `td`, `li`, ...) and next to
//!   a block or a `<br>`, where the browser drops it. The minified output
//!   writes `</p>Jonas<br>`, a Sailfish template as people write it
//!   `</p>\n  Jonas<br>`. Spaces between words and inline elements count.
//! - The text of a `<script>` is compared after decoding JavaScript string
//!   escapes (`\uXXXX`, `\"`, `\'`, `\/`, `\\`). This project escapes a
//!   string value for its place in the script (`"Grandma\u0027s
//!   \u0022Best\u0022 Jam"`, `"https:\/\/api.example.com"`), Sailfish's
//!   `json` filter writes `"Grandma\u0027s \"Best\" Jam"` and
//!   `"https://api.example.com"`: the same JavaScript strings, different
//!   bytes. Everything else in a script (names, numbers, punctuation) must
//!   match.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use benches::suite::{self, SuitePage};
use html5ever::parse_document;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A node of the normalized tree.
#[derive(Debug, PartialEq)]
enum Node {
    Doctype(String),
    Element {
        name: String,
        attrs: BTreeMap<String, String>,
        children: Vec<Node>,
    },
    Text(String),
}

fn parse(html: &str) -> Vec<Node> {
    let dom = parse_document(RcDom::default(), Default::default()).one(html);
    children(&dom.document, false)
}

fn children(handle: &Handle, in_script: bool) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    let mut text = String::new();
    for child in handle.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => text.push_str(&contents.borrow()),
            NodeData::Comment { .. } | NodeData::ProcessingInstruction { .. } => {}
            NodeData::Doctype { name, .. } => {
                flush(&mut text, &mut out, in_script);
                out.push(Node::Doctype(name.to_string()));
            }
            NodeData::Element {
                name,
                attrs,
                template_contents,
                ..
            } => {
                flush(&mut text, &mut out, in_script);
                let local = name.local.to_string();
                let mut map = BTreeMap::new();
                for attr in attrs.borrow().iter() {
                    let key = if attr.name.ns.is_empty() {
                        attr.name.local.to_string()
                    } else {
                        format!("{}:{}", attr.name.ns, attr.name.local)
                    };
                    let mut value = attr.value.to_string();
                    if key == "class" {
                        let mut classes: Vec<&str> = value.split_ascii_whitespace().collect();
                        classes.sort_unstable();
                        classes.dedup();
                        value = classes.join(" ");
                        if value.is_empty() {
                            continue;
                        }
                    }
                    map.insert(key, value);
                }
                let mut inner = match &*template_contents.borrow() {
                    Some(contents) => children(contents, false),
                    None => children(child, local == "script"),
                };
                trim_line_edges(&mut inner, is_block(&local));
                out.push(Node::Element {
                    name: local,
                    attrs: map,
                    children: inner,
                });
            }
            NodeData::Document => {}
        }
    }
    flush(&mut text, &mut out, in_script);
    out
}

fn flush(text: &mut String, out: &mut Vec<Node>, in_script: bool) {
    let decoded = if in_script {
        js_unescape(text)
    } else {
        std::mem::take(text)
    };
    text.clear();
    // Runs of whitespace become one space; whitespace alone between
    // elements is dropped.
    let mut collapsed = String::with_capacity(decoded.len());
    let mut space = false;
    for c in decoded.chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                collapsed.push(' ');
                space = false;
            }
            collapsed.push(c);
        }
    }
    if space {
        collapsed.push(' ');
    }
    if !collapsed.trim_start().is_empty() {
        out.push(Node::Text(collapsed));
    }
}

/// Elements that start and end a line (CSS `display: block` and the
/// like, by default), and `br`, which ends one.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "header"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "title"
            | "tr"
            | "ul"
    )
}

/// The browser drops the spaces at the start and the end of a line, so a
/// space there is no difference: at the start and end of a block's
/// content, and next to a block or a `<br>`. (Not in `pre`, `textarea`,
/// scripts and styles, which are not blocks here.)
fn trim_line_edges(nodes: &mut Vec<Node>, in_block: bool) {
    let is_line_break =
        |node: Option<&Node>| matches!(node, Some(Node::Element { name, .. }) if is_block(name));
    let last = nodes.len().saturating_sub(1);
    for i in 0..nodes.len() {
        let starts_line = (i == 0 && in_block) || (i > 0 && is_line_break(nodes.get(i - 1)));
        let ends_line = (i == last && in_block) || is_line_break(nodes.get(i + 1));
        if let Node::Text(text) = &mut nodes[i] {
            if starts_line && text.starts_with(' ') {
                text.remove(0);
            }
            if ends_line && text.ends_with(' ') {
                text.pop();
            }
        }
    }
    nodes.retain(|node| !matches!(node, Node::Text(text) if text.is_empty()));
}

/// Decodes the escapes of JavaScript strings, so that two spellings of the
/// same string compare equal.
fn js_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) => out.push(decoded),
                    None => {
                        out.push_str("\\u");
                        out.push_str(&hex);
                    }
                }
            }
            Some(e @ ('"' | '\'' | '/' | '\\')) => out.push(e),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A short name for a node, as in a CSS selector.
fn label(node: &Node) -> String {
    match node {
        Node::Doctype(name) => format!("<!doctype {name}>"),
        Node::Text(_) => "#text".into(),
        Node::Element { name, attrs, .. } => {
            let mut s = name.clone();
            if let Some(id) = attrs.get("id") {
                let _ = write!(s, "#{id}");
            }
            if let Some(class) = attrs.get("class") {
                for c in class.split(' ') {
                    let _ = write!(s, ".{c}");
                }
            }
            s
        }
    }
}

fn short(s: &str) -> String {
    if s.chars().count() > 200 {
        let cut: String = s.chars().take(200).collect();
        format!("{cut:?}...")
    } else {
        format!("{s:?}")
    }
}

/// The first difference between two lists of nodes, with its path.
fn first_difference(a: &[Node], b: &[Node], path: &str) -> Option<String> {
    for i in 0..a.len().max(b.len()) {
        let (x, y) = match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => (x, y),
            (Some(x), None) => {
                return Some(format!(
                    "{path} > [{i}]: only the first has {}",
                    describe(x)
                ))
            }
            (None, Some(y)) => {
                return Some(format!(
                    "{path} > [{i}]: only the second has {}",
                    describe(y)
                ))
            }
            (None, None) => unreachable!(),
        };
        let here = format!("{path} > {}[{i}]", label(x));
        match (x, y) {
            (Node::Text(s), Node::Text(t)) if s != t => {
                return Some(format!(
                    "{here}: text differs\n  first:  {}\n  second: {}",
                    short(s),
                    short(t)
                ))
            }
            (Node::Doctype(s), Node::Doctype(t)) if s != t => {
                return Some(format!("{here}: doctype {s:?} vs {t:?}"))
            }
            (
                Node::Element {
                    name: n1,
                    attrs: a1,
                    children: c1,
                },
                Node::Element {
                    name: n2,
                    attrs: a2,
                    children: c2,
                },
            ) => {
                if n1 != n2 {
                    return Some(format!("{here}: element <{n1}> vs <{n2}>"));
                }
                if a1 != a2 {
                    let keys: std::collections::BTreeSet<&String> =
                        a1.keys().chain(a2.keys()).collect();
                    for key in keys {
                        if a1.get(key) != a2.get(key) {
                            return Some(format!(
                                "{here}: attribute {key}: {:?} vs {:?}",
                                a1.get(key),
                                a2.get(key)
                            ));
                        }
                    }
                }
                if let Some(d) = first_difference(c1, c2, &here) {
                    return Some(d);
                }
            }
            (x, y) if x == y => {}
            (x, y) => return Some(format!("{here}: {} vs {}", describe(x), describe(y))),
        }
    }
    None
}

fn describe(node: &Node) -> String {
    match node {
        Node::Text(t) => format!("text {}", short(t)),
        other => format!("<{}>", label(other)),
    }
}

/// The first difference between two documents, or `None` when they are
/// the same document.
fn compare(first: &str, second: &str) -> Option<String> {
    first_difference(&parse(first), &parse(second), "document")
}

fn count_elements(nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|n| match n {
            Node::Element { children, .. } => 1 + count_elements(children),
            _ => 0,
        })
        .sum()
}

#[test]
fn every_page_is_the_same_document_in_both_engines() {
    let mut failures = Vec::new();
    for page in suite::pages() {
        let haml = page.haml();
        let sailfish = page.sailfish();
        if let Some(difference) = compare(&haml, &sailfish) {
            failures.push(format!(
                "{}: haml (first) and sailfish (second) differ at {difference}",
                page.name()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_list_of_pages_matches_the_pages() {
    let names: Vec<&str> = suite::pages().iter().map(|p| p.name()).collect();
    assert_eq!(names, suite::PAGES);
}

#[test]
fn every_page_renders_a_real_page() {
    for page in suite::pages() {
        let haml = page.haml();
        let sailfish = page.sailfish();
        assert!(
            haml.len() >= page.min_bytes(),
            "{}: haml wrote {} bytes, expected at least {}",
            page.name(),
            haml.len(),
            page.min_bytes()
        );
        assert!(
            sailfish.len() >= page.min_bytes(),
            "{}: sailfish wrote {} bytes, expected at least {}",
            page.name(),
            sailfish.len(),
            page.min_bytes()
        );
        let tree = parse(&haml);
        assert!(
            matches!(tree.first(), Some(Node::Doctype(name)) if name == "html"),
            "{}: no doctype",
            page.name()
        );
        assert!(
            count_elements(&tree) > 50,
            "{}: only {} elements",
            page.name(),
            count_elements(&tree)
        );
    }
}

#[test]
fn the_comparison_sees_a_changed_text_and_a_changed_attribute() {
    let page = suite::feed::data();
    let haml = page.haml();
    let sailfish = page.sailfish();
    assert_eq!(compare(&haml, &sailfish), None);

    // One text changed: the first post's like count.
    let likes = format!(">{} likes<", page.posts[1].likes);
    assert!(sailfish.contains(&likes));
    let changed_text =
        sailfish.replacen(&likes, &format!(">{} likes<", page.posts[1].likes + 1), 1);
    let difference = compare(&haml, &changed_text).expect("a changed text is a difference");
    assert!(difference.contains("text differs"), "{difference}");
    assert!(difference.contains("article#post-1001"), "{difference}");

    // One attribute changed: an author link.
    let link = format!("href=\"/user/{}\"", page.posts[2].author);
    assert!(sailfish.contains(&link));
    let changed_attr = sailfish.replacen(&link, "href=\"/user/someone-else\"", 1);
    let difference = compare(&haml, &changed_attr).expect("a changed attribute is a difference");
    assert!(difference.contains("attribute href"), "{difference}");

    // A class added, an element left out, a word made bold.
    let doc = "<!doctype html><p class=\"a b\">x &amp; y <b>z</b></p><ul><li>1<li>2</ul>";
    assert_eq!(
        compare(doc, "<!DOCTYPE html>\n<p class='b  a'>x & y <b>z</b>\n<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>"),
        None
    );
    assert!(compare(
        doc,
        "<!doctype html><p class=\"a b c\">x &amp; y <b>z</b></p><ul><li>1<li>2</ul>"
    )
    .is_some());
    assert!(compare(
        doc,
        "<!doctype html><p class=\"a b\">x &amp; y <b>z</b></p><ul><li>1</ul>"
    )
    .is_some());
    assert!(compare(
        doc,
        "<!doctype html><p class=\"a b\">x &amp; <b>y</b> <b>z</b></p><ul><li>1<li>2</ul>"
    )
    .is_some());
    // Whitespace inside text counts; an empty class is no class.
    assert!(compare("<p>a b</p>", "<p>ab</p>").is_some());
    assert!(compare("<p>a <b>b</b></p>", "<p>a<b>b</b></p>").is_some());
    assert!(compare("<p>x<b> a</b></p>", "<p>x<b>a</b></p>").is_some());
    // ... but not at the start or end of a line.
    assert_eq!(
        compare("<p>a<br>b</p>c", "<p>\n a \n<br>\n b\n</p>\n c"),
        None
    );
    assert_eq!(compare("<td>a</td>", "<td> a </td>"), None);
    assert_eq!(compare("<p class=\"\">a</p>", "<p>a</p>"), None);
}

#[test]
fn a_changed_title_or_language_is_seen_in_every_page() {
    for page in suite::pages() {
        let haml = page.haml();
        let sailfish = page.sailfish();
        for (from, to) in [("<title>", "<title>X"), ("<html lang=\"", "<html lang=\"x")] {
            assert!(sailfish.contains(from), "{}: no {from}", page.name());
            let changed = sailfish.replacen(from, to, 1);
            assert!(
                compare(&haml, &changed).is_some(),
                "{}: {from} changed to {to} is not seen",
                page.name()
            );
        }
    }
}

#[test]
fn script_text_is_compared_after_javascript_unescaping_only() {
    assert_eq!(
        compare(
            "<script>var a = {\"n\": \"O\\u0027Neil \\u0022x\\u0022\"};</script>",
            "<script>var a = {\"n\": \"O'Neil \\\"x\\\"\"};</script>"
        ),
        None
    );
    assert!(compare("<script>var a = 1;</script>", "<script>var a = 2;</script>").is_some());
    // Outside scripts, a backslash escape is text like any other.
    assert!(compare("<p>\\u0041</p>", "<p>A</p>").is_some());
}
