"""Compare originals with their rewrites: python eval/paraphrase/score.py OUTDIR [OUTDIR2] [-v]

A question is right when it is answerable and every fact was found (fact recall 1) with abstention
right, or unanswerable and abstention is right. Prints rates per kind and per rewrite type, and
with -v each rewrite that fails while its original passes. --sets=dev13,dev14 scores those sets only
(the rewrites of session 36 are dev13 ... dev21's; the older 400 are general, seed, dev2 ... dev12's).
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


ONLY = next((a.split("=", 1)[1].split(",") for a in sys.argv[1:] if a.startswith("--sets=")), None)


def load(out):
    meta, res = {}, {}
    for f in sorted(HERE.glob("*.jsonl")):
        s = f.stem
        if ONLY is not None and s not in ONLY:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            meta[(s, o["id"])] = o
        p = Path(out) / f"{s}.json"
        if p.exists():
            for q in json.loads(p.read_text())["questions"]:
                sc = q["scores"]
                ok = sc.get("abstention_accuracy") == 1.0 and (not q["expected"]["answerable"] or sc.get("fact_recall") == 1.0)
                res[(s, q["id"])] = (ok, q)
    return meta, res


def table(meta, res, key):
    t = defaultdict(lambda: [0, 0])
    for k, o in meta.items():
        if k in res:
            g = key(o)
            t[g][0] += res[k][0]
            t[g][1] += 1
    return t


outs = [a for a in sys.argv[1:] if not a.startswith("-")]
loaded = [load(o) for o in outs]
for title, key in (("kind", lambda o: (o["kind"], "orig" if o["rewrite"] == "original" else "para")),
                   ("rewrite", lambda o: o["rewrite"])):
    tabs = [table(m, r, key) for m, r in loaded]
    print(f"== by {title} ==  " + "  ".join(outs))
    for g in sorted(set().union(*tabs), key=str):
        print(f"{str(g):28}" + "  ".join(f"{t[g][0]:4}/{t[g][1]:<4} {t[g][0] / max(1, t[g][1]):.2f}" for t in tabs))
m, r = loaded[-1]
tot = defaultdict(lambda: [0, 0])
for k, o in m.items():
    if k in r:
        g = "original" if o["rewrite"] == "original" else "paraphrase"
        tot[g][0] += r[k][0]; tot[g][1] += 1
print("TOTAL", {g: f"{a}/{b} {a / b:.3f}" for g, (a, b) in tot.items()})
if "-v" in sys.argv:
    for k, o in sorted(m.items()):
        if k in r and o["rewrite"] != "original" and not r[k][0] and r.get((k[0], o["of"]), (False,))[0]:
            q = r[k][1]
            print(f"\n{k[0]} {o['id']} [{o['kind']}/{o['rewrite']}] {o['question']}\n   ORIG: {m[(k[0], o['of'])]['question']}\n   exp={o['expected']} -> abst={q['abstained']} {q['answer'][:220]!r}")
