//! One micro benchmark per kind of hole: 100 records, one hole per record,
//! each kind next to the same bytes written the cheap way
//! (`benches/benches/holes.rs`): as an interpolated string where the
//! template language can say it (`format_args!("/user/{}", x)` next to
//! `"/user/#{x}"`), else from a `&str` formatted before the render (a float,
//! a type's own `Display`), or, for a URL, the same value in an attribute
//! that is not one. The two of each pair render the same bytes
//! (`tests/holes.rs`), so the ratio is the cost of the kind of value alone.

use std::fmt::{self, Write as _};

use haml_runtime::{haml, Template};

/// An amount of money in cents, written `$12.34`: a `Display` value.
pub struct Money(pub i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// A path segment written by `Display`: `/posts/17-title`.
pub struct Slug<'a> {
    /// Its number.
    pub id: u32,
    /// Its words.
    pub title: &'a str,
}

impl fmt::Display for Slug<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/posts/{}-{}", self.id, self.title)
    }
}

/// One record: each kind of value, and each written out before rendering.
pub struct Record {
    /// A short text (a name).
    pub short: String,
    /// A long text (a paragraph, some characters to escape).
    pub long: String,
    /// An integer.
    pub n: u32,
    /// A float.
    pub x: f64,
    /// A flag for a boolean attribute and a class.
    pub flag: bool,
    /// A second flag for a class.
    pub hot: bool,
    /// A URL.
    pub url: String,
    /// Sometimes a value.
    pub opt: Option<String>,
    /// Money, written by `Display`.
    pub money: Money,
    /// `n` as text.
    pub n_text: String,
    /// `x` as text.
    pub x_text: String,
    /// `x` to two decimals.
    pub x2_text: String,
    /// The classes the flags give.
    pub class_text: String,
    /// `item-{n}`.
    pub id_text: String,
    /// `/user/{short}`.
    pub user_url: String,
    /// `money` as text.
    pub money_text: String,
    /// The slug of the record as text.
    pub slug_text: String,
    /// `opt` or nothing.
    pub opt_text: String,
}

/// 100 records.
pub fn records() -> Vec<Record> {
    (0..100u32)
        .map(|i| {
            let short = format!("user{}", i * 7919 % 1000);
            let n = i * 7919 % 100_000;
            let x = f64::from(i) * 3.7 + 0.25;
            let flag = i % 3 == 0;
            let hot = i % 5 == 0;
            let money = Money(i64::from(i) * 1234 + 5);
            let opt = (i % 2 == 0).then(|| format!("note {i}"));
            let classes: Vec<&str> = [flag.then_some("done"), hot.then_some("hot")]
                .into_iter()
                .flatten()
                .collect();
            Record {
                long: format!(
                    "Record {i} of the list, written by {short}: it says that 3 < 4 \
                     & that the \"quick\" fox jumps over the lazy dog, again and again, \
                     until the paragraph is as long as a comment in a real forum."
                ),
                url: format!("https://example.com/items/{i}?ref=list&page={}", i / 10),
                n_text: n.to_string(),
                x_text: x.to_string(),
                x2_text: format!("{x:.2}"),
                class_text: classes.join(" "),
                id_text: format!("item-{n}"),
                user_url: format!("/user/{short}"),
                money_text: money.to_string(),
                slug_text: Slug {
                    id: n,
                    title: &short,
                }
                .to_string(),
                opt_text: opt.clone().unwrap_or_default(),
                short,
                n,
                x,
                flag,
                hot,
                opt,
                money,
            }
        })
        .collect()
}

/// A kind of hole: its name, and the two renders to compare.
pub struct HoleKind {
    /// What is measured.
    pub name: &'static str,
    /// The kind of value.
    pub value: fn(&[Record]) -> String,
    /// The same bytes written the cheap way (see the module's doc).
    pub text: fn(&[Record]) -> String,
    /// Where the value goes through `core::fmt` in any engine: the same
    /// bytes from `write!` into a `String`, unescaped (none of these values
    /// needs escaping), which is what the formatting alone costs.
    pub rust: Option<fn(&[Record]) -> String>,
}

/// `write!` each record into one `String`, as the floor of a kind.
macro_rules! floor {
    ($r:ident => $($fmt:tt)*) => {
        Some(|records: &[Record]| {
            let mut out = String::new();
            for $r in records {
                let _ = write!(out, $($fmt)*);
            }
            out
        })
    };
}

macro_rules! kinds {
    ($( $name:literal : $value:literal vs $text:literal $(, $rust:expr)? ;)*) => {
        /// Every kind of hole.
        pub const KINDS: &[HoleKind] = &[$(
            HoleKind {
                name: $name,
                value: |records| haml!($value).render(),
                text: |records| haml!($text).render(),
                rust: kinds!(@rust $($rust)?),
            },
        )*];
    };
    (@rust) => { None };
    (@rust $rust:expr) => { $rust };
}

// Each template loops over the records: `- for r in records`.
kinds! {
    "short text":
        "- for r in records\n  %p= r.short" vs
        "- for r in records\n  %p #{r.short}";
    "long text":
        "- for r in records\n  %p= r.long" vs
        "- for r in records\n  %p #{r.long}";
    "integer":
        "- for r in records\n  %p= r.n" vs
        "- for r in records\n  %p= r.n_text";
    "float":
        "- for r in records\n  %p= r.x" vs
        "- for r in records\n  %p= r.x_text",
        floor!(r => "<p>{}", r.x);
    "float format_args":
        "- for r in records\n  %p= format_args!(\"{:.2}\", r.x)" vs
        "- for r in records\n  %p= r.x2_text",
        floor!(r => "<p>{:.2}", r.x);
    "bool attribute":
        "- for r in records\n  %input{checked: r.flag}" vs
        "- for r in records\n  - if r.flag\n    %input{checked: true}\n  - else\n    %input";
    "class list":
        "- for r in records\n  %i{class: [r.flag.then_some(\"done\"), r.hot.then_some(\"hot\")]}" vs
        "- for r in records\n  %i{class: r.class_text.as_str()}";
    "id":
        "- for r in records\n  %i{id: \"item-#{r.n}\"}" vs
        "- for r in records\n  %i{id: r.id_text.as_str()}";
    "whole URL (vs the same in title)":
        "- for r in records\n  %a{href: r.url.as_str()} x" vs
        "- for r in records\n  %a{title: r.url.as_str()} x";
    "interpolated URL":
        "- for r in records\n  %a{href: \"/user/#{r.short}\"} x" vs
        "- for r in records\n  %a{href: r.user_url.as_str()} x";
    "format_args text":
        "- for r in records\n  %p= format_args!(\"{} wrote {}\", r.short, r.n)" vs
        "- for r in records\n  %p #{r.short} wrote #{r.n}",
        floor!(r => "<p>{} wrote {}", r.short, r.n);
    "Display text":
        "- for r in records\n  %p= r.money" vs
        "- for r in records\n  %p= r.money_text",
        floor!(r => "<p>{}", r.money);
    "format_args URL":
        "- for r in records\n  %a{href: format_args!(\"/user/{}\", r.short)} x" vs
        "- for r in records\n  %a{href: \"/user/#{r.short}\"} x";
    "Display URL":
        "- for r in records\n  %a{href: Slug { id: r.n, title: &r.short }} x" vs
        "- for r in records\n  %a{href: \"/posts/#{r.n}-#{r.short}\"} x",
        floor!(r => "<a href={}>x</a>\n", Slug { id: r.n, title: &r.short });
    "Option":
        "- for r in records\n  %p= r.opt" vs
        "- for r in records\n  %p= r.opt_text";
}
