#!/usr/bin/env python3
"""Fit the answerability gate (bot/answering/answerability.py) from the feature dumps of the tuning
sets, choose its threshold, and measure it leave-one-set-out (LOSO): for each set, fit and choose
the threshold on all the other sets only, then score the held-out set.

    python eval/answerability/fit.py /tmp/answerability [--write] [--cost 1.5] [--wrong drop|decline]

Labels: an unanswerable question is 1 (decline), whether or not a rule already declined it (its
best sentence is a near miss either way); an answerable question answered with fact recall > 0 is
0 (answer). An answerable question answered wrongly (fact recall 0) is dropped by default (`--wrong
decline` counts it as 1: declining it loses no fact); one a rule declined is dropped (no telling
whether its best sentence held the answer).

The gate runs after the rules, on the questions they answered: it gains an unanswerable question
the rules answered and loses the facts of an answerable one it declines. The threshold maximises,
on the training sets' own LOSO scores, gained - COST * facts lost.
`--write` saves the model fitted on every set to bot/answering/answerability.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from bot.answering.answerability import FEATURES, WEIGHTS  # noqa: E402

L2 = 1.0


def load(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def label(row: dict, wrong: str) -> int | None:
    if row["features"] is None:
        return None
    if not row["answerable"]:
        return 1
    if row["abstained"]:
        return None
    if (row["fact_recall"] or 0) > 0:
        return 0
    return 1 if wrong == "decline" else None


def matrix(rows: list[dict], features=FEATURES) -> np.ndarray:
    return np.array([[r["features"].get(f, 0.0) for f in features] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> dict:
    """Logistic regression on standardised features, classes weighted to balance, L2 (Newton steps)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "bias": float(w[0]), "weights": w[1:]}


def prob(m: dict, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(m["bias"] + ((x - m["mean"]) / m["scale"]) @ m["weights"], -30, 30)))


def trainable(rows, wrong):
    kept = [(r, label(r, wrong)) for r in rows]
    kept = [(r, y) for r, y in kept if y is not None]
    return [r for r, _ in kept], np.array([y for _, y in kept], dtype=float)


def gate_outcome(rows: list[dict], p: np.ndarray, threshold: float) -> dict:
    """What the gate after the rules changes: unanswerable questions it declines that the rules
    answered (gained), answerable ones it declines (their facts lost; wrong answers withdrawn)."""
    out = {"gained": 0, "lost_q": 0, "lost_facts": 0.0, "wrong_withdrawn": 0}
    for r, pr in zip(rows, p):
        if r["abstained"] or r["features"] is None or pr < threshold:
            continue
        if not r["answerable"]:
            out["gained"] += 1
        elif (r["fact_recall"] or 0) > 0:
            out["lost_q"] += 1
            out["lost_facts"] += r["fact_recall"]
        else:
            out["wrong_withdrawn"] += 1
    return out


def choose_threshold(rows, p, cost: float) -> float:
    """The threshold with the best gained - cost * facts lost (ties: the highest, the gate's least)."""
    best, best_t = 0.0, 1.01
    for t in sorted(set(np.round(p, 4)), reverse=True):
        o = gate_outcome(rows, p, t)
        net = o["gained"] - cost * o["lost_facts"]
        if net > best + 1e-9:
            best, best_t = net, float(t)
    return best_t


def scored_out_of_set(rows, wrong, features=FEATURES) -> np.ndarray:
    """Each row's probability from a model fitted without its set (every row, labelled or not)."""
    sets = sorted({r["set"] for r in rows})
    p = np.zeros(len(rows))
    for s in sets:
        train, y = trainable([r for r in rows if r["set"] != s], wrong)
        m = fit(matrix(train, features), y)
        idx = [i for i, r in enumerate(rows) if r["set"] == s and r["features"] is not None]
        if idx:
            p[idx] = prob(m, matrix([rows[i] for i in idx], features))
    return p


