//! The two macros as functions from tokens to tokens: read the options and
//! the template, compile it, and wrap the code in the trait impls.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Data, DeriveInput, Fields, LitStr, Token, Type};

use crate::options::Options;
use crate::source::{SourceFile, TemplatesDir};

/// `#[derive(Template)]`: the input is the item the attribute is on;
/// `features` says which framework traits to implement too, and whether
/// debug builds reload templates.
pub fn derive(input: TokenStream, features: Features) -> TokenStream {
    match derive_inner(input, features) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

/// `haml!(...)`: the input is what stands between the parentheses.
pub fn inline(input: TokenStream) -> TokenStream {
    match inline_inner(input) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

/// The features of `haml-runtime` that change what `#[derive(Template)]`
/// writes: which framework traits it implements, and hot reload.
#[derive(Clone, Copy, Debug, Default)]
pub struct Features {
    /// `axum_core::response::IntoResponse`.
    pub axum: bool,
    /// `actix_web::Responder`.
    pub actix_web: bool,
    /// `rocket::response::Responder`.
    pub rocket: bool,
    /// `warp::Reply` (for templates that are `Send`).
    pub warp: bool,
    /// `poem::IntoResponse` (for templates that are `Send`).
    pub poem: bool,
    /// `salvo_core::Scribe`.
    pub salvo: bool,
    /// `From<T> for http::Response<String>`.
    pub http: bool,
    /// `hot-reload`: in debug builds, a template read from a file renders
    /// its static text as the file holds it now (see [`crate::reload`]).
    pub hot_reload: bool,
}

/// Where the template text comes from.
enum Origin {
    /// `path = "..."`, relative to `<crate>/templates/`.
    Path(LitStr),
    /// `source = "..."` or the literal of `haml!`.
    Source(LitStr),
}

/// The template named by `origin`, read now; `struct_name` is empty for
/// `haml!`.
fn load(origin: &Origin, struct_name: &str, dir: &TemplatesDir) -> syn::Result<SourceFile> {
    match origin {
        Origin::Source(lit) => Ok(if struct_name.is_empty() {
            SourceFile::inline(lit.value(), "haml! template", "haml")
        } else {
            SourceFile::inline(lit.value(), format!("{struct_name} template"), struct_name)
        }),
        Origin::Path(lit) => {
            SourceFile::read(dir, &lit.value()).map_err(|e| syn::Error::new(lit.span(), e))
        }
    }
}

impl Origin {
    /// The literal errors are reported at.
    fn span(&self) -> Span {
        match self {
            Origin::Path(lit) | Origin::Source(lit) => lit.span(),
        }
    }
}

/// What the macros need of a compiled template: its body, its size, and
/// items that make the crate rebuild when a file read changes.
struct Expansion {
    body: TokenStream,
    /// With hot reload, the body of debug builds (see [`crate::reload`]).
    debug_body: Option<TokenStream>,
    static_bytes: usize,
    policy: crate::csp::Policy,
    track: TokenStream,
}

/// Reads and compiles the template of `origin`; with `hot_reload`, a
/// template read from a file also gets the body of debug builds.
fn compile(
    origin: &Origin,
    struct_name: &str,
    options: &Options,
    hot_reload: bool,
) -> syn::Result<Expansion> {
    let dir = TemplatesDir::from_env();
    let anchor = origin.span();
    let template = load(origin, struct_name, &dir)?;
    let compiled = crate::pipeline::compile_at(template, options, &dir, anchor)
        .map_err(|f| f.error.into_syn(&f.files, anchor))?;
    let debug_body = match origin {
        Origin::Path(path) if hot_reload => Some(
            crate::reload::debug_body(&compiled, &path.value(), &dir, options, anchor)
                .map_err(|e| e.into_syn(&compiled.files, anchor))?,
        ),
        _ => None,
    };
    let track = compiled
        .files
        .iter()
        .filter_map(|f| f.path.as_ref())
        .map(|path| {
            let path = path.display().to_string();
            quote!(
                const _: &[u8] = ::core::include_bytes!(#path);
            )
        })
        .collect();
    Ok(Expansion {
        body: compiled.body,
        debug_body,
        static_bytes: compiled.static_bytes,
        policy: compiled.policy,
        track,
    })
}

fn prelude() -> TokenStream {
    quote! {
        // Short paths for the generated code.
        #[allow(unused_imports)]
        use ::haml_runtime::__private as __haml;
        #[allow(unused_imports)]
        use ::haml_runtime::__private::{
            AttrViaDisplay as _, AttrViaNothing as _, AttrViaValue as _, HoleViaDisplay as _,
            HoleViaNothing as _, HoleViaRender as _, HoleViaTemplate as _,
        };
    }
}

/// One template of a derived type: the struct's, or one enum variant's.
struct Unit {
    /// `Self { a: __haml_field_a, .. }` or `Self::Variant { .. }`.
    pattern: TokenStream,
    /// The fields as the template's variables (see [`field_bindings`]).
    bindings: TokenStream,
    /// The field names, for `csp_nonce`.
    fields: Vec<syn::Ident>,
    options: Options,
    expansion: Expansion,
}

/// Reads the `#[template(...)]` attributes in `attrs` into `options`
/// and returns the origin they give, if any.
fn template_attributes(
    attrs: &[syn::Attribute],
    options: &mut Options,
) -> syn::Result<Option<Origin>> {
    let mut origin: Option<Origin> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("template")) {
        attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .cloned()
                .ok_or_else(|| meta.error("expected an option name"))?;
            let set_origin = |origin: &mut Option<Origin>, new: Origin| {
                if origin.is_some() {
                    return Err(meta.error("give one of `path` and `source`, once"));
                }
                *origin = Some(new);
                Ok(())
            };
            match key.to_string().as_str() {
                "path" => set_origin(&mut origin, Origin::Path(meta.value()?.parse()?)),
                "source" => set_origin(&mut origin, Origin::Source(meta.value()?.parse()?)),
                _ => options.set(&key, meta.input),
            }
        })?;
    }
    Ok(origin)
}

