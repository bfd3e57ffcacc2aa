#!/bin/bash
# Ask each set's question file of a tuning aid over that set's own articles (extractive, a fresh data
# directory each, no language model), two at a time:
#   bash eval/ask_sets.sh QUESTIONS_DIR OUT [sets...]
# QUESTIONS_DIR holds <set>.jsonl (general, seed, dev2 ...); OUT gets <set>.json/.txt/.err.
# Used by eval/paraphrase/run.sh and eval/contrast/run.sh. PY, GENERAL and PAR may be set.
set -u
WT=$(cd "$(dirname "$0")/.." && pwd)
QDIR=$(cd "$1" && pwd); OUT=$2; shift 2
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
. "$WT/eval/sets.sh"
one() {
  local s=$1
  set_paths "$s"; fresh_run_env
  (cd "$WT" && "$PY" -m bot eval "$QDIR/$s.jsonl" --json "$OUT/$s.json" > "$OUT/$s.txt" 2> "$OUT/$s.err")
  rm -rf "$D"
}
if [ $# -eq 0 ]; then set -- $(for f in "$QDIR"/*.jsonl; do basename "$f" .jsonl; done); fi
for_each_set one "$@"
echo "done: $OUT"
