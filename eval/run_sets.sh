#!/bin/bash
# Run every scored set (or those named) in extractive mode, each over its own articles in a fresh
# data directory, two at a time, with its statement ledger scored against its gold:
#   bash eval/run_sets.sh OUT [sets...]      ->  OUT/<set>.json (the eval), .txt, .ledger.json, .stm.json
# Sets: general, seed, dev2 ... dev19, heldout. Compare two runs with `python3 eval/compare_runs.py A B`.
# PY (python), GENERAL (the shared general set's folder) and PAR (sets at once) may be set.
set -u
WT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bash eval/run_sets.sh OUT [sets...]}; shift
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
PY=${PY:-$WT/.venv/bin/python}
GENERAL=${GENERAL:-$WT/../shared/eval/general}
SETS=${*:-general seed $(ls -d "$WT"/eval/dev[0-9]* | xargs -n1 basename | sort -V) heldout}
one() {
  s=$1
  case $s in
    general) A=$GENERAL/articles; Q=$GENERAL/questions.jsonl; G=$GENERAL/statements.jsonl;;
    seed) A=$WT/seeds; Q=$WT/eval/dev_questions.jsonl; G=;;
    *) A=$WT/eval/$s/articles; Q=$WT/eval/$s/questions.jsonl; G=$WT/eval/$s/statements.jsonl;;
  esac
  D=$(mktemp -d)
  export PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive
  (cd "$WT" && env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$PY" -m bot eval "$Q" --json "$OUT/$s.json" > "$OUT/$s.txt" 2> "$OUT/$s.err")
  if [ -n "$G" ]; then
    (cd "$WT" && env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$PY" -m bot statements --json > "$OUT/$s.ledger.json" 2>> "$OUT/$s.err")
    python3 "$GENERAL/score_statements.py" "$OUT/$s.ledger.json" --gold "$G" --articles "$A" --json > "$OUT/$s.stm.json" 2>> "$OUT/$s.err"
  fi
  rm -rf "$D"
}
for s in $SETS; do
  one "$s" &
  while [ "$(jobs -r | wc -l)" -ge "${PAR:-2}" ]; do sleep 1; done
done
wait
echo "done: $OUT"
