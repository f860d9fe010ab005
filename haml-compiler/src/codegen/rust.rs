//! Rust code from the template: checked with `syn`, turned into tokens that
//! resolve like the caller's code but point at the template's literal, and
//! wrapped in a `macro_rules!` named after the template line, so that rustc's
//! errors about them name the line (`note: this error originates in the
//! macro `show_haml__line_12_col_5``).

use std::str::FromStr;

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};

use haml_grammar::Code;

use crate::error::Error;

/// What is known about the template while generating code for it.
pub struct Places {
    /// A name in identifiers for each source (`users_show_haml`), by the
    /// source number of spans.
    pub stems: Vec<String>,
    /// Where the generated tokens point (the literal of the template).
    pub anchor: Span,
}

impl Places {
    /// The name of the place of `code`: `stem__line_L_col_C`.
    pub fn ident(&self, code: &Code) -> Ident {
        format_ident!(
            "{}__line_{}_col_{}",
            self.stems
                .get(code.span.file as usize)
                .or(self.stems.first())
                .map_or("template", String::as_str),
            code.span.line,
            code.span.column,
            span = self.anchor
        )
    }

    /// The span generated tokens get: the caller's hygiene, the literal's
    /// location.
    pub fn span(&self) -> Span {
        Span::call_site().located_at(self.anchor)
    }

    /// Lex `text` and give every token the template's span.
    pub fn tokens(&self, text: &str, code: &Code) -> Result<TokenStream, Error> {
        let tokens = TokenStream::from_str(text)
            .map_err(|e| Error::template(format!("this Rust code does not lex: {e}"), code.span))?;
        Ok(respan(tokens, self.span()))
    }

    /// An expression, checked.
    pub fn expr(&self, code: &Code) -> Result<TokenStream, Error> {
        let tokens = self.tokens(&code.text, code)?;
        // Most holes are a name or a field (`user.name`): valid as they
        // are, no parse needed.
        if !is_plain_path(&code.text) {
            check::<syn::Expr>(tokens.clone(), code, "an expression")?;
        }
        Ok(tokens)
    }

    /// A `match` arm pattern with its guard, checked.
    pub fn arm(&self, code: &Code) -> Result<TokenStream, Error> {
        let tokens = self.tokens(&code.text, code)?;
        let arm = quote!(#tokens => {});
        check::<syn::Arm>(arm, code, "a match arm pattern")?;
        Ok(tokens)
    }

    /// A `for` pattern, checked.
    pub fn pattern(&self, code: &Code) -> Result<TokenStream, Error> {
        let tokens = self.tokens(&code.text, code)?;
        syn::parse::Parser::parse2(syn::Pat::parse_multi_with_leading_vert, tokens.clone())
            .map_err(|e| syntax_error(e, code, "a pattern"))?;
        Ok(tokens)
    }
}

/// `name` or `name.field.0.other`, with no keyword but `self`: an
/// expression as it is.
fn is_plain_path(text: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "static", "struct", "super", "trait", "true", "try", "type",
        "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    let mut segments = text.split('.');
    let Some(first) = segments.next() else {
        return false;
    };
    let ident = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && s != "_"
            && !KEYWORDS.contains(&s)
    };
    ident(first)
        && segments.all(|s| ident(s) || (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())))
}

fn check<T: syn::parse::Parse>(tokens: TokenStream, code: &Code, what: &str) -> Result<T, Error> {
    syn::parse2::<T>(tokens).map_err(|e| syntax_error(e, code, what))
}

fn syntax_error(e: syn::Error, code: &Code, what: &str) -> Error {
    Error::template(
        format!(
            "Rust syntax error in `{}`: {e} (expected {what})",
            code.text
        ),
        code.span,
    )
}

/// Give every token (and group delimiter) `span`.
pub(super) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            match &mut tt {
                TokenTree::Group(g) => {
                    let mut new = Group::new(g.delimiter(), respan(g.stream(), span));
                    new.set_span(span);
                    *g = new;
                }
                other => other.set_span(span),
            }
            tt
        })
        .collect()
}

/// A condition of `if` / `while`: either an expression, or `let P = E`
/// (returned as the pattern and the expression).
pub enum Condition {
    Expr(TokenStream),
    Let {
        pattern: TokenStream,
        expr: TokenStream,
    },
    /// Let chains and other forms, kept as written.
    Verbatim(TokenStream),
}

impl Places {
    /// A condition of `if` / `while`, checked.
    pub fn condition(&self, code: &Code) -> Result<Condition, Error> {
        let tokens = self.tokens(&code.text, code)?;
        let probe = quote!(if #tokens {});
        let parsed: syn::ExprIf = check(probe, code, "a condition")?;
        Ok(match *parsed.cond {
            syn::Expr::Let(l) => Condition::Let {
                pattern: respan(quote::ToTokens::to_token_stream(&l.pat), self.span()),
                expr: respan(quote::ToTokens::to_token_stream(&l.expr), self.span()),
            },
            e if contains_let(&e) => Condition::Verbatim(tokens),
            _ => Condition::Expr(tokens),
        })
    }

    /// A `let` statement (the text after `let`): its parts before and after
    /// the initializer, which is returned separately.
    pub fn let_statement(
        &self,
        code: &Code,
    ) -> Result<(TokenStream, Option<TokenStream>, TokenStream), Error> {
        let text = code.text.trim_end_matches(';');
        let tokens = self.tokens(text, code)?;
        let stmt: syn::Stmt = check(quote!(let #tokens;), code, "a `let` statement")?;
        let syn::Stmt::Local(local) = stmt else {
            return Err(Error::template("expected a `let` statement", code.span));
        };
        let pattern = respan(quote::ToTokens::to_token_stream(&local.pat), self.span());
        match local.init {
            None => Ok((pattern, None, TokenStream::new())),
            Some(init) => {
                let expr = respan(quote::ToTokens::to_token_stream(&init.expr), self.span());
                let diverge = match init.diverge {
                    Some((_, block)) => {
                        let block = respan(quote::ToTokens::to_token_stream(&block), self.span());
                        quote!(else #block)
                    }
                    None => TokenStream::new(),
                };
                Ok((pattern, Some(expr), diverge))
            }
        }
    }

    /// Any other statement, checked.
    pub fn statement(&self, code: &Code) -> Result<TokenStream, Error> {
        let text = code.text.trim_end_matches(';');
        let tokens = self.tokens(text, code)?;
        check::<syn::Stmt>(quote!(#tokens;), code, "a statement")?;
        Ok(tokens)
    }
}

fn contains_let(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) => contains_let(&b.left) || contains_let(&b.right),
        syn::Expr::Paren(p) => contains_let(&p.expr),
        _ => false,
    }
}

/// `macro_rules! place { () => { body } }` (`codegen::generate` allows
/// the lints of unused place macros and marker types once for all).
pub(super) fn place_macro(place: &Ident, body: TokenStream) -> TokenStream {
    quote! {
        macro_rules! #place { () => { #body } }
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_path;

    #[test]
    fn plain_paths_need_no_parse() {
        for plain in [
            "x",
            "user.name",
            "self.items",
            "t.0.1",
            "_private",
            "a_b.c_d",
        ] {
            assert!(is_plain_path(plain), "{plain}");
        }
        for other in [
            "", "_", "match", "x.match", "1x", "x.", ".x", "x..y", "a + b", "f()", "x.1e5",
            "r#type", "Self", "x.await", "héllo",
        ] {
            assert!(!is_plain_path(other), "{other}");
        }
    }
}
