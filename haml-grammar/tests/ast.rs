//! The shape of the syntax tree for each construct of the language.

mod common;

use common::sexp;

#[track_caller]
fn check(source: &str, expected: &str) {
    let expected = expected.strip_prefix('\n').unwrap_or(expected);
    assert_eq!(sexp(source), expected, "source: {source:?}");
}

#[test]
fn doctypes() {
    check("!!!", "doctype \"\"\n");
    check("!!! 5", "doctype \"5\"\n");
    check("!!!   Strict  ", "doctype \"Strict\"\n");
    check("!!! XML iso-8859-1", "doctype \"XML iso-8859-1\"\n");
}

#[test]
fn tags_classes_and_ids_in_source_order() {
    check("%p", "%p\n");
    check("%ns:tag", "%ns:tag\n");
    check("%my-el_x", "%my-el_x\n");
    check(".a", "%(div).a\n");
    check("#a", "%(div)#a\n");
    check("%p.a#b.c", "%p.a#b.c\n");
    check("#a#b", "%(div)#a#b\n");
    check(".a.b.a", "%(div).a.b.a\n");
    check(".123", "%(div).123\n");
    check(".--", "%(div).--\n");
    // Names are ASCII: the rest of the line is text (as in haml).
    check(".café", "%(div).caf \"é\"\n");
}

#[test]
fn inline_content() {
    check("%p hello  world  ", "%p \"hello  world\"\n");
    check("%p= x + 1", "%p = x + 1\n");
    check("%p=x", "%p = x\n");
    check("%p!= raw", "%p != raw\n");
    check("%p&= esc", "%p &= esc\n");
    check("%p~ pre", "%p ~ pre\n");
    check("%p&~ pre", "%p &~ pre\n");
    check("%p!~ pre", "%p !~ pre\n");
    check("%p== a #{b}", "%p \"a \" #{b}\n");
    check("%p&== a #{b}", "%p &\"a \" #{b}\n");
    check("%p!== a #{b}", "%p !\"a \" #{b}\n");
    check("%p& a #{b}", "%p &\"a \" #{b}\n");
    check("%p! a #{b}", "%p !\"a \" #{b}\n");
    // As in haml, `&` / `!` right after a tag is a flag even without a space.
    check("%p&amp;", "%p &\"amp;\"\n");
    check("%p!text", "%p !\"text\"\n");
}

#[test]
fn self_closing_and_whitespace_removal() {
    check("%br/", "%br/\n");
    check("%zzz/  ", "%zzz/\n");
    check("%p<", "%p<\n");
    check("%p>", "%p>\n");
    check("%p<>", "%p><\n");
    check("%p><= x", "%p>< = x\n");
    check("%img{src: s}>/", "%img{src=<s>}>/\n");
}

#[test]
fn nesting() {
    check(
        "%div\n  %div\n    %p text\n  %span",
        "
%div
  %div
    %p \"text\"
  %span
",
    );
    // Tabs and wide units are fine when consistent.
    check("%a\n\t%b\n\t\t%c", "%a\n  %b\n    %c\n");
    check("%a\n    %b\n        %c\n    %d", "%a\n  %b\n    %c\n  %d\n");
    // Blank lines anywhere are ignored.
    check("\n\n%a\n\n   \n  %b\n\n", "%a\n  %b\n");
}

