//! Hostile values in every place a value can stand.
//!
//! The places are generated (`tests/build/xss_places.rs`, by `build.rs`):
//! every construct of the grammar that holds a value, in every element that
//! changes how it is read, and on every kind of attribute. A hand-written
//! page of realistic uses (`tests/templates/xss/contexts.haml`) is rendered
//! too.
//!
//! `write_xss_cases` (ignored; run by `.ci/run`) writes each payload's pages
//! into `$HAML_XSS_CASES`: `safe-N.html` and `safe-contexts-N.html` from the
//! default output, `naive-N.html` (for every fourth payload) and
//! `naive-contexts-N.html` from `output = "haml"` (HTML escaping only, as
//! haml and the other Rust engines do), and `baseline*.html`, the same pages
//! with a harmless value.
//! `tests/browser/xss.mjs` loads them in Chromium and requires that no
//! payload runs in a safe page, or adds an element or an attribute to it, or
//! leaves a script URL in it, and that some payloads run in the naive ones.

mod places {
    include!(concat!(env!("OUT_DIR"), "/xss_places.rs"));
}

use haml_runtime::Template;

/// Payloads of the families of the OWASP XSS filter evasion cheat sheet,
/// PortSwigger's cheat sheet, mutation XSS and namespace confusion (DOMPurify
/// bypasses, Heiderich's mXSS papers), encoded end tags and polyglots; each
/// calls `alert` (the harness records dialogs), or writes a script URL.
pub const PAYLOADS: &[&str] = &[
    // Tag injection.
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<object data=\"javascript:alert(1)\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    // Attribute breakouts.
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "' autofocus onfocus='alert(1)",
    "\"><img src=x onerror=alert(1)>",
    "'><img src=x onerror=alert(1)>",
    "x onmouseover=alert(1)",
    "x/onmouseover=alert(1)",
    "\"onclick=\"alert(1)",
    "` onmouseover=alert(1)",
    // javascript: and friends, with case, whitespace, controls, entities.
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u{1}javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041",
    "jav&#x09;ascript:alert(1)",
    "javascript://%0aalert(1)",
    "javascript:alert(1)//http://example.com",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    " data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    // Script breakouts.
    "</script><script>alert(1)</script>",
    "</SCRIPT><SCRIPT>alert(1)</SCRIPT>",
    "</script ><img src=x onerror=alert(1)>",
    "';alert(1);//",
    "\";alert(1);//",
    "\\';alert(1);//",
    "\\\";alert(1);//",
    "`;alert(1);//",
    "${alert(1)}",
    "'+alert(1)+'",
    "\"+alert(1)+\"",
    "alert(1)",
    "1;alert(1)",
    "'\u{2028}alert(1)//",
    "\"\u{2029}alert(1)//",
    "<!--<script>",
    "*/alert(1)/*",
    // Style breakouts.
    "</style><script>alert(1)</script>",
    "</STYLE><img src=x onerror=alert(1)>",
    "red;background:url(javascript:alert(1))",
    "expression(alert(1))",
    "x}</style><script>alert(1)</script>",
    "'}</style><script>alert(1)</script>",
    "url(javascript:alert(1))",
    "\\3c/style\\3e<script>alert(1)</script>",
    // Comment and RCDATA breakouts.
    "--><script>alert(1)</script>",
    "--!><script>alert(1)</script>",
    "<!--",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    // Documents in attributes.
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",    // Mutation XSS and namespace confusion.
    "<svg><style><img src=x onerror=alert(1)>",
    "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror=alert(1) src=1>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<math><mtext><table><mglyph><style><math id=\"</style><img src onerror=alert(1)>\">",
    "<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title=\"</style><img src onerror=alert(1)>\"></style></h1>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<svg><style><!--</style><img src=x onerror=alert(1)>-->",
    "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
    "<svg><foreignObject><style><img src=x onerror=alert(1)></style></foreignObject></svg>",
    "<math><annotation-xml encoding=\"text/html\"><style><img src=x onerror=alert(1)></style></annotation-xml></math>",
    "<math><annotation-xml encoding=\"application/xhtml+xml\"><img src=x onerror=alert(1)></annotation-xml></math>",
    "<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>",
    "<svg><desc><img src=x onerror=alert(1)></desc></svg>",
    "<svg><title><style></title><img src=x onerror=alert(1)></style></title></svg>",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    // Noscript tricks.
    "<noscript><style></noscript><img src=x onerror=alert(1)>",
    "</noscript><img src=x onerror=alert(1)>",
    "</NoScRiPt ><img src=x onerror=alert(1)>",
    "<noscript><a title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<noscript><textarea></noscript><img src=x onerror=alert(1)>",
    "<noscript><!--</noscript><img src=x onerror=alert(1)>-->",
    // Comments in values.
    "--><img src=x onerror=alert(1)>",
    "--!><img src=x onerror=alert(1)>",
    "<!--><img src=x onerror=alert(1)>-->",
    "<!---><img src=x onerror=alert(1)>-->",
    "<!-- --!><img src=x onerror=alert(1)>",
    "<!-- x --><img src=x onerror=alert(1)><!--",
    "<![endif]--><img src=x onerror=alert(1)>",
    "<!--[if IE]><img src=x onerror=alert(1)><![endif]-->",
    "<!--a foo=--!><img src=x onerror=alert(1)><!--<a>\">",
    // Template.
    "<template><img src=x onerror=alert(1)></template>",
    "</template><img src=x onerror=alert(1)>",
    "<template><script>alert(1)</script></template>",
    "<template><p title=\"</template><img src=x onerror=alert(1)>\">",
    // Raw text, RCDATA and odd parser modes.
    "<select><style><img src=x onerror=alert(1)></style></select>",
    "<select><template><style><!--</style><img src=x onerror=alert(1)>-->",
    "<select><iframe srcdoc=\"<img src=x onerror=alert(1)>\"></select>",
    "<table><style><img src=x onerror=alert(1)></style></table>",
    "</xmp><img src=x onerror=alert(1)>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "</noembed><img src=x onerror=alert(1)>",
    "<noframes><img src=x onerror=alert(1)></noframes>",
    "<iframe><img src=x onerror=alert(1)></iframe>",
    "</iframe><img src=x onerror=alert(1)>",
    "</title><img src=x onerror=alert(1)>",
    "</title/x><svg onload=alert(1)>",
    "</TITLE\t><img src=x onerror=alert(1)>",
    "</textarea><img src=x onerror=alert(1)>",
    "</textarea/x><img src=x onerror=alert(1)>",
    "</TeXtArEa ><img src=x onerror=alert(1)>",
    "</textarea\n><img src=x onerror=alert(1)>",
    // Script end tags, encoded and not.
    "</script/x><script>alert(1)</script>",
    "</script x=y><img src=x onerror=alert(1)>",
    "</sCrIpT/><svg onload=alert(1)>",
    "</script\t><img src=x onerror=alert(1)>",
    "</script\n><img src=x onerror=alert(1)>",
    "</script\r><svg onload=alert(1)>",
    "</script\u{c}><img src=x onerror=alert(1)>",
    "</scr\\x69pt><script>alert(1)</script>",
    "\\u003c/script\\u003e<script>alert(1)</script>",
    "\\x3c/script\\x3e<script>alert(1)</script>",
    "<\\/script><script>alert(1)</script>",
    "<!--<script>\nalert(1)//",
    "<!--<script></script>\nalert(1)//",
    "<!--<ScRiPt >'</script><img src=x onerror=alert(1)>",
    // JavaScript string, template and comment breakouts.
    "'-alert(1)-'",
    "\"-alert(1)-\"",
    "`-alert(1)-`",
    "');alert(1);//",
    "\");alert(1);//",
    "'};alert(1);{'",
    "\u{2028}alert(1)//",
    "\u{2029}-alert(1)//",
    "alert(1)//\\",
    "\\${alert(1)}",
    "${alert`1`}",
    "`+alert(1)+`",
    "/[</script><img src=x onerror=alert(1)>]/",
    "<!--\nalert(1)//",
    "\n-->\nalert(1)//",
    "\\u0061lert(1)",
    "'+\\u0061lert(1)+'",
    // Indirect calls of alert.
    "alert`1`",
    "top['al'+'ert'](1)",
    "eval('ale'+'rt(1)')",
    "window['alert'](1)",
    "(alert)(1)",
    "[1].find(alert)",
    "setTimeout('alert(1)')",
    "Function('alert(1)')()",
    "self[atob('YWxlcnQ=')](1)",
    "';top['al'+'ert'](1)//",
    "<img src=x onerror=eval('ale'+'rt(1)')>",
    "<svg onload=alert`1`>",
    // CSS breakouts.
    "</style/x><img src=x onerror=alert(1)>",
    "</StYlE ><svg onload=alert(1)>",
    "</style\t><img src=x onerror=alert(1)>",
    "}*{background:url(\"javascript:alert(1)\")}",
    "@import 'javascript:alert(1)';",
    "\\3c /style\\3e <img src=x onerror=alert(1)>",
    "\\00003c/style\\00003e<img src=x onerror=alert(1)>",
    "x;}</style><svg onload=alert(1)>",
    "\"}</style><img src=x onerror=alert(1)>",
    "x')}</style><img src=x onerror=alert(1)>",
    "x)}</style><img src=x onerror=alert(1)>",
    "*/</style><script>alert(1)</script>/*",
    "<!--</style><img src=x onerror=alert(1)>-->",
    "url('javascript:alert(1)')",
    "background-image:url(\"javascript:alert(1)\")",
    // URLs with controls, whitespace, encodings and entities.
    "\u{0}javascript:alert(1)",
    "\u{b}javascript:alert(1)",
    "\u{c}javascript:alert(1)",
    "\u{1f}javascript:alert(1)",
    "\u{a0}javascript:alert(1)",
    "javascript\t:alert(1)",
    "\u{ff4a}\u{ff41}\u{ff56}\u{ff41}\u{ff53}\u{ff43}\u{ff52}\u{ff49}\u{ff50}\u{ff54}\u{ff1a}alert(1)",
    "javascript%3Aalert(1)",
    "javascript:%61lert(1)",
    "javascript:alert%281%29",
    "java&Tab;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "&Tab;javascript:alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "javas&#99;ript:alert(1)",
    "&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a&#x61&#x6c&#x65&#x72&#x74&#x28&#x31&#x29",
    "data:text/html;charset=utf-8,<script>alert(1)</script>",
    "data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E",
    "data:text/javascript,alert(1)",
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=",
    "x.png 1x, javascript:alert(1) 2x",
    "0;url=javascript:alert(1)",
    // Tags carrying URLs.
    "<a href=javascript:alert(1)>x</a>",
    "<iframe src=\"jAvAsCrIpT:alert(1)\"></iframe>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>x</text></a></svg>",
    "<svg><a><set attributeName=href to=javascript:alert(1) /><text x=20 y=20>x</text></a></svg>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<embed src=javascript:alert(1)>",
    "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<script src=data:text/javascript,alert(1)></script>",
    "<svg><script href=data:,alert(1) />",
    // Polyglots.
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(1) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(1)//>\\x3e",
    "\">><marquee><img src=x onerror=alert(1)></marquee>\"></plaintext\\></|\\><plaintext/onmouseover=alert(1)><script>alert(1)</script>@gmail.com<isindex formaction=javascript:alert(1) type=submit>'-->\"></script><script>alert(1)</script>\"><img/id=\"alert&lpar;1)\"/alt=\"/\"src=\"/\"onerror=eval(id)>'\">",
    "\" onclick=alert(1)//<button ' onclick=alert(1)//> */ alert(1)//",
    "';alert(1)//';alert(1)//\";alert(1)//\";alert(1)//--></SCRIPT>\">'><SCRIPT>alert(1)</SCRIPT>",
    "javascript://'/</title></style></textarea></script>--><p\" onclick=alert(1)//>*/alert(1)/*",
    "\"'--></noscript></noembed></template></title></textarea></style><script>alert(1)</script>",
    // Handlers that fire without user action.
    "<input autofocus onfocusin=alert(1)>",
    "<textarea autofocus onfocus=alert(1)></textarea>",
    "<select autofocus onfocus=alert(1)></select>",
    "<div contenteditable autofocus onfocus=alert(1)>x</div>",
    "<body onpageshow=alert(1)>",
    "<video src=x onloadstart=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=alert(1)>x</p>",
    "<div onscroll=alert(1) style=\"overflow:auto;height:50px\"><div style=\"height:1000px\"></div><input autofocus></div>",
    "<details/open/ontoggle=alert(1)>",
    "<svg><set onbegin=alert(1) attributeName=x to=0>",
    "<svg><animateTransform onbegin=alert(1) attributeName=transform>",
    "<iframe onload=alert(1)></iframe>",
    "<script src=x onerror=alert(1)></script>",
    "<style onload=alert(1)></style>",
    "<input type=image src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<svg><image href=x onerror=alert(1) />",
];

