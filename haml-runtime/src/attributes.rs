//! Writing attributes whose values are only known at run time.
//!
//! The macro folds static attributes into the static text; what is left
//! comes here: values that may be absent (`Option`, `bool` for boolean
//! attributes), and `class` / `id` values merged from several sources the
//! way haml 6.1.1 merges them.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use haml_html::attributes::needs_quotes_byte;
use haml_html::url::{UrlCheck, BLOCKED_URL};

use crate::buffer::Buffer;
use crate::escape::Escape;
use crate::render::{Raw, Render};
use crate::safe::{SafeCss, SafeJs, SafeUrl};

/// How one attribute is spelled in the output; the macro builds these as
/// constants.
#[derive(Clone, Copy, Debug)]
pub struct AttributeSyntax {
    /// What comes before the value: ` name='` (or ` name=` when quotes are
    /// added only if needed).
    pub open: &'static str,
    /// What comes after the value: the closing quote.
    pub close: &'static str,
    /// A boolean attribute that is on: ` name` (or ` name='name'` in xhtml).
    pub bare: &'static str,
    /// How the value is escaped.
    pub escape: Escape,
    /// Minified output: `open` has no quote; the value gets `"` around it
    /// only if it needs them, and an empty value leaves the bare name.
    pub quote_if_needed: bool,
    /// The check of a URL attribute's value (see [`UrlCheck`]).
    pub check: UrlCheck,
}

impl AttributeSyntax {
    #[inline]
    fn text<T: Render + ?Sized>(&self, value: &T, buffer: &mut Buffer) {
        self.write(buffer, |b| value.write_html(b, self.escape));
    }

    #[inline]
    fn write(&self, buffer: &mut Buffer, value: impl FnOnce(&mut Buffer)) {
        self.write_checked(buffer, self.check, value);
    }

    #[inline]
    fn write_checked(&self, buffer: &mut Buffer, check: UrlCheck, value: impl FnOnce(&mut Buffer)) {
        buffer.push_str(self.open);
        let start = buffer.len();
        value(buffer);
        check_url_value(buffer, start, check);
        if self.quote_if_needed {
            quote_if_needed(buffer, start);
        } else {
            buffer.push_str(self.close);
        }
    }
}

/// Finishes an attribute value written unquoted from `start` (just after
/// `name=`): quotes it if it is not a valid unquoted value, or leaves the
/// bare name if it is empty (the same empty value in the DOM). The value
/// must have been escaped for double quotes.
#[inline]
pub fn quote_if_needed(buffer: &mut Buffer, start: usize) {
    quote_if_needed_from(buffer, start, start);
}

/// Leaves the bare name for an empty value written unquoted from `start`
/// (just after `name=`), whose bytes are known to need no quotes.
#[inline]
pub fn bare_if_empty(buffer: &mut Buffer, start: usize) {
    if buffer.len() == start {
        buffer.truncate(start - 1);
    }
}

/// [`quote_if_needed`] for a value whose bytes before `scan` are known to
/// need no quotes (static text checked at compile time): only the bytes
/// from `scan` on are looked at.
#[inline]
pub fn quote_if_needed_from(buffer: &mut Buffer, start: usize, scan: usize) {
    let bytes = buffer.as_str().as_bytes();
    if bytes.len() == start {
        buffer.truncate(start - 1);
    } else if bytes
        .get(scan..)
        .unwrap_or(&bytes[start..])
        .iter()
        .any(|&b| needs_quotes_byte(b))
    {
        buffer.insert_str(start, "\"");
        buffer.push('"');
    }
}

