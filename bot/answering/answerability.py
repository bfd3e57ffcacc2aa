"""How likely the best sentence answers the question at all: a small logistic model over what the
extractive answerer has already computed (scores, the sentence's cosine to the question, which of
the question's words, names and numbers the sentence holds). No article text is embedded here.

The weights live in answerability.json beside this module and are refitted from the tuning sets by
eval/answerability/fit.py (leave-one-set-out: see docs/reading.md, "Answerable or not").
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from bot.answering.asked_speaker import speaker_terms
from bot.answering.focus import focus_of
from bot.answering.terms import stems

WEIGHTS = Path(__file__).with_name("answerability.json")
KINDS = ("who", "what", "when", "where", "why", "how-many", "compare")
FEATURES = (
    "score", "base", "adjusted", "margin", "similarity", "similarity_gap", "cover_sentence", "cover_content",
    "cover_paragraph", "names_sentence", "names_paragraph", "speaker_present", "numbers", "predicate", "focus",
    "missing_key", "fused", "dense", "chunk_rank", "terms", *(f"kind_{k}" for k in KINDS),
)
_NUMBER = re.compile(r"\d[\d,.]*")

# Set by the answerer for each question it reaches `select` on (eval/answerability/dump.py reads it).
last: dict[str, float] | None = None


def features(q, chosen, candidates, passages, idf, article_terms) -> dict[str, float]:
    """The features of the best chosen sentence `chosen[0]` among `candidates` (see FEATURES)."""
    best = chosen[0]
    own = best.terms | speaker_terms(best) | best.antecedent | best.by | best.about
    paragraph = frozenset(stems(best.chunk.chunk.text)) | best.scope | own
    article = article_terms(best.chunk.chunk.article_id) | paragraph
    asked_by = set(q.speaker) | set(q.role)
    content = [t for t in q.terms if t not in q.names and t not in asked_by]
    others = [c for c in candidates if c.chunk.chunk.id != best.chunk.chunk.id or c.span != best.span]
    second = max((c.score for c in others if not _same_text(c, best)), default=0.0)
    top_similarity = max((getattr(c, "similarity", 0.0) for c in candidates), default=0.0)
    numbers = _NUMBER.findall(q.text)
    pred = set(stems(q.predicate.lemma)) if q.predicate is not None else set()
    focus = focus_of(q.text) if q.kind == "what" else None
    weights = {t: idf(t) for t in content}
    top_idf = max(weights.values(), default=0.0) or 1.0
    missing = [w for t, w in weights.items() if t not in paragraph]
    base = getattr(best, "base", best.score) or 1e-6
    f = {
        "score": best.score,
        "base": base,
        "adjusted": math.log(max(best.score, 1e-3) / max(base, 1e-3)),
        "margin": (best.score - second) / max(best.score, 1e-6),
        "similarity": getattr(best, "similarity", 0.0),
        "similarity_gap": top_similarity - getattr(best, "similarity", 0.0),
        "cover_sentence": _coverage(q.terms, own, idf),
        "cover_content": _coverage(content, own, idf) if content else 1.0,
        "cover_paragraph": _coverage(q.terms, paragraph, idf),
        "names_sentence": _share(q.names, own),
        "names_paragraph": _share(q.names, article),
        "speaker_present": 1.0 if not asked_by or asked_by & own else 0.0,
        "numbers": sum(n in best.text for n in numbers) / len(numbers) if numbers else 1.0,
        "predicate": 1.0 if not pred or pred & own else 0.0,
        "focus": 1.0 if not focus or focus in own else 0.0,
        "missing_key": max(missing, default=0.0) / top_idf,
        "fused": passages[0].score if passages else 0.0,
        "dense": max((p.dense_score or 0.0 for p in passages), default=0.0),
        "chunk_rank": 1.0 / best.rank,
        "terms": math.log(1 + len(q.terms)),
    }
    for k in KINDS:
        f[f"kind_{k}"] = 1.0 if q.kind == k else 0.0
    return f


def _same_text(a, b) -> bool:
    return a.terms == b.terms


def _coverage(terms, present, idf) -> float:
    total = sum(idf(t) for t in terms) or 1.0
    return sum(idf(t) for t in terms if t in present) / total


def _share(names, present) -> float:
    return sum(n in present for n in names) / len(names) if names else 1.0


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The fitted weights ({"features", "mean", "scale", "weights", "bias", "threshold"}), or None."""
    try:
        return json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def decline_probability(f: dict[str, float], m: dict) -> float:
    z = m["bias"] + sum(w * (f.get(name, 0.0) - mu) / sd
                        for name, w, mu, sd in zip(m["features"], m["weights"], m["mean"], m["scale"]))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def unanswerable(f: dict[str, float] | None) -> bool:
    """Whether the model says the best sentence is a near miss, not an answer (no model: never)."""
    m = model()
    if f is None or m is None or not m.get("enabled", True):
        return False
    return decline_probability(f, m) >= m["threshold"]
