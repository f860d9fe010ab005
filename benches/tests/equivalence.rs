//! All engines render each workload to the same page: the same start tags
//! with the same attributes (class as a set), and the same text (with
//! character references decoded and whitespace collapsed). End tags and
//! whitespace may differ (minified output leaves out what HTML implies).

use benches::*;

/// A page as a list of tokens: `<tag attr=value ...>` with sorted
/// attributes, and text runs.
fn normalize(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    let flush = |text: &mut String, out: &mut Vec<String>| {
        let collapsed = decode(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !collapsed.is_empty() {
            out.push(collapsed);
        }
        text.clear();
    };
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        // As in HTML, `<` starts a tag only before a letter, `/` or `!`.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            text.push('<');
            rest = &rest[1..];
            continue;
        }
        let end = tag_end(rest);
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') || tag.starts_with('!') {
            if tag.to_ascii_lowercase().starts_with("!doctype") {
                out.push("<!doctype>".into());
            }
            continue;
        }
        // Text is compared across the inline tags too: a run ends only
        // where a block starts.
        flush(&mut text, &mut out);
        let tag = start_tag(tag);
        if !tag.is_empty() {
            out.push(tag);
        }
    }
    text.push_str(rest);
    flush(&mut text, &mut out);
    out
}

/// The index of the `>` that ends the tag starting `s` (quotes respected).
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    s.len() - 1
}

fn start_tag(tag: &str) -> String {
    // `/` before `>` is part of an unquoted value (`href=/`); alone it is
    // the self-closing mark (`<br />`), which means nothing in HTML.
    let tag = tag.strip_suffix(" /").unwrap_or(tag);
    let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let name = tag[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut rest = tag[name_end..].trim_start();
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let attr = rest[..name_len].to_ascii_lowercase();
        rest = rest[name_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |e| e + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let e = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..e], &after[e..])
                }
            };
            value = decode(v);
            rest = remaining.trim_start();
        }
        if attr == "class" {
            let mut classes: Vec<&str> = value.split_whitespace().collect();
            classes.sort_unstable();
            classes.dedup();
            value = classes.join(" ");
            if value.is_empty() {
                // `class=""` and no class mean the same to CSS selectors
                // that engines' outputs use here.
                continue;
            }
        }
        attrs.push(format!("{attr}={value:?}"));
    }
    attrs.sort();
    if attrs.is_empty() && matches!(name.as_str(), "html" | "head" | "body") {
        // The parser implies these when they have no attributes.
        return String::new();
    }
    format!("<{name} {}>", attrs.join(" "))
}

fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "copy" => Some('©'),
            n => {
                let n = n.strip_prefix('#')?;
                let code = match n.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => n.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[track_caller]
fn same(workload: &str, outputs: &[(&str, String)]) {
    let (first_engine, first) = &outputs[0];
    let expected = normalize(first);
    assert!(
        expected.len() > 3,
        "{workload}: {first_engine} wrote nothing useful"
    );
    for (engine, html) in &outputs[1..] {
        let got = normalize(html);
        if let Some(i) = (0..expected.len().max(got.len())).find(|&i| expected.get(i) != got.get(i))
        {
            panic!(
                "{workload}: {engine} differs from {first_engine} at token {i}:\n  {first_engine}: {:?}\n  {engine}: {:?}\n--- {first_engine}\n{first}\n--- {engine}\n{html}",
                expected.get(i),
                got.get(i)
            );
        }
    }
}

#[test]
fn big_table() {
    let table = big_table_data(10);
    same(
        "big-table",
        &[
            ("haml", haml::big_table(&table)),
            ("askama", askama_engine::big_table(&table)),
            ("sailfish", sailfish_engine::big_table(&table)),
            ("maud", maud_engine::big_table(&table)),
            ("hand-written", hand_written::big_table(&table)),
        ],
    );
}

#[test]
fn teams() {
    let teams = teams_data();
    same(
        "teams",
        &[
            ("haml", haml::teams(&teams)),
            ("askama", askama_engine::teams(&teams)),
            ("sailfish", sailfish_engine::teams(&teams)),
            ("maud", maud_engine::teams(&teams)),
            ("hand-written", hand_written::teams(&teams)),
        ],
    );
}

#[test]
fn page() {
    let data = page_data();
    same(
        "page",
        &[
            ("haml", haml::page(&data)),
            ("askama", askama_engine::page(&data)),
            ("sailfish", sailfish_engine::page(&data)),
            ("maud", maud_engine::page(&data)),
            ("hand-written", hand_written::page(&data)),
        ],
    );
}

#[test]
fn the_comparison_sees_a_missing_class_and_a_changed_text() {
    let a = normalize("<p class=\"a b\">x &amp; y</p>");
    assert_eq!(a, normalize("<p class=\"b\ta\">x & y"));
    assert_ne!(a, normalize("<p class=a>x & y</p>"));
    assert_ne!(a, normalize("<p class=\"a b\">x &amp; z</p>"));
}
