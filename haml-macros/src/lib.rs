//! The macros of compile-time HAML templates: `#[derive(Template)]` and
//! `haml!`. Use them through `haml_runtime`, which re-exports them.
//!
//! The work happens in plain functions over `proc_macro2` tokens
//! (`expand.rs`); this file only connects them to the compiler.

// benches/benches/expand.rs compiles these modules too: keep its list in
// step.
mod attributes;
mod code;
mod codegen;
mod context;
mod error;
mod expand;
mod filters;
mod include;
mod ir;
mod lower;
mod minify;
mod options;

/// Implements `haml_runtime::Template` for a struct from a HAML template.
///
/// ```ignore
/// #[derive(Template)]
/// #[template(path = "users/show.haml")] // <crate>/templates/users/show.haml
/// struct Show<'a> { user: &'a User }
/// ```
///
/// Options: `path` or `source`, `output = "minified" | "haml"`, and haml's
/// `format`, `escape_html`, `escape_attrs`, `attr_quote`, `autoclose`,
/// `remove_whitespace`. The struct's fields are variables of the template.
#[proc_macro_derive(Template, attributes(template))]
pub fn derive_template(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}

/// A template written inline; it sees the caller's variables.
///
/// ```ignore
/// let name = "Ada";
/// let page = haml!(r#"%p.hello Hello, #{name}!"#);
/// let html: String = page.render();
/// ```
///
/// Options may come first: `haml!(output = "haml", "...")`.
#[proc_macro]
pub fn haml(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::inline(input.into()).into()
}
