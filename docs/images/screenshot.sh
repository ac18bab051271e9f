#!/usr/bin/env bash
# Renders docs-page.png, the README's picture, from the example catalog's generated docs page with
# Debian's headless Chromium. Run it from the repository root after `./mvnw install -DskipTests`.
set -euo pipefail
page="$PWD/catalog-example/target/posthog/docs/index.html"
[[ -f "$page" ]] || { echo "Missing $page: run ./mvnw install -DskipTests first." >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The flags keep Chromium from reaching for any host: the page itself loads nothing from outside.
chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size=1280,900 \
    --screenshot="$PWD/docs/images/docs-page.png" "file://$page"
