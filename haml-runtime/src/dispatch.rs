//! How the generated code picks the way to write a hole's value.
//!
//! A hole's value that is a [`Template`] renders in place; else it is
//! written by [`Render`] if it implements it, else through `Display`. An
//! attribute's value is written by [`AttributeValue`], else through
//! `Display`. A value that fits none does not compile, and the error names
//! the template line through the marker type `W`, which the macro names
//! after the line. The choice is made at compile time by autoref
//! specialisation: the generated code calls a method on `&&&&Hole(&value)`
//! (or `&&&Attr(&value)`), and the traits below are implemented on as many
//! levels of reference, so the first that applies wins.
//!
//! Nothing here is public API; the macro's output is its only user.

use std::borrow::Cow;
use std::fmt::{self, Display};
use std::rc::Rc;
use std::sync::Arc;

use crate::attributes::{display_attribute, AttributeSyntax, AttributeValue};
use crate::buffer::Buffer;
use crate::escape::Escape;
use crate::render::{display, Render};
use crate::template::Template;

/// A borrowed hole value.
pub struct Hole<'a, T: ?Sized>(pub &'a T);

/// A borrowed attribute value.
pub struct Attr<'a, T: ?Sized>(pub &'a T);

/// An argument of a `format_args!` that the compiler split into static
/// text and holes (as `"/user/#{name}"` is): written as `format_args!`
/// writes it, by its `Display`; strings, integers, `bool` and `char` by
/// their [`Render`], which writes the same text without `core::fmt`.
pub struct DisplayArg<'a, T: ?Sized>(pub &'a T);

impl<T: Display + ?Sized> Display for DisplayArg<'_, T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The types whose [`Render`] writes the text their `Display` writes (not
/// floats: `Render` writes them with `ryu`).
pub trait RendersAsDisplay: Render {}

macro_rules! renders_as_display {
    ($($t:ty)*) => {$( impl RendersAsDisplay for $t {} )*};
}

renders_as_display!(str String Cow<'_, str> char bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

macro_rules! renders_as_display_through {
    ($($p:ty)*) => {$( impl<T: RendersAsDisplay + ?Sized> RendersAsDisplay for $p {} )*};
}

renders_as_display_through!(&T &mut T Box<T> Rc<T> Arc<T>);

impl<T: RendersAsDisplay + ?Sized> Render for DisplayArg<'_, T> {
    #[inline(always)]
    fn write_html(&self, buffer: &mut Buffer, escape: Escape) {
        self.0.write_html(buffer, escape);
    }

    #[inline(always)]
    fn never_needs_quotes(&self) -> bool {
        self.0.never_needs_quotes()
    }
}

/// Never implemented: the bound that fails, with a message naming the
/// template line, when a value renders neither way.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be rendered in a template (at {W})",
    label = "this value is used in the template at {W}",
    note = "a hole's value must implement `Display` or `haml_runtime::Render`: render one of its fields, or implement `Display` for it"
)]
pub trait Renderable<W> {}

/// Never implemented: the bound that fails when an attribute value is
/// neither an [`AttributeValue`] nor `Display`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an attribute value (at {W})",
    label = "this value is used as an attribute in the template at {W}",
    note = "use a string, a number, a `bool`, an `Option` of one, or a type that implements `Display`"
)]
pub trait AttributeRenderable<W> {}

/// Hole, first choice: a [`Template`] (a component, a layout's slot)
/// renders in place, into the same buffer, unescaped (inside JavaScript,
/// CSS or a URL, its HTML is escaped as a value).
pub trait HoleViaTemplate {
    /// Write the value.
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape);
    /// See [`Render::never_needs_quotes`].
    fn haml_never_needs_quotes(&self) -> bool {
        false
    }
}

impl<T: Template + ?Sized> HoleViaTemplate for &&&Hole<'_, T> {
    #[inline(always)]
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape) {
        crate::template::render_template(self.0, buffer, escape);
    }
}

/// Hole, second choice: [`Render`].
pub trait HoleViaRender {
    /// Write the value.
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape);
    /// See [`Render::never_needs_quotes`].
    fn haml_never_needs_quotes(&self) -> bool;
}

impl<T: Render + ?Sized> HoleViaRender for &&Hole<'_, T> {
    #[inline(always)]
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape) {
        self.0.write_html(buffer, escape);
    }

    #[inline(always)]
    fn haml_never_needs_quotes(&self) -> bool {
        self.0.never_needs_quotes()
    }
}

/// Hole, third choice: `Display`.
pub trait HoleViaDisplay {
    /// Write the value.
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape);
    /// See [`Render::never_needs_quotes`].
    fn haml_never_needs_quotes(&self) -> bool {
        false
    }
}

impl<T: Display + ?Sized> HoleViaDisplay for &Hole<'_, T> {
    #[inline(always)]
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape) {
        display(self.0, buffer, escape);
    }
}

/// Hole, last choice: a compile error through [`Renderable`].
pub trait HoleViaNothing<T: ?Sized> {
    /// Does not compile.
    fn haml_render<W>(&self, buffer: &mut Buffer, escape: Escape)
    where
        T: Renderable<W>;
    /// Never called: `haml_render` does not compile.
    fn haml_never_needs_quotes(&self) -> bool {
        false
    }
}

impl<T: ?Sized> HoleViaNothing<T> for Hole<'_, T> {
    fn haml_render<W>(&self, _: &mut Buffer, _: Escape)
    where
        T: Renderable<W>,
    {
    }
}

