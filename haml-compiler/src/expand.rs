//! The two macros as functions from tokens to tokens: read the options and
//! the template, compile it, and wrap the code in the trait impls.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{ParseStream, Parser};
use syn::{Data, DeriveInput, Fields, LitStr, Token, Type};

use crate::options::Options;
use crate::source::{SourceFile, TemplatesDir};

/// `#[derive(Template)]`: the input is the item the attribute is on;
/// `frameworks` says which framework traits to implement too.
pub fn derive(input: TokenStream, frameworks: Frameworks) -> TokenStream {
    match derive_inner(input, frameworks) {
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

/// Which framework traits `#[derive(Template)]` implements (the features
/// of `haml-runtime` of the same names).
#[derive(Clone, Copy, Debug, Default)]
pub struct Frameworks {
    /// `axum_core::response::IntoResponse`.
    pub axum: bool,
    /// `actix_web::Responder`.
    pub actix_web: bool,
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
    static_bytes: usize,
    policy: crate::csp::Policy,
    track: TokenStream,
}

/// Reads and compiles the template of `origin`.
fn compile(origin: &Origin, struct_name: &str, options: &Options) -> syn::Result<Expansion> {
    let dir = TemplatesDir::from_env();
    let anchor = origin.span();
    let template = load(origin, struct_name, &dir)?;
    let compiled = crate::pipeline::compile_at(template, options, &dir, anchor)
        .map_err(|f| f.error.into_syn(&f.files, anchor))?;
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

fn derive_inner(input: TokenStream, frameworks: Frameworks) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(input)?;
    let mut options = Options::default();
    let mut origin: Option<Origin> = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("template")) {
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
    let origin = origin.ok_or_else(|| {
        syn::Error::new(
            input.ident.span(),
            "#[derive(Template)] needs #[template(path = \"file.haml\")] or \
             #[template(source = \"...\")]",
        )
    })?;
    let name = &input.ident;
    let Expansion {
        body,
        static_bytes,
        policy,
        track,
    } = compile(&origin, &name.to_string(), &options)?;
    let bindings = field_bindings(&input)?;
    let csp = csp_items(&input, &options, &policy)?;
    let (script_hashes, style_hashes) = (&policy.scripts, &policy.styles);
    let prelude = prelude();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let framework = framework_impls(&input, frameworks);
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics ::haml_runtime::Template for #name #ty_generics #where_clause {
            #[allow(unused_variables, unused_parens, unused_braces, clippy::all)]
            fn render_to(&self, __haml_buffer: &mut ::haml_runtime::Buffer) {
                #track
                #prelude
                #bindings
                #body
            }

            fn size_hint(&self) -> &::haml_runtime::SizeHint {
                static HINT: ::haml_runtime::SizeHint = ::haml_runtime::SizeHint::new(#static_bytes);
                &HINT
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
    })
}

/// `content_security_policy`, for a template with `csp_header = true`.
fn csp_items(
    input: &DeriveInput,
    options: &Options,
    policy: &crate::csp::Policy,
) -> syn::Result<TokenStream> {
    if !options.csp.header {
        return Ok(TokenStream::new());
    }
    let nonce = match &options.csp.nonce {
        Some(code) => {
            let field = format_ident!("{}", code.text);
            let known = match &input.data {
                syn::Data::Struct(s) => s
                    .fields
                    .iter()
                    .any(|f| f.ident.as_ref().is_some_and(|i| *i == field)),
                _ => false,
            };
            if !known {
                return Err(syn::Error::new(
                    input.ident.span(),
                    format!("csp_nonce names `{field}`, which is not a field of this struct"),
                ));
            }
            quote!(::core::option::Option::Some(
                ::std::string::ToString::to_string(&self.#field)
            ))
        }
        None => quote!(::core::option::Option::<::std::string::String>::None),
    };
    let crate::csp::Policy {
        script_attributes,
        style_attributes,
        ..
    } = policy;
    Ok(quote! {
        fn content_security_policy(&self) -> ::core::option::Option<::std::string::String> {
            let nonce = #nonce;
            ::core::option::Option::Some(::haml_runtime::content_security_policy(
                nonce.as_deref(),
                Self::CSP_SCRIPT_HASHES,
                Self::CSP_STYLE_HASHES,
                &[#(#script_attributes),*],
                &[#(#style_attributes),*],
            ))
        }
    })
}

/// The impls of haml-runtime's framework features: `IntoResponse` (axum),
/// `Responder` (actix-web).
fn framework_impls(input: &DeriveInput, frameworks: Frameworks) -> TokenStream {
    let mut impls = TokenStream::new();
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    if frameworks.axum {
        impls.extend(quote! {
        #[automatically_derived]
        impl #impl_generics ::haml_runtime::__private::axum_core::response::IntoResponse
            for #name #ty_generics #where_clause
        {
            fn into_response(self) -> ::haml_runtime::__private::axum_core::response::Response {
                ::haml_runtime::axum::into_response(&self)
            }
        }
        });
    }
    if frameworks.actix_web {
        impls.extend(quote! {
        #[automatically_derived]
        impl #impl_generics ::haml_runtime::__private::actix_web::Responder
            for #name #ty_generics #where_clause
        {
            type Body = ::haml_runtime::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _: &::haml_runtime::__private::actix_web::HttpRequest,
            ) -> ::haml_runtime::__private::actix_web::HttpResponse {
                ::haml_runtime::actix::respond(&self)
            }
        }
        });
    }
    impls
}

/// The struct's fields as local variables of the render function.
///
/// References and primitive numbers are copied (`posts: &[Post]` stays a
/// `&[Post]`, so `- for p in posts` works); other fields are borrowed
/// (`posts: Vec<Post>` becomes `&Vec<Post>`).
fn field_bindings(input: &DeriveInput) -> syn::Result<TokenStream> {
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(Template)] works on structs: the fields are the template's variables",
        ));
    };
    let Fields::Named(fields) = &data.fields else {
        return Ok(TokenStream::new());
    };
    let mut out = TokenStream::new();
    for field in &fields.named {
        let Some(ident) = &field.ident else { continue };
        let mut local = ident.clone();
        local.set_span(Span::call_site());
        if copied(&field.ty) {
            out.extend(quote!(let #local = self.#ident;));
        } else {
            out.extend(quote!(let #local = &self.#ident;));
        }
    }
    Ok(out)
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
    let (options, literal) = (|stream: ParseStream| -> syn::Result<(Options, LitStr)> {
        let mut options = Options::default();
        while stream.peek(syn::Ident) {
            let key: syn::Ident = stream.parse()?;
            options.set(&key, stream)?;
            stream.parse::<Token![,]>()?;
        }
        let literal: LitStr = stream.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "haml! takes the template as a string literal, after any `key = value,` options",
            )
        })?;
        if !stream.is_empty() {
            stream.parse::<Token![,]>()?;
        }
        if !stream.is_empty() {
            return Err(stream.error("unexpected tokens after the template literal"));
        }
        Ok((options, literal))
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
    } = compile(&Origin::Source(literal), "", &options)?;
    let prelude = prelude();
    let buffer = format_ident!("__haml_buffer");
    Ok(quote! {
        ::haml_runtime::Inline::new(#static_bytes, |#buffer: &mut ::haml_runtime::Buffer| {
            #track
            #prelude
            #body
        })
    })
}
