"""What the extractive answerer knows of its best sentence when it has chosen it, before any rule
declines: its scores, its cosine to the question, which of the question's words, names and numbers
it holds. Recorded only while eval/answerability/dump.py runs (`recording`), for fitting a model of
answerable or not (eval/answerability/fit.py; docs/eval.md, "Answerable or not"). The answers do
not read it: leave-one-set-out, no threshold on a model of these features declined more near misses
than it lost answers (session 28). Nothing here embeds article text.
"""

from __future__ import annotations

import math
import re

from bot.answering.asked_speaker import speaker_terms
from bot.answering.focus import focus_of
from bot.answering.question import amounts
from bot.answering.terms import stems
from index.vocabulary import vocabulary

KINDS = ("who", "what", "when", "where", "why", "how-many", "compare")
FEATURES = (
    "score", "base", "adjusted", "margin", "similarity", "similarity_gap", "cover_sentence", "cover_content",
    "cover_paragraph", "names_sentence", "names_paragraph", "speaker_present", "numbers", "predicate", "focus",
    "missing_key", "fused", "dense", "chunk_rank", "terms", *(f"kind_{k}" for k in KINDS),
    "missing_key_sentence", "cover_chosen", "counted", "amount", "withholds", "ahead_unmatched", "chosen",
    "names",
)
_NUMBER = re.compile(r"\d[\d,.]*")
# "declined to name", "under investigation": the sentence says the thing is not (yet) told.
_WITHHOLDS = re.compile(r"\b(?:" + "|".join(vocabulary().unknown_markers) + r")", re.I)
# "next year", "will spend": a question about what is to come, against a sentence that tells no future.
_AHEAD = re.compile(r"\b(?:next|will|upcoming|coming|future)\b", re.I)
_AHEAD_TOLD = re.compile(r"\b(?:next|will|would|upcoming|coming|plans?|planned|expects?|expected|due|to be|future|from)\b", re.I)

# While `recording`, the answerer sets `last` for each question it reaches `select` on.
recording = False
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
    unsaid = [w for t, w in weights.items() if t not in own]
    told = frozenset().union(*(c.terms | speaker_terms(c) | c.antecedent for c in chosen))
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
        "missing_key_sentence": max(unsaid, default=0.0) / top_idf,
        "cover_chosen": _coverage(content, told, idf) if content else 1.0,
        "counted": _share(q.counted, own) if q.kind == "how-many" else 1.0,
        "amount": (1.0 if amounts(best.text) else 0.0) if q.kind == "how-many" else 1.0,
        "withholds": 1.0 if _WITHHOLDS.search(best.text) else 0.0,
        "ahead_unmatched": 1.0 if _AHEAD.search(q.text) and not _AHEAD_TOLD.search(best.text) else 0.0,
        "chosen": float(len(chosen)),
        "names": math.log(1 + len(q.names)),
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
