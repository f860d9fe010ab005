//! `haml_grammar::parse` on arbitrary input: it must return, never panic,
//! a returned error must point inside the input, and reading runs of lines
//! in one grammar call must give what reading each line alone gives.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = haml_grammar::parse(source);
    assert_eq!(parsed, haml_grammar::parse_line_by_line(source));
    if let Err(e) = parsed {
        let lines = source.split(['\n', '\r']).count().max(1);
        assert!(e.line() >= 1 && e.line() <= lines + 1);
        assert!(e.column() >= 1);
        let _ = e.to_string();
    }
});
