//! The output buffer a template renders into.

use std::fmt;

use crate::escape::Escape;

/// A growable UTF-8 buffer that templates write into.
///
/// It is a thin wrapper around a `String`: rendering is a sequence of
/// appends of static text and of escaped or raw values, and the buffer
/// grows rarely because [`Template::render`](crate::Template::render)
/// reserves a size hint first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Buffer {
    inner: String,
    /// A value's `Display` returned an error while rendering.
    failed: bool,
}

impl Buffer {
    /// An empty buffer.
    #[inline]
    pub fn new() -> Self {
        Buffer {
            inner: String::new(),
            failed: false,
        }
    }

    /// An empty buffer with room for `capacity` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Buffer {
            inner: String::with_capacity(capacity),
            failed: false,
        }
    }

    /// Appends text as it is (no escaping).
    #[inline]
    pub fn push_str(&mut self, s: &str) {
        self.inner.push_str(s);
    }

    /// Appends one character as it is.
    #[inline]
    pub fn push(&mut self, c: char) {
        self.inner.push(c);
    }

    /// Appends text with `&`, `<`, `>`, `"` and `'` escaped for HTML.
    #[inline]
    pub fn push_escaped(&mut self, s: &str) {
        crate::escape::escape_into(s, &mut self.inner);
    }

    /// Appends text escaped as `escape` says.
    #[inline(always)]
    pub fn push_with(&mut self, s: &str, escape: Escape) {
        crate::escape::escape_into_with(s, escape, &mut self.inner);
    }

    /// Appends a whole URL percent-encoded for an attribute, from the end
    /// of its [`unchanged_prefix`](haml_html::url::unchanged_prefix) (found
    /// already); true if it holds a `'` or `=` (so an unquoted value needs
    /// quotes).
    #[inline]
    pub(crate) fn push_url(&mut self, s: &str, prefix: (usize, bool)) -> bool {
        haml_html::url::percent_encode_after(s, true, prefix, &mut self.inner)
    }

    /// Inserts text at byte offset `at` (a character boundary).
    #[inline]
    pub fn insert_str(&mut self, at: usize, s: &str) {
        self.inner.insert_str(at, s);
    }

    /// Makes room for at least `additional` more bytes.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional);
    }

    /// The number of bytes written.
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// True if nothing was written.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The bytes written, as text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.inner
    }

    /// Removes everything after the first `len` bytes (`len` must lie on a
    /// character boundary).
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.inner.truncate(len);
    }

    /// Records that a value failed to render: its `Display` implementation
    /// returned an error. The render goes on;
    /// [`Template::try_render`](crate::Template::try_render) reports it.
    #[inline]
    pub fn record_error(&mut self) {
        self.failed = true;
    }

    /// True if a value failed to render (see [`Buffer::record_error`]).
    #[inline]
    pub fn has_error(&self) -> bool {
        self.failed
    }

    /// The written text as a `String`, without copying.
    #[inline]
    pub fn into_string(self) -> String {
        self.inner
    }
}

impl From<String> for Buffer {
    /// A buffer that appends to `s`.
    #[inline]
    fn from(s: String) -> Self {
        Buffer {
            inner: s,
            failed: false,
        }
    }
}

impl From<Buffer> for String {
    #[inline]
    fn from(b: Buffer) -> Self {
        b.inner
    }
}

impl fmt::Write for Buffer {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.inner.push_str(s);
        Ok(())
    }
}

impl fmt::Display for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.inner)
    }
}

/// Writes into a [`Buffer`] with escaping; used to render `Display` values
/// without an intermediate `String`.
pub(crate) struct EscapingWriter<'a>(pub(crate) &'a mut Buffer, pub(crate) Escape);

impl fmt::Write for EscapingWriter<'_> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.push_with(s, self.1);
        Ok(())
    }
}
