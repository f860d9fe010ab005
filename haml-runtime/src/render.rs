//! Values that can stand in a template hole.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::rc::Rc;
use std::sync::Arc;

use crate::buffer::{Buffer, EscapingWriter};

/// A value that can be written into a template.
///
/// Implemented for strings, numbers (written with `itoa` / `ryu`, with no
/// escaping pass), `bool`, `char`, `Option` (`None` writes nothing),
/// references and smart pointers, [`Raw`], and every type that derives
/// [`Template`](crate::Template). Any other type that implements
/// [`Display`](fmt::Display) can be used in a hole too: it is written
/// through its `Display` impl and escaped.
pub trait Render {
    /// Writes the value, escaped for HTML text and attribute values.
    fn render_escaped(&self, buffer: &mut Buffer);

    /// Writes the value as it is (`!= value`).
    fn render_raw(&self, buffer: &mut Buffer);
}

/// Text the programmer vouches for: written without escaping even in an
/// escaping hole (`= Raw(html)`).
///
/// Use it only for markup you produced yourself or sanitised: anything in it
/// reaches the page as HTML, scripts included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Raw<T>(pub T);

/// Another name for [`Raw`], as Maud calls it.
pub type PreEscaped<T> = Raw<T>;

impl<T: fmt::Display> fmt::Display for Raw<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> Render for Raw<T> {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        self.render_raw(buffer);
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        let _ = write!(buffer, "{}", self.0);
    }
}

impl Render for str {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        buffer.push_escaped(self);
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        buffer.push_str(self);
    }
}

impl Render for String {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        buffer.push_escaped(self);
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        buffer.push_str(self);
    }
}

impl Render for Cow<'_, str> {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        buffer.push_escaped(self);
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        buffer.push_str(self);
    }
}

impl Render for char {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        buffer.push_escaped(self.encode_utf8(&mut [0; 4]));
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        buffer.push(*self);
    }
}

impl Render for bool {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        self.render_raw(buffer);
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        buffer.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! render_integers {
    ($($t:ty)*) => {$(
        impl Render for $t {
            #[inline]
            fn render_escaped(&self, buffer: &mut Buffer) {
                self.render_raw(buffer);
            }

            #[inline]
            fn render_raw(&self, buffer: &mut Buffer) {
                buffer.push_str(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}

render_integers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

macro_rules! render_floats {
    ($($t:ty)*) => {$(
        impl Render for $t {
            #[inline]
            fn render_escaped(&self, buffer: &mut Buffer) {
                self.render_raw(buffer);
            }

            /// Finite values as `ryu` writes them (`2.5`, `1.0`, `1e16`);
            /// `NaN`, `inf` and `-inf` otherwise.
            #[inline]
            fn render_raw(&self, buffer: &mut Buffer) {
                buffer.push_str(ryu::Buffer::new().format(*self));
            }
        }
    )*};
}

render_floats!(f32 f64);

impl<T: Render> Render for Option<T> {
    #[inline]
    fn render_escaped(&self, buffer: &mut Buffer) {
        if let Some(v) = self {
            v.render_escaped(buffer);
        }
    }

    #[inline]
    fn render_raw(&self, buffer: &mut Buffer) {
        if let Some(v) = self {
            v.render_raw(buffer);
        }
    }
}

macro_rules! render_pointers {
    ($($p:ty)*) => {$(
        impl<T: Render + ?Sized> Render for $p {
            #[inline]
            fn render_escaped(&self, buffer: &mut Buffer) {
                (**self).render_escaped(buffer);
            }

            #[inline]
            fn render_raw(&self, buffer: &mut Buffer) {
                (**self).render_raw(buffer);
            }
        }
    )*};
}

render_pointers!(&T &mut T Box<T> Rc<T> Arc<T>);

/// Writes a `Display` value, escaped.
#[inline]
pub(crate) fn display_escaped<T: fmt::Display + ?Sized>(value: &T, buffer: &mut Buffer) {
    let _ = write!(EscapingWriter(buffer), "{value}");
}

/// Writes a `Display` value as it is.
#[inline]
pub(crate) fn display_raw<T: fmt::Display + ?Sized>(value: &T, buffer: &mut Buffer) {
    let _ = write!(buffer, "{value}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped<T: Render + ?Sized>(v: &T) -> String {
        let mut b = Buffer::new();
        v.render_escaped(&mut b);
        b.into_string()
    }

    fn raw<T: Render + ?Sized>(v: &T) -> String {
        let mut b = Buffer::new();
        v.render_raw(&mut b);
        b.into_string()
    }

    #[test]
    fn strings_escape_unless_raw() {
        assert_eq!(escaped("<a&b>"), "&lt;a&amp;b&gt;");
        assert_eq!(raw("<a&b>"), "<a&b>");
        assert_eq!(escaped(&String::from("'")), "&#39;");
        assert_eq!(escaped(&Cow::Borrowed("\"")), "&quot;");
        assert_eq!(escaped(&Raw("<b>")), "<b>");
        assert_eq!(escaped(&'<'), "&lt;");
        assert_eq!(raw(&'<'), "<");
    }

    #[test]
    fn numbers_and_bools() {
        assert_eq!(escaped(&-42i32), "-42");
        assert_eq!(escaped(&u128::MAX), u128::MAX.to_string());
        assert_eq!(escaped(&2.5f64), "2.5");
        assert_eq!(escaped(&1.0f64), "1.0");
        assert_eq!(escaped(&f64::NAN), "NaN");
        assert_eq!(escaped(&true), "true");
    }

    #[test]
    fn options_pointers() {
        assert_eq!(escaped(&None::<&str>), "");
        assert_eq!(escaped(&Some("<")), "&lt;");
        assert_eq!(escaped(&Box::new(5u8)), "5");
        assert_eq!(escaped(&Rc::new("&")), "&amp;");
        assert_eq!(escaped(&Arc::new(String::from("x"))), "x");
        assert_eq!(escaped(&&&"y"), "y");
    }
}
