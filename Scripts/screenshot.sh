#!/usr/bin/env bash
# Renders a built site's index.html and one article page to PNG with headless Chromium, so
# anyone can look at the result. Screenshots are not committed (*.png is ignored).
#
#   Scripts/screenshot.sh [SITE_DIR] [OUT_DIR]     (defaults: _site, _site-screenshots)
#
# Installs Debian's chromium with apt-get when it is missing and this runs as root.
set -euo pipefail
site="${1:-_site}"
out="${2:-_site-screenshots}"
if [ ! -f "$site/index.html" ]; then
    echo "screenshot: no $site/index.html: build the site first (make site)" >&2
    exit 2
fi
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "screenshot: installing chromium" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        browser="$(command -v chromium)"
    else
        echo "screenshot: chromium is required (apt-get install chromium)" >&2
        exit 2
    fi
fi
mkdir -p "$out"
shoot() {
    local page="$1" png="$2" size="$3"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
        --screenshot="$png" "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" >/dev/null 2>&1
    echo "$png"
}
shoot "$site/index.html" "$out/index.png" 1200,2400
shoot "$site/index.html" "$out/index-phone.png" 390,1600
article="$(ls "$site"/articles/*.html 2>/dev/null | head -n 1 || true)"
if [ -n "$article" ]; then shoot "$article" "$out/article.png" 1200,2400; fi
