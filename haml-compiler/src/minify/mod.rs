//! Minified output: what haml writes, without the bytes a browser ignores.
//!
//! It works on the lowering tree, where each newline haml would write is a
//! [`Tree::Newline`], and decides at compile time:
//!
//! 1. **Whitespace.** A newline is left out when a browser would not render
//!    it (CSS Text 3, white-space processing, `white-space: normal`): when
//!    every way the template can run puts a line break right after it (the
//!    start or end of a block-level element, `<br>`, the document's end), or
//!    right before it, or when whitespace that is rendered comes just
//!    before it. Between inline content (text, holes, inline and
//!    inline-block elements) the newline stays: it is one byte and may be
//!    a visible space. Inside `pre`, `textarea`, `script`, `style`,
//!    `title` and MathML nothing is touched; in SVG only the newlines
//!    between shapes go and `text` is laid out as text. Inline tags,
//!    comments and elements that are not rendered (`script`, `meta`, ...)
//!    do not break the search; control flow is followed on every path (a
//!    loop's end leads to its start and to what follows it). The
//!    whitespace at the ends of static text is decided the same way. If
//!    the template's own CSS mentions `white-space`, `inline`, `contents`
//!    or raw `<pre>`-like tags in text, no whitespace is removed (the
//!    defaults may not hold). Whitespace that stays is one character: a
//!    run in text collapses, and a newline is written as a space where
//!    both characters next to it are known and allow it (`Spaces`,
//!    `line_break_is_space`: a browser may drop a line break, not a space,
//!    between two Chinese characters or next to a zero-width space).
//! 2. **Comments.** `/ comments` are left out, and so are conditional
//!    comments (`/[if IE]`: Internet Explorer is gone, every browser today
//!    reads them as comments); a revealed one (`/![if !IE]`) keeps its
//!    content. One between two pieces of text is emptied (`<!---->`: the
//!    text stays two nodes); comments meant for a program reading the page
//!    stay (`special_comment`), and so do comments in the text of `script`
//!    or `style`.
//! 3. **Optional tags** (HTML formats): `</li>`, `</p>`, `</td>`, `</th>`,
//!    `</tr>`, `</dt>`, `</dd>`, `</option>`, `</thead>`, `</tbody>`,
//!    `</head>`, `</body>`, `</html>`, and the start tags of `html`, `head`
//!    and `body` without attributes, when the HTML parser implies them at
//!    that place on every path: what follows is one of the elements that
//!    close them, or the end of the parent (HTML, "Optional tags").
//!
//! None of this is done (the page stays as haml wrote it) where the parser
//! would build it differently from what the template says: raw markup that
//! does not pair up, unescaped values, misnested elements
//! (`Scanner::misnested`). XHTML stays well-formed XML.
//!
//! Attributes are minified where they are written (`attributes.rs`).

mod apply;
mod comments;
mod flow;
mod optional_tags;
mod references;
mod scan;
mod whitespace;

use apply::Apply;
use flow::Flow;
use optional_tags::{end_tag_optional, start_tag_optional};
use scan::{balanced, Kind, Scanner, Token};
use whitespace::{newlines_into_branches, Spaces};

use crate::options::{Format, Options};
use crate::tree::Tree;

