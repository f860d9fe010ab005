//! What Rust users expect of a template type: `Display`, `dyn Template`,
//! enums with a template per variant, `haml!(move ...)` components that
//! leave the function that made them, and `write_to`/`render_into` that
//! write as they render. Expected outputs are written by hand, in
//! `output = "haml"`.

use std::fmt::{self, Write as _};
use std::io;

use haml_runtime::{haml, Buffer, Template};

#[derive(Template)]
#[template(output = "haml", source = "%p.greeting Hello, #{name}!")]
struct Greeting<'a> {
    name: &'a str,
}

#[test]
fn derived_templates_are_display() {
    let page = Greeting { name: "<Ada>" };
    let expected = "<p class='greeting'>Hello, &lt;Ada&gt;!</p>\n";
    assert_eq!(page.to_string(), expected);
    assert_eq!(format!("[{page}]"), format!("[{expected}]"));
    let mut s = String::new();
    write!(s, "{page}").unwrap();
    assert_eq!(s, expected);
}

#[derive(Template)]
#[template(output = "haml", source = "%i= n")]
struct Number {
    n: u32,
}

// A function that takes `&dyn Template` only compiles while the trait is
// dyn compatible: this test keeps it so.
fn render_dyn(t: &dyn Template) -> String {
    let mut via_fmt = String::new();
    t.render_into(&mut via_fmt).unwrap();
    let mut via_io = Vec::new();
    t.write_to(&mut via_io).unwrap();
    assert_eq!(via_fmt.as_bytes(), via_io.as_slice());
    assert_eq!(t.to_string(), via_fmt);
    assert_eq!(t.render(), via_fmt);
    via_fmt
}

#[test]
fn templates_are_dyn_compatible() {
    let greeting = Greeting { name: "Bo" };
    assert_eq!(
        render_dyn(&greeting),
        "<p class='greeting'>Hello, Bo!</p>\n"
    );
    let boxed: Vec<Box<dyn Template>> = vec![
        Box::new(Number { n: 7 }),
        Box::new(Greeting { name: "Cy" }),
        Box::new(haml!(output = "haml", "%hr")),
    ];
    let all: String = boxed.iter().map(|t| render_dyn(t.as_ref())).collect();
    assert_eq!(all, "<i>7</i>\n<p class='greeting'>Hello, Cy!</p>\n<hr>\n");
    // Trait objects with `Send` (what a web handler keeps) too.
    let sendable: Box<dyn Template + Send + Sync> = Box::new(Number { n: 8 });
    assert_eq!(sendable.to_string(), "<i>8</i>\n");
    assert_eq!(
        haml!(output = "haml", "%b= sendable").render(),
        "<b><i>8</i>\n</b>\n"
    );
    // A boxed template in a hole renders in place, unescaped.
    let first = &boxed[0];
    let page = haml!(output = "haml", "%div= first");
    assert_eq!(page.render(), "<div><i>7</i>\n</div>\n");
    assert_eq!(
        haml!(output = "haml", "%div= boxed[1]").render(),
        "<div><p class='greeting'>Hello, Cy!</p>\n</div>\n"
    );
}

