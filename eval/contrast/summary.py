#!/usr/bin/env python3
"""summary.py DIR [DIR2]: share of near-miss twins declined, by kind of change (and per question diff)."""
import json, sys, glob, os, collections
def load(d):
    r = {}
    for f in sorted(glob.glob(os.path.join(d, '*.json'))):
        for q in json.load(open(f))['questions']:
            r[q['id']] = q
    return r
def declined(q):
    return (q['scores'].get('abstention_accuracy') or 0) == 1
runs = [load(d) for d in sys.argv[1:]]
change = {}
for f in glob.glob(os.path.join(os.path.dirname(__file__), '*.jsonl')):
    for l in open(f):
        r = json.loads(l); change[r['id']] = r['change']
for d, run in zip(sys.argv[1:], runs):
    t = collections.Counter(); ok = collections.Counter()
    for i, q in run.items():
        c = change.get(i, '?'); t[c] += 1; ok[c] += declined(q)
    print(d, f"all {sum(ok.values())}/{sum(t.values())}", ' '.join(f"{c} {ok[c]}/{t[c]}" for c in sorted(t)))
if len(runs) == 2:
    for i in runs[0]:
        a, b = declined(runs[0][i]), declined(runs[1].get(i, runs[0][i]))
        if a != b: print(('GAINED ' if b else 'LOST   ') + i, runs[0][i]['question'])