/// Minifies the tree in place.
pub fn minify(tree: &mut Vec<Tree>, options: &Options) {
    newlines_into_branches(tree);
    let mut scan = Scanner::default();
    scan.open_element_stack.push(None);
    scan.tokens
        .push(Token::item(Kind::Break, Kind::Break, false));
    scan.walk(tree, false);
    scan.tokens
        .push(Token::item(Kind::Break, Kind::Break, false));
    scan.keep_comments_inside_text();
    let cfg = Flow::new(&scan.tokens);
    // Unbalanced raw markup (`<i>` never closed) makes the parser rebuild
    // elements around whitespace: leave whitespace and tags alone. So may
    // an unescaped value, and misnested elements (`Scanner::misnested`).
    let unbalanced = !balanced(&scan.raw_text) || scan.raw_values || scan.misnested;
    let conservative = scan.layout_css || unbalanced;
    // 1. Whitespace, in document order (a kept newline lets a later one go).
    let mut keep = vec![true; scan.gaps];
    for &id in &scan.unrendered {
        keep[id] = false;
    }
    if !conservative {
        for i in 0..scan.tokens.len() {
            if let Token::Gap(id) = scan.tokens[i] {
                keep[id] = !(cfg.all_forward(&scan.tokens, i, |k| k == Kind::Break)
                    || cfg.all_backward(&scan.tokens, i, &keep, |k| {
                        matches!(k, Kind::Break | Kind::Space)
                    }));
            }
        }
    }
    // 3. Optional tags.
    let mut omit_start = vec![false; scan.elements.len()];
    let mut omit_end = vec![false; scan.elements.len()];
    if options.format != Format::Xhtml && !unbalanced {
        for i in 0..scan.tokens.len() {
            match &scan.tokens[i] {
                Token::End { id, .. } => {
                    omit_end[*id] =
                        !scan.keep_end[*id] && end_tag_optional(&cfg, &scan, i, *id, &keep);
                }
                Token::Start { id, .. } => {
                    omit_start[*id] = start_tag_optional(&cfg, &scan, i, *id, &keep);
                }
                _ => {}
            }
        }
    }
    let mut apply = Apply {
        raw_text: false,
        decode: !unbalanced,
        preformatted: false,
        xml: options.format == Format::Xhtml,
        rcdata: false,
        foreign: false,
        keep: &keep,
        omit_start: &omit_start,
        omit_end: &omit_end,
        // Unbalanced markup may hold a comment inside a tag.
        comments: if unbalanced { &[] } else { &scan.comments },
        text_edges: &scan.text_edges,
        gap: 0,
        text: 0,
        element: 0,
        comment: 0,
    };
    apply.walk(tree);
    if !conservative {
        Spaces::default().walk(tree);
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Options;
    use crate::tree::Op;

    /// The static text of the template's operations, `{}` for anything
    /// else (`{Escape}` for holes with `escapes`).
    fn lowered(source: &str, options: &Options, escapes: bool) -> String {
        crate::pipeline::operations(source, options)
            .unwrap()
            .iter()
            .map(|op| match op {
                Op::Static(s) => s.clone(),
                Op::Hole { escape, .. } if escapes => format!("{{{escape:?}}}"),
                _ => "{}".to_string(),
            })
            .collect()
    }

    fn minified(source: &str) -> String {
        lowered(source, &Options::default(), false)
    }

    #[test]
    fn static_values_take_the_quote_that_needs_no_escape() {
        assert_eq!(
            minified("%input{value: 'a \"b\"'}"),
            "<input value='a \"b\"'>"
        );
        assert_eq!(
            minified("%input{value: 'a \"b\" it\\'s'}"),
            "<input value=\"a &#34;b&#34; it's\">"
        );
        assert_eq!(
            minified("%input{value: \"it's\"}"),
            "<input value=\"it's\">"
        );
    }

    #[test]
    fn newlines_between_blocks_go_between_inline_content_stay() {
        assert_eq!(minified("%div\n  %p a\n  %p b"), "<div><p>a<p>b</div>");
        assert_eq!(minified("%p\n  %a x\n  %a y"), "<p><a>x</a> <a>y</a>");
        assert_eq!(minified("%p\n  text\n  %b x"), "<p>text <b>x</b>");
        // A newline after rendered whitespace collapses into it.
        assert_eq!(minified("%p\n  a |\n  b |\n  %b x"), "<p>a b <b>x</b>");
        // Inline tags do not stop the search for the line start.
        assert_eq!(minified("%div\n  %a\n    x"), "<div><a>x</a></div>");
        // Inside pre, everything stays.
        assert_eq!(
            minified("%pre\n  %b x\n  %i y"),
            "<pre><b>x</b>\n<i>y</i></pre>"
        );
    }

    #[test]
    fn whitespace_that_stays_is_one_space() {
        // Runs collapse; a newline becomes a space next to ASCII text.
        assert_eq!(
            minified("%p\n  :plain\n    a  b\n      c\t d\n  %b x"),
            "<p>a b c d <b>x</b>"
        );
        assert_eq!(minified("%p\n  x\n  %b y"), "<p>x <b>y</b>");
        // Between two Chinese characters a browser may drop a line break
        // (Firefox does), and next to a zero-width space (Chromium's `wbr`
        // is one), not a space: the newline stays, and so it does next to
        // what is not known (a value).
        assert_eq!(
            minified("%p\n  %wbr\n  a\n  = v\n  b\u{200b}\n  c"),
            "<p><wbr>\na\n{}\nb\u{200b}\nc"
        );
        assert_eq!(minified("%p\n  中\n  %b 文"), "<p>中\n<b>文</b>");
        assert_eq!(
            minified("%p\n  :plain\n    中\n    文 a\n    b"),
            "<p>中\n文 a b"
        );
        // Whitespace at the ends of text goes where a line starts or ends.
        assert_eq!(
            minified("%div\n  :plain\n        deep\n    x\n%b y"),
            "<div>deep x</div><b>y</b>"
        );
        assert_eq!(
            minified("%div\n  one |\n  two |\n%b x"),
            "<div>one two</div><b>x</b>"
        );
        assert_eq!(minified("%p\n  %b x\n  a |\n  b |"), "<p><b>x</b> a b");
        // Kept as written: preformatted text, tags in text.
        assert_eq!(
            minified("%pre\n  a  b\n  %b c"),
            "<pre>a  b\n<b>c</b></pre>"
        );
        assert_eq!(
            minified("%p <i title=\"a  b\">c  d</i>"),
            "<p><i title=\"a  b\">c d</i>"
        );
        // Where the template's CSS may change white-space, nothing changes.
        assert_eq!(
            minified("%style p { white-space: pre }\n%p\n  a  b\n  %b c"),
            "<style>p { white-space: pre }</style>\n<p>\na  b\n<b>c</b>\n</p>\n"
        );
    }

    #[test]
    fn control_flow_is_followed_on_every_path() {
        // After the span comes the next iteration's span or the div's end.
        assert_eq!(
            minified("%div\n  - for x in xs\n    %span= x"),
            "<div>{}<span>{}</span>\n{}</div>"
        );
        assert_eq!(
            minified("%div\n  - if a\n    %p a\n  - else\n    %p b"),
            // `{}` are the if's open, its else, and its close.
            "<div>{}<p>a{}{}<p>b{}</div>"
        );
    }

    #[test]
    fn quotation_marks_are_content() {
        // `q` draws quotes at both ends: the spaces next to them show.
        assert_eq!(
            minified("%p\n  x\n  %q\n    y\n  z"),
            "<p>x\n<q>\ny\n</q>\nz"
        );
    }

    #[test]
    fn text_next_to_details_and_blocks_in_q_keep_their_spaces() {
        assert_eq!(
            minified("%div\n  %details\n    %p a\n  %u w"),
            "<div><details><p>a</details> <u>w</u></div>"
        );
        // The `article` closes the `p`, and the `q` with it, after the
        // newline: the closing quote follows a space.
        assert_eq!(
            minified("%p\n  %q\n    x\n    %article y"),
            "<p><q>\nx <article>y</article>\n</q></p>"
        );
    }

    #[test]
    fn doctypes_of_standards_mode_are_the_short_one() {
        let options = Options {
            format: crate::options::Format::Html4,
            ..Options::default()
        };
        let html4 = |source| lowered(source, &options, false);
        assert_eq!(html4("!!! Strict\n%p a"), "<!doctype html><p>a");
        assert!(html4("!!!\n%p a").starts_with("<!doctype html PUBLIC"));
        assert_eq!(minified("!!!\n%p a"), "<!doctype html><p>a");
        // XHTML stays XML (uppercase keyword, end tags); the newline after
        // the XML declaration goes at the start, not elsewhere.
        let options = Options {
            format: crate::options::Format::Xhtml,
            ..Options::default()
        };
        let xhtml = |source| lowered(source, &options, false);
        assert_eq!(
            xhtml("!!! XML\n!!! 5\n%p a"),
            "<?xml version='1.0' encoding='utf-8' ?><!DOCTYPE html><p>a</p>"
        );
        assert_eq!(
            xhtml("%p\n  %b> a\n  !!! XML\n  b"),
            "<p><b>a</b><?xml version='1.0' encoding='utf-8' ?>\nb</p>"
        );
    }

    #[test]
    fn a_heading_closed_by_a_heading_ends_no_line() {
        // `<h2>` closes the `h1`; `x` is text of the body, and the space
        // after it stays before the `textarea`.
        assert_eq!(
            minified("%h1\n  %h2 h\n  x\n%textarea t"),
            "<h1><h2>h</h2>x\n</h1><textarea>t</textarea>"
        );
    }

    #[test]
    fn comments_inside_text_stay() {
        assert_eq!(minified("%p\n  a\n  / c\n  b"), "<p>a <!---->b");
        assert_eq!(minified("%p\n  / c\n  b"), "<p>b");
        assert_eq!(
            minified("%p\n  %em a\n  / c\n  b"),
            "<p><em>a</em> <!---->b"
        );
        assert_eq!(
            minified("%p\n  - if true\n    %em a\n  / c\n  b"),
            "<p>{}<em>a</em>\n{}{}{}<!---->b"
        );
        // Counted among all comments (a revealed one comes first here).
        assert_eq!(
            minified("%p\n  /![if !IE]\n    %i r\n  a\n  / c\n  b"),
            "<p><i>r</i>\na <!---->b"
        );
    }

    #[test]
    fn a_newline_before_a_branch_is_decided_on_each_path() {
        // Kept where the link follows, gone where `</td>` does.
        assert_eq!(
            minified("%td\n  %a x\n  - if c\n    %a y\n%p z"),
            "<td><a>x</a>{}\n<a>y</a>{}{}{}</td><p>z"
        );
        assert_eq!(
            minified("%td\n  %a x\n  - match c\n    - 1 =>\n      %a y\n    - _ =>\n%p z"),
            "<td><a>x</a>{}{}\n<a>y</a>{}{}{}{}</td><p>z"
        );
    }

    #[test]
    fn end_tags_the_parser_would_not_imply_stay() {
        // `table` closes a `p` only in standards mode, `form` only outside
        // a form.
        assert_eq!(
            minified("%p a\n%table\n  %tr\n    %td b"),
            "<p>a</p><table><tr><td>b</table>"
        );
        assert_eq!(minified("%p a\n%form b"), "<p>a</p><form>b</form>");
        // A `summary` closes the `p` it is in: the `</p>` after it is a
        // new, empty paragraph and must stay.
        assert_eq!(
            minified("%p\n  %summary b\n%div c"),
            "<p><summary>b</summary></p><div>c</div>"
        );
        assert_eq!(minified("%p a\n%summary b"), "<p>a<summary>b</summary>");
    }

    #[test]
    fn unbalanced_raw_markup_is_left_alone() {
        // `x<y` opens a tag that never ends: the references, comment and
        // value after it may be inside it.
        let ops = |source| lowered(source, &Options::default(), true);
        assert_eq!(
            ops("%p x<y &copy;\n/ c\n%b= v"),
            "<p>x<y &copy;</p>\n<!-- c -->\n<b>{Html}</b>\n"
        );
        assert_eq!(ops("%p x &copy;\n/ c\n%b= v"), "<p>x ©</p><b>{Text}</b>");
        // Markup in a comment's text opens nothing, unless the text ends
        // the comment first.
        assert_eq!(ops("/ a <d>\n%p x &copy;"), "<p>x ©");
        assert_eq!(
            ops("/ a --> <d>\n%p x &copy;"),
            "<!-- a --> <d> -->\n<p>x &copy;</p>\n"
        );
        // Balanced markup is copied whole, its attributes not decoded.
        assert_eq!(
            ops("%p <a title=\"&quot;&gt;\">&quot;</a>"),
            "<p><a title=\"&quot;&gt;\">\"</a>"
        );
    }

    #[test]
    fn newlines_between_svg_shapes_go_svg_text_stays() {
        assert_eq!(
            minified("%svg\n  %g\n    %path{d: \"M0 0\"}\n  %text\n    a\n    %tspan b"),
            "<svg><g><path d=\"M0 0\"></path></g><text>a <tspan>b</tspan></text></svg>"
        );
    }

    #[test]
    fn comments_for_programs_stay() {
        // Server-side includes, Knockout, `!`: whole, even between text.
        assert_eq!(
            minified("%p\n  / #include virtual=\"/x\"\n  / ko if: a\n  %b x\n  / /ko\n  / ! keep"),
            "<p><!-- #include virtual=\"/x\" --><!-- ko if: a --><b>x</b><!-- /ko --><!-- ! keep -->"
        );
        // Comments written as text: emptied, unless for a program.
        assert_eq!(
            minified("%p a <!-- b --> c <!--#echo var=\"x\" --> d <!-- e --!> f -->"),
            "<p>a <!----> c <!--#echo var=\"x\" --> d <!-- e --!> f -->"
        );
        assert_eq!(minified("%p\n  a\n  /[if IE]> x  y\n  b"), "<p>a <!---->b");
    }

    #[test]
    fn a_block_that_breaks_a_formatting_element_leaves_the_page_as_it_is() {
        // The table closes the `p`, and the `b` with it; the next text,
        // a newline too, makes the parser open a copy of the `b`: the page
        // stays as haml wrote it.
        assert_eq!(
            minified("%p\n  %b\n    %table\n      %tr\n        %td x\n%div y"),
            "<p>\n<b>\n<table>\n<tr>\n<td>x</td>\n</tr>\n</table>\n</b>\n</p>\n<div>y</div>\n"
        );
        // Without a `p` to close, the `b` is whole: the newline goes.
        assert_eq!(
            minified("%div\n  %b\n    %table\n      %tr\n        %td x\n%div y"),
            "<div><b><table><tr><td>x</table></b></div><div>y</div>"
        );
    }

    #[test]
    fn elements_the_parser_does_not_nest_leave_the_page_as_it_is() {
        // The inner button closes the outer one: the newline after it is
        // between the button and the `i`, not at the end of a button.
        assert_eq!(
            minified("%p\n  %button\n    a\n    %button b\n  %i c"),
            "<p>\n<button>\na\n<button>b</button>\n</button>\n<i>c</i>\n</p>\n"
        );
        assert_eq!(
            minified("%p\n  %button\n    a\n  %button b\n  %i c"),
            "<p><button>a</button> <button>b</button> <i>c</i>"
        );
        // A `br` ends the SVG it stands in.
        assert_eq!(
            minified("%p\n  %svg\n    %text\n      a <br> b\n  c"),
            "<p>\n<svg>\n<text>\na <br> b\n</text>\n</svg>\nc\n</p>\n"
        );
    }

    #[test]
    fn comments_go_revealed_content_stays() {
        assert_eq!(minified("%p\n  / note\n  x"), "<p>x");
        assert_eq!(minified("/[if IE]\n  %p a\n%i b"), "<i>b</i>");
        assert_eq!(minified("/![if !IE]\n  %p a"), "<p>a");
    }

    #[test]
    fn optional_tags() {
        assert_eq!(
            minified(
                "!!!\n%html\n  %head\n    %title t\n  %body\n    %ul\n      %li a\n      %li b"
            ),
            "<!doctype html><title>t</title><ul><li>a<li>b</ul>"
        );
        // `</p>` stays inside `a`; after a block, a newline starts a line.
        assert_eq!(minified("%a\n  %p x\n%b y"), "<a><p>x</p></a><b>y</b>");
    }

    #[test]
    fn references_in_script_and_style_stay() {
        // To the browser they are text there, not characters.
        assert_eq!(
            minified("%script\n  :plain\n    a &amp;&amp; b\n%style\n  :escaped\n    a > b"),
            "<script>\na &amp;&amp; b\n</script><style>\na &gt; b\n</style>"
        );
        // Elsewhere `:escaped` values are escaped as `=` values are.
        let ops = |source| lowered(source, &Options::default(), true);
        assert_eq!(ops("%p\n  :escaped\n    a #{v}"), "<p>a {Text}");
        assert_eq!(ops("%pre\n  :escaped\n    a #{v}"), "<pre>a {Html}</pre>");
    }

    #[test]
    fn attributes_are_compact() {
        assert_eq!(
            minified("%a.b.a{href: \"/x y\", title: \"\", id: \"i\"}(data-x=\"1\")"),
            "<a class=\"a b\" data-x=1 href=\"/x y\" id=i title></a>"
        );
    }

    #[test]
    fn titles_in_svg_are_not_rcdata() {
        assert_eq!(
            minified("%title &lt;b>\n%svg\n  %title &lt;b>"),
            "<title><b></title><svg><title>&lt;b></title></svg>"
        );
    }

    /// Rules found by the real-world templates in Chromium
    /// (`tests/realworld/known-browser-differences.txt`).
    #[test]
    fn preformatted_text_in_the_head_keeps_its_newlines() {
        // The head renders nothing, but a title's text is the tab's title
        // (its line breaks are spaces there) and a script's is code.
        assert_eq!(
            minified(
                "%html
  %head
    %title
      a
      = x
    %script
      f()
      g()
  %body
    %p b"
            ),
            "<title>\na\n{}\n</title><script>\nf()\ng()\n</script><p>b"
        );
    }

    #[test]
    fn whitespace_around_an_element_hidden_by_its_attributes_stays() {
        // Hidden, the block is no line break: the text on both sides is
        // one space apart.
        assert_eq!(
            minified(
                "%p
  = a
  %div{style: \"display: none\"}
    %b x
  = b"
            ),
            "<p>{}\n<div style=\"display: none\"><b>x</b></div>\n{}</p>"
        );
        assert_eq!(
            minified(
                "%p
  = a
  %div(hidden) x
  = b"
            ),
            "<p>{}\n<div hidden>x</div>\n{}</p>"
        );
        // Shown, it is a block.
        assert_eq!(
            minified(
                "%p
  = a
  %div x
  = b"
            ),
            "<p>{}<div>x</div>{}</p>"
        );
    }

    #[test]
    fn a_head_ended_by_text_leaves_its_end_tag_and_the_body_tag_separating_nothing() {
        // The text opens the body; `</head>` and `<body>` are ignored.
        assert_eq!(
            minified(
                "%html
  %head
    %title t
    = x
  %body
    = y"
            ),
            "<title>t</title>{}\n<body>{}"
        );
    }

    #[test]
    fn table_cells_without_a_table_separate_nothing() {
        // A partial of cells: on its own the parser drops the `td` tags.
        assert_eq!(minified("%td\n  = a\n%td\n  = b"), "<td>{}\n<td>{}");
        assert_eq!(
            minified("%table\n  %tr\n    %td\n      = a\n    %td\n      = b"),
            "<table><tr><td>{}<td>{}</table>"
        );
    }
}
