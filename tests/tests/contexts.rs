//! Contextual escaping through real templates (default, minified output):
//! each place a value can stand, with the exact bytes written. The escapers
//! and checks themselves are unit-tested in haml-runtime/src/context.rs;
//! `tests/browser/xss.mjs` loads hostile values in Chromium.

use haml_runtime::{haml, SafeCss, SafeJs, SafeUrl, Template};

/// Something of every family of trouble.
const NASTY: &str = "x'\"</script><b>&`${1};";
const JS_URL: &str = "javascript:alert(1)";

#[test]
fn text_and_ordinary_attributes() {
    let v = NASTY;
    assert_eq!(
        haml!("%p{title: v}= v").render(),
        "<p title=\"x'&#34;</script><b>&`${1};\">x'\"&lt;/script>&lt;b>&`${1};"
    );
    assert_eq!(
        haml!("%textarea= v").render(),
        "<textarea>x'\"&lt;/script>&lt;b>&`${1};</textarea>"
    );
}

/// Minified values written around holes get quotes only if what is
/// written needs them: static text is checked when compiling, the values
/// when rendering (and a URL replaced after its check is looked at whole).
#[test]
fn attribute_values_with_holes_are_quoted_as_needed() {
    let quoted = |x: &str| {
        [
            haml!("%a{title: \"item-#{x}\"}").render(),
            haml!("%a{title: \"a b#{x}\"}").render(),
            haml!("%a{title: \"#{x}=\"}").render(),
            haml!("%a{title: \"#{x}\"}").render(),
            haml!("%a{href: \"/p/#{x}?q\"}").render(),
        ]
    };
    assert_eq!(
        quoted("1"),
        [
            "<a title=item-1></a>",
            "<a title=\"a b1\"></a>",
            "<a title=\"1=\"></a>",
            "<a title=1></a>",
            "<a href=/p/1?q></a>",
        ]
    );
    assert_eq!(
        quoted("x y"),
        [
            "<a title=\"item-x y\"></a>",
            "<a title=\"a bx y\"></a>",
            "<a title=\"x y=\"></a>",
            "<a title=\"x y\"></a>",
            "<a href=/p/x%20y?q></a>",
        ]
    );
    assert_eq!(quoted("")[3], "<a title></a>");
}

#[test]
fn url_attributes_check_the_scheme() {
    let u = JS_URL;
    let ok = "https://example.com/a b?c=\"d\"&e";
    assert_eq!(
        haml!("%a{href: u} a").render(),
        "<a href=about:invalid#haml-blocked>a</a>"
    );
    assert_eq!(
        haml!("%a{href: ok} a").render(),
        "<a href=\"https://example.com/a%20b?c=%22d%22&amp;e\">a</a>"
    );
    // The scheme may be split between the template and the value.
    let rest = "script:alert(1)";
    assert_eq!(
        haml!("%a{href: \"java#{rest}\"} a").render(),
        "<a href=about:invalid#haml-blocked>a</a>"
    );
    // After a `/` the value is a path, after `?` a query value.
    assert_eq!(
        haml!("%a{href: \"/u/#{u}?q=#{ok}\"} a").render(),
        "<a href=\"/u/javascript:alert(1)?q=https%3A%2F%2Fexample.com%2Fa%20b%3Fc%3D%22d%22%26e\">a</a>"
    );
    let data = "data:image/png;base64,AAAA";
    let html = "data:text/html,<script>alert(1)</script>";
    assert_eq!(
        haml!("%img{src: data}").render(),
        "<img src=data:image/png;base64,AAAA>"
    );
    assert_eq!(
        haml!("%img{src: html}").render(),
        "<img src=about:invalid#haml-blocked>"
    );
    assert_eq!(
        haml!("%iframe{src: data}").render(),
        "<iframe src=about:invalid#haml-blocked></iframe>"
    );
    assert_eq!(
        haml!("%img{srcset: \"/a.png 1x, #{u} 2x\"}").render(),
        "<img srcset=about:invalid#haml-blocked>"
    );
    assert_eq!(
        haml!("%meta{\"http-equiv\" => \"refresh\", content: \"0; url=#{u}\"}").render(),
        "<meta content=about:invalid#haml-blocked http-equiv=refresh>"
    );
    assert_eq!(
        haml!("%svg\n  %animate{attributeName: \"href\", values: u}").render(),
        "<svg><animate attributeName=href values=about:invalid#haml-blocked></animate></svg>"
    );
    assert_eq!(
        haml!("%form{action: u}\n  %button{formaction: u} go").render(),
        "<form action=about:invalid#haml-blocked><button formaction=about:invalid#haml-blocked>go</button></form>"
    );
    // A scheme written in the template: http, https, mailto and tel need
    // no check; `data:` is checked with the value (a picture passes); any
    // other before a value is a compile error (tests/ui).
    let b64 = "AAAA";
    assert_eq!(
        haml!("%img{src: \"data:image/png;base64,#{b64}\"}").render(),
        "<img src=data:image/png;base64,AAAA>"
    );
    let ftp = "ftp://x/AAAA";
    assert_eq!(
        haml!("%a{href: ftp} a").render(),
        "<a href=about:invalid#haml-blocked>a</a>"
    );
    assert_eq!(
        haml!("%a{href: \"mailto:#{b64}\"} a").render(),
        "<a href=mailto:AAAA>a</a>"
    );
    // The programmer's word for a URL, as the whole value.
    assert_eq!(
        haml!("%a{href: SafeUrl(u)} a").render(),
        "<a href=javascript:alert(1)>a</a>"
    );
    // `None` leaves the attribute out, as everywhere.
    let none: Option<&str> = None;
    assert_eq!(haml!("%a{href: none} a").render(), "<a>a</a>");
}

