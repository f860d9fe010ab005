use haml_runtime::Template;

struct User {
    name: String,
}

#[derive(Template)]
#[template(path = "ui/not_renderable.haml")]
struct Page {
    user: User,
}

fn main() {
    let _ = Page { user: User { name: "x".into() } }.render();
}
