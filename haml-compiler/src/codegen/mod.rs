//! Code generation: operations to the tokens of the render function's body.
//!
//! Static text becomes `push_str` of one literal; each hole becomes a call
//! through `haml_runtime::__private`, wrapped in a `macro_rules!` named after
//! its template line (see [`rust`]); blocks become Rust blocks.

mod rust;

pub use rust::Places;

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{format_ident, quote};

use std::str::FromStr;

use haml_grammar::{Code, Segment};
use haml_html::attributes::needs_quotes;
use haml_html::escape::escape_html;

use crate::error::Error;
use crate::tree::{Escape, Head, MergeKind, Op, Source, UrlCheck};
use rust::{place_macro, Condition};

/// The statements that render `ops` into `__haml_buffer`.
pub fn generate(ops: &[Op], places: &Places) -> Result<TokenStream, Error> {
    generate_with(ops, places, None)
}

/// [`generate`], with static text read from slots instead of literals: the
/// `n`th [`Op::Static`] writes `__haml_statics.get(n)` (a
/// `haml_runtime::__private::hot_reload::Statics`), which holds the text of
/// the template as compiled or as edited since (see `crate::reload`).
pub fn generate_slotted(ops: &[Op], places: &Places) -> Result<TokenStream, Error> {
    generate_with(ops, places, Some(0))
}

fn generate_with(ops: &[Op], places: &Places, slots: Option<usize>) -> Result<TokenStream, Error> {
    let mut generator = Generator {
        places,
        frames: vec![Frame {
            head: TokenStream::new(),
            body: Vec::new(),
        }],
        value: None,
        slots,
    };
    for op in ops {
        generator.op(op)?;
    }
    let root = generator.frames.pop().map(|f| f.body).unwrap_or_default();
    // Moved, not copied: large templates make many statements.
    let body: TokenStream = root.into_iter().collect();
    // One lint attribute for every place macro and marker type (attributes
    // on block expressions are unstable; on a `let` they are not).
    let mut statement = quote! {
        #[allow(unused_macros, non_camel_case_types, dead_code, unused_mut, unused_assignments)]
        let () =
    };
    statement.extend([
        TokenTree::Group(Group::new(Delimiter::Brace, body)),
        TokenTree::Punct(proc_macro2::Punct::new(';', proc_macro2::Spacing::Alone)),
    ]);
    Ok(statement)
}

struct Frame {
    /// `if cond`, `for p in e`, ... (empty for the function body).
    head: TokenStream,
    /// The statements of the body.
    body: Vec<TokenStream>,
}

struct Generator<'a> {
    places: &'a Places,
    frames: Vec<Frame>,
    /// Inside an attribute value written at run time (`ValueStart` to
    /// `ValueEnd`): what is known about its quoting so far.
    value: Option<ValueScan>,
    /// Static text is read from slots: the number of the next one.
    slots: Option<usize>,
}

/// An attribute value being written, for its run-time quote check: its
/// static text before the first value needs no quotes (`safe_prefix`), so
/// the check starts at that value (`__haml_scan`, once `scan` is set).
struct ValueScan {
    depth: usize,
    /// Where `let __haml_value` stands in the body of its frame.
    start: usize,
    safe_prefix: bool,
    scan: bool,
    /// `__haml_plain` was declared: every hole so far said whether its
    /// value can need quotes (see `haml_runtime::Render::never_needs_quotes`).
    plain: bool,
    /// Some static text of the value needs quotes (text the value does not
    /// always write, in a branch, or `optimise` would have quoted it): the
    /// run-time check looks at the whole value whatever the holes say.
    static_needs_quotes: bool,
}

fn buffer() -> Ident {
    format_ident!("__haml_buffer")
}

