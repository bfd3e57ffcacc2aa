#!/bin/bash
# Dump the answerability features of every tuning set (two at a time) into OUT (default /tmp/answerability).
#   bash eval/answerability/run.sh [OUT] [sets...]
WT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-/tmp/answerability}; shift
SETS=${@:-general seed dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12}
PY=${PY:-$WT/.venv/bin/python}
GENERAL=${GENERAL:-$WT/../shared/eval/general}
mkdir -p "$OUT"
one() {
  s=$1
  case $s in
    general) A=$GENERAL/articles; Q=$GENERAL/questions.jsonl;;
    seed) A=$WT/seeds; Q=$WT/eval/dev_questions.jsonl;;
    *) A=$WT/eval/$s/articles; Q=$WT/eval/$s/questions.jsonl;;
  esac
  D=$(mktemp -d)
  (cd "$WT" && PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive env -u OPENAI_API_KEY -u OPENAI_BASE_URL \
     $PY eval/answerability/dump.py "$Q" "$s" "$OUT/$s.jsonl" 2>"$OUT/$s.err")
  rm -rf "$D"
}
for s in $SETS; do
  one "$s" &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 1; done
done
wait
echo "dumped into $OUT"
