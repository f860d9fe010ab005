use haml_runtime::Template;

#[derive(Template)]
#[template(source = ":javascript\n  // hello #{name}\n  go();")]
struct InJsComment<'a> {
    name: &'a str,
}

#[derive(Template)]
#[template(source = "%script\n  var r = /#{pattern}/;")]
struct InRegex<'a> {
    pattern: &'a str,
}

#[derive(Template)]
#[template(source = ":css\n  /* #{note} */")]
struct InCssComment<'a> {
    note: &'a str,
}

#[derive(Template)]
#[template(source = "%script\n  var s = `\n  - if on\n    `;\n  go();")]
struct StringAcrossBlock {
    on: bool,
}

#[derive(Template)]
#[template(source = "%button{onclick: [a, b]} go")]
struct ArrayHandler<'a> {
    a: &'a str,
    b: &'a str,
}

#[derive(Template)]
#[template(source = "%script\n  go(); /* note\n  :plain\n    #{name} */")]
struct InJsCommentOfAPlainFilter<'a> {
    name: &'a str,
}

#[derive(Template)]
#[template(source = "%a{href: \"javascript:go('#{id}')\"} go")]
struct InJavascriptUrl<'a> {
    id: &'a str,
}

#[derive(Template)]
#[template(source = "%iframe(src=\"data:text/html,<p>#{text}</p>\")")]
struct InDataDocument<'a> {
    text: &'a str,
}

#[derive(Template)]
#[template(source = "%a{href: \"ftp://files.example.com/#{name}\"} get")]
struct InFtpUrl<'a> {
    name: &'a str,
}

// An interpolated string item: the error points at its `#{}`.
#[derive(Template)]
#[template(source = "%button{onclick: [\"go\", \"#{a}\"]} go")]
struct InterpolatedArrayHandler<'a> {
    a: &'a str,
}

fn main() {}