/// Attribute, first choice: [`AttributeValue`].
pub trait AttrViaValue {
    /// Write an ordinary attribute.
    fn haml_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax);
    /// Write a boolean attribute.
    fn haml_boolean_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax);
}

impl<T: AttributeValue + ?Sized> AttrViaValue for &&Attr<'_, T> {
    #[inline(always)]
    fn haml_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        self.0.write_attribute(buffer, syntax);
    }

    #[inline(always)]
    fn haml_boolean_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        self.0.write_boolean_attribute(buffer, syntax);
    }
}

/// Attribute, second choice: `Display`.
pub trait AttrViaDisplay {
    /// Write an ordinary attribute.
    fn haml_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax);
    /// Write a boolean attribute.
    fn haml_boolean_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax);
}

impl<T: Display + ?Sized> AttrViaDisplay for &Attr<'_, T> {
    #[inline(always)]
    fn haml_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        display_attribute(self.0, buffer, syntax);
    }

    #[inline(always)]
    fn haml_boolean_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        display_attribute(self.0, buffer, syntax);
    }
}

/// Attribute, last choice: a compile error through [`AttributeRenderable`].
pub trait AttrViaNothing<T: ?Sized> {
    /// Does not compile.
    fn haml_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax)
    where
        T: AttributeRenderable<W>;
    /// Does not compile.
    fn haml_boolean_attribute<W>(&self, buffer: &mut Buffer, syntax: &AttributeSyntax)
    where
        T: AttributeRenderable<W>;
}

impl<T: ?Sized> AttrViaNothing<T> for Attr<'_, T> {
    fn haml_attribute<W>(&self, _: &mut Buffer, _: &AttributeSyntax)
    where
        T: AttributeRenderable<W>,
    {
    }

    fn haml_boolean_attribute<W>(&self, _: &mut Buffer, _: &AttributeSyntax)
    where
        T: AttributeRenderable<W>,
    {
    }
}

#[cfg(test)]
// The references are the point: they select the trait.
#[allow(clippy::needless_borrow)]
mod tests {
    use super::*;
    use std::fmt;

    struct OnlyDisplay;
    impl fmt::Display for OnlyDisplay {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("<d>")
        }
    }

    struct Marker;

    /// A template that shows it writes into the caller's buffer.
    struct Component;
    impl Template for Component {
        fn render_to(&self, buffer: &mut Buffer) {
            let before = buffer.len();
            buffer.push_str(&format!("<i>{before}</i>"));
        }
        fn size_hint(&self) -> &crate::SizeHint {
            static HINT: crate::SizeHint = crate::SizeHint::new(0);
            &HINT
        }
    }
    impl fmt::Display for Component {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("<not this>")
        }
    }

    struct Failing;
    impl fmt::Display for Failing {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("half")?;
            Err(fmt::Error)
        }
    }

    #[test]
    fn template_then_render_then_display() {
        let mut b = Buffer::new();
        (&&&&Hole(&"<s>")).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&OnlyDisplay)).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&OnlyDisplay)).haml_render::<Marker>(&mut b, Escape::None);
        (&&&&Hole(&(1 + 2))).haml_render::<Marker>(&mut b, Escape::Html);
        // Unescaped, in place, ahead of its `Display`.
        (&&&&Hole(&Component)).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&&Component)).haml_render::<Marker>(&mut b, Escape::Html);
        assert_eq!(b.as_str(), "&lt;s&gt;&lt;d&gt;<d>3<i>22</i><i>31</i>");
        assert!(!b.has_error());
    }

    #[test]
    fn format_args_arguments_write_what_display_writes() {
        let mut b = Buffer::new();
        let big = 1e16_f64;
        let name = String::from("<Ann>");
        (&&&&Hole(&DisplayArg(&name))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&&*name))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&-42i64))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&true))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&'&'))).haml_render::<Marker>(&mut b, Escape::Html);
        // Not ryu's `1e16` and `1.0`: `Display`'s text.
        (&&&&Hole(&DisplayArg(&big))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&1.0f32))).haml_render::<Marker>(&mut b, Escape::Html);
        (&&&&Hole(&DisplayArg(&OnlyDisplay))).haml_render::<Marker>(&mut b, Escape::Html);
        assert_eq!(
            b.as_str(),
            format!("{name}{name}{}{}{}{big}{}<d>", -42, true, '&', 1.0f32)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        );
    }

    #[test]
    fn a_failing_display_is_recorded() {
        let mut b = Buffer::new();
        (&&&&Hole(&Failing)).haml_render::<Marker>(&mut b, Escape::Html);
        assert_eq!(b.as_str(), "half");
        assert!(b.has_error());
    }

    #[test]
    fn attribute_value_first_then_display() {
        let syntax = AttributeSyntax {
            open: " a='",
            close: "'",
            bare: " a",
            escape: Escape::Html,
            quote_if_needed: false,
            check: crate::UrlCheck::None,
        };
        let mut b = Buffer::new();
        (&&&Attr(&None::<&str>)).haml_attribute::<Marker>(&mut b, &syntax);
        (&&&Attr(&true)).haml_boolean_attribute::<Marker>(&mut b, &syntax);
        (&&&Attr(&OnlyDisplay)).haml_attribute::<Marker>(&mut b, &syntax);
        assert_eq!(b.as_str(), " a a='&lt;d&gt;'");
    }
}