/// The template of a struct, or of an enum variant (`variant` is its name).
fn unit(
    type_name: &syn::Ident,
    variant: Option<&syn::Ident>,
    attrs: &[syn::Attribute],
    fields: &Fields,
    mut options: Options,
    hot_reload: bool,
) -> syn::Result<Unit> {
    let origin = template_attributes(attrs, &mut options)?;
    let (path, name, span) = match variant {
        Some(v) => (quote!(Self::#v), format!("{type_name}::{v}"), v.span()),
        None => (quote!(Self), type_name.to_string(), type_name.span()),
    };
    let origin = origin.ok_or_else(|| {
        let what = if variant.is_some() {
            "each variant of an enum"
        } else {
            "#[derive(Template)]"
        };
        syn::Error::new(
            span,
            format!(
                "{what} needs #[template(path = \"file.haml\")] or \
                 #[template(source = \"...\")]"
            ),
        )
    })?;
    let expansion = compile(&origin, &name, &options, hot_reload)?;
    let (pattern, bindings, names) = field_bindings(fields);
    Ok(Unit {
        pattern: quote!(#path #pattern),
        bindings,
        fields: names,
        options,
        expansion,
    })
}

fn derive_inner(input: TokenStream, features: Features) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(input)?;
    let name = &input.ident;
    let mut options = Options::default();
    let units = match &input.data {
        Data::Struct(data) => vec![unit(
            name,
            None,
            &input.attrs,
            &data.fields,
            options,
            features.hot_reload,
        )?],
        Data::Enum(data) => {
            if template_attributes(&input.attrs, &mut options)?.is_some() {
                return Err(syn::Error::new(
                    name.span(),
                    "on an enum, give `path` or `source` on each variant; \
                     #[template(...)] on the enum gives options for all of them",
                ));
            }
            if data.variants.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    "#[derive(Template)] needs at least one variant: it renders the one a value is",
                ));
            }
            data.variants
                .iter()
                .map(|v| {
                    unit(
                        name,
                        Some(&v.ident),
                        &v.attrs,
                        &v.fields,
                        options.clone(),
                        features.hot_reload,
                    )
                })
                .collect::<syn::Result<Vec<_>>>()?
        }
        Data::Union(_) => {
            return Err(syn::Error::new(
                name.span(),
                "#[derive(Template)] works on structs and enums: the fields are the \
                 template's variables",
            ))
        }
    };
    let prelude = prelude();
    let mut render_arms = TokenStream::new();
    let mut hint_arms = TokenStream::new();
    let (mut script_hashes, mut style_hashes) = (Vec::<&String>::new(), Vec::<&String>::new());
    for unit in &units {
        let Unit {
            pattern,
            bindings,
            expansion,
            ..
        } = unit;
        let Expansion {
            body,
            debug_body,
            static_bytes,
            policy,
            track,
        } = expansion;
        // With hot reload, debug builds read the static text from slots
        // that follow the file; release builds are as without it.
        let body = match debug_body {
            Some(debug_body) => quote! {
                #[cfg(debug_assertions)]
                let () = { #debug_body };
                #[cfg(not(debug_assertions))]
                let () = { #body };
            },
            None => body.clone(),
        };
        render_arms.extend(quote! {
            #pattern => {
                #track
                #prelude
                #bindings
                #body
            }
        });
        hint_arms.extend(quote! {
            #pattern => {
                static HINT: ::haml_runtime::SizeHint = ::haml_runtime::SizeHint::new(#static_bytes);
                &HINT
            }
        });
        for h in &policy.scripts {
            if !script_hashes.contains(&h) {
                script_hashes.push(h);
            }
        }
        for h in &policy.styles {
            if !style_hashes.contains(&h) {
                style_hashes.push(h);
            }
        }
    }
    let csp = csp_items(name, &units)?;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let framework = framework_impls(&input, features);
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics ::haml_runtime::Template for #name #ty_generics #where_clause {
            #[allow(unused_variables, unused_parens, unused_braces, clippy::all)]
            fn render_to(&self, __haml_buffer: &mut ::haml_runtime::Buffer) {
                match self {
                    #render_arms
                }
            }

            #[allow(unused_variables)]
            fn size_hint(&self) -> &::haml_runtime::SizeHint {
                match self {
                    #hint_arms
                }
            }

            #csp
        }

        #framework

        #[automatically_derived]
        impl #impl_generics #name #ty_generics #where_clause {
            /// The Content-Security-Policy hash sources (`'sha256-...'`) of
            /// the template's static inline scripts, computed at compile time.
            #[allow(dead_code)]
            pub const CSP_SCRIPT_HASHES: &'static [&'static str] = &[#(#script_hashes),*];
            /// The hash sources of its static inline styles.
            #[allow(dead_code)]
            pub const CSP_STYLE_HASHES: &'static [&'static str] = &[#(#style_hashes),*];
        }

        /// In a hole, the template renders in place (inside JavaScript,
        /// CSS or a URL, its HTML is escaped as a value).
        #[automatically_derived]
        impl #impl_generics ::haml_runtime::Render for #name #ty_generics #where_clause {
            #[inline]
            fn write_html(&self, buffer: &mut ::haml_runtime::Buffer, escape: ::haml_runtime::Escape) {
                ::haml_runtime::__private::render_template(self, buffer, escape);
            }
        }

        /// The rendered template: `format!("{page}")`, `page.to_string()`.
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #name #ty_generics #where_clause {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::haml_runtime::Template::render_into(self, f)
            }
        }
    })
}

