#!/usr/bin/env bash
# Scores the tagger on the TempEval-3 training data (TimeBank + AQUAINT) with the official
# Task A scorer in ../shared/bench/tempeval. Development use only: the corpus is read at run
# time and nothing derived from it is written into the project.
#
#   Scripts/tempeval.sh [--errors FILE]
#
# Skips (exit 0, with a message) when ../shared/corpora or ../shared/bench is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
corpus="$shared/corpora/tempeval3-train"
bench="$shared/bench/tempeval"
if [ ! -d "$corpus" ] || [ ! -f "$bench/te3eval.py" ]; then
    echo "tempeval: skipped: $corpus or $bench not found"
    exit 0
fi
errors=""
if [ "${1:-}" = "--errors" ]; then errors="${2:?--errors needs a file}"; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$bench/extract_text.py" "$corpus/TimeBank" "$corpus/AQUAINT" -o "$work/text" >/dev/null
python3 - "$work/text" > "$work/input.jsonl" <<'PY'
import json, os, sys
root = sys.argv[1]
for line in open(os.path.join(root, "manifest.jsonl"), encoding="utf-8"):
    m = json.loads(line)
    text = open(os.path.join(root, m["txt"]), encoding="utf-8", newline="").read()
    doc = {"id": m["doc"], "text": text}
    if len(m.get("dct") or "") >= 10:
        doc["published"] = m["dct"][:10]
    print(json.dumps(doc))
PY
swift build -c release --product alliance-timeline >/dev/null
bin="$(swift build -c release --show-bin-path)/alliance-timeline"
"$bin" tag --jsonl < "$work/input.jsonl" > "$work/out.jsonl"
args=("$corpus" "$work/out.jsonl" --by-type)
if [ -n "$errors" ]; then args+=(--errors "$errors"); fi
python3 "$bench/te3eval.py" "${args[@]}"