#[derive(Template)]
#[template(path = "xss/contexts.haml")]
struct Safe<'a> {
    p: &'a str,
}

#[derive(Template)]
#[template(path = "xss/contexts.haml", output = "haml")]
struct Naive<'a> {
    p: &'a str,
}

/// A value no place may change anything for: the pages it gives are what
/// a safe page must look like.
/// The page served with its own Content-Security-Policy (`xss.mjs`).
#[derive(Template)]
#[template(
    path = "xss/csp.haml",
    csp_nonce = "nonce",
    strict_csp = true,
    csp_header = true
)]
struct CspPage<'a> {
    nonce: &'a str,
    label: &'a str,
    injected: &'a str,
    raw: haml_runtime::Raw<&'a str>,
}

/// The same page without a nonce: hashes only.
#[derive(Template)]
#[template(path = "xss/csp-hashes.haml", strict_csp = true, csp_header = true)]
struct CspHashPage<'a> {
    injected: &'a str,
}

/// Markup a value writes raw on purpose: each part runs script or styles
/// the page when no policy stops it.
const INJECTED: &str = "<script>alert('injected script')</script>\
    <img src=x onerror=\"alert('injected handler')\">\
    <style>p.injected { color: rgb(7, 8, 9) }</style>\
    <a id=injected href=\"javascript:alert('injected URL')\">x</a>";

