//! The `Template` trait: what `#[derive(Template)]` and `haml!` produce.

use std::fmt;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::buffer::{Buffer, STREAMING_CAPACITY};
use crate::escape::Escape;
use crate::render::Render;

/// A compiled template.
///
/// Derive it with `#[derive(Template)]` and `#[template(path = "...")]`, or
/// get one from `haml!`. A template renders into a [`Buffer`]; the provided
/// methods render into a `String`, any [`fmt::Write`] or any [`io::Write`].
/// A template is also [`Render`]: used in a hole of another template, it
/// renders in place, into the same buffer, unescaped.
pub trait Template {
    /// Writes the template into `buffer`.
    fn render_to(&self, buffer: &mut Buffer);

    /// The size hint of this template: the bytes of its static text, raised
    /// to the largest output seen so far.
    fn size_hint(&self) -> &SizeHint;

    /// The `Content-Security-Policy` to send with this template, if it asks
    /// for one (`#[template(csp_header = true)]`): built by
    /// [`content_security_policy`](crate::content_security_policy) from the
    /// hashes of its static inline scripts and styles and its nonce. The
    /// axum and actix-web integrations send it as a header.
    fn content_security_policy(&self) -> Option<String> {
        None
    }

    /// Renders into a new `String`, reserving the size hint first so a
    /// typical render allocates once.
    fn render(&self) -> String {
        let hint = self.size_hint();
        let mut buffer = Buffer::with_capacity(hint.get());
        self.render_to(&mut buffer);
        hint.update(buffer.len());
        buffer.into_string()
    }

    /// Renders into a new `String`, or reports that a value in a hole
    /// failed: its `Display` implementation returned an error (the
    /// framework integrations turn that into a 500 response).
    ///
    /// [`render`](Template::render) keeps such a value's partial output and
    /// goes on; use this where a failure must not reach the reader.
    fn try_render(&self) -> Result<String, RenderError> {
        let hint = self.size_hint();
        let mut buffer = Buffer::with_capacity(hint.get());
        self.render_to(&mut buffer);
        if buffer.has_error() {
            return Err(RenderError { _private: () });
        }
        hint.update(buffer.len());
        Ok(buffer.into_string())
    }

    /// Renders and appends the output to `writer` as it renders, in
    /// chunks of about 16 KiB (see [`Buffer::streaming_fmt`]): the page is
    /// never held whole.
    fn render_into(&self, writer: &mut dyn fmt::Write) -> fmt::Result {
        let mut buffer = Buffer::streaming_fmt(writer);
        buffer.reserve(self.size_hint().get().min(STREAMING_CAPACITY));
        self.render_to(&mut buffer);
        buffer.finish_fmt()
    }

    /// Renders and writes the output to `writer` as it renders, in chunks
    /// of about 16 KiB (see [`Buffer::streaming`]): the page is never held
    /// whole. Returns the writer's first error; the output after it is
    /// dropped.
    fn write_to(&self, writer: &mut dyn io::Write) -> io::Result<()> {
        let mut buffer = Buffer::streaming(writer);
        buffer.reserve(self.size_hint().get().min(STREAMING_CAPACITY));
        self.render_to(&mut buffer);
        buffer.finish()
    }
}

/// `Display` and [`Render`] for the trait objects of [`Template`], with
/// and without `Send` and `Sync`: `format!("{}", template)` and
/// `to_string()` work on a `&dyn Template` or a `Box<dyn Template + Send>`
/// (derived templates and `haml!` values are `Display` themselves), and
/// one renders in place in a hole like the template itself.
macro_rules! dyn_template_impls {
    ($($object:ty),*) => {$(
        impl fmt::Display for $object {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.render_into(f)
            }
        }

        impl Render for $object {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
                render_template(self, buffer, escape);
            }
        }
    )*};
}

dyn_template_impls!(
    dyn Template + '_,
    dyn Template + Send + '_,
    dyn Template + Send + Sync + '_
);

impl<T: Template + ?Sized> Template for &T {
    #[inline]
    fn render_to(&self, buffer: &mut Buffer) {
        (**self).render_to(buffer);
    }

