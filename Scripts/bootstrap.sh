#!/usr/bin/env bash
# Installs what the build needs and is not there yet: pkg-config and libcmark (Debian
# libcmark-dev). Safe to run again; does nothing when everything is present.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "bootstrap: the Swift 6 toolchain is required (https://swift.org/install)" >&2
    exit 1
fi

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libcmark 2>/dev/null; then missing+=(libcmark-dev); fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bootstrap: installing ${missing[*]}" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        echo "bootstrap: installing ${missing[*]} with sudo" >&2
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "bootstrap: please install ${missing[*]} (Debian/Ubuntu: apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi
pkg-config --exists libcmark || { echo "bootstrap: libcmark still not found by pkg-config" >&2; exit 1; }
