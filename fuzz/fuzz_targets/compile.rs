//! The whole compiler (every pass, in both output modes, HTML and XHTML) on
//! arbitrary input: it must compile or return an error, never panic, and
//! the error's message must name the template.
#![no_main]

use haml_compiler::{compile, Format, Options, Output, SourceFile, TemplatesDir};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    for (output, format) in [
        (Output::Minified, Format::Html5),
        (Output::Minified, Format::Xhtml),
        (Output::Haml, Format::Html5),
    ] {
        let options = Options {
            output,
            format,
            ..Options::default()
        };
        let template = SourceFile::inline(source, "fuzz template", "fuzz");
        match compile(template, &options, &TemplatesDir::none()) {
            Ok(compiled) => {
                let _ = compiled.body.to_string();
            }
            Err(failure) => {
                let message = failure.error.message(&failure.files);
                assert!(message.starts_with("fuzz template:"), "{message}");
            }
        }
    }
});
