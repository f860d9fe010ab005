//! Escaping of values: the escapers of `haml-html`, which the compiler
//! also uses for the static text it writes, under the names this crate
//! has always given them.

pub use haml_html::escape::Escape;

/// Appends `s` to `out`, escaped as `mode` says (see [`Escape`]).
#[inline(always)]
pub fn escape_into_with(s: &str, mode: Escape, out: &mut String) {
    haml_html::escape::escape_into(s, mode, out);
}

/// Appends `s` to `out` with the five HTML-special characters escaped, as
/// haml does.
#[inline]
pub fn escape_into(s: &str, out: &mut String) {
    haml_html::escape::escape_into(s, Escape::Html, out);
}

/// `s` with the five HTML-special characters escaped, as haml does.
pub fn escape(s: &str) -> String {
    haml_html::escape::escape_html(s)
}