/// A string that is a URL attribute's whole value (minified, unquoted
/// unless needed): checked before it is written, since percent-encoding
/// and attribute escaping change nothing the check looks at (a character
/// they encode inside a scheme makes it no scheme at all), then written
/// in one pass, and quoted if it holds a `'` or `=`.
#[inline]
fn write_url_attribute(buffer: &mut Buffer, open: &str, check: UrlCheck, s: &str) {
    if s.is_empty() {
        // `open` is ` name=`: the bare name is the empty value.
        buffer.push_str(&open[..open.len() - 1]);
        return;
    }
    buffer.push_str(open);
    if !haml_html::url::url_allowed(s, check) {
        buffer.push_str(BLOCKED_URL);
        return;
    }
    // Percent-encoding keeps `'` and `=` and writes neither: the value
    // needs quotes if `s` holds one. Known before anything is written, so
    // the quote is written first, not inserted afterwards.
    let prefix = haml_html::url::unchanged_prefix(s, true);
    match prefix {
        // The common case: one pass to look, one copy.
        (len, true) if len == s.len() => {
            buffer.push('"');
            buffer.push_str(s);
            buffer.push('"');
        }
        (len, false) if len == s.len() => buffer.push_str(s),
        // Encoded from the end of the prefix, which is not looked for again.
        (len, quoted) if quoted || haml_html::url::holds_quote_bytes(&s[len..]) => {
            buffer.push('"');
            buffer.push_url(s, prefix);
            buffer.push('"');
        }
        _ => {
            buffer.push_url(s, prefix);
        }
    }
}

/// Checks the attribute value written from `start` (escaped for an
/// attribute) against `check`; a value that fails is replaced by
/// [`BLOCKED_URL`]. Called by generated code.
#[inline]
pub fn check_url_value(buffer: &mut Buffer, start: usize, check: UrlCheck) {
    if check == UrlCheck::None {
        return;
    }
    if !haml_html::url::value_allowed(&buffer.as_str()[start..], check) {
        buffer.truncate(start);
        buffer.push_str(BLOCKED_URL);
    }
}

/// A value of a dynamic attribute.
///
/// Strings and numbers are written as the value. `bool` is the value
/// `true` / `false` of an ordinary attribute, and decides the presence of a
/// boolean one (`checked`, `disabled`, `data-*`, ...). `None` leaves the
/// attribute out.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an attribute value",
    note = "use a string, a number, a `bool`, an `Option` of one, or any type that implements `Display`"
)]
pub trait AttributeValue {
    /// Writes the attribute with this value, or nothing.
    fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax);

    /// Writes a boolean attribute: bare when `true`, left out when `false`
    /// or `None`, with the value otherwise.
    fn write_boolean_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        self.write_attribute(buffer, syntax);
    }
}

impl AttributeValue for bool {
    #[inline]
    fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        syntax.text(self, buffer);
    }

    #[inline]
    fn write_boolean_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        if *self {
            buffer.push_str(syntax.bare);
        }
    }
}

impl<T: AttributeValue> AttributeValue for Option<T> {
    #[inline]
    fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        if let Some(v) = self {
            v.write_attribute(buffer, syntax);
        }
    }

    #[inline]
    fn write_boolean_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        if let Some(v) = self {
            v.write_boolean_attribute(buffer, syntax);
        }
    }
}

macro_rules! text_attribute_values {
    ($($t:ty)*) => {$(
        impl AttributeValue for $t {
            #[inline]
            fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
                syntax.text(self, buffer);
            }
        }
    )*};
}

text_attribute_values!(
    char i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64
);

macro_rules! string_attribute_values {
    ($($t:ty)*) => {$(
        /// A string is looked at before it is written: whether it needs
        /// quotes is known then (no quote inserted afterwards).
        impl AttributeValue for $t {
            #[inline]
            fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
                let s: &str = self;
                if syntax.quote_if_needed
                    && syntax.escape == Escape::Url
                    && matches!(syntax.check, UrlCheck::Link | UrlCheck::Media)
                {
                    write_url_attribute(buffer, syntax.open, syntax.check, s);
                } else if !syntax.quote_if_needed
                    || !syntax.escape.is_markup()
                    || syntax.check != UrlCheck::None
                {
                    syntax.text(s, buffer);
                } else if s.is_empty() {
                    // `open` is ` name=`: the bare name is the empty value.
                    buffer.push_str(&syntax.open[..syntax.open.len() - 1]);
                } else if s.bytes().any(needs_quotes_byte) {
                    buffer.push_str(syntax.open);
                    buffer.push('"');
                    buffer.push_with(s, syntax.escape);
                    buffer.push('"');
                } else {
                    buffer.push_str(syntax.open);
                    buffer.push_with(s, syntax.escape);
                }
            }
        }
    )*};
}

string_attribute_values!(str String Cow<'_, str>);

/// Trusted HTML is written as it is in an ordinary attribute; in a URL,
/// event handler or `style` attribute it is a value like any other.
impl<T: fmt::Display> AttributeValue for Raw<T> {
    #[inline]
    fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        let escape = if syntax.escape.is_markup() {
            Escape::None
        } else {
            syntax.escape
        };
        syntax.write(buffer, |b| self.write_html(b, escape));
    }
}

