//! rocket integration (feature `rocket`): every template is a responder.
//!
//! `#[derive(Template)]` also implements rocket's `Responder` for the
//! struct, and [`Inline`] (what `haml!` gives) implements it here, so a
//! route returns its page directly:
//!
//! ```ignore
//! #[get("/")]
//! fn home() -> Home {
//!     Home { tasks: tasks() }
//! }
//! ```
//!
//! The response is `200 OK` with `content-type: text/html; charset=utf-8`.
//! If a value in a hole fails to render (its `Display` returns an error),
//! the responder fails with `Status::InternalServerError`, so the
//! application's 500 catcher answers, as for any failing responder.

use std::io::Cursor;

use rocket::http::{ContentType, Header, Status};
use rocket::request::Request;
use rocket::response::{Responder, Response};

use crate::buffer::Buffer;
use crate::response::page;
use crate::template::{Inline, RenderError, Template};

/// Renders `template` into a response (see the [module](self) docs).
pub fn respond<'o, T: Template + ?Sized>(template: &T) -> rocket::response::Result<'o> {
    match page(template) {
        Ok(page) => {
            let mut response = Response::build();
            response.header(ContentType::HTML);
            if let Some(policy) = page.policy {
                response.header(Header::new("Content-Security-Policy", policy));
            }
            response
                .sized_body(page.body.len(), Cursor::new(page.body))
                .ok()
        }
        Err(_) => Err(Status::InternalServerError),
    }
}

/// A failed render is a 500, so a route can return
/// `Result<T, RenderError>`.
impl<'r> Responder<'r, 'static> for RenderError {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        Err(Status::InternalServerError)
    }
}

impl<'r, F: Fn(&mut Buffer)> Responder<'r, 'static> for Inline<F> {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        respond(&self)
    }
}