#[test]
fn event_handlers_are_javascript() {
    let v = NASTY;
    let n = 3;
    let none: Option<u8> = None;
    assert_eq!(
        haml!("%button{onclick: v} b").render(),
        // A JSON string: its quotes are references, so no attribute quotes.
        "<button onclick=&#34;x\\u0027\\u0022\\u003C\\/script\\u003E\\u003Cb\\u003E\\u0026\\u0060\\u0024{1};&#34;>b</button>"
    );
    assert_eq!(
        haml!("%button{onclick: \"f('#{v}', #{n}, #{none})\"} b").render(),
        "<button onclick=\"f('x\\u0027\\u0022\\u003C\\/script\\u003E\\u003Cb\\u003E\\u0026\\u0060\\u0024{1};', 3, null)\">b</button>"
    );
    assert_eq!(
        haml!("%button{onclick: SafeJs(\"go(\\\"a\\\")\")} b").render(),
        "<button onclick=go(&quot;a&quot;)>b</button>"
    );
}

#[test]
fn scripts_are_javascript() {
    let v = "</script><!--\u{2028}";
    let n = 2.5;
    let inf = f64::INFINITY;
    assert_eq!(
        haml!(":javascript\n  var a = #{v}, b = '#{v}', c = `${x} #{v}`, d = #{n}, e = #{inf};").render(),
        "<script>\n  var a = \"\\u003C\\/script\\u003E\\u003C!--\\u2028\", b = '\\u003C\\/script\\u003E\\u003C!--\\u2028', \
         c = `${x} \\u003C\\/script\\u003E\\u003C!--\\u2028`, d = 2.5, e = Infinity;\n</script>"
    );
    assert_eq!(
        haml!("%script= v").render(),
        "<script>\"\\u003C\\/script\\u003E\\u003C!--\\u2028\"</script>"
    );
    assert_eq!(
        haml!("%script\n  - for i in 0..2\n    f(#{i}, \"#{v}\");").render(),
        "<script>\nf(0, \"\\u003C\\/script\\u003E\\u003C!--\\u2028\");\nf(1, \"\\u003C\\/script\\u003E\\u003C!--\\u2028\");\n</script>"
    );
    let code = "start('</script>')";
    assert_eq!(
        haml!("%script= SafeJs(code)").render(),
        "<script>start('<\\/script>')</script>"
    );
}

#[test]
fn styles_are_css() {
    let ok = "#fff";
    let bad = "red; background: url(javascript:alert(1))";
    let img = "/img/a b.png";
    let js = JS_URL;
    assert_eq!(
        haml!("%p{style: \"color: #{ok}; border-color: #{bad}\"} x").render(),
        "<p style=\"color: #fff; border-color: haml-blocked\">x"
    );
    assert_eq!(
        haml!("%p{style: bad} x").render(),
        "<p style=haml-blocked>x"
    );
    assert_eq!(
        haml!("%p{style: \"background: url(#{img})\"} x").render(),
        "<p style=\"background: url(\\2F img\\2F a b.png)\">x"
    );
    assert_eq!(
        haml!("%p{style: \"background: url('#{js}')\"} x").render(),
        "<p style=\"background: url('about:invalid#haml-blocked')\">x"
    );
    assert_eq!(
        haml!(":css\n  p { color: #{bad}; content: '#{bad}' }").render(),
        "<style>\n  p { color: haml-blocked; content: 'red\\3B  background\\3A  url\\28 javascript\\3A alert\\28 1\\29 \\29 ' }\n</style>"
    );
    let css = "p{margin:0}";
    assert_eq!(
        haml!("%style= SafeCss(css)").render(),
        "<style>p{margin:0}</style>"
    );
}

