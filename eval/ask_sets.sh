#!/bin/bash
# Ask each set's question file of a tuning aid over that set's own articles (extractive, a fresh data
# directory each, no language model), two sets at a time:
#   bash eval/ask_sets.sh QUESTIONS_DIR OUT [sets...]
# QUESTIONS_DIR holds <set>.jsonl (general, seed, dev2 ...); OUT gets <set>.json/.txt/.err.
# Used by eval/paraphrase/run.sh and eval/contrast/run.sh. PY and GENERAL may be set.
set -u
WT=$(cd "$(dirname "$0")/.." && pwd)
QDIR=$(cd "$1" && pwd); OUT=$2; shift 2
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
SETS=${*:-$(for f in "$QDIR"/*.jsonl; do basename "$f" .jsonl; done)}
PY=${PY:-$WT/.venv/bin/python}
GENERAL=${GENERAL:-$WT/../shared/eval/general}
one() {
  s=$1
  case $s in
    general) A=$GENERAL/articles;;
    seed) A=$WT/seeds;;
    *) A=$WT/eval/$s/articles;;
  esac
  D=$(mktemp -d)
  (cd "$WT" && PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive env -u OPENAI_API_KEY -u OPENAI_BASE_URL \
     "$PY" -m bot eval "$QDIR/$s.jsonl" --json "$OUT/$s.json" > "$OUT/$s.txt" 2> "$OUT/$s.err")
  rm -rf "$D"
}
for s in $SETS; do
  one "$s" &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 1; done
done
wait
echo "done: $OUT"
