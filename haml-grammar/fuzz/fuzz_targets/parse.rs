//! `haml_grammar::parse` on arbitrary input: it must return, never panic,
//! and a returned error must point inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = haml_grammar::parse(source) {
        let lines = source.split(['\n', '\r']).count().max(1);
        assert!(e.line() >= 1 && e.line() <= lines + 1);
        assert!(e.column() >= 1);
        let _ = e.to_string();
    }
});
