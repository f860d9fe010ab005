#!/usr/bin/env bash
# Rebuild time of a crate with 50 derived templates (each a copy of the
# `feed` page of the benchmark suite, ~40 lines) after one edit, dev
# profile: (a) the static text of one template changed, (b) a comment in
# main.rs changed (what rustc and the macros redo for any edit of the
# crate), (c) nothing changed (cargo's own check). Usage:
# bash benches/build-time/rebuild.sh [RUNS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
work=$(mktemp -d /tmp/haml-rebuild.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/templates"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "fifty"
version = "0.1.0"
edition = "2021"
[dependencies]
haml-runtime = { path = "$repo/haml-runtime" }
[workspace]
TOML
{
  echo 'use haml_runtime::Template;'
  echo 'pub struct Post { pub id: u32, pub title: String, pub author: String, pub body: String, pub likes: u32, pub tags: Vec<String> }'
  for i in $(seq 1 50); do
    cat > "$work/templates/t$i.haml" <<HAML
%section.page-$i
  %h1 Page $i: #{title}
  - for post in posts
    %article.post{id: "post-#{post.id}"}
      %h2
        %a{href: "/post/#{post.id}"}= post.title
      %p.byline
        by
        %a.author{href: "/user/#{post.author}"}= post.author
      %p.body= post.body
      %footer
        %span.likes #{post.likes} likes
        %ul.tags
          - for tag in &post.tags
            %li
              %a{href: "/tag/#{tag}"} ##{tag}
HAML
    echo "#[derive(Template)] #[template(path = \"t$i.haml\")] pub struct T$i<'a> { pub title: &'a str, pub posts: &'a [Post] }"
  done
  echo '// edit'
  echo 'fn main() {'
  echo '    let posts = vec![Post { id: 1, title: "a".into(), author: "b".into(), body: "c".into(), likes: 2, tags: vec!["x".into()] }];'
  for i in $(seq 1 50); do echo "    print!(\"{}\", T$i { title: \"t\", posts: &posts }.render().len());"; done
  echo '}'
} > "$work/src/main.rs"
cd "$work"
cargo build -q
time_build() {
  local start end
  start=$(date +%s.%N)
  cargo build -q
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
for run in $(seq "$runs"); do
  sed -i "s/Page 7:/Page 7 ($run):/" templates/t7.haml
  a=$(time_build)
  sed -i "s|^// edit.*|// edit $run|" src/main.rs
  b=$(time_build)
  c=$(time_build)
  printf 'template edit %.2f s, main.rs edit %.2f s, no edit %.2f s\n' "$a" "$b" "$c"
done
