use haml_runtime::haml;

fn main() {
    let count = 3;
    let _ = haml!(r#"
%p
  = count + "x"
"#);
}