/// One template per variant; the enum's own `#[template]` gives options
/// for all of them, a variant's own options override them.
#[derive(Template)]
#[template(output = "haml")]
enum Notice<'a> {
    #[template(source = "%p.info= text")]
    Info { text: &'a str },
    #[template(source = "%p.warn\n  %b= count\n  warnings: #{items.join(\", \")}")]
    Warn { count: usize, items: Vec<String> },
    #[template(source = "%p.empty nothing")]
    Empty,
    #[template(source = "%p{class: r#type}= r#type")]
    Raw { r#type: &'a str },
    #[template(path = "features/notice_tuple.haml", escape_html = false)]
    Tuple(#[allow(dead_code)] u8),
}

#[test]
fn enums_render_the_template_of_their_variant() {
    assert_eq!(
        Notice::Info { text: "<x>" }.render(),
        "<p class='info'>&lt;x&gt;</p>\n"
    );
    assert_eq!(
        Notice::Warn {
            count: 2,
            items: vec!["a".into(), "b".into()]
        }
        .to_string(),
        "<p class='warn'>\n<b>2</b>\nwarnings: a, b\n</p>\n"
    );
    assert_eq!(Notice::Empty.render(), "<p class='empty'>nothing</p>\n");
    assert_eq!(Notice::Raw { r#type: "t" }.render(), "<p class='t'>t</p>\n");
    // The variant's option applies: `escape_html = false` writes `&` raw.
    assert_eq!(Notice::Tuple(1).render(), "<p>tuple & <b>1</b></p>\n");
    // Each variant has its own size hint.
    let warn = Notice::Empty;
    let info = Notice::Info { text: "" };
    assert!(!std::ptr::eq(warn.size_hint(), info.size_hint()));
    // In a hole, a variant renders in place.
    let notices = [Notice::Empty, Notice::Info { text: "i" }];
    assert_eq!(
        haml!(output = "haml", "- for n in &notices\n  = n").render(),
        "<p class='empty'>nothing</p>\n\n<p class='info'>i</p>\n\n"
    );
}

/// A component: a function that returns a template. `move` gives the
/// template its captures, so it can leave the function.
fn badge(label: &str) -> impl Template + '_ {
    haml!(move output = "haml", "%b.badge= label")
}

/// `move` may also follow the options.
fn badge_after_options(label: &str) -> impl Template + '_ {
    haml!(output = "haml", move "%b.badge= label")
}

fn list(items: Vec<String>, title: String) -> Box<dyn Template> {
    // The template owns `items`; its loop borrows them on each render.
    Box::new(haml!(move output = "haml", "%h2= title\n%ul\n  - for i in &items\n    %li= i"))
}

#[test]
fn move_templates_leave_the_function_that_made_them() {
    let b = badge("new");
    assert_eq!(b.render(), "<b class='badge'>new</b>\n");
    assert_eq!(badge_after_options("new").render(), b.render());
    let l = list(vec!["<a>".into(), "b".into()], "T".into());
    // Rendered twice: a move template renders as often as asked.
    for _ in 0..2 {
        assert_eq!(
            l.render(),
            "<h2>T</h2>\n<ul>\n<li>&lt;a&gt;</li>\n<li>b</li>\n</ul>\n"
        );
    }
    let page = haml!(output = "haml", "%div= badge(\"x\")");
    assert_eq!(page.render(), "<div><b class='badge'>x</b>\n</div>\n");
}

#[derive(Template)]
#[template(source = "%ul\n  - for i in 0..*rows\n    %li.row Row #{i}: #{text}")]
struct Long<'a> {
    rows: &'a usize,
    text: &'a str,
}

/// Records the size of every write.
struct Chunks {
    bytes: Vec<u8>,
    writes: Vec<usize>,
}

impl io::Write for Chunks {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.extend_from_slice(buf);
        self.writes.push(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl fmt::Write for Chunks {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        io::Write::write(self, s.as_bytes())
            .map(|_| ())
            .map_err(|_| fmt::Error)
    }
}

#[test]
fn write_to_and_render_into_write_as_they_render() {
    let page = Long {
        rows: &20_000,
        text: "<some text>",
    };
    let whole = page.render();
    assert!(whole.len() > 500_000, "{}", whole.len());
    let mut out = Chunks {
        bytes: Vec::new(),
        writes: Vec::new(),
    };
    page.write_to(&mut out).unwrap();
    assert_eq!(out.bytes, whole.as_bytes());
    // Many writes, none of them the whole page: each about a chunk.
    assert!(out.writes.len() > 20, "{:?}", out.writes.len());
    assert!(
        out.writes.iter().all(|&n| n < 20 * 1024),
        "{:?}",
        out.writes
    );
    let mut out = Chunks {
        bytes: Vec::new(),
        writes: Vec::new(),
    };
    page.render_into(&mut out).unwrap();
    assert_eq!(out.bytes, whole.as_bytes());
    assert!(out.writes.len() > 20);
    // A small page is one write.
    let mut out = Chunks {
        bytes: Vec::new(),
        writes: Vec::new(),
    };
    Greeting { name: "x" }.write_to(&mut out).unwrap();
    assert_eq!(out.writes.len(), 1);
}

/// Fails on the second write.
struct FailSecond(usize);

impl io::Write for FailSecond {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += 1;
        if self.0 == 2 {
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, "gone"));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_writer_stops_the_output_and_its_error_is_returned() {
    let page = Long {
        rows: &20_000,
        text: "t",
    };
    let mut w = FailSecond(0);
    let e = page.write_to(&mut w).unwrap_err();
    assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    // Nothing is written after the error.
    assert_eq!(w.0, 2);
}

#[test]
fn a_streaming_buffer_flushes_only_at_flush_points() {
    let mut out = Vec::new();
    let mut buffer = Buffer::streaming(&mut out);
    buffer.push_str(&"x".repeat(100_000));
    assert_eq!(buffer.len(), 100_000);
    buffer.flush_point();
    assert_eq!(buffer.len(), 0);
    buffer.push_str("tail");
    buffer.finish().unwrap();
    assert_eq!(out.len(), 100_004);
    // A buffer that is not streaming keeps everything.
    let mut plain = Buffer::new();
    plain.push_str(&"x".repeat(100_000));
    plain.flush_point();
    assert_eq!(plain.len(), 100_000);
}
