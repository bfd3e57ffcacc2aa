#!/bin/bash
# Run every scored set (or those named) in extractive mode, each over its own articles in a fresh
# data directory, two at a time, with its statement ledger scored against its gold:
#   bash eval/run_sets.sh OUT [sets...]      ->  OUT/<set>.json (the eval), .txt, .ledger.json, .stm.json
# Sets: general, seed, dev2 ... devN, heldout. Compare two runs with `python3 eval/compare_runs.py A B`.
# PY (python), GENERAL (the shared general set's folder) and PAR (sets at once) may be set.
set -u
WT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bash eval/run_sets.sh OUT [sets...]}; shift
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
. "$WT/eval/sets.sh"
one() {
  local s=$1
  set_paths "$s"; fresh_run_env
  cd "$WT"
  "$PY" -m bot eval "$Q" --json "$OUT/$s.json" > "$OUT/$s.txt" 2> "$OUT/$s.err"
  if [ -n "$G" ]; then
    "$PY" -m bot statements --json > "$OUT/$s.ledger.json" 2>> "$OUT/$s.err"
    python3 "$GENERAL/score_statements.py" "$OUT/$s.ledger.json" --gold "$G" --articles "$A" --json > "$OUT/$s.stm.json" 2>> "$OUT/$s.err"
  fi
  rm -rf "$D"
}
if [ $# -eq 0 ]; then set -- $(all_sets); fi
for_each_set one "$@"
echo "done: $OUT"
