//! The macros of compile-time HAML templates: `#[derive(Template)]` and
//! `haml!`. Use them through `haml_runtime`, which re-exports them.
//!
//! This crate only connects the compiler (`haml-compiler`, an ordinary
//! library) to rustc.
#![forbid(unsafe_code)]

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
    let features = haml_compiler::Features {
        axum: cfg!(feature = "axum"),
        actix_web: cfg!(feature = "actix-web"),
        rocket: cfg!(feature = "rocket"),
        warp: cfg!(feature = "warp"),
        poem: cfg!(feature = "poem"),
        salvo: cfg!(feature = "salvo"),
        http: cfg!(feature = "http"),
        hot_reload: cfg!(feature = "hot-reload"),
    };
    haml_compiler::derive(input.into(), features).into()
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
    haml_compiler::inline(input.into()).into()
}
