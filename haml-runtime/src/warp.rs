//! warp integration (feature `warp`): every template is a reply.
//!
//! `#[derive(Template)]` also implements warp's `Reply` for the struct
//! (when it is `Send`, as `Reply` requires), and [`Inline`] (what `haml!`
//! gives) implements it here, so a filter maps to a page directly:
//!
//! ```ignore
//! let home = warp::path::end().map(|| Home { tasks: tasks() });
//! ```
//!
//! The reply is [`crate::http::response`]'s: `200 OK` with
//! `content-type: text/html; charset=utf-8`, or a plain-text `500` if a
//! value failed to render.

use warp::reply::{Reply, Response};

use crate::buffer::Buffer;
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into a reply (see the [module](self) docs).
pub fn reply<T: Template + ?Sized>(template: &T) -> Response {
    let (parts, body) = crate::http::response(template).into_parts();
    Response::from_parts(parts, body.into())
}

/// A failed render is a 500, so a filter can reply with
/// `Result<String, RenderError>`.
impl Reply for RenderError {
    fn into_response(self) -> Response {
        let (parts, body) = crate::http::failed(self).into_parts();
        Response::from_parts(parts, body.into())
    }
}

impl<F: Fn(&mut Buffer) + Send> Reply for Inline<F> {
    fn into_response(self) -> Response {
        reply(&self)
    }
}
