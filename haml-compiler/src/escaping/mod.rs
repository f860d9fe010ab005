//! Contextual escaping, decided at compile time (minified output): the
//! escaping of every value for the place it stands in.
//!
//! Every hole gets the escaping of the place it stands in: text, an
//! ordinary attribute, a URL attribute (with a check of the finished value
//! at run time, see `haml_runtime::UrlCheck`), an event handler or
//! `<script>` (JavaScript: inside a string or where a value goes), a
//! `style` attribute or `<style>` (CSS: inside a string, in `url(...)` or
//! where a value goes), or `srcdoc`. The place inside JavaScript and CSS is
//! found by scanning the template's own text around the hole; a hole where
//! no escaping is safe (a JavaScript comment or regular expression, a CSS
//! comment) is a compile error that says what to write instead.
//!
//! Lowering gives each value the escaping of HTML text or of an ordinary
//! attribute (haml's), and marks each attribute value that is something
//! else to the browser with its place; this pass decides the rest:
//! [`attributes`] for attribute values, [`raw_text`] for the content of
//! `<script>`, `<style>`, `<textarea>`, comments and the `:javascript` /
//! `:css` filters. One file per language: [`javascript`], [`css`], [`url`].

mod attributes;
mod css;
mod javascript;
mod lexer;
mod raw_text;
mod url;

use crate::error::Error;
use crate::options::{Options, Output};
use crate::tree::Tree;

/// Escapes every value of the tree for its place.
pub fn escape_values(tree: &mut [Tree], options: &Options) -> Result<(), Error> {
    attributes::escape_attribute_values(tree)?;
    if options.output == Output::Minified && options.escape_html {
        raw_text::escape_raw_text(tree, false)?;
    }
    Ok(())
}