/// `content_security_policy`, for a type whose templates have
/// `csp_header = true` (all of them, or none).
fn csp_items(name: &syn::Ident, units: &[Unit]) -> syn::Result<TokenStream> {
    let with_header = units.iter().filter(|u| u.options.csp.header).count();
    if with_header == 0 {
        return Ok(TokenStream::new());
    }
    if with_header != units.len() {
        return Err(syn::Error::new(
            name.span(),
            "csp_header = true must be given for every variant or for none \
             (put it on the enum's #[template(...)])",
        ));
    }
    let mut arms = TokenStream::new();
    for unit in units {
        let nonce = match &unit.options.csp.nonce {
            Some(code) => {
                let field = format_ident!("{}", code.text);
                if !unit.fields.contains(&field) {
                    return Err(syn::Error::new(
                        name.span(),
                        format!("csp_nonce names `{field}`, which is not a field of this struct"),
                    ));
                }
                quote!(::core::option::Option::Some(
                    ::std::string::ToString::to_string(&#field)
                ))
            }
            None => quote!(::core::option::Option::<::std::string::String>::None),
        };
        let crate::csp::Policy {
            scripts,
            styles,
            script_attributes,
            style_attributes,
            ..
        } = &unit.expansion.policy;
        let (pattern, bindings) = (&unit.pattern, &unit.bindings);
        arms.extend(quote! {
            #pattern => {
                #bindings
                let nonce = #nonce;
                ::core::option::Option::Some(::haml_runtime::content_security_policy(
                    nonce.as_deref(),
                    &[#(#scripts),*],
                    &[#(#styles),*],
                    &[#(#script_attributes),*],
                    &[#(#style_attributes),*],
                ))
            }
        });
    }
    Ok(quote! {
        #[allow(unused_variables)]
        fn content_security_policy(&self) -> ::core::option::Option<::std::string::String> {
            match self {
                #arms
            }
        }
    })
}

/// The impls of haml-runtime's framework features: `IntoResponse` (axum,
/// poem), `Responder` (actix-web, rocket), `Reply` (warp), `Scribe`
/// (salvo), `From` (http). Each forwards to the function of the runtime
/// module of its feature.
fn framework_impls(input: &DeriveInput, frameworks: Features) -> TokenStream {
    let mut impls = TokenStream::new();
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let p = quote!(::haml_runtime::__private);
    // warp's `Reply` and poem's `IntoResponse` require `Send`: the impl
    // applies when the template is (a bound under `for<'a>` is not
    // checked where the impl is written, so a template that is not `Send`
    // compiles and is simply no reply).
    let send = quote!(for<'__haml_send> #name #ty_generics: ::core::marker::Send);
    let send_where = match where_clause {
        Some(clause) => {
            let predicates = clause.predicates.iter();
            quote!(where #(#predicates,)* #send)
        }
        None => quote!(where #send),
    };
    if frameworks.axum {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #p::axum_core::response::IntoResponse for #name #ty_generics #where_clause {
                fn into_response(self) -> #p::axum_core::response::Response {
                    ::haml_runtime::axum::into_response(&self)
                }
            }
        });
    }
    if frameworks.actix_web {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #p::actix_web::Responder for #name #ty_generics #where_clause {
                type Body = #p::actix_web::body::BoxBody;

                fn respond_to(
                    self,
                    _: &#p::actix_web::HttpRequest,
                ) -> #p::actix_web::HttpResponse {
                    ::haml_runtime::actix::respond(&self)
                }
            }
        });
    }
    if frameworks.rocket {
        // rocket's `Responder<'r, 'o>`: the response owns its body.
        // (syn's `clone-impls` feature is off: the generics are read again.)
        let mut generics: syn::Generics = match syn::parse2(quote!(#impl_generics)) {
            Ok(generics) => generics,
            Err(e) => return e.to_compile_error(),
        };
        generics.params.insert(0, syn::parse_quote!('__haml_r));
        let (rocket_generics, _, _) = generics.split_for_impl();
        impls.extend(quote! {
            #[automatically_derived]
            impl #rocket_generics #p::rocket::response::Responder<'__haml_r, 'static>
                for #name #ty_generics #where_clause
            {
                fn respond_to(
                    self,
                    _: &'__haml_r #p::rocket::request::Request<'_>,
                ) -> #p::rocket::response::Result<'static> {
                    ::haml_runtime::rocket::respond(&self)
                }
            }
        });
    }
    if frameworks.warp {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #p::warp::reply::Reply for #name #ty_generics #send_where {
                fn into_response(self) -> #p::warp::reply::Response {
                    ::haml_runtime::warp::reply(&self)
                }
            }
        });
    }
    if frameworks.poem {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #p::poem::IntoResponse for #name #ty_generics #send_where {
                fn into_response(self) -> #p::poem::Response {
                    ::haml_runtime::poem::response(&self)
                }
            }
        });
    }
    if frameworks.salvo {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #p::salvo_core::Scribe for #name #ty_generics #where_clause {
                fn render(self, response: &mut #p::salvo_core::Response) {
                    ::haml_runtime::salvo::render(&self, response)
                }
            }
        });
    }
    if frameworks.http {
        impls.extend(quote! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#name #ty_generics>
                for #p::http::Response<::std::string::String> #where_clause
            {
                fn from(template: #name #ty_generics) -> Self {
                    ::haml_runtime::http::response(&template)
                }
            }
        });
    }
    impls
}

