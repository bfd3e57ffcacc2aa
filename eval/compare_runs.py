"""Figures of one or more runs of eval/run_sets.sh side by side, and with two runs, the questions
that changed:  python3 eval/compare_runs.py RUN_A [RUN_B ...]"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _load(run: Path, name: str) -> tuple[dict, dict | None] | None:
    try:
        report = json.loads((run / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        ledger = json.loads((run / f"{name}.stm.json").read_text(encoding="utf-8"))["overall"]
    except (OSError, ValueError, KeyError):
        ledger = None
    return report, ledger


def _figures(found) -> str:
    if found is None:
        return "-"
    report, ledger = found
    o = report["overall"]
    text = f"fact {o['fact_recall']:.2f} cit.P {o['citation_precision']:.2f} abst {o['abstention_accuracy']:.2f}"
    if ledger:
        text += f" stm {ledger['speaker_recall']:.3f}/{ledger['speaker_precision']:.3f}/{ledger['date_accuracy']:.3f}"
    return text


def _score(q: dict) -> float:
    s = q["scores"]
    return (s.get("fact_recall") or 0) + (s.get("abstention_accuracy") or 0)


def main(argv: list[str]) -> int:
    runs = [Path(a) for a in argv]
    if not runs:
        print(__doc__)
        return 2
    names = sorted({p.stem for r in runs for p in r.glob("*.json") if p.suffixes == [".json"]},
                   key=lambda n: (n != "general", n != "seed", n == "heldout", len(n), n))
    for name in names:
        print(f"{name:8s} " + " | ".join(_figures(_load(r, name)) for r in runs))
    if len(runs) == 2:
        for name in names:
            a, b = _load(runs[0], name), _load(runs[1], name)
            if a is None or b is None:
                continue
            qa = {q["id"]: q for q in a[0]["questions"]}
            qb = {q["id"]: q for q in b[0]["questions"]}
            better = [i for i in qa if i in qb and _score(qb[i]) > _score(qa[i]) + 1e-9]
            worse = [i for i in qa if i in qb and _score(qb[i]) < _score(qa[i]) - 1e-9]
            changed = sum(1 for i in qa if i in qb and qa[i]["answer"] != qb[i]["answer"])
            if better or worse or changed:
                print(f"{name}: better {better} worse {worse}; answers changed {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
