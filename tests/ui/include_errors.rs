use haml_runtime::Template;

#[derive(Template)]
#[template(source = "%p\n  - include \"composition/no_such_partial.haml\"")]
struct Missing;

#[derive(Template)]
#[template(path = "composition/cycle_a.haml")]
struct Cycle;

#[derive(Template)]
#[template(source = "%div\n  - include \"composition/shared/_broken.haml\"")]
struct BrokenPartial;

#[derive(Template)]
#[template(source = "- include \"../Cargo.toml\"")]
struct OutsideTemplates;

fn main() {}
