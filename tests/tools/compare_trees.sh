#!/usr/bin/env bash
# Do the parser of the working tree and the parser of a commit give the same
# syntax trees and errors? Parses every .haml file under tests/ (and the
# fuzzer's corpus in fuzz/corpus/, when there is one), and 30
# mutations of each, with both, and prints the files where they differ.
#
#   tests/tools/compare_trees.sh [COMMIT]    (default: HEAD)
#
# For changes to the grammar that should change nothing (speed-ups).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
base="${1:-HEAD}"
work="$PWD/target/compare-trees"
rm -rf "$work"
mkdir -p "$work"
# (Absolute paths: both builds read the working tree's files.)
{
  find "$PWD/tests" -name '*.haml' | sort
  if [ -d fuzz/corpus ]; then find "$PWD/fuzz/corpus" -type f | sort; fi
} > "$work/list"
echo "$(wc -l < "$work/list") templates, 30 mutations each"

git worktree add --detach -q "$work/base" "$base"
trap 'git worktree remove --force "$work/base"' EXIT
# The commit may predate the example: use the working tree's.
cp haml-grammar/examples/tree_hashes.rs "$work/base/haml-grammar/examples/"
(cd "$work/base" && CARGO_TARGET_DIR="$work/target" cargo run -q --release -p haml-grammar \
  --example tree_hashes -- "$work/list") > "$work/base.txt"
cargo run -q --release -p haml-grammar --example tree_hashes -- "$work/list" > "$work/now.txt"
if diff "$work/base.txt" "$work/now.txt" > "$work/diff.txt"; then
  echo "same trees and errors as $base"
else
  echo "different from $base on $(grep -c '^>' "$work/diff.txt") templates:"
  grep '^>' "$work/diff.txt" | cut -c20- | sed "s|^$PWD/||" | head -20
  exit 1
fi
