use haml_runtime::Template;

#[derive(Template)]
#[template(source = "%p", flavour = "x")]
struct UnknownKey;

#[derive(Template)]
#[template(source = "%p", output = "pretty")]
struct BadOutput;

#[derive(Template)]
#[template(source = "%p", format = "html3")]
struct BadFormat;

#[derive(Template)]
#[template(source = "%p", escape_html = "yes")]
struct BadBool;

#[derive(Template)]
#[template(source = "%p", attr_quote = "`")]
struct BadQuote;

#[derive(Template)]
#[template(source = "%p", path = "x.haml")]
struct Both;

#[derive(Template)]
struct NoTemplate;

#[derive(Template)]
#[template(source = "%p")]
union NotAStruct {
    a: u32,
}

fn main() {
    let _ = haml_runtime::haml!(output = "html", "%p");
    let _ = haml_runtime::haml!(42);
}
