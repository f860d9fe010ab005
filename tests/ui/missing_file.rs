use haml_runtime::Template;

#[derive(Template)]
#[template(path = "ui/no_such_file.haml")]
struct Page;

fn main() {}
