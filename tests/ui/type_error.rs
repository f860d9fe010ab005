use haml_runtime::Template;

#[derive(Template)]
#[template(path = "ui/type_error.haml")]
struct Page {
    items: Vec<String>,
}

fn main() {
    let _ = Page { items: vec![] }.render();
}
