use haml_runtime::Template;

#[derive(Template)]
#[template(path = "ui/syntax_error.haml")]
struct Page {
    items: Vec<i32>,
}

fn main() {}
