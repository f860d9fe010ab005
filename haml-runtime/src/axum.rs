//! axum integration (feature `axum`): every template is a response.
//!
//! `#[derive(Template)]` also implements axum's `IntoResponse` for the
//! struct, and [`Inline`] (what `haml!` gives) implements it here, so a
//! handler returns its page directly:
//!
//! ```ignore
//! async fn home(State(app): State<App>) -> Home {
//!     Home { tasks: app.tasks() }
//! }
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`.
//! If a value in a hole fails to render (its `Display` returns an error),
//! it is `500 Internal Server Error` with a plain-text body, and the
//! [`RenderError`] is in the response's extensions for a logging layer.
//! The response is [`crate::http::response`]'s.

use axum_core::response::{IntoResponse, Response};

use crate::buffer::Buffer;
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into a response (see the [module](self) docs).
pub fn into_response<T: Template + ?Sized>(template: &T) -> Response {
    crate::http::response(template).into_response()
}

/// A failed render is a 500 (with the error in the extensions), so
/// handlers can use `?` on [`Template::try_render`].
impl IntoResponse for RenderError {
    fn into_response(self) -> Response {
        crate::http::failed(self).into_response()
    }
}

impl<F: Fn(&mut Buffer)> IntoResponse for Inline<F> {
    fn into_response(self) -> Response {
        into_response(&self)
    }
}
