use haml_runtime::{haml, Template};

// strict_csp: a value in an event handler cannot be allowed by a hash.
#[derive(Template)]
#[template(source = "%button{onclick: \"go(#{id})\"} go", strict_csp = true)]
struct ValueInHandler {
    id: u32,
}

// strict_csp: a value in a `style` attribute neither.
#[derive(Template)]
#[template(source = "%p{style: \"color: #{color}\"} x", strict_csp = true)]
struct ValueInStyle<'a> {
    color: &'a str,
}

// strict_csp: a script with values needs a nonce.
#[derive(Template)]
#[template(source = "%script\n  var user = #{name};", strict_csp = true)]
struct ScriptWithoutNonce<'a> {
    name: &'a str,
}

// The nonce must be a field.
#[derive(Template)]
#[template(source = "%script go();", csp_nonce = "nonce", csp_header = true)]
struct NoNonceField;

// csp_header needs a response: not for `haml!`.
fn inline() -> String {
    haml!(csp_header = true, "%p x").render()
}

fn main() {}
