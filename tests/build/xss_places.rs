//! The places of the XSS harness, generated rather than picked by hand.
//!
//! A *place* is one spot where a template can put a value: a construct of
//! the language that holds one (an output line, an interpolation in text, in
//! a filter, in an attribute string, an attribute array, a `data` hash, an
//! HTML-style attribute, a comment...) inside an element that changes the
//! rules the value is read by (a `script`, a `style`, a `textarea`, `svg`,
//! `template`, a comment...), or on an attribute of some kind (plain, URL,
//! URL list, event handler, style, `srcdoc`, refresh, SVG animation).
//!
//! [`places`] crosses the three lists. Which constructs exist is read off
//! the grammar (`haml-grammar/src/haml.pest`): [`RULES`] says, for every
//! rule, whether it holds a value and so must appear in some place, or why
//! not; the test `every_grammar_rule_is_classified` (tests/xss.rs) fails
//! when the grammar has a rule this table does not name, and the build
//! checks (by parsing every place with the grammar itself) that every rule
//! classified as holding a value does appear in a place.
//!
//! The explicit opt-outs (`!= p`, `!~ p`, `!== text`, `! text`) write a
//! value as it is on purpose and are no places: `output_op` and
//! `text_mode_flag` are used by their escaping forms here.
//!
//! The value is the field `p`. A place that does not compile (the compiler
//! refuses a value at that spot, e.g. after a static `javascript:`) is a
//! safe outcome: it is left out of the page and listed with its error.

