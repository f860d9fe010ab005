//! The output buffer a template renders into.

use std::fmt;
use std::io;

use crate::escape::Escape;

/// A growable UTF-8 buffer that templates write into.
///
/// It is a thin wrapper around a `String`: rendering is a sequence of
/// appends of static text and of escaped or raw values, and the buffer
/// grows rarely because [`Template::render`](crate::Template::render)
/// reserves a size hint first.
///
/// A buffer made by [`Buffer::streaming`] also holds a writer (the
/// lifetime `'w` is its borrow): at each [`flush_point`](Buffer::flush_point)
/// (the generated code has one at the start of every loop iteration) it
/// hands what it holds to the writer once that is a chunk's worth, so a
/// long page is written as it renders, in chunks, and never held whole.
pub struct Buffer<'w> {
    inner: String,
    /// A value's `Display` returned an error while rendering.
    failed: bool,
    /// Where a streaming buffer writes its chunks.
    sink: Option<Sink<'w>>,
    /// The length at which a flush point writes out (`usize::MAX`: never).
    limit: usize,
}

/// The writer of a streaming buffer, and its first error.
enum Sink<'w> {
    Io(&'w mut dyn io::Write, Option<io::Error>),
    Fmt(&'w mut dyn fmt::Write, Option<fmt::Error>),
}

/// The chunk size of a streaming buffer: large enough that a write per
/// chunk costs nothing next to rendering it, small enough to stay in the
/// cache.
const CHUNK: usize = 16 * 1024;

/// The most a streaming buffer reserves up front: a chunk and the half
/// chunk a loop iteration may add before its flush point.
pub(crate) const STREAMING_CAPACITY: usize = CHUNK + CHUNK / 2;

impl Buffer<'static> {
    /// An empty buffer.
    #[inline]
    pub fn new() -> Self {
        Buffer::from(String::new())
    }

    /// An empty buffer with room for `capacity` bytes.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Buffer::from(String::with_capacity(capacity))
    }
}

impl<'w> Buffer<'w> {
    /// A buffer that writes to `writer` in chunks as the template renders
    /// (see [`flush_point`](Buffer::flush_point)); [`finish`](Buffer::finish)
    /// writes the rest. It allocates as it fills (reserve room with
    /// [`reserve`](Buffer::reserve)).
    pub fn streaming(writer: &'w mut dyn io::Write) -> Self {
        Buffer {
            inner: String::new(),
            failed: false,
            sink: Some(Sink::Io(writer, None)),
            limit: CHUNK,
        }
    }

    /// A buffer that appends to `writer` in chunks as the template renders;
    /// [`finish_fmt`](Buffer::finish_fmt) writes the rest.
    pub fn streaming_fmt(writer: &'w mut dyn fmt::Write) -> Self {
        Buffer {
            inner: String::new(),
            failed: false,
            sink: Some(Sink::Fmt(writer, None)),
            limit: CHUNK,
        }
    }

    /// Where the output may be handed to the writer of a streaming buffer:
    /// if it holds a chunk's worth, it is written and the buffer emptied.
    /// Nothing happens in a buffer that is not streaming. Call it only
    /// between elements, never inside an attribute (the attribute writers
    /// look back at what they wrote).
    #[inline]
    pub fn flush_point(&mut self) {
        if self.inner.len() >= self.limit {
            self.flush();
        }
    }

    #[cold]
    fn flush(&mut self) {
        match &mut self.sink {
            Some(Sink::Io(writer, error @ None)) => {
                if let Err(e) = writer.write_all(self.inner.as_bytes()) {
                    *error = Some(e);
                }
            }
            Some(Sink::Fmt(writer, error @ None)) => {
                if let Err(e) = writer.write_str(&self.inner) {
                    *error = Some(e);
                }
            }
            // After an error, the rest of the output is dropped.
            Some(_) | None => {}
        }
        if self.sink.is_some() {
            self.inner.clear();
        }
    }

    /// Writes what a streaming buffer still holds and returns the first
    /// error its writer returned; a buffer of [`Buffer::streaming_fmt`]
    /// reports its error as an `io::Error` of kind `Other`.
    pub fn finish(mut self) -> io::Result<()> {
        self.flush();
        match self.sink.take() {
            Some(Sink::Io(_, Some(e))) => Err(e),
            Some(Sink::Fmt(_, Some(e))) => Err(io::Error::other(e)),
            _ => Ok(()),
        }
    }

    /// Writes what a streaming buffer still holds and returns whether its
    /// `fmt::Write` writer failed.
    pub fn finish_fmt(self) -> fmt::Result {
        self.finish().map_err(|_| fmt::Error)
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

    /// The written text as a `String`, without copying (of a streaming
    /// buffer, what it has not handed to its writer yet).
    #[inline]
    pub fn into_string(self) -> String {
        self.inner
    }
}

impl From<String> for Buffer<'static> {
    /// A buffer that appends to `s`.
    #[inline]
    fn from(s: String) -> Self {
        Buffer {
            inner: s,
            failed: false,
            sink: None,
            limit: usize::MAX,
        }
    }
}

impl From<Buffer<'_>> for String {
    #[inline]
    fn from(b: Buffer<'_>) -> Self {
        b.inner
    }
}

impl Default for Buffer<'_> {
    /// An empty buffer.
    fn default() -> Self {
        Buffer {
            inner: String::new(),
            failed: false,
            sink: None,
            limit: usize::MAX,
        }
    }
}

impl Clone for Buffer<'static> {
    /// A copy of the text written (a buffer that is not streaming).
    fn clone(&self) -> Self {
        Buffer {
            inner: self.inner.clone(),
            failed: self.failed,
            sink: None,
            limit: usize::MAX,
        }
    }
}

impl PartialEq for Buffer<'_> {
    /// Equal if the text not yet handed to a writer is.
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner && self.failed == other.failed
    }
}

impl Eq for Buffer<'_> {}

impl fmt::Debug for Buffer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Buffer")
            .field("text", &self.inner)
            .field("failed", &self.failed)
            .field("streaming", &self.sink.is_some())
            .finish()
    }
}

impl fmt::Write for Buffer<'_> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.inner.push_str(s);
        Ok(())
    }
}

impl fmt::Display for Buffer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.inner)
    }
}

/// Writes into a [`Buffer`] with escaping; used to render `Display` values
/// without an intermediate `String`.
pub(crate) struct EscapingWriter<'a, 'w>(pub(crate) &'a mut Buffer<'w>, pub(crate) Escape);

impl fmt::Write for EscapingWriter<'_, '_> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.push_with(s, self.1);
        Ok(())
    }
}
