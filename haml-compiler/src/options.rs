//! Template options: `#[template(...)]` keys and the leading `key = value`
//! pairs of `haml!`, with haml's option names and meanings.

use syn::parse::ParseStream;
use syn::{Error, Lit, LitStr, Result, Token};

/// What the generated code writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// Whitespace that cannot change the rendering is left out (default).
    Minified,
    /// Byte for byte what haml 6.1.1 writes.
    Haml,
}

/// haml's `format` option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `html5` (haml's default `html`).
    Html5,
    /// `html4`: like html5 except for `!!!` doctypes.
    Html4,
    /// `xhtml`: `<br />`, `checked='checked'`, CDATA in scripts.
    Xhtml,
}

/// All options of one template.
#[derive(Clone, Debug)]
pub struct Options {
    /// What the generated code writes (`output`).
    pub output: Output,
    /// haml's `format`.
    pub format: Format,
    /// haml's `escape_html`: values in text are escaped.
    pub escape_html: bool,
    /// haml's `escape_attrs`: values in attributes are escaped.
    pub escape_attrs: bool,
    /// haml's `attr_quote`: `'` or `"`.
    pub attr_quote: char,
    /// haml's `autoclose`: the tags that close themselves.
    pub autoclose: Vec<String>,
    /// haml's `remove_whitespace`.
    pub remove_whitespace: bool,
    /// Content-Security-Policy: `csp_nonce`, `strict_csp`, `csp_header`.
    pub csp: Csp,
    /// Debugging: print the syntax tree, the operations and/or the
    /// generated code to stderr while compiling (`print = "code"`).
    pub print: Print,
    /// `fragment = "id"` (given once or more): render only the elements
    /// with these static ids, in this order; each with the span of its
    /// literal.
    pub fragments: Vec<(String, proc_macro2::Span)>,
}

/// The Content-Security-Policy options.
#[derive(Clone, Debug, Default)]
pub struct Csp {
    /// `csp_nonce = "field"`: the field (or, in `haml!`, the variable) that
    /// holds the request's nonce; every `<script>` and `<style>` start tag
    /// gets `nonce="..."` from it.
    pub nonce: Option<haml_grammar::Code>,
    /// `strict_csp = true`: values in event-handler and `style` attributes,
    /// and scripts or styles with values but no nonce, are errors.
    pub strict: bool,
    /// `csp_header = true`: the framework integrations send the
    /// `Content-Security-Policy` header the template's policy gives.
    pub header: bool,
}

/// What `print = "..."` shows while compiling.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Print {
    /// The syntax tree.
    pub ast: bool,
    /// The operations.
    pub ops: bool,
    /// The generated code.
    pub code: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            output: Output::Minified,
            format: Format::Html5,
            escape_html: true,
            escape_attrs: true,
            attr_quote: '\'',
            autoclose: haml_grammar::HAML_AUTOCLOSE
                .iter()
                .map(|s| s.to_string())
                .collect(),
            remove_whitespace: false,
            csp: Csp::default(),
            print: Print::default(),
            fragments: Vec::new(),
        }
    }
}

