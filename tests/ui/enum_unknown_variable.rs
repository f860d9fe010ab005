// A variant's template sees that variant's fields only.
use haml_runtime::Template;

#[derive(Template)]
enum Card {
    #[template(source = "%p= title")]
    A { title: String },
    #[template(source = "%p= title")]
    B { body: String },
}

fn main() {}
