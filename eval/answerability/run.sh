#!/bin/bash
# Dump the answerability features of every tuning set (two at a time) into OUT (default /tmp/answerability).
#   bash eval/answerability/run.sh [OUT] [sets...]
WT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-/tmp/answerability}; shift
. "$WT/eval/sets.sh"
mkdir -p "$OUT"
one() {
  local s=$1
  set_paths "$s"; fresh_run_env
  (cd "$WT" && "$PY" eval/answerability/dump.py "$Q" "$s" "$OUT/$s.jsonl" 2>"$OUT/$s.err")
  rm -rf "$D"
}
if [ $# -eq 0 ]; then set -- general seed dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12; fi
for_each_set one "$@"
echo "dumped into $OUT"
