#!/bin/bash
# usage: WT=/path/to/worktree OUT=/dir bash eval/paraphrase/run.sh [sets...]
# Runs `python -m bot eval` on each eval/paraphrase/<set>.jsonl over that set's articles.
WT=${WT:-$PWD}; OUT=${OUT:-/tmp/paraphrase}; mkdir -p $OUT
SETS=${@:-general seed dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12}
PY=${PY:-/work/main/.venv/bin/python}
run_one() {
  s=$1
  case $s in
    general) A=/work/shared/eval/general/articles;;
    seed) A=$WT/seeds;;
    *) A=$WT/eval/$s/articles;;
  esac
  D=$(mktemp -d)
  cd $WT
  PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive OPENAI_API_KEY= OPENAI_BASE_URL= \
    $PY -m bot eval $WT/eval/paraphrase/$s.jsonl --json $OUT/$s.json > $OUT/$s.txt 2>$OUT/$s.err
  rm -rf $D
}
for s in $SETS; do run_one $s &
  while [ $(jobs -r | wc -l) -ge 2 ]; do sleep 1; done
done
wait
echo done $OUT
