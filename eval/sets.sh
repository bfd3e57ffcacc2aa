# Sourced by eval/run_sets.sh, eval/ask_sets.sh and eval/answerability/run.sh (which set WT, the repo):
# the python and the shared general set's folder (PY and GENERAL, unless set), where a set's files are,
# the environment of one extractive run over a set, and running a function over sets a few at a time.

PY=${PY:-$WT/.venv/bin/python}
GENERAL=${GENERAL:-$WT/../shared/eval/general}

all_sets() {  # every scored set: general, seed, dev2 ... devN (in number order), heldout
  echo general seed $(ls -d "$WT"/eval/dev[0-9]* | xargs -n1 basename | sort -V) heldout
}

set_paths() {  # SET -> A (its articles), Q (its questions), G (its gold statements; empty for the seed set)
  case $1 in
    general) A=$GENERAL/articles; Q=$GENERAL/questions.jsonl; G=$GENERAL/statements.jsonl;;
    seed) A=$WT/seeds; Q=$WT/eval/dev_questions.jsonl; G=;;
    *) A=$WT/eval/$1/articles; Q=$WT/eval/$1/questions.jsonl; G=$WT/eval/$1/statements.jsonl;;
  esac
}

fresh_run_env() {  # call in a set's own subshell: whosaid over $A, extractive, no language model, a new data folder $D
  D=$(mktemp -d)
  export PYTHONPATH=$WT WHOSAID_DATA=$D WHOSAID_SEEDS=$A WHOSAID_MODE=extractive
  unset OPENAI_API_KEY OPENAI_BASE_URL
}

for_each_set() {  # FN SET...: FN SET in the background for each, PAR (default 2) at a time
  local fn=$1 s; shift
  for s in "$@"; do
    "$fn" "$s" &
    while [ "$(jobs -r | wc -l)" -ge "${PAR:-2}" ]; do sleep 1; done
  done
  wait
}
