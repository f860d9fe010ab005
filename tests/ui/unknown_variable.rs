use haml_runtime::Template;

#[derive(Template)]
#[template(path = "ui/unknown_variable.haml")]
struct Page<'a> {
    name: &'a str,
}

fn main() {
    let _ = Page { name: "x" }.render();
}