#[test]
fn hash_attributes() {
    check(
        r#"%a{href: "/x", :title => 'T', "data-x" => 1, 'k': v}"#,
        "%a{href=\"/x\" title=\"T\" data-x=<1> k=<v>}\n",
    );
    check(
        r#"%a{href: f(x, "}"), b: [1, 2], c: {let y = 1; y}}"#,
        "%a{href=<f(x, \"}\")> b=<[1, 2]> c=<{let y = 1; y}>}\n",
    );
    check(
        r#"%a{data: {user_id: 1, role: "x"}, aria: {label: l}}"#,
        "%a{data={user_id=<1> role=\"x\"} aria={label=<l>}}\n",
    );
    check(
        r#"%a{title: "a \"q\" \n\u{e9}\x41 \#{x} #{y}"}"#,
        "%a{title=\"a \\\"q\\\" \\né\u{41} #{x} \" #{y}}\n",
    );
    check(r#"%a{title: 'it\'s'}"#, "%a{title=\"it's\"}\n");
    // A string literal that is only part of the value is Rust code.
    check(
        r#"%a{title: "x".to_string() + y}"#,
        "%a{title=<\"x\".to_string() + y>}\n",
    );
    check(
        r##"%a{c: 'x', d: r#"raw "}" "#}"##,
        "%a{c=\"x\" d=<r#\"raw \"}\" \"#>}\n",
    );
    check("%a{c: '}', d: b'{'}", "%a{c=\"}\" d=<b'{'>}\n");
    check("%a{}", "%a{}\n");
}

#[test]
fn hash_attributes_over_several_lines() {
    check(
        "%a{href: x,\n   title: y}\n%b",
        "%a{href=<x> title=<y>}\n%b\n",
    );
    check(
        "%a{\n  href: x,\n  title: y,\n}\n  %b",
        "%a{href=<x> title=<y>}\n  %b\n",
    );
}

#[test]
fn html_attributes() {
    check(
        r#"%a(href="/x#{y}" title='t' n=count checked)"#,
        "%a(href=\"/x\" #{y} title=\"t\" n=<count> checked=bare)\n",
    );
    check("%p(a='b'\n  c='d')", "%p(a=\"b\" c=\"d\")\n");
    check(r#"%p(a="x\"y")"#, "%p(a=\"x\\\"y\")\n");
    check(
        "%div{class: 'hash'}(class='html')",
        "%div{class=\"hash\"}(class=\"html\")\n",
    );
    check("%div(a=b){c: d}", "%div(a=<b>){c=<d>}\n");
    // A second group of the same kind is text, as in haml.
    check("%p{a: 1}{b: 2}", "%p{a=<1>} \"{b: 2}\"\n");
}

#[test]
fn text_and_interpolation() {
    check("hello", "text \"hello\"\n");
    check("hello #{name}!", "text \"hello \" #{name} \"!\"\n");
    check("#{a}#{b}", "text #{a} #{b}\n");
    check("a #{f(\"}\")} b", "text \"a \" #{f(\"}\")} \" b\"\n");
    check("a #{ {1} } b", "text \"a \" #{{1}} \" b\"\n");
    // Backslashes before `#{`: an odd run escapes it, each pair is one `\`.
    check(r"a \#{x}", "text \"a #{x}\"\n");
    check(r"a \\#{x}", "text \"a \\\\\" #{x}\n");
    check(r"a \\\#{x}", "text \"a \\\\#{x}\"\n");
    check(r"a \ b", "text \"a \\\\ b\"\n");
    // A leading backslash escapes the first character of the line.
    check(r"\= not code", "text \"= not code\"\n");
    check(r"\- x", "text \"- x\"\n");
    check(r"\#{x}", "text #{x}\n");
    check("\\  spaced", "text \"  spaced\"\n");
    check("== a #{b}", "text \"a \" #{b}\n");
    check("&== a #{b}", "text &\"a \" #{b}\n");
    check("!== a #{b}", "text !\"a \" #{b}\n");
    check("& a #{b}", "text &\"a \" #{b}\n");
    check("&#{b}", "text &#{b}\n");
    check("! a #{b}", "text !\"a \" #{b}\n");
    check("&amp; x", "text \"&amp; x\"\n");
    check("!important", "text \"!important\"\n");
    check("!! x", "text \"!! x\"\n");
    check("#{x} at start", "text #{x} \" at start\"\n");
    check("<b>raw html</b>", "text \"<b>raw html</b>\"\n");
}

#[test]
fn output_lines() {
    check("= x", "= x\n");
    check("!= x", "!= x\n");
    check("&= x", "&= x\n");
    check("~ x", "~ x\n");
    check("!~ x", "!~ x\n");
    check("&~ x", "&~ x\n");
    check("= f(a,\n    b)", "= f(a,\n    b)\n");
    check("= \"}\" ", "= \"}\"\n");
}

#[test]
fn statements() {
    check(
        "- if a\n  x\n- else if b\n  y\n- else\n  z",
        "
- if <a>
  text \"x\"
- else if <b>
  text \"y\"
- else
  text \"z\"
",
    );
    check(
        "- if let Some(x) = o\n  = x",
        "- if <let Some(x) = o>\n  = x\n",
    );
    check(
        "- for (i, x) in xs.iter().enumerate()\n  = i",
        "- for <(i, x)> in <xs.iter().enumerate()>\n  = i\n",
    );
    check(
        "- while n > 0\n  - n -= 1",
        "- while <n > 0>\n  - <n -= 1>\n",
    );
    check("- loop\n  - break", "- loop\n  - <break>\n");
    check("- let x = 1;", "- let <x = 1;>\n");
    check("- let v = vec![1,\n    2]", "- let <v = vec![1,\n    2]>\n");
    check(
        "- match n\n  - 0 =>\n    zero\n  -# note\n  - Some(x) if x > 1 =>\n    = x\n  - _ =>",
        "
- match <n>
  - <0> =>
    text \"zero\"
  - <Some(x) if x > 1> =>
    = x
  - <_> =>
",
    );
    check(
        "- if a\n-# c\n- else\n  b",
        "- if <a>\n- else\n  text \"b\"\n",
    );
}

#[test]
fn comments() {
    check("/ hello", "/ \"hello\"\n");
    check("/\n  %p a", "/\n  %p \"a\"\n");
    check("/[if IE]\n  %p a", "/[if IE]\n  %p \"a\"\n");
    check("/ [if IE] x", "/[if IE] \"x\"\n");
    check("/![if !IE]\n  b", "/![if !IE]\n  text \"b\"\n");
    check("/[if [x]] y", "/[if [x]] \"y\"\n");
    check("/ total #{n} <b>", "/ \"total \" #{n} \" <b>\"\n");
    check("-# silent", "-# \"silent\"\n");
    check("-#\n  %div\n      foo\n  bar\n%p", "-# \"\"\n%p\n");
}

#[test]
fn filters() {
    check(
        ":plain\n  a\n\n    b #{c}\n  \\#{d}\n\n%p",
        "
:plain
  | \"a\" \"a\"
  | \"\" 
  | \"  b #{c}\" \"  b \" #{c}
  | \"\\\\#{d}\" \"#{d}\"
%p
",
    );
    check(
        ":JavaScript\n  x();",
        ":javascript\n  | \"x();\" \"x();\"\n",
    );
    check(":css", ":css\n");
    // The first body line sets the unit when none is known yet.
    check(
        ":plain\n    a\n      b",
        ":plain\n  | \"a\" \"a\"\n  | \"  b\" \"  b\"\n",
    );
    // Inside a tag the body starts one unit deeper than the filter.
    check(
        "%div\n  :plain\n      a\n     b\n    c\n  %p x",
        "
%div
  :plain
    | \"  a\" \"  a\"
    | \" b\" \" b\"
    | \"c\" \"c\"
  %p \"x\"
",
    );
}

#[test]
fn multiline_pipes() {
    check("%p= a + |\n  b + |\n  c |\n%q", "%p = a + b + c\n%q\n");
    check("one |\n  two |\n\n  three |", "text \"one two three \"\n");
    // A single line ending in ` |` loses the pipe.
    check("%p x |", "%p \"x\"\n");
}

#[test]
fn line_endings_and_bom() {
    check("\u{feff}%p\r\n  %b c\r\n", "%p\n  %b \"c\"\n");
    check("%p\r  a\r", "%p\n  text \"a\"\n");
}

#[test]
fn spans_point_at_the_source() {
    let src = "%div\n  %p{title: t}= value\n  - for x in xs\n    = x.name";
    let doc = haml_grammar::parse(src).unwrap();
    let haml_grammar::NodeKind::Element(div) = &doc.nodes[0].kind else {
        panic!()
    };
    let haml_grammar::Content::Children(children) = &div.content else {
        panic!()
    };
    let haml_grammar::NodeKind::Element(p) = &children[0].kind else {
        panic!()
    };
    assert_eq!((children[0].span.line, children[0].span.column), (2, 3));
    let haml_grammar::Content::Output(out) = &p.content else {
        panic!()
    };
    assert_eq!(&src[out.code.span.start..out.code.span.end], "value");
    assert_eq!((out.code.span.line, out.code.span.column), (2, 17));
    let attr = &p.attribute_groups[0].attributes[0];
    let haml_grammar::AttributeValue::Code(t) = &attr.value else {
        panic!()
    };
    assert_eq!((t.span.line, t.span.column), (2, 13));
    let haml_grammar::NodeKind::Statement(haml_grammar::Statement::For { iterable, body, .. }) =
        &children[1].kind
    else {
        panic!()
    };
    assert_eq!(&src[iterable.span.start..iterable.span.end], "xs");
    assert_eq!(body[0].span.line, 4);
    // Spans in a joined multiline group map back to each source line.
    let src = "%p= a + |\n    bb |";
    let doc = haml_grammar::parse(src).unwrap();
    let haml_grammar::NodeKind::Element(p) = &doc.nodes[0].kind else {
        panic!()
    };
    let haml_grammar::Content::Output(out) = &p.content else {
        panic!()
    };
    assert_eq!(out.code.text, "a + bb");
    assert_eq!((out.code.span.line, out.code.span.column), (1, 5));
    assert_eq!(&src[out.code.span.end - 2..out.code.span.end], "bb");
}

#[test]
fn includes() {
    check(
        "%nav\n  - include \"shared/_nav.haml\"\n- include  \"footer.haml\"  ",
        "%nav\n  include \"shared/_nav.haml\"\ninclude \"footer.haml\"\n",
    );
    // `include` is a word of the template language only before a path.
    check("- include_all()", "- <include_all()>\n");
}

#[test]
fn spans_carry_the_file_number() {
    let doc = haml_grammar::parse_file("%p\n  = x", 3).unwrap();
    let haml_grammar::NodeKind::Element(e) = &doc.nodes[0].kind else {
        panic!("not an element: {doc:?}");
    };
    assert_eq!(doc.nodes[0].span.file, 3);
    let haml_grammar::Content::Children(kids) = &e.content else {
        panic!("no children: {e:?}");
    };
    let haml_grammar::NodeKind::Output(o) = &kids[0].kind else {
        panic!("not output: {kids:?}");
    };
    assert_eq!((o.code.span.file, o.code.span.line), (3, 2));
    assert_eq!(haml_grammar::parse("%p").unwrap().nodes[0].span.file, 0);
    let e = haml_grammar::parse_file("%p\n %a{", 7).unwrap_err();
    assert_eq!((e.span().file, e.line()), (7, 2));
}
