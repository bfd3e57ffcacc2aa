#!/bin/bash
# usage: WT=/work/wt-x bash eval/contrast/run.sh TAG  -> /work/notes/evals/contrast-TAG/<set>.json
TAG=$1; WT=${WT:-$PWD}; OUT=/work/notes/evals/contrast-$TAG; mkdir -p $OUT
PY=/work/main/.venv/bin/python
run_one() {
  s=$1
  case $s in
    general) A=/work/shared/eval/general/articles;;
    seed) A=$WT/seeds;;
    *) A=$WT/eval/$s/articles;;
  esac
  D=$(mktemp -d)
  (cd $WT && PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive OPENAI_API_KEY= OPENAI_BASE_URL= \
    $PY -m bot eval $WT/eval/contrast/$s.jsonl --json $OUT/$s.json > $OUT/$s.txt 2>$OUT/$s.err)
  rm -rf $D
}
for f in $WT/eval/contrast/*.jsonl; do s=$(basename $f .jsonl); run_one $s &
  while [ $(jobs -r | wc -l) -ge 2 ]; do sleep 1; done
done
wait; echo done $TAG
