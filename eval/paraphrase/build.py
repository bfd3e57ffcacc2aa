"""Build eval/paraphrase/<set>.jsonl from rewrites.tsv and the tuning sets' question files.

Each output file holds, for every sampled question, the original (rewrite "original") and its
hand-written rewrites (ids <id>-p1, <id>-p2), with expected/sources/answerable/kind/context copied
from the original. Run from the repository root: python eval/paraphrase/build.py
"""
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SETS = {"general": ROOT.parent / "shared" / "eval" / "general" / "questions.jsonl", "seed": ROOT / "eval" / "dev_questions.jsonl"}
SETS.update({f"dev{i}": ROOT / "eval" / f"dev{i}" / "questions.jsonl" for i in range(2, 22)})
KEEP = ("answerable", "expected", "sources", "kind", "speaker", "date", "context")

rewrites = defaultdict(list)
for line in (HERE / "rewrites.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip():
        s, qid, how, text = line.split("|", 3)
        rewrites[(s, qid)].append((how, text))
for s, path in SETS.items():
    originals = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            originals[o["id"]] = o
    rows = []
    for (rs, qid), rw in rewrites.items():
        if rs != s:
            continue
        o = originals[qid]
        base = {k: o[k] for k in KEEP if k in o}
        rows.append({"id": qid, "question": o["question"], **base, "rewrite": "original", "of": qid})
        for n, (how, text) in enumerate(rw, 1):
            rows.append({"id": f"{qid}-p{n}", "question": text, **base, "rewrite": how, "of": qid})
    (HERE / f"{s}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(s, len(rows))
