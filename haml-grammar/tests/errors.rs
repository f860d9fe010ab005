//! Malformed templates: each fails with a clear message at the line and
//! column of the fault, and the error prints the line with a caret.

#[track_caller]
fn fails(source: &str, line: usize, column: usize, fragment: &str) {
    let e = match haml_grammar::parse(source) {
        Ok(doc) => panic!("{source:?} parsed: {doc:?}"),
        Err(e) => e,
    };
    assert_eq!(
        (e.line(), e.column()),
        (line, column),
        "{source:?} failed at the wrong place:\n{e}"
    );
    assert!(
        e.message().contains(fragment),
        "{source:?}: message lacks {fragment:?}:\n{e}"
    );
}

#[test]
fn display_shows_the_line_and_a_caret() {
    let e = haml_grammar::parse("%div\n  %a{href: x\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "2:5: unbalanced brackets: this `{` of an attribute hash is never closed \
         (a hash continues on the next line after a `,`, or until its closing `}`)\n  |\n2 |   %a{href: x\n  |     ^"
    );
}

#[test]
fn indentation() {
    fails(
        "  %p",
        1,
        1,
        "indenting at the beginning of the document is illegal",
    );
    fails(
        "%p\n    %a\n  %b",
        3,
        1,
        "inconsistent indentation: 2 spaces used",
    );
    fails("%p\n  %a\n      %b", 3, 1, "indented 2 levels deeper");
    fails("%p\n \t%a", 2, 1, "can't use both tabs and spaces");
    fails(
        "%p\n\t%a\n  %b",
        3,
        1,
        "2 spaces used for indentation, but the rest of the document was indented using 1 tab",
    );
    fails("%p\n  %a\n   %b", 3, 1, "3 spaces");
}

#[test]
fn illegal_nesting() {
    fails(
        "%p text\n  %a",
        2,
        3,
        "content can't be both given on the same line as %p",
    );
    fails("%br/\n  x", 2, 3, "self-closing");
    fails("%br\n  x", 2, 3, "`br` is a void element");
    fails("%input{type: t}\n  x", 2, 3, "`input` is a void element");
    fails("!!!\n  %p", 2, 3, "doctype");
    fails("/ note\n  %p", 2, 3, "comment that already has content");
    fails("plain\n  %p", 2, 3, "plain text");
    fails("= x\n  %p", 2, 3, "`= expression`");
    fails("- let x = 1\n  %p", 2, 3, "`- let`");
    fails(
        "- x += 1\n  %p",
        2,
        3,
        "nothing can be nested under this statement",
    );
    fails("- match x\n  %p", 2, 3, "only `- Pattern =>` arm lines");
    fails(
        "%p\n  - Some(x) =>",
        2,
        3,
        "nested directly under `- match`",
    );
}

#[test]
fn elements() {
    fails("%p\n%/", 2, 1, "invalid tag");
    fails("%", 1, 1, "invalid tag");
    fails("%p.", 1, 3, "`.` class shortcut must have a name");
    fails("%p\n.a#", 2, 3, "`#` id shortcut must have a name");
    fails(".", 1, 1, "must have a name");
    fails("%p/ text", 1, 5, "self-closing tags can't have content");
    fails("%p\n.h/c\\", 2, 4, "self-closing tags can't have content");
    fails("%p[@user]", 1, 3, "object references");
}

#[test]
fn brackets_and_strings() {
    fails(
        "%p\n%a{href: x",
        2,
        3,
        "this `{` of an attribute hash is never closed",
    );
    fails("%a{href: x\n%p}", 1, 3, "never closed");
    fails("%a{href x}", 1, 4, "invalid attribute hash");
    fails("%a(href=\"x\"", 1, 3, "`(` is never closed");
    fails("%a(href=)", 1, 9, "after `=` comes a quoted value");
    fails("%p\n%a(n=1 + 1)", 2, 3, "invalid attribute list");
    fails("%a{href: f(x}", 1, 11, "this `(` is never closed with `)`");
    fails("= foo(bar", 1, 6, "this `(` is never closed");
    fails("= foo]", 1, 6, "this `]` closes nothing");
    fails("= [1, 2", 1, 3, "`[` is never closed");
    fails("%p\n  = \"abc", 2, 5, "string literal is never closed");
    fails("%a{title: \"abc}", 1, 11, "string literal is never closed");
    fails("%p a #{b", 1, 6, "`#{` is never closed");
    fails("a #{", 1, 3, "`#{` is never closed");
    fails("a #{}", 1, 3, "`#{}` is empty");
    fails(
        "%a{title: \"\\q\"}",
        1,
        12,
        "`\\q` is not a character escape",
    );
    fails("/[if IE", 1, 2, "conditional comment");
}

#[test]
fn code_lines() {
    fails("%p\n=", 2, 1, "no Rust code after `=`");
    fails("%p=", 1, 3, "no Rust code after `=`");
    fails("~  ", 1, 1, "no Rust code after `~`");
    fails("%p&=", 1, 3, "no Rust code after `&=`");
    fails("- else\n  x", 1, 1, "`- else` without a `- if`");
    fails(
        "- if a\n  x\n%p\n- else\n  y",
        4,
        1,
        "`- else` without a `- if`",
    );
    fails("- if a\n  - else", 2, 3, "without a `- if`");
    fails("- for x in a\n  x\n- else\n  y", 3, 1, "without a `- if`");
    fails("- if a\n- else\n- else", 3, 1, "without a `- if`");
    fails("- else if b", 1, 1, "`- else if` without");
    fails("- else foo", 1, 8, "unexpected text after `- else`");
    fails("- for x", 1, 1, "`- for pattern in expression`");
    fails("- if", 1, 1, "`- if` needs a condition");
    fails("- while", 1, 1, "needs a condition");
    fails("- match", 1, 1, "an expression to match");
}

#[test]
fn ruby_spellings_get_the_rust_one() {
    fails("- if a\n  x\n- elsif b\n  y", 3, 3, "write `- else if b`");
    fails(
        "- items.each do |item|\n  = item",
        1,
        3,
        "write `- for item in items`",
    );
    fails(
        "- items.each_with_index do |item, i|",
        1,
        3,
        "write `- for (i, item) in items.iter().enumerate()`",
    );
    fails("- 3.times do |n|", 1, 3, "write `- for n in 0..3`");
    fails("= form_for(x) do |f|", 1, 3, "Ruby block syntax");
    fails("- end", 1, 3, "`- end` is not needed");
    fails("- unless a", 1, 3, "write `- if !(a)`");
    fails("- case x", 1, 3, "write `- match x`");
    fails("- when 1, 2", 1, 3, "`- 1 | 2 =>`");
}

#[test]
fn filters() {
    fails("%p\n:nope\n  x", 2, 2, "filter \"nope\" is not defined");
    fails(":markdown\n  x", 1, 2, "(it needs Ruby)");
    fails(":no-pe\n  x", 1, 2, "invalid filter name `:no-pe`");
}

#[test]
fn filter_body_errors_point_at_their_line() {
    // A filter's body is read in one grammar call; an error still names
    // its own line and column.
    fails(":plain\n  a\n\n  b #{c\n  d", 4, 5, "is never closed");
    fails("%p\n  :javascript\n    x\n    y#{}", 4, 6, "is empty");
}

#[test]
fn multiline_group_errors_point_at_the_right_line() {
    fails("%p= a + |\n  f( |\n%q", 2, 4, "`(` is never closed");
}

#[test]
fn includes() {
    fails(
        "- include nav",
        1,
        1,
        "`- include` takes the partial's path in double quotes",
    );
    fails("- include", 1, 1, "`- include` takes the partial's path");
    fails("- include \"\"", 1, 1, "`- include` needs a path");
    fails("- include \"a.haml\" x", 1, 1, "in double quotes");
    fails(
        "- include \"a.haml\"\n  %p",
        2,
        3,
        "nothing can be nested under `- include`",
    );
}