def loso(rows, wrong, cost, features=FEATURES):
    sets = sorted({r["set"] for r in rows}, key=_set_order)
    report = []
    p_all = scored_out_of_set(rows, wrong, features)
    for s in sets:
        others = [r for r in rows if r["set"] != s]
        # The threshold from the other sets' own out-of-set scores (nothing of `s` is seen).
        t = choose_threshold(others, scored_out_of_set(others, wrong, features), cost)
        held = [i for i, r in enumerate(rows) if r["set"] == s]
        o = gate_outcome([rows[i] for i in held], p_all[held], t)
        report.append((s, t, o, _baseline([rows[i] for i in held])))
    return report, p_all


def _baseline(rows) -> dict:
    unans = [r for r in rows if not r["answerable"]]
    ans = [r for r in rows if r["answerable"]]
    return {"n": len(rows), "unans": len(unans), "declined": sum(r["abstained"] for r in unans),
            "ans": len(ans), "ans_declined": sum(r["abstained"] for r in ans),
            "facts": sum(r["fact_recall"] or 0 for r in ans), "wrong": sum(1 for r in ans if not r["abstained"] and not (r["fact_recall"] or 0))}


def _set_order(s: str):
    return (0, 0) if s == "general" else (1, 0) if s == "seed" else (2, int(s[3:]))


def auc(y, p) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--cost", type=float, default=1.5, help="facts lost weigh this much per unanswerable question gained")
    ap.add_argument("--wrong", choices=("drop", "decline"), default="drop")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    rows = load(args.folder)
    report, p_all = loso(rows, args.wrong, args.cost)
    print(f"{'set':8} {'n':>4} {'unans':>5} {'rules':>5} {'+gate':>5} {'ans':>4} {'facts':>6} {'lost':>5} {'wrong':>5} {'withdr':>6} {'thr':>5}")
    tot = {"unans": 0, "declined": 0, "gained": 0, "facts": 0.0, "lost": 0.0, "ans": 0, "wrong": 0, "withdrawn": 0}
    for s, t, o, b in report:
        print(f"{s:8} {b['n']:4} {b['unans']:5} {b['declined']:5} {b['declined'] + o['gained']:5} {b['ans']:4} "
              f"{b['facts']:6.1f} {o['lost_facts']:5.1f} {b['wrong']:5} {o['wrong_withdrawn']:6} {t:5.2f}")
        for k, v in (("unans", b["unans"]), ("declined", b["declined"]), ("gained", o["gained"]), ("facts", b["facts"]),
                     ("lost", o["lost_facts"]), ("ans", b["ans"]), ("wrong", b["wrong"]), ("withdrawn", o["wrong_withdrawn"])):
            tot[k] += v
    print(f"{'all':8} {'':4} {tot['unans']:5} {tot['declined']:5} {tot['declined'] + tot['gained']:5} {tot['ans']:4} "
          f"{tot['facts']:6.1f} {tot['lost']:5.1f} {tot['wrong']:5} {tot['withdrawn']:6}")
    train, y = trainable(rows, args.wrong)
    idx = [i for i, r in enumerate(rows) if label(r, args.wrong) is not None]
    print(f"LOSO AUC (near miss vs answer, every chosen sentence, rules or not): {auc(y, p_all[idx]):.3f}")
    m = fit(matrix(train), y)
    t = choose_threshold(rows, p_all, args.cost)
    print(f"threshold on all sets' LOSO scores: {t:.3f}")
    for f, w in sorted(zip(FEATURES, m["weights"]), key=lambda fw: -abs(fw[1])):
        print(f"  {f:16} {w:+.3f}")
    if args.write:
        WEIGHTS.write_text(json.dumps({
            "features": list(FEATURES), "mean": [float(v) for v in m["mean"]], "scale": [float(v) for v in m["scale"]],
            "weights": [float(v) for v in m["weights"]], "bias": m["bias"], "threshold": t,
            "labels": f"unanswerable 1, answered with facts 0, wrong answers {args.wrong}", "cost": args.cost,
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