#[test]
fn srcdoc_is_a_document() {
    let v = "<script>alert(1)</script>";
    assert_eq!(
        haml!("%iframe{srcdoc: v}").render(),
        "<iframe srcdoc=&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;></iframe>"
    );
}

#[test]
fn raw_html_and_templates_are_values_outside_html() {
    let raw = haml_runtime::Raw("<b>bold</b>");
    assert_eq!(haml!("%p= raw").render(), "<p><b>bold</b>");
    assert_eq!(
        haml!("%script= raw").render(),
        "<script>\"\\u003Cb\\u003Ebold\\u003C\\/b\\u003E\"</script>"
    );
    let inner = haml!("%b x");
    assert_eq!(
        haml!("%script var t = #{inner};").render(),
        "<script>var t = \"\\u003Cb\\u003Ex\\u003C\\/b\\u003E\";</script>"
    );
}

#[test]
fn haml_output_escapes_as_haml() {
    let u = JS_URL;
    let v = "';alert(1)//";
    assert_eq!(
        haml!(output = "haml", "%a{href: u, onclick: \"f('#{v}')\"} a").render(),
        "<a href='javascript:alert(1)' onclick='f(&#39;&#39;;alert(1)//&#39;)'>a</a>\n"
    );
}

#[derive(Template)]
#[template(source = "%b x")]
struct Bold;

#[test]
fn templates_behind_pointers_are_values_outside_html_too() {
    // `Rc<T>` is not a `Template`, so the hole goes through `Render`.
    let shared = std::rc::Rc::new(Bold);
    assert_eq!(haml!("%p= shared").render(), "<p><b>x</b>");
    assert_eq!(
        haml!("%script var t = #{shared};").render(),
        "<script>var t = \"\\u003Cb\\u003Ex\\u003C\\/b\\u003E\";</script>"
    );
}

#[test]
fn client_side_templates_keep_html_escaping() {
    let v = "<b>\"x\"</b>";
    // Not run by the browser: markup for a framework, escaped as HTML.
    assert_eq!(
        haml!("%script{type: \"text/x-template\"}\n  %p= v").render(),
        // (Script text is kept as written: no minification inside.)
        "<script type=text/x-template>\n<p>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>\n</script>"
    );
    // JSON data is a JavaScript value.
    assert_eq!(
        haml!("%script{type: \"application/json\"}= v").render(),
        "<script type=application/json>\"\\u003Cb\\u003E\\u0022x\\u0022\\u003C\\/b\\u003E\"</script>"
    );
}

#[test]
fn markup_nested_in_raw_text_cannot_close_it() {
    let v = "</textarea></title></script><b>";
    assert_eq!(
        haml!("%textarea\n  %p{title: v}").render(),
        "<textarea><p title=\"&lt;/textarea&gt;&lt;/title&gt;&lt;/script&gt;&lt;b&gt;\"></p></textarea>"
    );
    assert_eq!(
        haml!("%script{type: \"text/x-template\"}\n  %p{title: \"x #{v}\"}").render(),
        "<script type=text/x-template>\n<p title=\"x &lt;/textarea&gt;&lt;/title&gt;&lt;/script&gt;&lt;b&gt;\"></p>\n</script>"
    );
}

#[test]
fn markup_nested_in_a_kept_comment_cannot_close_it() {
    let v = "--><script>alert(1)</script>";
    let html = haml!("/\n  %p{title: v} x").render();
    assert_eq!(
        html,
        "<!--\n<p title=\"--&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</p>\n-->"
    );
}

