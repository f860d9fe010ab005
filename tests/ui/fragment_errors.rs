// The mistakes of `fragment = "..."`: each names the file, and the line
// where there is one.
use haml_runtime::Template;

#[derive(Template)]
#[template(path = "fragments/page.haml", fragment = "nowhere")]
struct NoSuchId {
    title: String,
}

#[derive(Template)]
#[template(source = "%p{id: \"row-#{n}\"}\n%p{id: name} x", fragment = "row-1")]
struct ComputedId {
    n: u32,
    name: String,
}

#[derive(Template)]
#[template(source = "%p#a one\n%div\n  %p#a two", fragment = "a")]
struct TwoElements;

#[derive(Template)]
#[template(source = "%ul\n  - for i in 0..3\n    %li#item= i", fragment = "item")]
struct InsideALoop;

#[derive(Template)]
#[template(source = "%p#a x", fragment = "")]
struct EmptyId;

fn main() {}
