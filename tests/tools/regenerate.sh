#!/usr/bin/env bash
# Regenerate the reference outputs of the conformance corpus:
#   tests/corpus/NAME.html          (renderable cases)
#   tests/corpus-errors/NAME.error.txt (malformed templates)
#
# Needs Ruby and Debian's ruby-haml 6.1.1 (`apt-get install ruby-haml`);
# the outputs are committed so that `cargo test` needs no Ruby.
# Extra arguments (e.g. --force, to accept a case that flips between
# "renders" and "errors") are passed on to reference.rb.
set -euo pipefail

cd "$(dirname "$0")/../.."   # the repository root

ruby tests/tools/reference.rb corpus tests/corpus "$@"
ruby tests/tools/reference.rb corpus tests/corpus-errors "$@"