const HARMLESS: &str = "harmless value";

#[test]
fn there_are_enough_payloads_and_each_renders() {
    assert!(PAYLOADS.len() >= 150, "{} payloads", PAYLOADS.len());
    let mut unique: Vec<&str> = PAYLOADS.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), PAYLOADS.len(), "a payload is listed twice");
    for p in PAYLOADS {
        // Whether anything runs is for the browser harness to say.
        assert!(Safe { p }.render().len() > 1000);
        assert!(Naive { p }.render().len() > 1000);
        assert!(places::SafePlaces { p }.render().len() > 100_000);
    }
}

#[test]
fn every_grammar_rule_is_classified() {
    let grammar: std::collections::BTreeSet<_> = places::GRAMMAR_RULES.iter().collect();
    let table: std::collections::BTreeSet<_> = places::CLASSIFIED_RULES.iter().collect();
    let new: Vec<_> = grammar.difference(&table).collect();
    let gone: Vec<_> = table.difference(&grammar).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "the grammar has rules tests/build/xss_places.rs does not classify: {new:?}; \
         the table names rules the grammar no longer has: {gone:?}"
    );
    assert!(grammar.len() > 100, "the rules were not read: {grammar:?}");
}

#[test]
fn every_rule_that_holds_a_value_stands_in_some_place() {
    assert!(
        places::UNUSED_VALUE_RULES.is_empty(),
        "no generated place uses {:?}: add a construct to tests/build/xss_places.rs",
        places::UNUSED_VALUE_RULES
    );
}

