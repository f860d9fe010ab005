//! salvo integration (feature `salvo`): every template is a `Scribe`.
//!
//! `#[derive(Template)]` also implements salvo's `Scribe` for the struct,
//! and [`Inline`] (what `haml!` gives) implements it here, so a handler
//! renders its page with `res.render(...)` or returns it:
//!
//! ```ignore
//! #[handler]
//! async fn home(res: &mut Response) {
//!     res.render(Home { tasks: tasks() });
//! }
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`.
//! If a value in a hole fails to render (its `Display` returns an error),
//! it is `500 Internal Server Error` with a plain-text body.

use salvo_core::http::header::{HeaderValue, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use salvo_core::http::StatusCode;
use salvo_core::{Response, Scribe};

use crate::buffer::Buffer;
use crate::response::{page, FAILED, HTML, PLAIN};
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into `response` (see the [module](self) docs).
pub fn render<T: Template + ?Sized>(template: &T, response: &mut Response) {
    match page(template) {
        Ok(page) => {
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(HTML));
            // Built from hashes and a checked nonce: always a valid value.
            if let Some(value) = page.policy.and_then(|p| HeaderValue::from_str(&p).ok()) {
                headers.insert(CONTENT_SECURITY_POLICY, value);
            }
            response.body(page.body);
        }
        Err(error) => error.render(response),
    }
}

/// A failed render is a 500.
impl Scribe for RenderError {
    fn render(self, response: &mut Response) {
        response.status_code(StatusCode::INTERNAL_SERVER_ERROR);
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PLAIN));
        response.body(FAILED);
    }
}

impl<F: Fn(&mut Buffer)> Scribe for Inline<F> {
    fn render(self, response: &mut Response) {
        render(&self, response);
    }
}
