//! `format_args!("/user/{}", name)` is lowered as the interpolated string
//! `"/user/#{name}"` would be: its literal pieces become static text (escaped
//! at compile time), its arguments holes of their own. The value then takes
//! the path of an interpolated string everywhere it stands (text, any
//! attribute, a URL, a script), and costs what the interpolation costs,
//! instead of a trip through `core::fmt` and an escaping writer.
//!
//! Each argument is written as `format_args!` would write it, by `Display`:
//! the hole's value is `__haml::DisplayArg(&(arg))`, which renders strings,
//! integers, `bool` and `char` the fast way (their `Display` and their
//! `Render` write the same text) and any other value through its `Display`
//! (a float's `Display` differs from its `Render`, which is `ryu`'s).
//!
//! Only what means the same once split is lowered: `{}`, `{0}`, `{name}`
//! placeholders without a format spec, each explicit argument used once and
//! in order (so each is evaluated once, in order), and captured variables
//! (plain identifiers) any number of times. Anything else (`{:.2}`, `{:>8}`,
//! `{0} {0}`, a `format!` or a `write!`) stays one value.

use haml_grammar::{Code, Segment};

/// The pieces of `code` when it is a `format_args!` that can be lowered as
/// an interpolated string, or `None`.
pub(super) fn as_interpolation(code: &Code) -> Option<Vec<Segment>> {
    let text = code.text.trim();
    // Skip the parse for anything else.
    if !text.starts_with("format_args") {
        return None;
    }
    let mac = match syn::parse_str::<syn::Expr>(text).ok()? {
        syn::Expr::Macro(m) => m.mac,
        _ => return None,
    };
    if !mac.path.is_ident("format_args") {
        return None;
    }
    let args = mac
        .parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .ok()?;
    let mut args = args.into_iter();
    let format = match args.next()? {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => s.value(),
        _ => return None,
    };
    // Positional arguments, then `name = value` ones, as Rust text.
    let text = |e: &syn::Expr| quote::ToTokens::to_token_stream(e).to_string();
    let mut positional = Vec::new();
    let mut named = Vec::new();
    for arg in args {
        match arg {
            syn::Expr::Assign(a) if named_target(&a.left).is_some() => {
                named.push((named_target(&a.left)?, text(&a.right)));
            }
            _ if named.is_empty() => positional.push(text(&arg)),
            _ => return None,
        }
    }
    let explicit = positional.len() + named.len();
    // The explicit arguments in the order the placeholders use them.
    let mut used = Vec::new();
    let mut next_positional = 0;
    let mut segments = Vec::new();
    let mut literal = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => return None,
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        c => inside.push(c),
                    }
                }
                // (Spaces are not trimmed: rustc judges `{ 0 }` itself.)
                let inside = inside.as_str();
                let expr = if inside.is_empty() {
                    next_positional += 1;
                    used.push(next_positional - 1);
                    positional.get(next_positional - 1)?.clone()
                } else if let Ok(index) = inside.parse::<usize>() {
                    used.push(index);
                    positional.get(index)?.clone()
                } else if let Some(at) = named.iter().position(|(name, _)| name == inside) {
                    used.push(positional.len() + at);
                    named[at].1.clone()
                } else if syn::parse_str::<syn::Ident>(inside).is_ok() {
                    // A captured variable: evaluating it twice is harmless.
                    inside.to_string()
                } else {
                    // A format spec (`{:.2}`, `{x:?}`) or anything else.
                    return None;
                };
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Interpolation(Code {
                    text: format!("__haml::DisplayArg(&({expr}))"),
                    span: code.span,
                }));
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        segments.push(Segment::Literal(literal));
    }
    // Each explicit argument once, in order.
    if used != (0..explicit).collect::<Vec<_>>() {
        return None;
    }
    Some(segments)
}

/// `name` of a `name = value` argument.
fn named_target(left: &syn::Expr) -> Option<String> {
    match left {
        syn::Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Option<Vec<String>> {
        let code = Code {
            text: text.into(),
            span: Default::default(),
        };
        as_interpolation(&code).map(|segments| {
            segments
                .into_iter()
                .map(|s| match s {
                    Segment::Literal(l) => format!("'{l}'"),
                    Segment::Interpolation(c) => c.text,
                })
                .collect()
        })
    }

    #[test]
    fn plain_placeholders_become_holes() {
        assert_eq!(
            pieces(r#"format_args!("/user/{}", item.author)"#).unwrap(),
            ["'/user/'", "__haml::DisplayArg(&(item . author))"]
        );
        assert_eq!(
            pieces(r#"format_args!("{} wrote {n}, {{x}}", a, n = b.len())"#).unwrap(),
            [
                "__haml::DisplayArg(&(a))",
                "' wrote '",
                "__haml::DisplayArg(&(b . len ()))",
                "', {x}'"
            ]
        );
        // Captured variables, any number of times.
        assert_eq!(
            pieces(r#"format_args!("{x}-{x}")"#).unwrap(),
            [
                "__haml::DisplayArg(&(x))",
                "'-'",
                "__haml::DisplayArg(&(x))"
            ]
        );
        assert_eq!(pieces(r#"format_args!("{0}/{1}", a, b)"#).unwrap().len(), 3);
        assert_eq!(pieces(r#"format_args!("static")"#).unwrap(), ["'static'"]);
    }

    #[test]
    fn what_would_mean_something_else_stays_one_value() {
        for text in [
            r#"format_args!("{:.2}", x)"#,
            r#"format_args!("{x:?}")"#,
            r#"format_args!("{0} {0}", next())"#,
            r#"format_args!("{1} {0}", a, b)"#,
            r#"format_args!("{}", a, b)"#,
            r#"format_args!("{} {}", a)"#,
            r#"format_args!("{", a)"#,
            r#"format_args!("{ }", a)"#,
            r#"format_args!("}", a)"#,
            r#"format_args!(FORMAT, a)"#,
            r#"format!("{}", a)"#,
            r#"format_args_nl!("{}", a)"#,
            r#"format_args!("{}", a).to_string()"#,
            "item.title",
        ] {
            assert_eq!(pieces(text), None, "{text}");
        }
    }
}
