//! poem integration (feature `poem`): every template is a response.
//!
//! `#[derive(Template)]` also implements poem's `IntoResponse` for the
//! struct (when it is `Send`, as `IntoResponse` requires), and [`Inline`]
//! (what `haml!` gives) implements it here, so a handler returns its page
//! directly:
//!
//! ```ignore
//! #[handler]
//! fn home() -> Home {
//!     Home { tasks: tasks() }
//! }
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`.
//! If a value in a hole fails to render (its `Display` returns an error),
//! it is `500 Internal Server Error` with a plain-text body; a
//! [`RenderError`] is a poem `ResponseError`, so handlers can use `?` on
//! [`Template::try_render`].

use poem::http::StatusCode;
use poem::{IntoResponse, Response};

use crate::buffer::Buffer;
use crate::response::{page, FAILED, HTML, PLAIN};
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into a response (see the [module](self) docs).
pub fn response<T: Template + ?Sized>(template: &T) -> Response {
    match page(template) {
        Ok(page) => {
            let mut response = Response::builder().content_type(HTML);
            if let Some(policy) = page.policy {
                response = response.header(poem::http::header::CONTENT_SECURITY_POLICY, policy);
            }
            response.body(page.body)
        }
        Err(error) => poem::error::ResponseError::as_response(&error),
    }
}

impl poem::error::ResponseError for RenderError {
    fn status(&self) -> StatusCode {
        StatusCode::INTERNAL_SERVER_ERROR
    }

    fn as_response(&self) -> Response {
        Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .content_type(PLAIN)
            .body(FAILED)
    }
}

impl<F: Fn(&mut Buffer) + Send> IntoResponse for Inline<F> {
    fn into_response(self) -> Response {
        response(&self)
    }
}
