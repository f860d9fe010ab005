//! Each kind of hole of `benches/src/holes.rs` renders the same bytes as
//! its `&str` counterpart, so the benchmark compares equal work.

use benches::holes::{records, KINDS};

#[test]
fn each_kind_renders_what_its_text_counterpart_renders() {
    let records = records();
    for kind in KINDS {
        let value = (kind.value)(&records);
        let text = (kind.text)(&records);
        if kind.name.starts_with("whole URL") {
            // The same value in `href` and in `title`: only a title
            // needs `&` escaped before a name and `=`.
            assert_eq!(
                value.replace(" href=", " title="),
                text.replace("&amp;", "&"),
                "{}",
                kind.name
            );
        } else {
            assert_eq!(value, text, "{}", kind.name);
        }
        if let Some(rust) = kind.rust {
            assert_eq!(value, rust(&records), "{}", kind.name);
        }
        assert!(value.len() > 500, "{}: {value}", kind.name);
    }
}
