//! Hostile values in every context (`tests/templates/xss/contexts.haml`).
//!
//! `write_xss_cases` (ignored; run by `.ci/run`) writes each payload's page
//! twice into `$HAML_XSS_CASES`: `safe-N.html` from the default output and
//! `naive-N.html` from `output = "haml"` (HTML escaping only, as haml and
//! the other Rust engines do). `tests/browser/xss.mjs` loads them in
//! Chromium, hovers, focuses and clicks everything, and requires that no
//! payload runs in a safe page and that some run in the naive ones.

use haml_runtime::Template;

/// Payloads of the families of the OWASP XSS filter evasion cheat sheet;
/// each calls `alert`, which the harness records.
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
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
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

#[test]
fn there_are_enough_payloads_and_each_renders() {
    assert!(PAYLOADS.len() >= 60);
    for p in PAYLOADS {
        // Whether anything runs is for the browser harness to say.
        assert!(Safe { p }.render().len() > 1000);
        assert!(Naive { p }.render().len() > 1000);
    }
}

#[test]
#[ignore = "writes the pages for tests/browser/xss.mjs (run by .ci/run)"]
fn write_xss_cases() {
    let dir = std::env::var("HAML_XSS_CASES").expect("set HAML_XSS_CASES to a directory");
    std::fs::create_dir_all(&dir).unwrap();
    for (i, p) in PAYLOADS.iter().enumerate() {
        std::fs::write(format!("{dir}/safe-{i:03}.html"), Safe { p }.render()).unwrap();
        std::fs::write(format!("{dir}/naive-{i:03}.html"), Naive { p }.render()).unwrap();
    }
    let list: Vec<String> = PAYLOADS.iter().map(|p| format!("{p:?}")).collect();
    std::fs::write(format!("{dir}/payloads.txt"), list.join("\n")).unwrap();
}
