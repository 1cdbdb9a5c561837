#!/usr/bin/env bash
# Renders the TempEval-3 training articles (TimeBank + AQUAINT, ../shared/corpora) as one
# timeline, each article with its document creation time as its publication date, so that
# merging across articles can be looked at on real news (many AQUAINT articles report the same
# story). Development use only: the corpus is read at run time and nothing derived from it is
# written into the project.
#
#   Scripts/tempeval-timeline.sh OUT.json [BINARY]
#
# Compare two binaries' OUT.json files to see which events merge differently. Skips (exit 0,
# with a message) when ../shared/corpora or ../shared/bench is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: Scripts/tempeval-timeline.sh OUT.json [BINARY]}"
shared="${SHARED:-../shared}"
corpus="$shared/corpora/tempeval3-train"
bench="$shared/bench/tempeval"
if [ ! -d "$corpus" ] || [ ! -f "$bench/extract_text.py" ]; then
    echo "tempeval-timeline: skipped: $corpus or $bench not found"
    exit 0
fi
bin="${2:-}"
if [ -z "$bin" ]; then
    swift build -c release --product alliance-timeline >/dev/null
    bin="$(swift build -c release --show-bin-path)/alliance-timeline"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$bench/extract_text.py" "$corpus/TimeBank" "$corpus/AQUAINT" -o "$work/text" >/dev/null
mkdir "$work/articles"
python3 - "$work/text" "$work/articles" <<'PY'
import json, os, sys
root, dest = sys.argv[1], sys.argv[2]
for line in open(os.path.join(root, "manifest.jsonl"), encoding="utf-8"):
    m = json.loads(line)
    text = open(os.path.join(root, m["txt"]), encoding="utf-8", newline="").read()
    dct = (m.get("dct") or "")[:10]
    head = "---\ntitle: %s\n" % json.dumps(m["doc"]) + ("published: %s\n" % dct if len(dct) == 10 else "") + "---\n\n"
    open(os.path.join(dest, m["doc"].replace("/", "_") + ".md"), "w", encoding="utf-8").write(head + text)
PY
"$bin" render "$work/articles" --format json > "$out" 2>/dev/null || true
python3 - "$out" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))["events"]
print("%d events, %d with more than one report" % (len(events), sum(len(e["evidence"]) > 1 for e in events)))
PY
