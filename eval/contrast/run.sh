#!/bin/bash
# usage: bash eval/contrast/run.sh OUT [sets...]  -> OUT/<set>.json
# Runs `python -m bot eval` on each eval/contrast/<set>.jsonl over that set's articles.
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: bash eval/contrast/run.sh OUT [sets...]}; shift
exec bash "$HERE/../ask_sets.sh" "$HERE" "$OUT" "$@"
