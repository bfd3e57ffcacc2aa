#!/bin/bash
# usage: OUT=/dir bash eval/paraphrase/run.sh [sets...]
# Runs `python -m bot eval` on each eval/paraphrase/<set>.jsonl over that set's articles.
HERE=$(cd "$(dirname "$0")" && pwd)
exec bash "$HERE/../ask_sets.sh" "$HERE" "${OUT:-/tmp/paraphrase}" "$@"