    #[inline]
    fn size_hint(&self) -> &SizeHint {
        (**self).size_hint()
    }
}

impl<T: Template + ?Sized> Template for Box<T> {
    #[inline]
    fn render_to(&self, buffer: &mut Buffer) {
        (**self).render_to(buffer);
    }

    #[inline]
    fn size_hint(&self) -> &SizeHint {
        (**self).size_hint()
    }
}

/// `None` renders nothing: an optional slot of a layout.
impl<T: Template> Template for Option<T> {
    #[inline]
    fn render_to(&self, buffer: &mut Buffer) {
        if let Some(t) = self {
            t.render_to(buffer);
        }
    }

    #[inline]
    fn size_hint(&self) -> &SizeHint {
        static NOTHING: SizeHint = SizeHint::new(0);
        match self {
            Some(t) => t.size_hint(),
            None => &NOTHING,
        }
    }
}

/// The empty template: an unused slot of a layout.
impl Template for () {
    #[inline]
    fn render_to(&self, _: &mut Buffer) {}

    #[inline]
    fn size_hint(&self) -> &SizeHint {
        static NOTHING: SizeHint = SizeHint::new(0);
        &NOTHING
    }
}

/// A value in a hole failed to render: its `Display` implementation
/// returned an error. Returned by [`Template::try_render`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError {
    _private: (),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value in the template failed to render: its Display implementation returned an error")
    }
}

impl std::error::Error for RenderError {}

/// How many bytes a template is expected to write: its static bytes, known
/// at compile time, and the largest output seen at run time.
#[derive(Debug)]
pub struct SizeHint {
    learned: AtomicUsize,
}

impl SizeHint {
    /// A hint that starts at `static_bytes`.
    pub const fn new(static_bytes: usize) -> Self {
        SizeHint {
            learned: AtomicUsize::new(static_bytes),
        }
    }

    /// The number of bytes to reserve.
    #[inline]
    pub fn get(&self) -> usize {
        self.learned.load(Ordering::Relaxed)
    }

    /// Records a render of `len` bytes.
    #[inline]
    pub fn update(&self, len: usize) {
        if len > self.get() {
            self.learned.fetch_max(len, Ordering::Relaxed);
        }
    }
}

/// A template written inline with `haml!`: the rendering closure, which
/// borrows the caller's variables.
pub struct Inline<F> {
    render: F,
    hint: SizeHint,
}

impl<F: Fn(&mut Buffer)> Inline<F> {
    /// Wraps a rendering closure; `static_bytes` starts the size hint.
    #[doc(hidden)]
    pub fn new(static_bytes: usize, render: F) -> Self {
        Inline {
            render,
            hint: SizeHint::new(static_bytes),
        }
    }
}

impl<F: Fn(&mut Buffer)> Template for Inline<F> {
    #[inline]
    fn render_to(&self, buffer: &mut Buffer) {
        (self.render)(buffer);
    }

    #[inline]
    fn size_hint(&self) -> &SizeHint {
        &self.hint
    }
}

/// In a hole, the template renders in place (inside JavaScript, CSS or a
/// URL, its HTML is escaped as a value).
impl<F: Fn(&mut Buffer)> Render for Inline<F> {
    #[inline]
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        render_template(self, buffer, escape);
    }
}

/// A template in a hole: rendered in place where HTML goes; inside
/// JavaScript, CSS or a URL its HTML is a value, escaped for the place.
#[doc(hidden)]
#[inline]
pub fn render_template<T: Template + ?Sized>(template: &T, buffer: &mut Buffer, escape: Escape) {
    if escape.is_markup() {
        template.render_to(buffer);
    } else {
        let mut html = Buffer::new();
        template.render_to(&mut html);
        buffer.push_with(html.as_str(), escape);
    }
}

impl<F: Fn(&mut Buffer)> fmt::Display for Inline<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.render_into(f)
    }
}

impl<F> fmt::Debug for Inline<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inline").finish_non_exhaustive()
    }
}
