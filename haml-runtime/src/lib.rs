//! Compile-time HAML templates for Rust.
//!
//! Write pages in HAML with Rust expressions in the holes; they are compiled
//! into Rust code when your crate compiles, and render by appending static
//! text and escaped values to a buffer. Nothing is parsed at run time.
//!
//! ```
//! use haml_runtime::{haml, Template};
//!
//! #[derive(Template)]
//! #[template(source = "%p.greeting Hello, #{name}!", output = "haml")]
//! struct Greeting<'a> {
//!     name: &'a str,
//! }
//!
//! assert_eq!(Greeting { name: "<Ada>" }.render(), "<p class='greeting'>Hello, &lt;Ada&gt;!</p>\n");
//!
//! let name = "Grace";
//! assert_eq!(haml!(output = "haml", "%b= name").render(), "<b>Grace</b>\n");
//! ```
//!
//! What a template can hold in a hole is described by [`Render`]; see
//! [`Template`] for the ways to render one.
#![forbid(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The generated code names `::haml_runtime`, also in this crate's tests.
extern crate self as haml_runtime;

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
mod attributes;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod buffer;
mod csp;
mod dispatch;
mod escape;
#[cfg(feature = "hot-reload")]
mod hot_reload;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
#[cfg(feature = "poem")]
#[cfg_attr(docsrs, doc(cfg(feature = "poem")))]
pub mod poem;
mod render;
#[cfg(any(
    feature = "http",
    feature = "actix-web",
    feature = "rocket",
    feature = "poem",
    feature = "salvo"
))]
mod response;
#[cfg(feature = "rocket")]
#[cfg_attr(docsrs, doc(cfg(feature = "rocket")))]
pub mod rocket;
mod safe;
#[cfg(feature = "salvo")]
#[cfg_attr(docsrs, doc(cfg(feature = "salvo")))]
pub mod salvo;
mod template;
#[cfg(feature = "warp")]
#[cfg_attr(docsrs, doc(cfg(feature = "warp")))]
pub mod warp;

pub use attributes::{AttributeSyntax, AttributeValue, ClassValue};
pub use buffer::Buffer;
pub use csp::content_security_policy;
pub use escape::{escape, escape_into, escape_into_with, Escape};
pub use haml_html::url::{UrlCheck, BLOCKED_URL};
pub use haml_macros::{haml, Template};
pub use render::{PreEscaped, Raw, Render};
pub use safe::{SafeCss, SafeJs, SafeUrl};
pub use template::{Inline, RenderError, SizeHint, Template};

/// Used by the code the macros generate; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::attributes::check_url_value;
    pub use crate::attributes::{
        bare_if_empty, class_attribute, quote_if_needed, quote_if_needed_from, ClassMerge,
        ClassSet, Join,
    };
    pub use crate::dispatch::*;
    pub use crate::template::render_template;
    pub use crate::{AttributeSyntax, Escape, UrlCheck};
    #[cfg(feature = "actix-web")]
    pub use actix_web;
    #[cfg(feature = "axum")]
    pub use axum_core;
    #[cfg(feature = "http")]
    pub use http;
    #[cfg(feature = "hot-reload")]
    pub mod hot_reload {
        //! The debug-build side of hot reload.
        pub use crate::hot_reload::*;
    }
    #[cfg(feature = "poem")]
    pub use poem;
    #[cfg(feature = "rocket")]
    pub use rocket;
    #[cfg(feature = "salvo")]
    pub use salvo_core;
    #[cfg(feature = "warp")]
    pub use warp;
}
