//! Output size: bytes and gzip bytes (levels 6 and 9) of what haml 6.1.1
//! writes, of `output = "minified"`, and of haml's output passed through
//! `minify-html` (a run-time minifier), over the corpus and its realistic
//! pages. Prints a table (`cargo test -p tests --test size_report --
//! --nocapture`) and checks that minified output is never larger than
//! haml's, and compresses better in total.
//!
//! minify-html is not held to this project's rules, and on some cases its
//! output does not render as haml's does: `tests/minify-html-in-chromium.txt`
//! (written by `tests/browser/compare.mjs --minify-html`, checked by
//! `.ci/run`) says for each case, and the table adds the sums over the
//! cases where it does.

use std::io::Write;

mod minified {
    include!(concat!(env!("OUT_DIR"), "/minified_cases.rs"));
}

fn gzip(bytes: &[u8], level: u32) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

fn minify_html(html: &str) -> String {
    let cfg = minify_html::Cfg::new();
    String::from_utf8(minify_html::minify(html.as_bytes(), &cfg)).unwrap()
}

#[derive(Default, Clone, Copy)]
struct Size {
    bytes: usize,
    gzip6: usize,
    gzip9: usize,
}

impl Size {
    fn of(s: &str) -> Size {
        Size {
            bytes: s.len(),
            gzip6: gzip(s.as_bytes(), 6),
            gzip9: gzip(s.as_bytes(), 9),
        }
    }

    fn add(&mut self, o: Size) {
        self.bytes += o.bytes;
        self.gzip6 += o.gzip6;
        self.gzip9 += o.gzip9;
    }
}

/// For each case: whether minify-html's output renders as haml's in
/// Chromium (`tests/minify-html-in-chromium.txt`).
/// `html` without its `<!-- ... -->` comments (for the report only: a
/// `<!--` in script text counts too).
fn remove_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = match rest[start + 4..].find("-->") {
            Some(end) => &rest[start + 4 + end + 3..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

fn minify_html_renders_the_same() -> std::collections::HashMap<&'static str, bool> {
    include_str!("../minify-html-in-chromium.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            if let Some(name) = l.strip_prefix("same ") {
                (name, true)
            } else {
                let name = l.strip_prefix("different ").expect("same or different");
                (name.split(':').next().unwrap_or(name), false)
            }
        })
        .collect()
}

#[test]
fn size_report() {
    let cases = minified::cases();
    let same = minify_html_renders_the_same();
    let mut names: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let mut listed: Vec<&str> = same.keys().copied().collect();
    names.sort_unstable();
    listed.sort_unstable();
    assert_eq!(
        names, listed,
        "tests/minify-html-in-chromium.txt is not about these cases: run .ci/run's \
         compare.mjs --minify-html line to write it again"
    );
    let mut rows: Vec<(String, Size, Size, Size, &str)> = Vec::new();
    let mut total = (Size::default(), Size::default(), Size::default());
    let mut total_same = (Size::default(), Size::default(), Size::default());
    // Cases where the minified output's gzip -9 is smaller, equal, larger
    // than minify-html's: over all cases, over those it renders right.
    let mut smaller = [[0; 3]; 2];
    // The minified output of the cases minify-html keeps as haml's, without
    // its HTML comments (minify-html removes all; this output keeps a few:
    // `<!---->` between text, comments for programs, and all of them in
    // pages it leaves as haml wrote them).
    let mut without_comments = Size::default();
    for (name, haml, minified) in &cases {
        let (h, m, x) = (
            Size::of(haml),
            Size::of(minified),
            Size::of(&minify_html(haml)),
        );
        total.0.add(h);
        total.1.add(m);
        total.2.add(x);
        let order = m.gzip9.cmp(&x.gzip9) as i8 + 1;
        smaller[0][order as usize] += 1;
        if same[name] {
            smaller[1][order as usize] += 1;
            total_same.0.add(h);
            total_same.1.add(m);
            total_same.2.add(x);
            without_comments.add(Size::of(&remove_comments(minified)));
        }
        if name.starts_with("corpus_page_") {
            let verdict = if same[name] { "yes" } else { "no" };
            rows.push((
                name.trim_start_matches("corpus_").to_string(),
                h,
                m,
                x,
                verdict,
            ));
        }
    }
    let same_count = same.values().filter(|s| **s).count();
    rows.push((
        format!("all {} cases", cases.len()),
        total.0,
        total.1,
        total.2,
        "",
    ));
    rows.push((
        format!("the {same_count} cases minify-html keeps as haml's"),
        total_same.0,
        total_same.1,
        total_same.2,
        "yes",
    ));
    println!(
        "| case | haml bytes | gzip 6 | gzip 9 | minified bytes | gzip 6 | gzip 9 | minify-html bytes | gzip 6 | gzip 9 | minify-html renders as haml |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (name, h, m, x, verdict) in &rows {
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {verdict} |",
            h.bytes, h.gzip6, h.gzip9, m.bytes, m.gzip6, m.gzip9, x.bytes, x.gzip6, x.gzip9
        );
    }
    for (what, [less, equal, more]) in ["all cases", "cases minify-html keeps"].iter().zip(smaller)
    {
        println!(
            "{what}: minified gzip -9 smaller than minify-html's on {less}, equal on {equal}, larger on {more}"
        );
    }
    println!(
        "the {same_count} cases minify-html keeps, minified without its HTML comments: \
         {} bytes, gzip -9 {} (minify-html removes all comments; this output keeps a few)",
        without_comments.bytes, without_comments.gzip9
    );
    // minify-html is not held to the same rules (it removes attributes with
    // default values such as `type=submit`, and trims the text of `style`
    // and `script`, which the browser harness forbids), so it is reported,
    // not asserted against.
    // Per case in bytes; compressed only in total (gzip of a few bytes
    // less can be a byte more).
    // Values escaped for JavaScript or CSS may take more bytes than haml's
    // unescaped ones (tests/contextual-differences.txt lists those cases).
    let contextual = include_str!("../contextual-differences.txt");
    let contextual: Vec<&str> = contextual
        .lines()
        .filter_map(|l| l.split('#').next())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (name, haml, minified) in &cases {
        assert!(
            minified.len() <= haml.len() || contextual.iter().any(|c| name == c),
            "{name}: minified is larger"
        );
    }
    assert!(total.1.gzip9 < total.0.gzip9 && total.1.gzip6 < total.0.gzip6);
}
