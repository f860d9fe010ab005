//! Values that can stand in a template hole.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::rc::Rc;
use std::sync::Arc;

use crate::buffer::{Buffer, EscapingWriter};
use crate::escape::Escape;

/// A value that can be written into a template.
///
/// Implemented for strings, numbers (written with `itoa` / `ryu`, with no
/// escaping pass), `bool`, `char`, `Option` (`None` writes nothing),
/// references and smart pointers, [`Raw`], and every type that derives
/// [`Template`](crate::Template). Any other type that implements
/// [`Display`](fmt::Display) can be used in a hole too: it is written
/// through its `Display` impl and escaped.
///
/// ```
/// use haml_runtime::{Buffer, Escape, Render};
///
/// struct Stars(u8);
///
/// impl Render for Stars {
///     fn write_html(&self, buffer: &mut Buffer, _escape: Escape) {
///         for _ in 0..self.0 {
///             buffer.push('★');
///         }
///     }
/// }
/// ```
pub trait Render {
    /// Writes the value, escaped as `escape` says (the macro chooses it from
    /// where the hole is: `=` or `!=`, text or attribute, output mode).
    fn write_html(&self, buffer: &mut Buffer, escape: Escape);

    /// Whether what [`write_html`](Render::write_html) writes can never need
    /// quotes as an unquoted attribute value (numbers, `true`): the
    /// minified output then writes `id=post-7` without looking at the
    /// value. The default, `false`, is always correct.
    #[inline]
    fn never_needs_quotes(&self) -> bool {
        false
    }
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

/// Trusted HTML is written as it is where HTML goes; inside JavaScript, CSS
/// or a URL it is a value like any other (HTML is not trusted code).
impl<T: fmt::Display> Render for Raw<T> {
    #[inline]
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        if !escape.is_markup() {
            return display(&self.0, buffer, escape);
        }
        if write!(buffer, "{}", self.0).is_err() {
            buffer.record_error();
        }
    }
}

macro_rules! render_strings {
    ($($t:ty)*) => {$(
        impl Render for $t {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
                buffer.push_with(self, escape);
            }
        }
    )*};
}

render_strings!(str String Cow<'_, str>);

impl Render for char {
    #[inline]
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        buffer.push_with(self.encode_utf8(&mut [0; 4]), escape);
    }
}

/// `true` / `false`: nothing to escape.
impl Render for bool {
    #[inline]
    fn write_html(&self, buffer: &mut Buffer, _escape: Escape) {
        buffer.push_str(if *self { "true" } else { "false" });
    }

    #[inline]
    fn never_needs_quotes(&self) -> bool {
        true
    }
}

/// Writes an unsigned integer: numbers below 10,000 (table cells, counts,
/// scores, years) byte by byte from a table of digit pairs, others with
/// `itoa`.
#[inline(always)]
fn push_unsigned(buffer: &mut Buffer, n: u64) {
    // Pairs of digits, appended two at a time (one capacity check, a copy
    // of known length).
    const DIGITS: &str = "0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839404142434445464748495051525354555657585960\
        6162636465666768697071727374757677787980818283848586878889909192939495969798\
        99";
    let pair = |i: usize| &DIGITS[i..i + 2];
    if n < 10 {
        buffer.push((b'0' + n as u8) as char);
    } else if n < 100 {
        buffer.push_str(pair(n as usize * 2));
    } else if n < 10_000 {
        let (high, low) = ((n / 100) as usize * 2, (n % 100) as usize * 2);
        if n >= 1000 {
            buffer.push_str(pair(high));
        } else {
            buffer.push_str(&DIGITS[high + 1..high + 2]);
        }
        buffer.push_str(pair(low));
    } else {
        buffer.push_str(itoa::Buffer::new().format(n));
    }
}

macro_rules! render_unsigned {
    ($($t:ty)*) => {$(
        /// Digits: nothing to escape.
        impl Render for $t {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, _escape: Escape) {
                push_unsigned(buffer, *self as u64);
            }

            #[inline]
            fn never_needs_quotes(&self) -> bool {
                true
            }
        }
    )*};
}

render_unsigned!(u8 u16 u32 u64 usize);

macro_rules! render_signed {
    ($($t:ty)*) => {$(
        /// Digits and a sign: nothing to escape.
        impl Render for $t {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, _escape: Escape) {
                if *self < 0 {
                    buffer.push('-');
                }
                push_unsigned(buffer, self.unsigned_abs() as u64);
            }

            #[inline]
            fn never_needs_quotes(&self) -> bool {
                true
            }
        }
    )*};
}

render_signed!(i8 i16 i32 i64 isize);

