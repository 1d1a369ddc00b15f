# Sourced by the scripts: puts the project's tools first on PATH, so Trunk
# finds binaryen's wasm-opt from node_modules (not Debian's broken 108) and
# the cargo-installed trunk and wasm-bindgen.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