/// The whole value of a URL attribute: not checked, not percent-encoded.
impl<T: fmt::Display> AttributeValue for SafeUrl<T> {
    #[inline]
    fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
        syntax.write_checked(buffer, UrlCheck::None, |b| {
            self.write_html(b, syntax.escape)
        });
    }
}

macro_rules! trusted_attribute_values {
    ($($t:ident)*) => {$(
        impl<T: fmt::Display> AttributeValue for $t<T> {
            #[inline]
            fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
                syntax.text(self, buffer);
            }
        }
    )*};
}

trusted_attribute_values!(SafeJs SafeCss);

macro_rules! pointer_attribute_values {
    ($($p:ty)*) => {$(
        impl<T: AttributeValue + ?Sized> AttributeValue for $p {
            #[inline]
            fn write_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
                (**self).write_attribute(buffer, syntax);
            }

            #[inline]
            fn write_boolean_attribute(&self, buffer: &mut Buffer, syntax: &AttributeSyntax) {
                (**self).write_boolean_attribute(buffer, syntax);
            }
        }
    )*};
}

pointer_attribute_values!(&T &mut T Box<T> Rc<T> Arc<T>);

/// Writes a `Display` value as an attribute value.
#[inline]
pub(crate) fn display_attribute<T: fmt::Display + ?Sized>(
    value: &T,
    buffer: &mut Buffer,
    syntax: &AttributeSyntax,
) {
    syntax.write(buffer, |b| crate::render::display(value, b, syntax.escape));
}

// ------------------------------------------------------------ class and id

/// A value given for `class` or `id`: a string, a number, a `bool`, an
/// `Option` of one (`None` and `false` are left out), or an array, slice or
/// `Vec` of them (flattened).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a `class` or `id` value",
    note = "use a string, a number, an `Option` of one, or an array, slice or `Vec` of them"
)]
pub trait ClassValue {
    /// Feeds each item of the value to `list`; `split` says whether strings
    /// are split on whitespace (haml does so when several sources merge).
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool);

    /// The value as at most one item, when it is that simple (a string, an
    /// `Option` of one): `Some(None)` for none, `Some(Some(item))` for one.
    #[inline]
    fn one_item(&self) -> Option<Option<&str>> {
        None
    }
}

impl ClassValue for str {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        if split {
            self.split_ascii_whitespace().for_each(list);
        } else {
            list(self);
        }
    }

    #[inline]
    fn one_item(&self) -> Option<Option<&str>> {
        Some(Some(self))
    }
}

impl ClassValue for String {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        self.as_str().each_item(list, split);
    }

    #[inline]
    fn one_item(&self) -> Option<Option<&str>> {
        Some(Some(self))
    }
}

impl ClassValue for Cow<'_, str> {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        self.as_ref().each_item(list, split);
    }

    #[inline]
    fn one_item(&self) -> Option<Option<&str>> {
        Some(Some(self))
    }
}

impl ClassValue for bool {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, _split: bool) {
        if *self {
            list("true");
        }
    }
}