/// What a grammar rule is, for the generator.
#[derive(Clone, Copy, PartialEq)]
pub enum Rule {
    /// A construct that can hold or write a value: some place must use it.
    Value,
    /// Holds no value (or is silent, or only reports an error); the text
    /// says why.
    NoValue(&'static str),
}

use Rule::*;

/// Every rule of the grammar, classified.
pub const RULES: &[(&str, Rule)] = &[
    ("hws", NoValue("whitespace")),
    ("code_plain", Value),
    ("code_word", Value),
    ("nl", NoValue("line break")),
    ("nl_char", NoValue("line break")),
    ("line_char", NoValue("character class")),
    ("lws", NoValue("whitespace")),
    ("eol", NoValue("end of line")),
    ("ident_char", NoValue("character class")),
    ("rest_of_line", NoValue("structure of a line")),
    ("line_run", NoValue("structure of lines")),
    ("run_line", NoValue("structure of lines")),
    ("line", NoValue("structure of a line")),
    ("doctype", NoValue("static: `!!!` takes no value")),
    ("doctype_keyword", NoValue("static")),
    ("silent_comment", NoValue("writes nothing")),
    ("html_comment", Value),
    ("comment_revealed", Value),
    ("comment_condition", Value),
    (
        "condition_text",
        NoValue("static condition text (no interpolation)"),
    ),
    ("unclosed_condition", NoValue("an error")),
    ("filter_head", Value),
    ("filter_name", Value),
    ("filter_name_error", NoValue("an error")),
    ("output_line", Value),
    ("output_op", Value),
    ("text_line", Value),
    ("text_mode_interp", Value),
    ("text_mode_flag", Value),
    ("element", Value),
    ("tag_name", Value),
    ("missing_tag_name", NoValue("an error")),
    ("shortcut", NoValue("silent")),
    ("class_shortcut", Value),
    ("id_shortcut", Value),
    ("shortcut_name", Value),
    ("missing_shortcut_name", NoValue("an error")),
    ("attribute_groups", NoValue("silent")),
    ("object_reference_error", NoValue("an error")),
    ("whitespace_removal", Value),
    ("element_tail", NoValue("silent")),
    (
        "self_closing",
        NoValue("`/` closes an element: no content, no value"),
    ),
    ("self_closing_content_error", NoValue("an error")),
    ("hash_attributes", Value),
    ("hash_error", NoValue("an error")),
    ("hash_entry", Value),
    ("hash_key", NoValue("silent")),
    ("symbol_key", Value),
    ("ident_key", Value),
    ("quoted_key", Value),
    ("key_text", Value),
    ("key_text_single", Value),
    ("hash_value", NoValue("silent")),
    ("value_end", NoValue("lookahead")),
    ("nested_hash", Value),
    ("double_quoted", Value),
    ("string_escape", Value),
    ("string_text", Value),
    ("single_quoted", Value),
    ("single_escape", Value),
    ("single_text", Value),
    ("value_code", Value),
    ("html_attributes", Value),
    ("html_attributes_error", NoValue("an error")),
    ("html_attribute", Value),
    ("html_attribute_name", Value),
    ("html_attribute_value", NoValue("silent")),
    ("html_double_quoted", Value),
    ("html_double_text", Value),
    ("html_single_quoted", Value),
    ("html_single_text", Value),
    ("html_escape", Value),
    ("html_variable", Value),
    ("html_value_error", NoValue("an error")),
    ("rust_line", Value),
    ("rust_statement", NoValue("silent")),
    ("keyword_end", NoValue("lookahead")),
    ("statement_if", Value),
    ("statement_else_if", Value),
    ("statement_else", Value),
    ("else_error", NoValue("an error")),
    ("statement_for", Value),
    ("for_pattern", Value),
    ("for_error", NoValue("an error")),
    ("statement_while", Value),
    ("statement_match", Value),
    ("statement_loop", Value),
    ("statement_let", Value),
    ("statement_arm", Value),
    ("arm_pattern", Value),
    ("arm_plain", Value),
    ("statement_plain", Value),
    (
        "statement_include",
        NoValue("a partial's lines are places of their own, the same constructs as these"),
    ),
    ("include_path", NoValue("static path")),
    ("include_path_text", NoValue("static path")),
    ("include_error", NoValue("an error")),
    ("line_code", Value),
    ("code_continuation", NoValue("an error")),
    ("stray_closer_error", NoValue("an error")),
    ("code_token", Value),
    ("code_group", Value),
    ("nested_code", Value),
    ("unclosed_bracket_error", NoValue("an error")),
    ("string_literal", Value),
    ("unterminated_string_error", NoValue("an error")),
    ("raw_string", Value),
    ("char_literal", Value),
    ("text", Value),
    ("escaped_interpolation", Value),
    ("backslashes_before_interpolation", Value),
    ("interpolation", Value),
    ("interpolation_code", Value),
    ("unclosed_interpolation_error", NoValue("an error")),
    ("literal_text", Value),
    ("filter_body", Value),
];

/// One place: its name (what, where) and its HAML lines (unindented; the
/// value is `p`).
pub struct Place {
    /// `construct @ enclosing` or `construct on element[attribute]`.
    pub name: String,
    /// The lines, the first at indentation 0.
    pub haml: String,
}

/// The constructs that put a value in content, by name: lines at
/// indentation 0 (nested lines indented by two).
const CONTENT: &[(&str, &str)] = &[
    ("= p", "= p"),
    ("&= p", "&= p"),
    ("~ p", "~ p"),
    ("&~ p", "&~ p"),
    ("text #{}", "a #{p} b"),
    ("== text", "== a #{p} b"),
    ("&== text", "&== a #{p} b"),
    ("& text", "& a #{p} b"),
    ("\\ text", "\\= #{p}"),
    ("escaped #{ then #{}", "a \\#{x} #{p}"),
    ("backslashes then #{}", "a \\\\#{p}"),
    ("code in #{}", "a #{if p.is_empty() { \"e\" } else { p }} b"),
    ("string in #{}", "a #{\"s\".to_string() + p} b"),
    ("raw string in #{}", "a #{[r\"s\", p].concat()} b"),
    ("char in #{}", "a #{p.trim_matches('x')} b"),
    ("%b= p", "%b= p"),
    // Lowered as the interpolated string `"a #{p} b"` would be.
    ("= format_args!", "= format_args!(\"a {} b\", p)"),
    ("%b= format_args!", "%b= format_args!(\"a {p} b\")"),
    ("%b text", "%b a #{p}"),
    ("%b&= p", "%b&= p"),
    ("%b~ p", "%b~ p"),
    ("%b== text", "%b== a #{p}"),
    ("%b<>= p", "%b<>= p"),
    ("%b.c#i nested", "%b.c#i\n  = p"),
    ("/ comment", "/ a #{p}"),
    ("/ comment nested", "/\n  = p"),
    ("/[if] comment", "/[if IE] a #{p}"),
    ("/[if] comment nested", "/[if IE]\n  = p"),
    ("/![if] revealed comment", "/![if !IE] a #{p}"),
    (":plain", ":plain\n  a #{p}\n  s = '#{p}'; t = \"#{p}\";"),
    (":preserve", ":preserve\n  a #{p}\n  s = '#{p}';"),
    (":escaped", ":escaped\n  a #{p}"),
    (":cdata", ":cdata\n  a #{p}"),
    (
        ":javascript",
        ":javascript\n  var s = '#{p}', t = \"#{p}\", u = `#{p}`, v = #{p};",
    ),
    (
        ":css",
        ":css\n  .x::after { content: '#{p}' } .y { color: #{p} }",
    ),
    (
        "- if / else if / else",
        "- if p.is_empty()\n  = p\n- else if p.len() > 100000\n  = p\n- else\n  = p",
    ),
    ("- for", "- for c in [p]\n  = c"),
    (
        "- while",
        "- let mut n = 0\n- while n < 1\n  - n += 1\n  = p",
    ),
    ("- loop", "- loop\n  = p\n  - break"),
    (
        "- match",
        "- match p.len()\n  - 0 =>\n    = p\n  - _ =>\n    = p",
    ),
    ("- let", "- let q = p;\n= q"),
];

/// The elements that change how their content is read, as the lines that
/// open them (the content goes under the last line).
const ENCLOSING: &[(&str, &str)] = &[
    ("div", "%div"),
    ("p", "%p"),
    ("script", "%script"),
    ("script module", "%script{type: \"module\"}"),
    ("script json", "%script{type: \"application/json\"}"),
    ("script inert", "%script{type: \"text/x-template\"}"),
    ("style", "%style"),
    ("textarea", "%textarea"),
    ("title", "%title"),
    ("pre", "%pre"),
    ("svg", "%svg"),
    ("svg style", "%svg\n  %style"),
    ("svg script", "%svg\n  %script"),
    ("svg title", "%svg\n  %title"),
    ("svg desc", "%svg\n  %desc"),
    ("svg foreignObject", "%svg\n  %foreignObject"),
    ("math", "%math"),
    ("math mtext", "%math\n  %mtext"),
    ("math mi", "%math\n  %mi"),
    (
        "math annotation-xml",
        "%math\n  %annotation-xml{encoding: \"text/html\"}",
    ),
    (
        "math mglyph style",
        "%math\n  %mtext\n    %table\n      %mglyph\n        %style",
    ),
    ("noscript", "%noscript"),
    ("template", "%template"),
    ("select", "%select"),
    ("option", "%select\n  %option"),
    ("select style", "%select\n  %style"),
    ("table", "%table"),
    ("xmp", "%xmp"),
    ("iframe", "%iframe"),
    ("noembed", "%noembed"),
    ("noframes", "%noframes"),
    ("comment", "/"),
    ("conditional comment", "/[if IE]"),
    ("textarea in template", "%template\n  %textarea"),
    ("style in noscript", "%noscript\n  %style"),
];

/// Where a value stands inside an attribute's string, by the kind of the
/// attribute: `{}` is the value.
const PLAIN: &[&str] = &["{}", "x {} y"];
const URL: &[&str] = &[
    "{}",
    "/search/{}",
    "/s?q={}&r=1",
    "{}#frag",
    "https://a.example/{}",
    // After a scheme the URL parser keeps as written: escaped only for
    // the attribute.
    "mailto:{}",
];
/// For elements that cost the browser a frame or a plugin each (the URL
/// escaping is the same as for links, only the check differs): the whole
/// value and a path.
const URL_FRAME: &[&str] = &["{}", "/search/{}"];
const URL_LIST: &[&str] = &["{} 2x", "a.png 1x, {} 2x", "{}"];
/// `ping`: URLs separated by spaces.
const URL_PING: &[&str] = &["{}", "/a {}"];
const HANDLER: &[&str] = &[
    "{}",
    "record('{}')",
    "record(`{}`)",
    "record({})",
    "record(1) /* {} */",
];
const STYLE: &[&str] = &[
    "{}",
    "color: {}",
    "font-family: '{}'",
    "background: url({})",
    "/* {} */ color: red",
];
const SRCDOC: &[&str] = &["{}", "<b title='{}'>x</b>"];

/// The attribute kinds whose element costs the browser a frame or a plugin:
/// they get the forms of [`FEW_FORMS`] only (how a value reaches an
/// attribute does not depend on the element; the others show that).
const FRAMES: &[&str] = &["url iframe", "url object", "url embed", "srcdoc"];
const FEW_FORMS: &[&str] = &[
    "{a: p}",
    "(a=p)",
    "{a: \"s\"}",
    "(a=\"s\")",
    "{a: [x, \"s\"]}",
];
const REFRESH: &[&str] = &["0; url={}", "3600; url=/x/{}", "{}"];
/// Handler strings that hold a `"`: only in Rust strings (`\"`).
const HANDLER_DOUBLE: &str = "record(\\\"{}\\\")";

/// The attributes that change how a value is read: (name, the element's
/// opening line up to its attributes, the attribute, the positions, any
/// nested lines).
const ATTRIBUTES: &[(&str, &str, &str, &[&str], &str)] = &[
    ("plain", "%p", "title", PLAIN, " t"),
    ("plain input", "%input", "value", PLAIN, ""),
    ("class", "%p.c", "class", PLAIN, " c"),
    ("id", "%p", "id", PLAIN, " i"),
    ("url a", "%a", "href", URL, " link"),
    ("url img", "%img", "src", URL, ""),
    ("url iframe", "%iframe", "src", URL_FRAME, ""),
    ("url form", "%form", "action", URL, "\n  %button submit"),
    (
        "url formaction",
        "%form\n  %button",
        "formaction",
        URL,
        " go",
    ),
    ("url object", "%object", "data", URL_FRAME, ""),
    ("url embed", "%embed", "src", URL_FRAME, ""),
    ("url video poster", "%video", "poster", URL, ""),
    ("url cite", "%blockquote", "cite", URL, " q"),
    ("url area", "%map\n  %area", "href", URL, ""),
    ("url script", "%script", "src", URL, ""),
    ("url input image", "%input{type: \"image\"}", "src", URL, ""),
    ("url svg a", "%svg\n  %a", "href", URL, "\n  %text{y: 15} s"),
    (
        "url svg xlink",
        "%svg\n  %a",
        "xlink:href",
        URL,
        "\n  %text{y: 15} x",
    ),
    ("url svg image", "%svg\n  %image", "href", URL, ""),
    (
        "svg animate values",
        "%svg\n  %a\n    %animate{attributeName: \"href\"}",
        "values",
        URL,
        "",
    ),
    (
        "svg animate to",
        "%svg\n  %a\n    %animate{attributeName: \"href\"}",
        "to",
        URL,
        "",
    ),
    (
        "svg set to",
        "%svg\n  %a\n    %set{attributeName: \"href\"}",
        "to",
        URL,
        "",
    ),
    ("url list srcset", "%img", "srcset", URL_LIST, ""),
    ("url list ping", "%a", "ping", URL_PING, " ping"),
    ("handler onclick", "%button", "onclick", HANDLER, " h"),
    (
        "handler onerror",
        "%img{src: \"x\"}",
        "onerror",
        HANDLER,
        "",
    ),
    ("handler onmouseover", "%p", "onmouseover", HANDLER, " h"),
    ("style", "%p", "style", STYLE, " s"),
    ("srcdoc", "%iframe", "srcdoc", SRCDOC, ""),
    (
        "meta refresh",
        "%meta{\"http-equiv\" => \"refresh\"}",
        "content",
        REFRESH,
        "",
    ),
];

/// The attribute forms: how a value reaches an attribute. `@a` is the
/// attribute's name, `@s` a string's text (with the value as `#{p}`).
const ATTRIBUTE_FORMS: &[(&str, &str, bool)] = &[
    // (name, form with `@a` for the attribute and `@s` for the string,
    // takes a string)
    ("{a: p}", "{@a: p}", false),
    ("{\"a\" => p}", "{\"@a\" => p}", false),
    ("{:a => p}", "{:@a => p}", false),
    ("{\"a\": p}", "{\"@a\": p}", false),
    ("{'a' => p}", "{'@a' => p}", false),
    ("{a: [p, x]}", "{@a: [p, \"x\"]}", false),
    ("(a=p)", "(@a=p)", false),
    ("{a: \"s\"}", "{@a: \"@s\"}", true),
    ("{a: 's'}", "{@a: '@s'}", true),
    ("{a: 'it\\'s s'}", "{@a: 'it\\'s @s'}", true),
    ("{a: [x, \"s\"]}", "{@a: [\"x\", \"@s\"]}", true),
    ("(a=\"s\")", "(@a=\"@s\")", true),
    ("(a=\"\\x s\")", "(@a=\"\\x @s\")", true),
    ("(a='s')", "(@a='@s')", true),
    // `@f` is the string with `{}` where the value goes: lowered as the
    // interpolated string would be.
    (
        "{a: format_args!(\"s\", p)}",
        "{@a: format_args!(\"@f\", p)}",
        true,
    ),
];

/// Every place: content constructs in every enclosing element, every
/// attribute form on every attribute kind, and a few attribute forms in
/// every enclosing element.
pub fn places() -> Vec<Place> {
    let mut places = Vec::new();
    for (enclosing, open) in ENCLOSING {
        // An `iframe` costs the browser a frame: its raw text (read as
        // `xmp`'s and `noembed`'s is) gets the output forms only.
        let content = if *enclosing == "iframe" {
            &CONTENT[..5]
        } else {
            CONTENT
        };
        for (construct, lines) in content {
            places.push(Place {
                name: format!("{construct} @ {enclosing}"),
                haml: nest(open, lines),
            });
        }
        // Values in attributes of elements inside it.
        for (construct, lines) in [
            ("%b{title: p}", "%b{title: p} t"),
            ("%a{href: p}", "%a{href: p} l"),
            ("%b{onclick: ..}", "%b{onclick: \"record('#{p}')\"} h"),
            ("%b{style: ..}", "%b{style: \"color: #{p}\"} s"),
            ("%b{data: {v: p}}", "%b{data: {v: p}} d"),
            ("%b{aria: {label: p}}", "%b{aria: {label: p}} d"),
            ("%b{class: [p]}", "%b{class: [p, \"c\"]} d"),
            ("%b(title=\"..\")", "%b(title=\"x #{p}\") t"),
        ] {
            places.push(Place {
                name: format!("{construct} @ {enclosing}"),
                haml: nest(open, lines),
            });
        }
    }
    for (kind, open, attribute, positions, rest) in ATTRIBUTES {
        let (outer, element) = match open.rsplit_once('\n') {
            Some((outer, element)) => (Some(outer), element.trim_start()),
            None => (None, *open),
        };
        let depth = outer.map_or(0, |o| o.lines().count());
        let indent = "  ".repeat(depth);
        let mut strings: Vec<String> = positions.iter().map(|s| s.replace("{}", "#{p}")).collect();
        if *positions == HANDLER {
            strings.push(HANDLER_DOUBLE.replace("{}", "#{p}"));
        }
        for (form_name, form, takes_string) in ATTRIBUTE_FORMS {
            if FRAMES.contains(kind) && !FEW_FORMS.contains(form_name) {
                continue;
            }
            // `xlink:href` is no identifier or symbol.
            let ident = attribute
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ident && (form.starts_with("{@a") || form.starts_with("{:@a")) {
                continue;
            }
            let texts: Vec<Option<&String>> = if *takes_string {
                strings.iter().map(Some).collect()
            } else {
                vec![None]
            };
            for text in texts {
                let attribute_text = match text {
                    Some(s) => {
                        // A string's quote cannot stand in it unescaped.
                        let quote = if form.contains("@s'") { '\'' } else { '"' };
                        if s.contains(quote) && !s.contains("\\\"") {
                            continue;
                        }
                        if s.contains("\\\"") && (quote == '\'' || form.starts_with('(')) {
                            continue;
                        }
                        s.as_str()
                    }
                    None => "",
                };
                let attrs = form
                    .replace("@a", attribute)
                    .replace("@s", attribute_text)
                    .replace("@f", &attribute_text.replace("#{p}", "{}"));
                // Some elements open with a hash already: merge.
                let line = merge_attributes(element, &attrs);
                let rest = rest.replace('\n', &format!("\n{indent}"));
                let mut haml = String::new();
                if let Some(outer) = outer {
                    haml.push_str(outer);
                    haml.push('\n');
                }
                haml.push_str(&indent);
                haml.push_str(&line);
                haml.push_str(&rest);
                let shown = text.map_or(String::new(), |s| format!(" \"{s}\""));
                places.push(Place {
                    name: format!("{form_name} on {kind}[{attribute}]{shown}"),
                    haml,
                });
            }
        }
    }
    places
}

/// `lines` nested under `open`.
fn nest(open: &str, lines: &str) -> String {
    let depth = open.lines().count();
    let indent = "  ".repeat(depth);
    let mut out = String::from(open);
    for line in lines.lines() {
        out.push('\n');
        out.push_str(&indent);
        out.push_str(line);
    }
    out
}

/// `%tag{a: 1}` and `{b: 2}` -> `%tag{a: 1, b: 2}`; `(..)` forms follow.
fn merge_attributes(element: &str, attrs: &str) -> String {
    match (element.strip_suffix('}'), attrs.strip_prefix('{')) {
        (Some(open), Some(more)) => format!("{open}, {more}"),
        _ => format!("{element}{attrs}"),
    }
}