impl Generator<'_> {
    fn body(&mut self) -> &mut Vec<TokenStream> {
        &mut self
            .frames
            .last_mut()
            .expect("the root frame is never popped")
            .body
    }

    fn op(&mut self, op: &Op) -> Result<(), Error> {
        let buffer = buffer();
        match op {
            Op::Static(text) => {
                if let Some(v) = &mut self.value {
                    let needs = needs_quotes(text);
                    v.safe_prefix &= v.scan || !needs;
                    v.static_needs_quotes |= needs;
                }
                let statement = match &mut self.slots {
                    Some(slot) => {
                        let n = *slot;
                        *slot += 1;
                        quote!(#buffer.push_str(__haml_statics.get(#n));)
                    }
                    None => quote!(#buffer.push_str(#text);),
                };
                self.body().push(statement)
            }
            Op::Hole { code, escape } => {
                let depth = self.frames.len();
                if let Some(v) = &mut self.value {
                    if !v.scan && v.safe_prefix && v.depth == depth {
                        v.scan = true;
                        self.body().push(quote!(let __haml_scan = #buffer.len();));
                    }
                }
                let escape = escape_tokens(*escape);
                let expr = self.places.expr(code)?;
                let place = self.places.ident(code);
                if let Some(v) = &mut self.value {
                    // In an attribute value written unquoted: the hole also
                    // says whether what it wrote can need quotes.
                    if !v.plain {
                        v.plain = true;
                        let at = v.start;
                        self.frames[v.depth - 1]
                            .body
                            .insert(at, quote!(let mut __haml_plain = true;));
                    }
                    let call = quote!(match &(#expr) {
                        __haml_hole => {
                            (&&&&__haml::Hole(__haml_hole))
                                .haml_render::<#place>(#buffer, #escape);
                            (&&&&__haml::Hole(__haml_hole)).haml_never_needs_quotes()
                        }
                    });
                    let definition = place_macro(&place, call);
                    self.body().push(quote!({
                        struct #place;
                        #definition
                        __haml_plain &= #place!();
                    }));
                    return Ok(());
                }
                let call = quote!(
                    (&&&&__haml::Hole(&(#expr)))
                        .haml_render::<#place>(#buffer, #escape)
                );
                self.hole(place, call);
            }
            Op::ClassAttribute { code, open, escape } => {
                let escape = escape_tokens(*escape);
                let expr = self.places.expr(code)?;
                let place = self.places.ident(code);
                let definition = place_macro(
                    &place,
                    quote!(__haml::class_attribute(#buffer, #open, &(#expr), #escape)),
                );
                self.body().push(quote!({ #definition #place!(); }));
            }
            Op::ConditionalClasses {
                name,
                classes,
                conditions,
            } => self.conditional_classes(name, classes, conditions)?,
            Op::ValueStart(_) => {
                self.body().push(quote!(let __haml_value = #buffer.len();));
                self.value = Some(ValueScan {
                    depth: self.frames.len(),
                    start: self.body().len(),
                    safe_prefix: true,
                    scan: false,
                    plain: false,
                    static_needs_quotes: false,
                });
            }
            Op::ValueEnd { check, quote } => {
                let value = self.value.take();
                let scan = value.as_ref().is_some_and(|v| v.scan);
                let plain = value
                    .as_ref()
                    .is_some_and(|v| v.plain && !v.static_needs_quotes);
                if *check != UrlCheck::None {
                    let check = check_tokens(*check);
                    self.body()
                        .push(quote!(__haml::check_url_value(#buffer, __haml_value, #check);));
                }
                // (A URL check may have replaced the value: then all of
                // it is looked at.)
                if *quote && scan && *check == UrlCheck::None {
                    // Values that never need quotes (numbers) are not
                    // looked at; an empty value still leaves the bare name.
                    let check =
                        quote!(__haml::quote_if_needed_from(#buffer, __haml_value, __haml_scan););
                    self.body().push(if plain {
                        quote!(if __haml_plain {
                            __haml::bare_if_empty(#buffer, __haml_value);
                        } else {
                            #check
                        })
                    } else {
                        check
                    });
                } else if *quote {
                    self.body()
                        .push(quote!(__haml::quote_if_needed(#buffer, __haml_value);));
                }
            }
            Op::Attribute {
                code,
                open,
                close,
                bare,
                boolean,
                escape,
                quote_if_needed,
                check,
                kind: _,
            } => {
                let escape = escape_tokens(*escape);
                let check = check_tokens(*check);
                let method = if *boolean {
                    quote!(haml_boolean_attribute)
                } else {
                    quote!(haml_attribute)
                };
                let expr = self.places.expr(code)?;
                let place = self.places.ident(code);
                let call = quote!(
                    (&&&__haml::Attr(&(#expr))).#method::<#place>(
                        #buffer,
                        &__haml::AttributeSyntax {
                            open: #open,
                            close: #close,
                            bare: #bare,
                            escape: #escape,
                            quote_if_needed: #quote_if_needed,
                            check: #check,
                        },
                    )
                );
                self.hole(place, call);
            }
            Op::Merge {
                kind,
                sources,
                escape,
            } => self.merge(*kind, sources, *escape)?,
            Op::Statement { code, is_let } => {
                let place = self.places.ident(code);
                if *is_let {
                    let (pattern, init, diverge) = self.places.let_statement(code)?;
                    match init {
                        Some(expr) => {
                            let definition = place_macro(&place, expr);
                            self.body().push(definition);
                            self.body().push(quote!(let #pattern = #place!() #diverge;));
                        }
                        None => self.body().push(quote!(let #pattern;)),
                    }
                } else {
                    let statement = self.places.statement(code)?;
                    let definition = place_macro(&place, quote!(#statement));
                    self.body().push(definition);
                    self.body().push(quote!(#place!();));
                }
            }
            Op::Open(head) => self.open(head)?,
            Op::Close => {
                let frame = self.frames.pop().expect("Close matches an Open");
                let mut statement = frame.head;
                let body: TokenStream = frame.body.into_iter().collect();
                statement.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
                self.body().push(statement);
            }
        }
        Ok(())
    }

    /// A hole: `call` uses the type `place` as its marker.
    fn hole(&mut self, place: Ident, call: TokenStream) {
        let definition = place_macro(&place, call);
        self.body().push(quote!({
            struct #place;
            #definition
            #place!();
        }));
    }

    /// Defines the place macro of a block head at statement `at` (before
    /// the statement the block belongs to) and returns the macro call.
    fn head_macro(&mut self, code: &Code, expr: TokenStream, at: usize) -> TokenStream {
        let place = self.places.ident(code);
        let definition = place_macro(&place, expr);
        self.body().insert(at, definition);
        quote!(#place!())
    }

    fn condition(&mut self, code: &Code, at: usize) -> Result<TokenStream, Error> {
        Ok(match self.places.condition(code)? {
            Condition::Expr(e) => self.head_macro(code, e, at),
            Condition::Let { pattern, expr } => {
                let call = self.head_macro(code, expr, at);
                quote!(let #pattern = #call)
            }
            Condition::Verbatim(tokens) => tokens,
        })
    }

    fn open(&mut self, head: &Head) -> Result<(), Error> {
        // `else if` / `else` continue the `if` statement that just closed:
        // it is the last statement of the body, and the place macros of its
        // conditions go before it.
        let continues = matches!(head, Head::ElseIf(_) | Head::Else);
        let is_loop = matches!(head, Head::For { .. } | Head::While(_) | Head::Loop);
        let len = self.body().len();
        let at = if continues {
            len.saturating_sub(1)
        } else {
            len
        };
        let tokens = match head {
            Head::If(code) => {
                let c = self.condition(code, at)?;
                quote!(if #c)
            }
            Head::ElseIf(code) => {
                let c = self.condition(code, at)?;
                quote!(else if #c)
            }
            Head::Else => quote!(else),
            Head::While(code) => {
                let c = self.condition(code, at)?;
                quote!(while #c)
            }
            Head::Loop => quote!(loop),
            Head::For { pattern, iterable } => {
                let p = self.places.pattern(pattern)?;
                let e = self.places.expr(iterable)?;
                let call = self.head_macro(iterable, e, at);
                quote!(for #p in #call)
            }
            Head::Match(code) => {
                let e = self.places.expr(code)?;
                let call = self.head_macro(code, e, at);
                quote!(match #call)
            }
            Head::Arm(code) => {
                let p = self.places.arm(code)?;
                quote!(#p =>)
            }
        };
        let head = if continues {
            let mut previous = self.body().pop().unwrap_or_default();
            previous.extend(tokens);
            previous
        } else {
            tokens
        };
        // Each iteration of a loop starts with a flush point, where a
        // streaming buffer hands a full chunk to its writer (never inside
        // an attribute value, whose writers look back at what they wrote).
        let body = if is_loop && self.value.is_none() {
            let buffer = buffer();
            vec![quote!(#buffer.flush_point();)]
        } else {
            Vec::new()
        };
        self.frames.push(Frame { head, body });
        Ok(())
    }

    /// ` class=a`, ` class="a b"` or ` class`: the conditions first, then
    /// the quote decided by the number of classes, then the classes.
    fn conditional_classes(
        &mut self,
        name: &str,
        classes: &[String],
        conditions: &[(Code, Option<String>, Option<String>)],
    ) -> Result<(), Error> {
        let buffer = buffer();
        let mut tests = Vec::new();
        let mut writes = Vec::new();
        let mut counts = Vec::new();
        let always = classes.len();
        let bare = format!(" {name}");
        let open = format!(" {name}=");
        let quoted = format!(" {name}=\"");
        let first = if classes.is_empty() {
            quote!(let mut __haml_first = true;)
        } else {
            let joined = classes.join(" ");
            quote!(let mut __haml_first = false; #buffer.push_str(#joined);)
        };
        for (i, (code, yes, no)) in conditions.iter().enumerate() {
            let var = format_ident!("__haml_class_{i}");
            let expr = self.places.expr(code)?;
            let place = self.places.ident(code);
            let definition = place_macro(&place, quote!(#expr));
            tests.push(quote!(#definition let #var: bool = #place!();));
            let write = |class: &Option<String>| match class {
                Some(c) => quote!({
                    if !__haml_first { #buffer.push(' '); }
                    __haml_first = false;
                    #buffer.push_str(#c);
                }),
                None => quote!({}),
            };
            let (w_yes, w_no) = (write(yes), write(no));
            writes.push(quote!(if #var #w_yes else #w_no));
            let (c_yes, c_no) = (yes.is_some() as usize, no.is_some() as usize);
            counts.push(quote!((if #var { #c_yes } else { #c_no })));
        }
        self.body().push(quote!({
            #(#tests)*
            let __haml_count: usize = #always #(+ #counts)*;
            match __haml_count {
                0 => #buffer.push_str(#bare),
                1 => #buffer.push_str(#open),
                _ => #buffer.push_str(#quoted),
            }
            #first
            #(#writes)*
            if __haml_count > 1 { #buffer.push('"'); }
        }));
        Ok(())
    }

    fn merge(&mut self, kind: MergeKind, sources: &[Source], escape: Escape) -> Result<(), Error> {
        let buffer = buffer();
        let escape = escape_tokens(escape);
        let mut calls = Vec::new();
        for source in sources {
            self.merge_source(kind, source, false, &mut calls)?;
        }
        let writer = match kind {
            MergeKind::Classes => quote!(ClassMerge::new(#buffer, #escape)),
            MergeKind::SortedClasses => quote!(ClassSet::new(#buffer, #escape)),
            MergeKind::SingleClass => quote!(Join::new(#buffer, ' ', #escape)),
            MergeKind::Ids => quote!(Join::new(#buffer, '_', #escape)),
        };
        self.body().push(quote!({
            let mut __haml_merge = __haml::#writer;
            #(#calls)*
        }));
        Ok(())
    }

    fn merge_source(
        &mut self,
        kind: MergeKind,
        source: &Source,
        in_array: bool,
        calls: &mut Vec<TokenStream>,
    ) -> Result<(), Error> {
        // Strings of several class sources are split on whitespace; array
        // items never are.
        let method = if matches!(kind, MergeKind::Classes | MergeKind::SortedClasses) && !in_array {
            quote!(add)
        } else {
            quote!(add_item)
        };
        match source {
            Source::Nil => {}
            Source::Static(s) if kind == MergeKind::SortedClasses && !in_array => {
                let escaped = escape_html(s);
                calls.push(quote!(__haml_merge.add_static(#escaped);))
            }
            Source::Static(s) => calls.push(quote!(__haml_merge.#method(#s);)),
            Source::Array(items) => {
                for item in items {
                    self.merge_source(kind, item, true, calls)?;
                }
            }
            Source::Code(code) => {
                let expr = self.places.expr(code)?;
                let place = self.places.ident(code);
                let definition = place_macro(&place, quote!(__haml_merge.#method(&(#expr))));
                calls.push(quote!({ #definition #place!(); }));
            }
            Source::Format(segments) => {
                let mut format = String::new();
                let mut args = Vec::new();
                for s in segments {
                    match s {
                        Segment::Literal(t) => {
                            format.push_str(&t.replace('{', "{{").replace('}', "}}"))
                        }
                        Segment::Interpolation(code) => {
                            format.push_str("{}");
                            let expr = self.places.expr(code)?;
                            args.push(quote!((#expr)));
                        }
                    }
                }
                calls.push(quote!(__haml_merge.#method(&::std::format!(#format, #(#args),*));));
            }
        }
        Ok(())
    }
}

/// The runtime's `Escape` for an escaping mode: its `Debug` form is the
/// variant as Rust writes it (`JsString { attribute: true }`), one
/// definition for both sides of the macro boundary.
fn escape_tokens(escape: Escape) -> TokenStream {
    variant_tokens("Escape", format!("{escape:?}"))
}

/// The runtime's `UrlCheck`.
fn check_tokens(check: UrlCheck) -> TokenStream {
    variant_tokens("UrlCheck", format!("{check:?}"))
}

/// `__haml::Type::Variant` from a variant's `Debug` form.
fn variant_tokens(ty: &str, variant: String) -> TokenStream {
    TokenStream::from_str(&format!("__haml::{ty}::{variant}"))
        .expect("the Debug form of an escaping mode is a Rust expression")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every escaping mode and check is a path of the runtime's.
    /// A value whose holes say they never need quotes skips the run-time
    /// check, unless static text of it needs quotes (in a branch).
    #[test]
    fn values_of_plain_holes_skip_the_quote_check_unless_their_text_needs_it() {
        let places = Places {
            stems: vec!["t".into()],
            anchor: proc_macro2::Span::call_site(),
        };
        let code = |text: &str| haml_grammar::Code {
            text: text.into(),
            span: Default::default(),
        };
        let value = |middle: Vec<Op>| {
            let mut ops = vec![Op::Static("<a id=".into()), Op::ValueStart(None)];
            ops.push(Op::Hole {
                code: code("n"),
                escape: Escape::DoubleQuoted,
            });
            ops.extend(middle);
            ops.push(Op::ValueEnd {
                check: UrlCheck::None,
                quote: true,
            });
            generate(&ops, &places).expect("generates").to_string()
        };
        let plain = value(Vec::new());
        assert!(plain.contains("if __haml_plain"), "{plain}");
        assert!(plain.contains("bare_if_empty"), "{plain}");
        let branch = value(vec![
            Op::Open(Head::If(code("c"))),
            Op::Static("a b".into()),
            Op::Close,
        ]);
        assert!(!branch.contains("if __haml_plain"), "{branch}");
        assert!(branch.contains("quote_if_needed_from"), "{branch}");
    }

    #[test]
    fn modes_are_written_as_the_runtime_spells_them() {
        assert_eq!(
            escape_tokens(Escape::JsString { attribute: true }).to_string(),
            "__haml :: Escape :: JsString { attribute : true }"
        );
        assert_eq!(
            check_tokens(UrlCheck::Srcset).to_string(),
            "__haml :: UrlCheck :: Srcset"
        );
        for escape in [
            Escape::None,
            Escape::Html,
            Escape::Text,
            Escape::DoubleQuoted,
            Escape::JsValue { attribute: false },
            Escape::CssString { attribute: true },
            Escape::CssValue { attribute: false },
            Escape::CssUrl { attribute: true },
            Escape::Url,
            Escape::UrlComponent,
            Escape::Srcdoc,
        ] {
            let tokens = escape_tokens(escape);
            syn::parse2::<syn::Expr>(tokens).expect("an expression");
        }
    }
}