/// A filter's `#{}` values are escaped for where the filter's text ends
/// up, as the direct forms are; haml writes them as they are, which
/// `output = "haml"` keeps.
#[test]
fn filter_values_are_escaped_for_their_place() {
    let v = "</textarea></style></script><img src=x onerror=alert(1)>\";alert(1);//-->";
    // HTML text: `<` that could start markup is a reference.
    let text =
        "&lt;/textarea>&lt;/style>&lt;/script>&lt;img src=x onerror=alert(1)>\";alert(1);//-->";
    // haml's escaping: where `>` could end a comment.
    let html = "&lt;/textarea&gt;&lt;/style&gt;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;;alert(1);//--&gt;";
    let js = "\"\\u003C\\/textarea\\u003E\\u003C\\/style\\u003E\\u003C\\/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E\\u0022;alert(1);\\/\\/--\\u003E\"";
    assert_eq!(
        haml!(":plain\n  Hello #{v}").render(),
        format!("Hello {text}")
    );
    assert_eq!(
        haml!(":preserve\n  Hello #{v}").render(),
        format!("Hello {text}\n")
    );
    assert_eq!(
        haml!(":cdata\n  Hello #{v}").render(),
        format!("<![CDATA[\n    Hello {html}\n]]>")
    );
    assert_eq!(
        haml!("%svg\n  :cdata\n    #{v}").render(),
        format!("<svg><![CDATA[\n    {html}\n]]></svg>")
    );
    assert_eq!(
        haml!(":escaped\n  Hello #{v}").render(),
        format!("Hello {text}")
    );
    // Raw text elements: the filter's text is JavaScript, CSS, RCDATA.
    assert_eq!(
        haml!("%script\n  :plain\n    var a = \"#{v}\", b = #{v};").render(),
        format!("<script>\nvar a = {js}, b = {js};\n\n</script>")
    );
    assert_eq!(
        haml!("%style\n  :plain\n    a { content: \"#{v}\"; color: #{v} }").render(),
        "<style>\na { content: \"\\3C \\2F textarea\\3E \\3C \\2F style\\3E \\3C \\2F script\\3E \
         \\3C img src\\3D x onerror\\3D alert\\28 1\\29 \\3E \\22 \\3B alert\\28 1\\29 \\3B \\2F \\2F --\\3E \"; \
         color: haml-blocked }\n\n</style>"
    );
    assert_eq!(
        haml!("%textarea\n  :preserve\n    #{v}").render(),
        format!("<textarea>{text}\n</textarea>")
    );
    assert_eq!(
        haml!("%title\n  :plain\n    #{v}").render(),
        format!("<title>\n{text}\n\n</title>")
    );
    assert_eq!(
        haml!("%script{type: \"text/x-template\"}\n  :plain\n    #{v}").render(),
        format!("<script type=text/x-template>\n{html}\n\n</script>")
    );
    // A `:javascript` whose `<script>` is text (of a textarea, a comment).
    assert_eq!(
        haml!("%textarea\n  :javascript\n    var a = \"#{v}\";").render(),
        format!("<textarea><script>\n  var a = \"{html}\";\n</script></textarea>")
    );
    assert_eq!(
        haml!("/\n  :javascript\n    var a = \"#{v}\";").render(),
        format!("<!--\n<script>\n  var a = \"{html}\";\n</script>\n-->")
    );
    // The opt-outs: `Raw`, `escape_html = false`; and haml's bytes.
    let raw = haml_runtime::Raw("<b>x</b>");
    assert_eq!(haml!(":plain\n  #{raw}").render(), "<b>x</b>");
    assert_eq!(
        haml!(escape_html = false, ":plain\n  #{v}").render(),
        format!("{v}\n\n")
    );
    assert_eq!(
        haml!(output = "haml", ":plain\n  #{v}").render(),
        format!("{v}\n\n")
    );
}

/// Inside SVG and MathML every element the parser does not move out is
/// foreign: a `title` or `textarea` there holds markup, not text, so a
/// `script` nested in an SVG `title` (an HTML integration point) is an
/// HTML script, and its values are JavaScript strings. An SVG `script`
/// runs its text too; attributes nested in it keep attribute escaping.
#[test]
fn elements_in_foreign_content_follow_the_foreign_rules() {
    let v = "alert(1)";
    assert_eq!(
        haml!("%svg\n  %title\n    :javascript\n      v = #{v};").render(),
        "<svg><title>\n<script>\n  v = \"alert(1)\";\n</script>\n</title></svg>"
    );
    assert_eq!(
        haml!("%svg\n  %textarea\n    %script v = #{v};").render(),
        "<svg><textarea><script>v = \"alert(1)\";</script></textarea></svg>"
    );
    // Under an integration point a `textarea` is HTML again: its content is
    // text, where the value is text too.
    let w = "</textarea><script>alert(1)</script>";
    assert_eq!(
        haml!("%math\n  %mtext\n    %textarea\n      %script v = #{w};").render(),
        "<math>\n<mtext>\n<textarea><script>v = &lt;/textarea>&lt;script>alert(1)&lt;/script>;</script></textarea>\n</mtext>\n</math>"
    );
    assert_eq!(
        haml!("%svg\n  %script v = #{v};").render(),
        "<svg><script>v = \"alert(1)\";</script></svg>"
    );
    let q = "\" onload=alert(1) x=\"";
    assert_eq!(
        haml!("%svg\n  %style\n    %a{title: q}").render(),
        "<svg><style>\n<a title=\"&#34; onload=alert(1) x=&#34;\"></a>\n</style></svg>"
    );
}

/// The text of a filter nested in a script continues the script's
/// JavaScript: a value inside a template literal opened before the filter
/// is escaped as string content (no quotes added).
#[test]
fn a_plain_filter_in_a_script_is_scanned_as_javascript() {
    let v = "`${alert(1)}";
    assert_eq!(
        haml!(
            "%script
  var s = `a
  :plain
    b #{v}
  `;"
        )
        .render(),
        "<script>\nvar s = `a\nb \\u0060\\u0024{alert(1)}\n\n`;\n</script>"
    );
}
