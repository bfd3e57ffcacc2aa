#!/usr/bin/env python3
"""Fit the answerability gate (bot/answering/answerability.py) from the feature dumps of the tuning
sets, choose its threshold, and measure it leave-one-set-out (LOSO): for each set, fit and choose
the threshold on all the other sets only, then score the held-out set.

    python eval/answerability/fit.py /tmp/answerability [--cost 1.5] [--wrong drop|decline]
        [--threshold-on rules|alone] [--l2 1] [--write eval/answerability/weights.json]

Labels: an unanswerable question is 1 (decline), whether or not a rule already declined it (its
best sentence is a near miss either way); an answerable question answered with fact recall > 0 is
0 (answer). An answerable question answered wrongly (fact recall 0) is dropped by default (`--wrong
decline` counts it as 1: declining it loses no fact); one a rule declined is dropped (no telling
whether its best sentence held the answer).

The gate would run after the rules, on the questions they answered: it gains an unanswerable
question the rules answered and loses the facts of an answerable one it declines. The threshold
maximises gained - COST * facts lost on the training sets' own out-of-set scores, either counting
only what the rules left (`rules`) or as if there were no rules (`alone`: every unanswerable question
with a chosen sentence is a gain; an answerable one a rule declined costs half). The tuning sets'
rules were written on them, so `rules` sees few near misses left; `alone` is what a set whose near
misses the rules do not know would look like.
`--write` saves the model fitted on every set (weights over standardised features, bias, threshold).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from bot.answering.answerability import FEATURES  # noqa: E402

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
    live = [(pr, r) for r, pr in zip(rows, p) if not r["abstained"] and r["features"] is not None]
    live.sort(key=lambda x: -x[0])
    best, best_t, net, i = 0.0, 1.01, 0.0, 0
    while i < len(live):
        t = live[i][0]
        while i < len(live) and live[i][0] == t:  # every row at or above t is declined
            r = live[i][1]
            net += 1.0 if not r["answerable"] else -cost * (r["fact_recall"] or 0)
            i += 1
        if net > best + 1e-9:
            best, best_t = net, float(t)
    return best_t


def choose_threshold_alone(rows, p, cost: float) -> float:
    """As choose_threshold, as if no rule had declined anything (see the module's doc)."""
    live = sorted(((pr, r) for r, pr in zip(rows, p) if r["features"] is not None), key=lambda x: -x[0])
    best, best_t, net = 0.0, 1.01, 0.0
    for pr, r in live:
        if not r["answerable"]:
            net += 1.0
        elif r["abstained"]:
            net -= cost * 0.5  # (whether its sentence held the answer is not known)
        else:
            net -= cost * (r["fact_recall"] or 0)
        if net > best + 1e-9:
            best, best_t = net, float(pr)
    return best_t


def scored_out_of_set(rows, wrong, features=FEATURES, l2: float = L2) -> np.ndarray:
    """Each row's probability from a model fitted without its set (every row, labelled or not)."""
    sets = sorted({r["set"] for r in rows})
    p = np.zeros(len(rows))
    for s in sets:
        train, y = trainable([r for r in rows if r["set"] != s], wrong)
        m = fit(matrix(train, features), y, l2)
        idx = [i for i, r in enumerate(rows) if r["set"] == s and r["features"] is not None]
        if idx:
            p[idx] = prob(m, matrix([rows[i] for i in idx], features))
    return p


def loso(rows, wrong, cost, features=FEATURES, l2: float = L2, threshold_on: str = "rules"):
    sets = sorted({r["set"] for r in rows}, key=_set_order)
    report = []
    p_all = scored_out_of_set(rows, wrong, features, l2)
    choose = choose_threshold if threshold_on == "rules" else choose_threshold_alone
    for s in sets:
        others = [r for r in rows if r["set"] != s]
        # The threshold from the other sets' own out-of-set scores (nothing of `s` is seen).
        t = choose(others, scored_out_of_set(others, wrong, features, l2), cost)
        held = [i for i, r in enumerate(rows) if r["set"] == s]
        o = gate_outcome([rows[i] for i in held], p_all[held], t)
        report.append((s, t, o, _baseline([rows[i] for i in held])))
    return report, p_all


def _baseline(rows) -> dict:
    unans = [r for r in rows if not r["answerable"]]
    ans = [r for r in rows if r["answerable"]]
    return {"n": len(rows), "unans": len(unans), "declined": sum(r["abstained"] for r in unans),
            "ans": len(ans), "ans_declined": sum(r["abstained"] for r in ans),
            "facts": sum(r["fact_recall"] or 0 for r in ans),
            "wrong": sum(1 for r in ans if not r["abstained"] and not (r["fact_recall"] or 0))}


def _set_order(s: str):
    return (0, 0) if s == "general" else (1, 0) if s == "seed" else (2, int(s[3:]))


def auc(y, p) -> float:
    """The chance a positive scores above a negative (ties count half)."""
    _, inverse, counts = np.unique(p, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2)[inverse]  # average rank of each tie
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--cost", type=float, default=1.5, help="facts lost weigh this much per unanswerable question gained")
    ap.add_argument("--wrong", choices=("drop", "decline"), default="drop")
    ap.add_argument("--threshold-on", choices=("rules", "alone"), default="rules")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--write", type=Path, metavar="JSON")
    args = ap.parse_args()
    rows = load(args.folder)
    report, p_all = loso(rows, args.wrong, args.cost, l2=args.l2, threshold_on=args.threshold_on)
    print(f"{'set':8} {'n':>4} {'unans':>5} {'rules':>5} {'+gate':>5} {'ans':>4} {'facts':>6} {'lost':>5} "
          f"{'wrong':>5} {'withdr':>6} {'thr':>5}")
    tot = dict.fromkeys(("unans", "declined", "gained", "facts", "lost", "ans", "wrong", "withdrawn"), 0.0)
    for s, t, o, b in report:
        print(f"{s:8} {b['n']:4} {b['unans']:5} {b['declined']:5} {b['declined'] + o['gained']:5} {b['ans']:4} "
              f"{b['facts']:6.1f} {o['lost_facts']:5.1f} {b['wrong']:5} {o['wrong_withdrawn']:6} {t:5.2f}")
        for k, v in (("unans", b["unans"]), ("declined", b["declined"]), ("gained", o["gained"]), ("facts", b["facts"]),
                     ("lost", o["lost_facts"]), ("ans", b["ans"]), ("wrong", b["wrong"]), ("withdrawn", o["wrong_withdrawn"])):
            tot[k] += v
    print(f"{'all':8} {'':4} {tot['unans']:5.0f} {tot['declined']:5.0f} {tot['declined'] + tot['gained']:5.0f} {tot['ans']:4.0f} "
          f"{tot['facts']:6.1f} {tot['lost']:5.1f} {tot['wrong']:5.0f} {tot['withdrawn']:6.0f}")
    print("(rules / +gate: unanswerable questions declined; facts: fact recall summed over answerable questions;"
          " lost: of it, what the gate would decline; wrong: answered with no fact; withdr: of those, declined by the gate)")
    _separation(rows, p_all, args.wrong)
    train, y = trainable(rows, args.wrong)
    m = fit(matrix(train), y, args.l2)
    choose = choose_threshold if args.threshold_on == "rules" else choose_threshold_alone
    t = choose(rows, p_all, args.cost)
    print(f"threshold on every set's out-of-set scores: {t:.3f}")
    print("weights (standardised features; + leans to declining):")
    for f, w in sorted(zip(FEATURES, m["weights"]), key=lambda fw: -abs(fw[1])):
        print(f"  {f:22} {w:+.3f}")
    if args.write:
        args.write.write_text(json.dumps({
            "features": list(FEATURES), "mean": [float(v) for v in m["mean"]], "scale": [float(v) for v in m["scale"]],
            "weights": [float(v) for v in m["weights"]], "bias": m["bias"], "threshold": t,
            "labels": f"unanswerable 1, answered with facts 0, wrong answers {args.wrong}", "cost": args.cost,
            "threshold_on": args.threshold_on, "l2": args.l2,
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


def _separation(rows, p, wrong) -> None:
    """How well the out-of-set scores rank: every chosen sentence; what the rules answered (the gate's
    ground); what they declined (could it rescue the answerable ones?); and each feature alone on the
    gate's ground."""
    def auc_of(keep, positive):
        idx = [i for i, r in enumerate(rows) if r["features"] is not None and keep(r)]
        y = np.array([1.0 if positive(rows[i]) else 0.0 for i in idx])
        return (auc(y, p[idx]) if 0 < y.sum() < len(y) else float("nan")), int(y.sum()), len(idx)

    def answered_right(r):
        return r["answerable"] and not r["abstained"] and (r["fact_recall"] or 0) > 0

    unans = lambda r: not r["answerable"]  # noqa: E731
    print("out-of-set AUC (unanswerable ranked above answerable; n positive / n):")
    grounds = (("every chosen sentence, answered right or unanswerable", lambda r: unans(r) or answered_right(r)),
               ("what the rules answered (the gate's ground)", lambda r: not r["abstained"] and (unans(r) or answered_right(r))),
               ("what the rules declined (rescue ground)", lambda r: r["abstained"]))
    for name, keep in grounds:
        a, positive, n = auc_of(keep, unans)
        print(f"  {name + ':':55} {a:.3f} ({positive}/{n})")
    ground = [r for r in rows if r["features"] is not None and not r["abstained"] and (unans(r) or answered_right(r))]
    y = np.array([1.0 if unans(r) else 0.0 for r in ground])
    x = matrix(ground)
    alone = sorted(((auc(y, x[:, j]), f) for j, f in enumerate(FEATURES)), key=lambda af: -abs(af[0] - 0.5))
    print("  each feature alone there (below 0.5: low values lean unanswerable): "
          + ", ".join(f"{f} {a:.2f}" for a, f in alone[:8]))


if __name__ == "__main__":
    sys.exit(main())
