//! actix-web integration (feature `actix-web`): every template is a
//! responder.
//!
//! `#[derive(Template)]` also implements actix-web's `Responder` for the
//! struct, and [`Inline`] (what `haml!` gives) implements it here, so a
//! handler returns its page directly:
//!
//! ```ignore
//! async fn home(app: web::Data<App>) -> Home {
//!     Home { tasks: app.tasks() }
//! }
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`.
//! If a value in a hole fails to render (its `Display` returns an error),
//! it is `500 Internal Server Error` with a plain-text body, and the
//! [`RenderError`] is in the response's extensions for a logging
//! middleware.

use actix_web::body::BoxBody;
use actix_web::{HttpRequest, HttpResponse, Responder};

use crate::buffer::Buffer;
use crate::response::{page, FAILED, HTML, PLAIN};
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into a response (see the [module](self) docs).
pub fn respond<T: Template + ?Sized>(template: &T) -> HttpResponse {
    match page(template) {
        Ok(page) => {
            let mut response = HttpResponse::Ok();
            response.content_type(HTML);
            if let Some(policy) = page.policy {
                response.insert_header((actix_web::http::header::CONTENT_SECURITY_POLICY, policy));
            }
            response.body(page.body)
        }
        Err(error) => {
            let mut response = actix_web::ResponseError::error_response(&error);
            response.extensions_mut().insert::<RenderError>(error);
            response
        }
    }
}

impl<F: Fn(&mut Buffer)> Responder for Inline<F> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        respond(&self)
    }
}

/// A failed render is a 500, so handlers can use `?` on
/// [`Template::try_render`].
impl actix_web::ResponseError for RenderError {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::INTERNAL_SERVER_ERROR
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::InternalServerError()
            .content_type(PLAIN)
            .body(FAILED)
    }
}
