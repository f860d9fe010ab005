// The mistakes of a derived enum: each names the enum or the variant.
use haml_runtime::Template;

#[derive(Template)]
#[template(source = "%p")]
enum SourceOnEnum {
    #[template(source = "%p")]
    A,
}

#[derive(Template)]
enum VariantWithoutTemplate {
    #[template(source = "%p")]
    A,
    B,
}

#[derive(Template)]
#[template(output = "haml")]
enum NoVariants {}

#[derive(Template)]
enum HeaderOnOne {
    #[template(source = "%p", csp_header = true)]
    A,
    #[template(source = "%p")]
    B,
}

#[derive(Template)]
enum BadVariantTemplate {
    #[template(source = "%p\n  %b{class: ")]
    A,
}

fn main() {}
