use haml_runtime::Template;

#[derive(Template)]
#[template(source = "%main\n  - include \"composition/shared/_bad_type.haml\"")]
struct Page;

fn main() {
    let _ = Page.render();
}