impl Options {
    /// Applies one `key = value` option; `key` is already read.
    pub fn set(&mut self, key: &syn::Ident, input: ParseStream) -> Result<()> {
        let name = key.to_string();
        match name.as_str() {
            "output" => {
                let v = string(input)?;
                self.output = match v.value().as_str() {
                    "minified" => Output::Minified,
                    "haml" => Output::Haml,
                    other => return Err(bad_value(&v, &name, other, "\"minified\" or \"haml\"")),
                };
            }
            "format" => {
                let v = string(input)?;
                self.format = match v.value().as_str() {
                    "html5" | "html" => Format::Html5,
                    "html4" => Format::Html4,
                    "xhtml" => Format::Xhtml,
                    other => {
                        return Err(bad_value(
                            &v,
                            &name,
                            other,
                            "\"html5\", \"html4\" or \"xhtml\"",
                        ))
                    }
                };
            }
            "print" => {
                let v = string(input)?;
                self.print = match v.value().as_str() {
                    "none" => Print::default(),
                    "ast" => Print {
                        ast: true,
                        ..Print::default()
                    },
                    "ops" => Print {
                        ops: true,
                        ..Print::default()
                    },
                    "code" => Print {
                        code: true,
                        ..Print::default()
                    },
                    "all" => Print {
                        ast: true,
                        ops: true,
                        code: true,
                    },
                    other => {
                        return Err(bad_value(
                            &v,
                            &name,
                            other,
                            "\"none\", \"ast\", \"ops\", \"code\" or \"all\"",
                        ))
                    }
                };
            }
            "csp_nonce" => {
                let v = string(input)?;
                let field = v.value();
                if syn::parse_str::<syn::Ident>(&field).is_err() {
                    return Err(bad_value(
                        &v,
                        &name,
                        &field,
                        "the name of a field or variable",
                    ));
                }
                self.csp.nonce = Some(haml_grammar::Code {
                    text: field,
                    span: haml_grammar::Span::default(),
                });
            }
            "fragment" => {
                let v = string(input)?;
                if v.value().is_empty() || v.value().contains(char::is_whitespace) {
                    return Err(bad_value(&v, &name, &v.value(), "an element's id"));
                }
                self.fragments.push((v.value(), v.span()));
            }
            "strict_csp" => self.csp.strict = boolean(input, &name)?,
            "csp_header" => self.csp.header = boolean(input, &name)?,
            "escape_html" => self.escape_html = boolean(input, &name)?,
            "escape_attrs" => self.escape_attrs = boolean(input, &name)?,
            "remove_whitespace" => self.remove_whitespace = boolean(input, &name)?,
            "attr_quote" => {
                let v = string(input)?;
                self.attr_quote = match v.value().as_str() {
                    "'" => '\'',
                    "\"" => '"',
                    other => return Err(bad_value(&v, &name, other, "\"'\" or \"\\\"\"")),
                };
            }
            "autoclose" => {
                let v = string(input)?;
                let names: Vec<String> = v.value().split_whitespace().map(str::to_string).collect();
                if let Some(bad) = names.iter().find(|n| {
                    !n.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'))
                }) {
                    return Err(bad_value(&v, &name, bad, "space-separated tag names"));
                }
                self.autoclose = names;
            }
            _ => {
                return Err(Error::new(
                    key.span(),
                    format!(
                        "unknown template option `{name}`: the options are path, source, output, \
                         format, escape_html, escape_attrs, attr_quote, autoclose, \
                         remove_whitespace, csp_nonce, strict_csp, csp_header, fragment and print"
                    ),
                ))
            }
        }
        Ok(())
    }
}

impl Options {
    /// The options as the `key = value, ` pairs of `haml!` ([`print`](Options::print)
    /// left out), which [`Options::from_pairs`] reads back: how a template's
    /// options reach the hot reload of the runtime.
    pub fn to_pairs(&self) -> String {
        let string = |s: &str| proc_macro2::Literal::string(s).to_string();
        let mut pairs = vec![
            format!(
                "output = {}",
                string(match self.output {
                    Output::Minified => "minified",
                    Output::Haml => "haml",
                })
            ),
            format!(
                "format = {}",
                string(match self.format {
                    Format::Html5 => "html5",
                    Format::Html4 => "html4",
                    Format::Xhtml => "xhtml",
                })
            ),
            format!("escape_html = {}", self.escape_html),
            format!("escape_attrs = {}", self.escape_attrs),
            format!("attr_quote = {}", string(&self.attr_quote.to_string())),
            format!("autoclose = {}", string(&self.autoclose.join(" "))),
            format!("remove_whitespace = {}", self.remove_whitespace),
            format!("strict_csp = {}", self.csp.strict),
            format!("csp_header = {}", self.csp.header),
        ];
        if let Some(nonce) = &self.csp.nonce {
            pairs.push(format!("csp_nonce = {}", string(&nonce.text)));
        }
        for (id, _) in &self.fragments {
            pairs.push(format!("fragment = {}", string(id)));
        }
        pairs.join(", ")
    }

    /// Reads what [`Options::to_pairs`] wrote: `key = value` pairs separated
    /// by commas, applied to the defaults in order.
    pub fn from_pairs(pairs: &str) -> Result<Options> {
        syn::parse::Parser::parse_str(
            |input: ParseStream| {
                let mut options = Options::default();
                while !input.is_empty() {
                    let key: syn::Ident = input.parse()?;
                    options.set(&key, input)?;
                    if !input.is_empty() {
                        input.parse::<Token![,]>()?;
                    }
                }
                Ok(options)
            },
            pairs,
        )
    }
}

fn string(input: ParseStream) -> Result<LitStr> {
    input.parse::<Token![=]>()?;
    input.parse()
}

fn boolean(input: ParseStream, name: &str) -> Result<bool> {
    input.parse::<Token![=]>()?;
    match input.parse::<Lit>()? {
        Lit::Bool(b) => Ok(b.value),
        Lit::Str(s) if s.value() == "true" => Ok(true),
        Lit::Str(s) if s.value() == "false" => Ok(false),
        other => Err(Error::new(
            other.span(),
            format!("template option `{name}` takes `true` or `false`"),
        )),
    }
}

fn bad_value(lit: &LitStr, name: &str, value: &str, expected: &str) -> Error {
    Error::new(
        lit.span(),
        format!("template option `{name}` can't be {value:?}: it takes {expected}"),
    )
}
