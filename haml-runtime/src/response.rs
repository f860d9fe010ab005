//! What every framework integration sends for a template: the page with
//! `content-type: text/html; charset=utf-8` and the template's
//! Content-Security-Policy, or a plain-text 500 if a value failed to
//! render. The modules of the features build their frameworks' responses
//! from this.

use crate::template::{RenderError, Template};

// Not every feature uses every constant (rocket writes its own content
// type and leaves a failed render to its catcher).

/// The content type of a page.
#[allow(dead_code)]
pub(crate) const HTML: &str = "text/html; charset=utf-8";
/// The content type of the 500 response.
#[allow(dead_code)]
pub(crate) const PLAIN: &str = "text/plain; charset=utf-8";
/// The body of the 500 response.
#[allow(dead_code)]
pub(crate) const FAILED: &str = "500 Internal Server Error";

/// A rendered page and the `Content-Security-Policy` header it asks for.
pub(crate) struct Page {
    pub(crate) body: String,
    pub(crate) policy: Option<String>,
}

/// Renders `template` for a response.
pub(crate) fn page<T: Template + ?Sized>(template: &T) -> Result<Page, RenderError> {
    let body = template.try_render()?;
    Ok(Page {
        body,
        policy: template.content_security_policy(),
    })
}