/// The fields of a struct or variant as local variables of the render
/// function: the pattern that binds them, the statements that make them
/// the template's variables, and their names.
///
/// References and primitive numbers are copied (`posts: &[Post]` stays a
/// `&[Post]`, so `- for p in posts` works); other fields are borrowed
/// (`posts: Vec<Post>` becomes `&Vec<Post>`). Tuple fields have no names
/// and are not variables.
fn field_bindings(fields: &Fields) -> (TokenStream, TokenStream, Vec<syn::Ident>) {
    let Fields::Named(fields) = fields else {
        return (quote!({ .. }), TokenStream::new(), Vec::new());
    };
    let mut pattern = TokenStream::new();
    let mut bindings = TokenStream::new();
    let mut names = Vec::new();
    for field in &fields.named {
        let Some(ident) = &field.ident else { continue };
        let bound = format_ident!("__haml_field_{}", ident.unraw());
        pattern.extend(quote!(#ident: #bound,));
        let mut local = ident.clone();
        local.set_span(Span::call_site());
        if copied(&field.ty) {
            bindings.extend(quote!(let #local = *#bound;));
        } else {
            bindings.extend(quote!(let #local = #bound;));
        }
        names.push(ident.clone());
    }
    (quote!({ #pattern .. }), bindings, names)
}

fn copied(ty: &Type) -> bool {
    match ty {
        Type::Reference(r) => r.mutability.is_none(),
        Type::Path(p) if p.qself.is_none() => p.path.get_ident().is_some_and(|i| {
            matches!(
                i.to_string().as_str(),
                "i8" | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
                    | "f32"
                    | "f64"
                    | "bool"
                    | "char"
            )
        }),
        Type::Group(g) => copied(&g.elem),
        Type::Paren(p) => copied(&p.elem),
        _ => false,
    }
}

fn inline_inner(input: TokenStream) -> syn::Result<TokenStream> {
    let (moves, options, literal) =
        (|stream: ParseStream| -> syn::Result<(bool, Options, LitStr)> {
            let moves = stream.parse::<Option<Token![move]>>()?.is_some();
            let mut options = Options::default();
            while stream.peek(syn::Ident) {
                let key: syn::Ident = stream.parse()?;
                options.set(&key, stream)?;
                stream.parse::<Token![,]>()?;
            }
            // `move` may also stand after the options, before the literal.
            let moves = moves || stream.parse::<Option<Token![move]>>()?.is_some();
            let literal: LitStr = stream.parse().map_err(|e| {
                syn::Error::new(
                e.span(),
                "haml! takes the template as a string literal, after an optional `move` and any \
                 `key = value,` options",
            )
            })?;
            if !stream.is_empty() {
                stream.parse::<Token![,]>()?;
            }
            if !stream.is_empty() {
                return Err(stream.error("unexpected tokens after the template literal"));
            }
            Ok((moves, options, literal))
        })
        .parse2(input)?;
    if options.csp.header {
        return Err(syn::Error::new(
            Span::call_site(),
            "csp_header is for #[derive(Template)]: a `haml!` value has no response of its own \
             (csp_nonce and strict_csp work here)",
        ));
    }
    let Expansion {
        body,
        static_bytes,
        track,
        ..
    } = compile(&Origin::Source(literal), "", &options, false)?;
    let prelude = prelude();
    let buffer = format_ident!("__haml_buffer");
    let capture = moves.then(|| quote!(move));
    Ok(quote! {
        ::haml_runtime::Inline::new(#static_bytes, #capture |#buffer: &mut ::haml_runtime::Buffer| {
            #track
            #prelude
            #body
        })
    })
}
