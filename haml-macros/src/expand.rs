//! The two macros as functions from tokens to tokens: read the options and
//! the template, then parse, lower and generate code.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{ParseStream, Parser};
use syn::{Data, DeriveInput, Fields, LitStr, Token, Type};

use crate::code::Places;
use crate::error::{Error, Location};
use crate::include::{identifier_stem, SourceFile, TemplatesDir};
use crate::ir::Ops;
use crate::options::{Options, Origin};

/// `#[derive(Template)]`.
pub fn derive(input: TokenStream) -> TokenStream {
    match derive_inner(input) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

/// `haml!(...)`.
pub fn inline(input: TokenStream) -> TokenStream {
    match inline_inner(input) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

/// A template read from its origin.
struct Loaded {
    /// The template itself, as source 0.
    file: SourceFile,
    anchor: Span,
}

fn load(origin: &Origin, struct_name: &str) -> syn::Result<Loaded> {
    match origin {
        Origin::Source(lit) => Ok(Loaded {
            file: SourceFile {
                source: lit.value(),
                name: if struct_name.is_empty() {
                    "haml! template".to_string()
                } else {
                    format!("{struct_name} template")
                },
                stem: if struct_name.is_empty() {
                    "haml".to_string()
                } else {
                    identifier_stem(struct_name)
                },
                path: None,
                included_at: None,
            },
            anchor: lit.span(),
        }),
        Origin::Path(lit) => {
            let path = lit.value();
            let dir = templates_dir();
            let full = dir
                .dir
                .as_ref()
                .map_err(|e| syn::Error::new(lit.span(), e))?
                .join(&path);
            let relative = dir.shown.join(&path);
            let source = std::fs::read_to_string(&full).map_err(|e| {
                syn::Error::new(
                    lit.span(),
                    format!(
                        "cannot read template `{}`: {e} (templates are looked up in the \
                         `templates` directory next to Cargo.toml, or in $HAML_TEMPLATES_DIR)",
                        relative.display(),
                    ),
                )
            })?;
            Ok(Loaded {
                file: SourceFile {
                    source,
                    name: relative.display().to_string(),
                    stem: identifier_stem(&path),
                    path: Some(full),
                    included_at: None,
                },
                anchor: lit.span(),
            })
        }
    }
}

/// Where `path = "..."` templates and partials are: `$HAML_TEMPLATES_DIR`
/// if set, else `templates/` next to the crate's Cargo.toml.
fn templates_dir() -> TemplatesDir {
    if let Some(dir) = std::env::var_os("HAML_TEMPLATES_DIR") {
        let dir = PathBuf::from(dir);
        return TemplatesDir {
            dir: Ok(dir.clone()),
            shown: dir,
        };
    }
    TemplatesDir {
        dir: std::env::var_os("CARGO_MANIFEST_DIR")
            .map(|root| PathBuf::from(root).join("templates"))
            .ok_or_else(|| "CARGO_MANIFEST_DIR is not set: build with cargo".to_string()),
        shown: PathBuf::from("templates"),
    }
}

/// What compiling a template gives.
struct Compiled {
    /// The body of the render function.
    body: TokenStream,
    /// The number of static bytes.
    static_bytes: usize,
    /// Items that make the crate rebuild when a file read changes.
    track: TokenStream,
}

/// Parse, include partials, lower and generate.
fn compile(loaded: Loaded, options: &Options) -> syn::Result<Compiled> {
    let anchor = loaded.anchor;
    let mut files = vec![loaded.file];
    let result = compile_files(&mut files, anchor, options);
    let location = Location {
        files: &files,
        anchor,
    };
    let (body, static_bytes) = result.map_err(|e| e.into_syn(&location))?;
    let track = files
        .iter()
        .filter_map(|f| f.path.as_ref())
        .map(|path| {
            let path = path.display().to_string();
            quote!(
                const _: &[u8] = ::core::include_bytes!(#path);
            )
        })
        .collect();
    Ok(Compiled {
        body,
        static_bytes,
        track,
    })
}

fn compile_files(
    files: &mut Vec<SourceFile>,
    anchor: Span,
    options: &Options,
) -> Result<(TokenStream, usize), Error> {
    let name = files[0].name.clone();
    let document = haml_grammar::parse(&files[0].source).map_err(Error::Parse)?;
    let document = crate::include::expand(document, files, &templates_dir())?;
    if options.print.ast {
        eprintln!("{name}: syntax tree\n{document:#?}");
    }
    let ops = crate::ir::statics_into_branches(crate::lower::lower(&document, options)?);
    if options.print.ops {
        eprintln!("{name}: operations\n{ops:#?}");
    }
    let places = Places {
        stems: files.iter().map(|f| f.stem.clone()).collect(),
        anchor,
    };
    let body = crate::codegen::generate(&ops, &places)?;
    if options.print.code {
        eprintln!("{name}: generated code\n{body}");
    }
    Ok((body, Ops::static_len(&ops)))
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

fn derive_inner(input: TokenStream) -> syn::Result<TokenStream> {
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
    let loaded = load(&origin, &name.to_string())?;
    let Compiled {
        body,
        static_bytes,
        track,
    } = compile(loaded, &options)?;
    let bindings = field_bindings(&input)?;
    let prelude = prelude();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let framework = framework_impls(&input);
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
        }

        #framework

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

/// The impls of haml-runtime's framework features: `IntoResponse` (axum),
/// `Responder` (actix-web).
fn framework_impls(input: &DeriveInput) -> TokenStream {
    #[allow(unused_mut)]
    let mut impls = TokenStream::new();
    #[allow(unused_variables)]
    let name = &input.ident;
    #[allow(unused_variables)]
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    #[cfg(feature = "axum")]
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
    #[cfg(feature = "actix-web")]
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
    let loaded = load(&Origin::Source(literal), "")?;
    let Compiled {
        body,
        static_bytes,
        track,
    } = compile(loaded, &options)?;
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
