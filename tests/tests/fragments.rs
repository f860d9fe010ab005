//! Fragments: `#[template(fragment = "id")]` renders only the element with
//! that static id, with its subtree and the `- let` lines before it, for
//! the partial responses of htmx and its kin. Expected outputs are written
//! by hand; the whole page is rendered too, to show what is left out.

use haml_runtime::Template;

const TASKS: &[(&str, bool)] = &[("<write>", false), ("test", true)];

#[derive(Template)]
#[template(path = "fragments/page.haml", output = "haml")]
struct Page<'a> {
    title: &'a str,
    tasks: &'a [(&'a str, bool)],
}

#[derive(Template)]
#[template(path = "fragments/page.haml", output = "haml", fragment = "task-list")]
struct TaskList<'a> {
    tasks: &'a [(&'a str, bool)],
}

#[derive(Template)]
#[template(path = "fragments/page.haml", output = "haml", fragment = "count")]
struct Count<'a> {
    tasks: &'a [(&'a str, bool)],
}

/// Several fragments in one response (htmx's out-of-band swaps), in the
/// order given; one of them is in a partial, one has its id from `#a(id=b)`.
#[derive(Template)]
#[template(
    path = "fragments/page.haml",
    fragment = "count",
    fragment = "in-partial",
    fragment = "foot_end"
)]
struct Several<'a> {
    title: &'a str,
    tasks: &'a [(&'a str, bool)],
}

#[test]
fn a_fragment_is_its_element_alone() {
    let page = Page {
        title: "T",
        tasks: TASKS,
    }
    .render();
    let list = TaskList { tasks: TASKS }.render();
    assert_eq!(
        list,
        // haml 6.1.1 writes `class=''` for a `None` class too.
        "<ul class='tasks' id='task-list'>\n<li class=''>&lt;write&gt;</li>\n<li class='done'>test</li>\n</ul>\n"
    );
    // The fragment's bytes stand in the page as they are.
    assert!(page.contains(&list), "{page}");
    assert!(page.starts_with("<!DOCTYPE html>\n<html>"), "{page}");
}

#[test]
fn a_fragment_keeps_the_let_lines_before_it() {
    let count = Count { tasks: TASKS }.render();
    assert_eq!(count, "<p id='count'>\n2 tasks\nleft\n</p>\n");
}

#[test]
fn several_fragments_render_in_the_order_given() {
    let several = Several {
        title: "<T>",
        tasks: &[],
    }
    .render();
    // Minified, as the default output is.
    assert_eq!(
        several,
        // The `header` after it ends the `p`, so `</p>` is left out, as
        // in a whole minified page.
        "<p id=count>0 tasks\nleft<header id=in-partial><b>&lt;T></b></header><footer id=foot_end>The end</footer>"
    );
}

/// A fragment of a derived enum variant and a `haml!` value.
#[derive(Template)]
enum Parts {
    #[template(source = "%div\n  %p#a A\n  %p#b B", fragment = "b")]
    B,
}

#[test]
fn fragments_work_in_enums_and_inline_templates() {
    assert_eq!(Parts::B.render(), "<p id=b>B");
    let x = 1;
    let inline = haml_runtime::haml!(fragment = "x", "%div\n  %span#x= x\n  %span#y y");
    assert_eq!(inline.render(), "<span id=x>1</span>");
}
