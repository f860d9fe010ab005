use haml_runtime::Template;

#[derive(Template)]
#[template(path = "ui/bad_nesting.haml")]
struct Page;

fn main() {}
