//! `http` integration (feature `http`): every template converts into an
//! `http::Response<String>`, for hyper, tower and everything else built on
//! the `http` crate.
//!
//! `#[derive(Template)]` implements `From<T> for http::Response<String>`,
//! and [`response`] converts any template, `haml!` values too:
//!
//! ```ignore
//! let response: http::Response<String> = Home { tasks }.into();
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`
//! (and the template's `Content-Security-Policy`, if it asks for one). If a
//! value in a hole fails to render (its `Display` returns an error), it is
//! `500 Internal Server Error` with a plain-text body, and the
//! [`RenderError`] is in the response's extensions.

use http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use http::{HeaderValue, Response, StatusCode};

use crate::response::{page, FAILED, HTML, PLAIN};
use crate::template::{RenderError, Template};

/// Renders `template` into a response (see the [module](self) docs).
pub fn response<T: Template + ?Sized>(template: &T) -> Response<String> {
    match page(template) {
        Ok(page) => {
            let mut response = Response::new(page.body);
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(HTML));
            // Built from hashes and a checked nonce: always a valid value.
            if let Some(value) = page.policy.and_then(|p| HeaderValue::from_str(&p).ok()) {
                headers.insert(CONTENT_SECURITY_POLICY, value);
            }
            response
        }
        Err(error) => failed(error),
    }
}

/// The 500 response of a failed render, with the error in its extensions.
pub fn failed(error: RenderError) -> Response<String> {
    let mut response = Response::new(FAILED.to_string());
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(PLAIN));
    response.extensions_mut().insert(error);
    response
}
