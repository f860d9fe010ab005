#!/usr/bin/env bash
# Clean-build time of a hello-world crate on each engine: one derived
# template with one hole, dev profile (and release with --release), every
# dependency compiled, each engine in its own target directory, one after
# the other. Usage: bash benches/build-time/measure.sh [--release] [RUNS]
# Prints one line per engine and run: engine, seconds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
profile=()
if [[ "${1:-}" == --release ]]; then profile=(--release); shift; fi
runs=${1:-1}
work=$(mktemp -d /tmp/haml-build-time.XXXXXX)
trap 'rm -rf "$work"' EXIT

make_crate() { # name, dependency line, main.rs, [template file name, template]
  mkdir -p "$work/$1/src" "$work/$1/templates"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "hello-$1"
version = "0.1.0"
edition = "2021"
[dependencies]
$2
[workspace]
TOML
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
  if [[ $# -ge 5 ]]; then printf '%s\n' "$5" > "$work/$1/templates/$4"; fi
}

make_crate haml-rs "haml-runtime = { path = \"$repo/haml-runtime\" }" '
use haml_runtime::Template;
#[derive(Template)]
#[template(path = "hello.haml")]
struct Hello<'"'"'a> { name: &'"'"'a str }
fn main() { println!("{}", Hello { name: "world" }.render()); }' \
  hello.haml '%p Hello, #{name}!'

make_crate askama 'askama = "0.16"' '
use askama::Template;
#[derive(Template)]
#[template(path = "hello.html")]
struct Hello<'"'"'a> { name: &'"'"'a str }
fn main() { println!("{}", Hello { name: "world" }.render().unwrap()); }' \
  hello.html '<p>Hello, {{ name }}!</p>'

make_crate sailfish 'sailfish = "0.11"' '
use sailfish::TemplateSimple;
#[derive(TemplateSimple)]
#[template(path = "hello.stpl")]
struct Hello<'"'"'a> { name: &'"'"'a str }
fn main() { println!("{}", Hello { name: "world" }.render_once().unwrap()); }' \
  hello.stpl '<p>Hello, <%= name %>!</p>'

make_crate maud 'maud = "0.27"' '
fn main() { let name = "world"; println!("{}", maud::html! { p { "Hello, " (name) "!" } }.into_string()); }'

for engine in haml-rs askama sailfish maud; do
  (cd "$work/$engine" && cargo generate-lockfile -q && cargo fetch -q)
done
for run in $(seq "$runs"); do
  for engine in haml-rs askama sailfish maud; do
    rm -rf "$work/$engine/target"
    start=$(date +%s.%N)
    (cd "$work/$engine" && cargo build -q "${profile[@]}")
    end=$(date +%s.%N)
    printf '%s %.1f\n' "$engine" "$(echo "$end - $start" | bc)"
  done
done