macro_rules! integer_class_values {
    ($($t:ty)*) => {$(
        impl ClassValue for $t {
            #[inline]
            fn each_item<F: FnMut(&str)>(&self, list: &mut F, _split: bool) {
                list(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}

integer_class_values!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl<T: ClassValue> ClassValue for Option<T> {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        if let Some(v) = self {
            v.each_item(list, split);
        }
    }

    #[inline]
    fn one_item(&self) -> Option<Option<&str>> {
        match self {
            Some(v) => v.one_item(),
            None => Some(None),
        }
    }
}

/// Arrays are flattened; their strings are never split (as in haml).
impl<T: ClassValue> ClassValue for [T] {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, _split: bool) {
        for v in self {
            v.each_item(list, false);
        }
    }
}

impl<T: ClassValue, const N: usize> ClassValue for [T; N] {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        self.as_slice().each_item(list, split);
    }
}

impl<T: ClassValue> ClassValue for Vec<T> {
    #[inline]
    fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
        self.as_slice().each_item(list, split);
    }
}

macro_rules! pointer_class_values {
    ($($p:ty)*) => {$(
        impl<T: ClassValue + ?Sized> ClassValue for $p {
            #[inline]
            fn each_item<F: FnMut(&str)>(&self, list: &mut F, split: bool) {
                (**self).each_item(list, split);
            }

            #[inline]
            fn one_item(&self) -> Option<Option<&str>> {
                (**self).one_item()
            }
        }
    )*};
}

pointer_class_values!(&T &mut T Box<T> Rc<T> Arc<T>);

#[inline]
fn push(buffer: &mut Buffer, text: &str, escape: Escape) {
    buffer.push_with(text, escape);
}

/// Merges `class` values from several sources, as haml does: strings split
/// on whitespace, arrays flattened (their strings kept whole), duplicates
/// dropped (the first one kept), joined with spaces. Writes into the buffer
/// directly and finds duplicates in what it wrote; the item boundaries are
/// kept inline, so typical elements allocate nothing.
pub struct ClassMerge<'b, 'w> {
    buffer: &'b mut Buffer<'w>,
    escape: Escape,
    /// Start offsets of the items written so far (inline for the first few).
    inline: [usize; 16],
    count: usize,
    spill: Vec<usize>,
}

impl<'b, 'w> ClassMerge<'b, 'w> {
    /// Starts merging at the current end of `buffer`.
    #[inline]
    pub fn new(buffer: &'b mut Buffer<'w>, escape: Escape) -> Self {
        ClassMerge {
            buffer,
            escape,
            inline: [0; 16],
            count: 0,
            spill: Vec::new(),
        }
    }

    /// Adds one value given as a source of its own: strings are split on
    /// whitespace.
    #[inline]
    pub fn add<T: ClassValue + ?Sized>(&mut self, value: &T) {
        value.each_item(&mut |item| self.item(item), true);
    }

    /// Adds one item of an array: strings are kept whole.
    #[inline]
    pub fn add_item<T: ClassValue + ?Sized>(&mut self, value: &T) {
        value.each_item(&mut |item| self.item(item), false);
    }

    fn item_start(&self, i: usize) -> usize {
        if i < self.inline.len() {
            self.inline[i]
        } else {
            self.spill[i - self.inline.len()]
        }
    }

    fn item(&mut self, item: &str) {
        let before = self.buffer.len();
        if self.count > 0 {
            self.buffer.push(' ');
        }
        let at = self.buffer.len();
        push(self.buffer, item, self.escape);
        let text = self.buffer.as_str();
        let new = &text[at..];
        let duplicate = (0..self.count).any(|i| {
            let start = self.item_start(i);
            // Each item ends one byte before the next one starts (a space).
            let end = if i + 1 < self.count {
                self.item_start(i + 1) - 1
            } else {
                before
            };
            &text[start..end] == new
        });
        if duplicate {
            self.buffer.truncate(before);
        } else {
            if self.count < self.inline.len() {
                self.inline[self.count] = at;
            } else {
                self.spill.push(at);
            }
            self.count += 1;
        }
    }
}

/// Merges `class` values for minified output, where only the set of
/// classes matters: every string is split on whitespace, duplicates are
/// dropped. Duplicates are found in what was written (no bookkeeping).
pub struct ClassSet<'b, 'w> {
    buffer: &'b mut Buffer<'w>,
    start: usize,
    escape: Escape,
}

impl<'b, 'w> ClassSet<'b, 'w> {
    /// Starts at the current end of `buffer`.
    #[inline]
    pub fn new(buffer: &'b mut Buffer<'w>, escape: Escape) -> Self {
        let start = buffer.len();
        ClassSet {
            buffer,
            start,
            escape,
        }
    }

    /// Adds the classes of one value.
    #[inline]
    pub fn add<T: ClassValue + ?Sized>(&mut self, value: &T) {
        value.each_item(&mut |item| self.item(item), true);
    }

    /// Adds classes known at compile time: already escaped, sorted and
    /// without duplicates, and (the macro puts them first) none written
    /// before them.
    #[inline]
    pub fn add_static(&mut self, classes: &str) {
        if self.buffer.len() > self.start {
            self.add(classes);
        } else {
            self.buffer.push_str(classes);
        }
    }

    /// Adds the classes of one array item.
    #[inline]
    pub fn add_item<T: ClassValue + ?Sized>(&mut self, value: &T) {
        value.each_item(
            &mut |item| item.split_ascii_whitespace().for_each(|c| self.item(c)),
            false,
        );
    }

    fn item(&mut self, item: &str) {
        let before = self.buffer.len();
        if before > self.start {
            self.buffer.push(' ');
        }
        let at = self.buffer.len();
        self.buffer.push_with(item, self.escape);
        let text = self.buffer.as_str();
        let new = &text[at..];
        if text[self.start..before].split(' ').any(|c| c == new) {
            self.buffer.truncate(before);
        }
    }
}

/// Writes a `class` attribute with one dynamic value for minified output:
/// ` class=value`, quoted only if needed, or the bare ` class` when the
/// value has no item (haml writes `class=''` then). `open` is ` class=`.
#[inline]
pub fn class_attribute<T: ClassValue + ?Sized>(
    buffer: &mut Buffer,
    open: &str,
    value: &T,
    escape: Escape,
) {
    match value.one_item() {
        Some(None) | Some(Some("")) => buffer.push_str(&open[..open.len() - 1]),
        Some(Some(item)) if !item.bytes().any(needs_quotes_byte) => {
            buffer.push_str(open);
            buffer.push_with(item, escape);
        }
        _ => {
            buffer.push_str(open);
            let start = buffer.len();
            let mut join = Join::new(buffer, ' ', escape);
            join.add_item(value);
            quote_if_needed(buffer, start);
        }
    }
}

/// Joins the items of attribute values with a separator, as haml writes
/// a single `class` value (items joined with spaces, strings kept whole) and
/// `id` values (joined with `_`): arrays flattened, `None` and `false` left
/// out.
pub struct Join<'b, 'w> {
    buffer: &'b mut Buffer<'w>,
    separator: char,
    first: bool,
    escape: Escape,
}

impl<'b, 'w> Join<'b, 'w> {
    /// Starts joining at the current end of `buffer`.
    #[inline]
    pub fn new(buffer: &'b mut Buffer<'w>, separator: char, escape: Escape) -> Self {
        Join {
            buffer,
            separator,
            first: true,
            escape,
        }
    }

    /// Adds the items of one value.
    #[inline]
    pub fn add_item<T: ClassValue + ?Sized>(&mut self, value: &T) {
        value.each_item(
            &mut |item| {
                if !self.first {
                    self.buffer.push(self.separator);
                }
                self.first = false;
                push(self.buffer, item, self.escape);
            },
            false,
        );
    }
}

#[cfg(test)]
mod url_tests {
    use super::*;

    fn checked(value: &str, check: UrlCheck) -> String {
        let mut b = Buffer::new();
        b.push_str(" href=");
        b.push_str(value);
        check_url_value(&mut b, 6, check);
        b.as_str()[6..].to_string()
    }

    #[test]
    fn values_that_fail_their_check_are_replaced() {
        assert_eq!(
            checked("&#106;avascript:alert(1)", UrlCheck::Link),
            BLOCKED_URL
        );
        assert_eq!(checked("/a?b=1&amp;c=2", UrlCheck::Link), "/a?b=1&amp;c=2");
        assert_eq!(checked("javascript:x", UrlCheck::None), "javascript:x");
        assert_eq!(
            checked("/a.png 1x, javascript:x 2x", UrlCheck::Srcset),
            BLOCKED_URL
        );
    }

    #[test]
    fn whole_url_values_are_checked_then_written_once() {
        let write = |s: &str| {
            let mut b = Buffer::new();
            write_url_attribute(&mut b, " href=", UrlCheck::Link, s);
            b.into_string()
        };
        assert_eq!(write(""), " href");
        assert_eq!(write("/a?b=1&c=2"), " href=\"/a?b=1&c=2\"");
        // A whole value in an HTML attribute: `&` stays referenced where it
        // could start a reference, and at the end.
        assert_eq!(
            write("?a&amp;b&#1&copy x&& y&"),
            " href=?a&amp;amp;b&amp;#1&amp;copy%20x&&%20y&amp;"
        );
        assert_eq!(write("/a b'"), " href=\"/a%20b'\"");
        assert_eq!(write("/plain"), " href=/plain");
        assert_eq!(write("JAVASCRIPT:x"), " href=about:invalid#haml-blocked");
        assert_eq!(
            write("verylongscheme:x"),
            " href=about:invalid#haml-blocked"
        );
        assert_eq!(write("verylongname/x:y"), " href=verylongname/x:y");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(f: impl FnOnce(&mut ClassMerge)) -> String {
        let mut b = Buffer::new();
        f(&mut ClassMerge::new(&mut b, Escape::Html));
        b.into_string()
    }

    #[test]
    fn class_merge_matches_haml() {
        // `.z{class: ["a b", "a", ["c", "z"]]}` gives `z a b a c` in haml.
        assert_eq!(
            class(|m| {
                m.add("z");
                m.add_item("a b");
                m.add_item("a");
                m.add_item(&["c", "z"]);
            }),
            "z a b a c"
        );
        assert_eq!(
            class(|m| {
                m.add("x y");
                m.add("y z");
            }),
            "x y z"
        );
        assert_eq!(
            class(|m| {
                m.add("a");
                m.add(&None::<&str>);
            }),
            "a"
        );
        assert_eq!(
            class(|m| {
                m.add("a");
                m.add("<b> a <b>");
            }),
            "a &lt;b&gt;"
        );
        // A class that is a prefix of an earlier one is not a duplicate.
        assert_eq!(
            class(|m| {
                m.add("ab");
                m.add("a");
            }),
            "ab a"
        );
    }

    #[test]
    fn class_sets_split_everything_and_drop_duplicates() {
        let mut b = Buffer::new();
        let mut set = ClassSet::new(&mut b, Escape::Html);
        set.add("a b");
        set.add_item(&["b c", "a"]);
        set.add(&Some("d a"));
        set.add(&None::<&str>);
        assert_eq!(b.as_str(), "a b c d");
    }

    #[test]
    fn single_class_attributes() {
        let mut b = Buffer::new();
        class_attribute(&mut b, " class=", &Some("on"), Escape::DoubleQuoted);
        class_attribute(&mut b, " class=", &None::<&str>, Escape::DoubleQuoted);
        class_attribute(&mut b, " class=", "a b", Escape::DoubleQuoted);
        class_attribute(&mut b, " class=", &["x", "y"], Escape::DoubleQuoted);
        class_attribute(&mut b, " class=", &[None::<&str>], Escape::DoubleQuoted);
        assert_eq!(
            b.as_str(),
            " class=on class class=\"a b\" class=\"x y\" class"
        );
    }

    #[test]
    fn joins() {
        let mut b = Buffer::new();
        let mut class = Join::new(&mut b, ' ', Escape::Html);
        class.add_item(&["x", "y", "x"]);
        class.add_item(&[Some("a"), None, Some("")]);
        class.add_item(&None::<&str>);
        class.add_item("<");
        b.push('|');
        let mut id = Join::new(&mut b, '_', Escape::Html);
        id.add_item("x");
        id.add_item(&[Some("a"), None]);
        id.add_item(&5);
        id.add_item("");
        assert_eq!(b.as_str(), "x y x a  &lt;|x_a_5_");
    }

    #[test]
    fn attribute_values_decide_presence() {
        let syntax = AttributeSyntax {
            open: " title='",
            close: "'",
            bare: " title",
            escape: Escape::Html,
            quote_if_needed: false,
            check: crate::UrlCheck::None,
        };
        let mut b = Buffer::new();
        "<".write_attribute(&mut b, &syntax);
        None::<&str>.write_attribute(&mut b, &syntax);
        false.write_attribute(&mut b, &syntax);
        false.write_boolean_attribute(&mut b, &syntax);
        true.write_boolean_attribute(&mut b, &syntax);
        Some(3).write_boolean_attribute(&mut b, &syntax);
        assert_eq!(b.as_str(), " title='&lt;' title='false' title title='3'");
    }

    #[test]
    fn minified_values_are_quoted_only_when_needed() {
        let syntax = AttributeSyntax {
            open: " title=",
            close: "",
            bare: " title",
            escape: Escape::DoubleQuoted,
            quote_if_needed: true,
            check: crate::UrlCheck::None,
        };
        let mut b = Buffer::new();
        for v in ["a-b/c.d", "a b", "it's", "", "x\"y", "a=b"] {
            v.write_attribute(&mut b, &syntax);
        }
        42.write_attribute(&mut b, &syntax);
        assert_eq!(
            b.as_str(),
            " title=a-b/c.d title=\"a b\" title=\"it's\" title title=\"x&#34;y\" title=\"a=b\" title=42"
        );
    }
}
