//! What HTML is, in the terms of the HTML standard, for compile-time HAML
//! templates: the one place that knows it, used by the compiler for the
//! static text it writes when a crate builds and by the runtime for the
//! values it writes when a page renders.
//!
//! | module | what it knows |
//! |---|---|
//! | [`elements`] | element categories: void, raw text, escapable raw text, formatting, headings, the elements that end foreign content (SVG, MathML), their rendering defaults |
//! | [`optional_tags`] | which start and end tags the HTML parser implies |
//! | [`attributes`] | attribute kinds (boolean, URL, URL lists, event handler, style, srcdoc) and the syntax of unquoted values |
//! | [`references`] | character references: where a `&` starts one, and their values |
//! | [`escape`] | the escaping modes ([`Escape`]) and the escapers of HTML text and attribute values |
//! | [`javascript`], [`css`] | the escapers of values inside JavaScript and CSS |
//! | [`url`] | URL checks ([`UrlCheck`]), schemes as the URL parser reads them, percent-encoding |
//!
//! Where does a new rule go? A new URL attribute: [`attributes::attribute_kind`].
//! A new element category: [`elements`]. A new escaping mode: a variant of
//! [`Escape`] and its escaper in [`escape::escape_into`].
//!
//! ```
//! use haml_html::{escape::escape_into, Escape};
//!
//! let mut out = String::new();
//! escape_into("a < b & <c>", Escape::Text, &mut out);
//! assert_eq!(out, "a < b & &lt;c>");
//! ```
// `unsafe` only in `simd.rs` (SSE2 compares, measured there).
#![deny(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]

pub mod attributes;
pub mod css;
pub mod elements;
pub mod escape;
pub mod javascript;
pub mod optional_tags;
pub mod references;
#[cfg(target_arch = "x86_64")]
mod simd;
pub mod url;

pub use escape::Escape;
pub use url::UrlCheck;