#[test]
fn the_places_cross_constructs_enclosing_elements_and_attribute_kinds() {
    // Refused places are a safe outcome, but most places must compile, or
    // the page proves little.
    assert!(places::PLACES.len() >= 1500, "{}", places::PLACES.len());
    assert!(
        places::REFUSED.len() * 10 < places::PLACES.len(),
        "{} of {} places refused: {:#?}",
        places::REFUSED.len(),
        places::PLACES.len() + places::REFUSED.len(),
        places::REFUSED
    );
    for needle in [
        ":plain @ script",
        ":preserve @ textarea",
        ":cdata @ svg",
        "= p @ math mglyph style",
        "text #{} @ template",
        "{a: p} on handler onclick[onclick]",
        "(a=\"s\") on url a[href] \"/s?q=#{p}&r=1\"",
        "{a: [x, \"s\"]} on srcdoc[srcdoc] \"<b title='#{p}'>x</b>\"",
    ] {
        assert!(
            places::PLACES.contains(&needle) || places::REFUSED.iter().any(|(n, _)| *n == needle),
            "no place {needle:?}"
        );
    }
}

#[test]
#[ignore = "writes the pages for tests/browser/xss.mjs (run by .ci/run)"]
fn write_xss_cases() {
    let dir = std::env::var("HAML_XSS_CASES").expect("set HAML_XSS_CASES to a directory");
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: String, html: String| std::fs::write(format!("{dir}/{name}"), html).unwrap();
    let p = HARMLESS;
    write("baseline.html".into(), places::SafePlaces { p }.render());
    write("baseline-contexts.html".into(), Safe { p }.render());
    for (i, p) in PAYLOADS.iter().enumerate() {
        write(
            format!("safe-{i:03}.html"),
            places::SafePlaces { p }.render(),
        );
        write(format!("safe-contexts-{i:03}.html"), Safe { p }.render());
        // The naive pages show that the harness can fail; some payloads
        // are enough for that, and save minutes.
        if i % 4 == 0 {
            write(format!("naive-contexts-{i:03}.html"), Naive { p }.render());
        }
        if i % 12 == 0 {
            write(
                format!("naive-{i:03}.html"),
                places::NaivePlaces { p }.render(),
            );
        }
    }
    let csp = CspPage {
        nonce: "dGVzdG5vbmNl",
        label: "filter script",
        injected: INJECTED,
        raw: haml_runtime::Raw("<script>alert('raw script')</script>"),
    };
    write("csp.html".into(), csp.render());
    write(
        "csp-policy.txt".into(),
        csp.content_security_policy().expect("a policy"),
    );
    let hashes = CspHashPage { injected: INJECTED };
    write("csp-hashes.html".into(), hashes.render());
    write(
        "csp-hashes-policy.txt".into(),
        hashes.content_security_policy().expect("a policy"),
    );
    let list: Vec<String> = PAYLOADS.iter().map(|p| format!("{p:?}")).collect();
    write("payloads.txt".into(), list.join("\n"));
    write("places.txt".into(), places::PLACES.join("\n"));
    let refused: Vec<String> = places::REFUSED
        .iter()
        .map(|(n, e)| format!("{n}: {e}"))
        .collect();
    write("refused.txt".into(), refused.join("\n"));
    write(
        "places.haml".into(),
        std::fs::read_to_string(places::TEMPLATE).unwrap(),
    );
}