macro_rules! render_wide_integers {
    ($($t:ty)*) => {$(
        /// Digits and a sign: nothing to escape.
        impl Render for $t {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, _escape: Escape) {
                buffer.push_str(itoa::Buffer::new().format(*self));
            }

            #[inline]
            fn never_needs_quotes(&self) -> bool {
                true
            }
        }
    )*};
}

render_wide_integers!(i128 u128);

macro_rules! render_floats {
    ($($t:ty)*) => {$(
        /// Finite values as `ryu` writes them (`2.5`, `1.0`, `1e16`);
        /// `NaN`, `inf` and `-inf` otherwise (in JavaScript, `NaN`,
        /// `Infinity`, `-Infinity`). Nothing to escape.
        impl Render for $t {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
                if !self.is_finite() && matches!(escape, Escape::JsValue { .. }) {
                    // JavaScript's names (`inf` would be a variable).
                    buffer.push_str(if self.is_nan() {
                        "NaN"
                    } else if *self > 0.0 {
                        "Infinity"
                    } else {
                        "-Infinity"
                    });
                    return;
                }
                buffer.push_str(ryu::Buffer::new().format(*self));
            }

            #[inline]
            fn never_needs_quotes(&self) -> bool {
                true
            }
        }
    )*};
}

render_floats!(f32 f64);

/// `None` writes nothing (in a JavaScript value, `null`).
impl<T: Render> Render for Option<T> {
    #[inline]
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        match self {
            Some(v) => v.write_html(buffer, escape),
            None if matches!(escape, Escape::JsValue { .. }) => buffer.push_str("null"),
            None => {}
        }
    }

    /// `None` writes nothing, which needs no quotes (an empty value is
    /// written as the bare name).
    #[inline]
    fn never_needs_quotes(&self) -> bool {
        self.as_ref().is_none_or(Render::never_needs_quotes)
    }
}

macro_rules! render_pointers {
    ($($p:ty)*) => {$(
        impl<T: Render + ?Sized> Render for $p {
            #[inline]
            fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
                (**self).write_html(buffer, escape);
            }

            #[inline]
            fn never_needs_quotes(&self) -> bool {
                (**self).never_needs_quotes()
            }
        }
    )*};
}

render_pointers!(&T &mut T Box<T> Rc<T> Arc<T>);

/// Writes a `Display` value, escaped as `escape` says.
#[inline]
pub(crate) fn display<T: fmt::Display + ?Sized>(value: &T, buffer: &mut Buffer, escape: Escape) {
    let failed = match escape {
        // A JSON string: quotes around the whole value.
        Escape::JsValue { attribute } => {
            let quote = haml_html::javascript::string_quote(attribute);
            buffer.push_str(quote);
            let inner = Escape::JsString { attribute };
            let failed = write!(EscapingWriter(&mut *buffer, inner), "{value}").is_err();
            buffer.push_str(quote);
            failed
        }
        // Checked as a whole.
        Escape::CssValue { .. } | Escape::CssUrl { .. } => {
            let mut text = String::new();
            let failed = write!(text, "{value}").is_err();
            buffer.push_with(&text, escape);
            failed
        }
        _ => write!(EscapingWriter(&mut *buffer, escape), "{value}").is_err(),
    };
    if failed {
        buffer.record_error();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<T: Render + ?Sized>(v: &T, escape: Escape) -> String {
        let mut b = Buffer::new();
        v.write_html(&mut b, escape);
        b.into_string()
    }

    fn escaped<T: Render + ?Sized>(v: &T) -> String {
        with(v, Escape::Html)
    }

    #[test]
    fn strings_escape_as_asked() {
        assert_eq!(escaped("<a&b>"), "&lt;a&amp;b&gt;");
        assert_eq!(with("<a&b>", Escape::None), "<a&b>");
        assert_eq!(with("<a'b>", Escape::Text), "&lt;a'b>");
        assert_eq!(escaped(&String::from("'")), "&#39;");
        assert_eq!(escaped(&Cow::Borrowed("\"")), "&quot;");
        assert_eq!(escaped(&Raw("<b>")), "<b>");
        assert_eq!(escaped(&'<'), "&lt;");
        assert_eq!(with(&'<', Escape::None), "<");
    }

    #[test]
    fn numbers_and_bools() {
        for n in [
            0u64,
            7,
            9,
            10,
            42,
            99,
            100,
            101,
            999,
            1000,
            2015,
            9999,
            10000,
            12345,
            u64::MAX,
        ] {
            assert_eq!(escaped(&n), n.to_string());
        }
        // Every number the digit pairs write, and past them.
        for n in 0u64..=10_100 {
            assert_eq!(escaped(&n), n.to_string());
        }
        for n in [0i64, -1, -99, -100, 55, i64::MIN, i64::MAX] {
            assert_eq!(escaped(&n), n.to_string());
        }
        assert_eq!(escaped(&i8::MIN), "-128");
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
