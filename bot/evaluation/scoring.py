"""The metrics of FORMAT.md, computed from plain values so they can be tested on hand-made answers.

Deliberately independent of `index.textnorm`: the scorer must not share a bug with the bot.

Every per-question score is a (numerator, denominator) pair, or None when the metric does not
apply to that question. A group's figure is sum(numerators) / sum(denominators), which makes
fact recall "facts present / facts expected" and citation precision "right citations / citations"
over the whole group, exactly as FORMAT.md words them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

RATIO_METRICS = (
    "fact_recall", "exact", "citation_precision", "citation_recall",
    "abstention_accuracy", "hit_at_k", "mrr",
)
REPORT_KEYS = (*RATIO_METRICS, "latency_p50_ms", "latency_p95_ms", "n")

_SINGLE = "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`"
_DOUBLE = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_QUOTES = str.maketrans({**{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE}, "\u2212": "-"})
_WS = re.compile(r"\s+")
# "[1]", "[2, 3]", "[1][2]": citation markers are not answer words; "[1]" must not supply a "1".
_MARKER = re.compile(r"\[\d+(?:\s*[,;]\s*\d+)*\]")


def fold(text: str) -> str:
    """FORMAT.md's folding: case, curly quotes to straight, dashes to '-', whitespace runs to one space."""
    text = text.translate(_QUOTES)
    text = "".join("-" if unicodedata.category(ch) == "Pd" else ch for ch in text)
    return _WS.sub(" ", text).casefold().strip()


def strip_markers(text: str) -> str:
    return _MARKER.sub(" ", text)


def _pattern(alternative: str) -> re.Pattern[str]:
    alt = fold(alternative)
    before = r"(?<!\d)" if alt[:1].isdigit() else ""
    after = r"(?!\d)" if alt[-1:].isdigit() else ""
    return re.compile(before + re.escape(alt) + after)


def find_fact(alternatives: Sequence[str], answer_text: str) -> str | None:
    """The first alternative present in the answer (FORMAT.md's rule), or None."""
    haystack = fold(strip_markers(answer_text))
    for alt in alternatives:
        if fold(alt) and _pattern(alt).search(haystack):
            return alt
    return None


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


Score = tuple[float, float] | None


@dataclass(frozen=True)
class Scores:
    """One question's scores; None where the metric does not apply."""

    fact_recall: Score
    exact: Score
    citation_precision: Score
    citation_recall: Score
    abstention_accuracy: Score
    hit_at_k: Score
    mrr: Score
    facts_found: tuple[str | None, ...] = ()

    def ratios(self) -> dict[str, float | None]:
        return {m: _ratio(getattr(self, m)) for m in RATIO_METRICS}


def _ratio(score: Score) -> float | None:
    if score is None or score[1] == 0:
        return None
    return score[0] / score[1]


def score_question(
    *,
    answerable: bool,
    expected: Sequence[Sequence[str]],
    sources: Sequence[str],
    answer_text: str,
    abstained: bool,
    cited_sources: Sequence[str],
    retrieved_sources: Sequence[str] | None,
) -> Scores:
    """Score one answer against one question.

    - fact recall, exact: answerable questions only; an abstention finds no facts.
    - citation precision: only when the bot answered and cited something; an abstention or an
      uncited answer has nothing to be precise about (its recall shows the miss).
    - citation recall: answerable questions with sources, abstentions included (they cite nothing).
    - abstention accuracy: every question.
    - hit@k, MRR: questions with sources; `retrieved_sources` are the article ids of the top-k
      retrieved passages, in order, without repeats; MRR is 1/rank of the first source among them.
      None means the answer came without any retrieval (e.g. from the statement ledger): there is
      no ranking to score, so neither is counted.
    Unanswerable questions count only for abstention accuracy.
    """
    cited = unique(cited_sources)
    retrieved = None if retrieved_sources is None else unique(retrieved_sources)
    wanted = set(sources)
    found: tuple[str | None, ...] = ()
    fact_recall = exact = precision = recall = hit = mrr = None
    if answerable:
        text = "" if abstained else answer_text
        found = tuple(find_fact(fact, text) for fact in expected)
        present = sum(f is not None for f in found)
        fact_recall = (present, len(found)) if found else None
        exact = (float(present == len(found)), 1.0) if found else None
        if cited and not abstained:
            precision = (sum(c in wanted for c in cited), len(cited))
        if wanted:
            recall = (0.0 if abstained else sum(s in cited for s in wanted), len(wanted))
        if wanted and retrieved is not None:
            rank = next((i for i, a in enumerate(retrieved, start=1) if a in wanted), None)
            hit = (float(rank is not None), 1.0)
            mrr = (1.0 / rank if rank else 0.0, 1.0)
    correct = abstained != answerable
    return Scores(
        fact_recall=fact_recall,
        exact=exact,
        citation_precision=precision,
        citation_recall=recall,
        abstention_accuracy=(float(correct), 1.0),
        hit_at_k=hit,
        mrr=mrr,
        facts_found=found,
    )


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarize(scores: Sequence[Scores], latencies_ms: Sequence[float]) -> dict:
    """A group's figures under FORMAT.md's keys (None where no question applies), plus `counted`."""
    out: dict = {}
    counted: dict[str, int] = {}
    for metric in RATIO_METRICS:
        parts = [getattr(s, metric) for s in scores if getattr(s, metric) is not None]
        den = sum(p[1] for p in parts)
        out[metric] = sum(p[0] for p in parts) / den if den else None
        counted[metric] = len(parts)
    out["latency_p50_ms"] = percentile(latencies_ms, 50)
    out["latency_p95_ms"] = percentile(latencies_ms, 95)
    out["n"] = len(scores)
    out["counted"] = counted  # how many questions each ratio is over
    return out


FLOORS = {
    "fact_recall": "fact recall",
    "citation_precision": "citation precision",
    "abstention_accuracy": "abstention accuracy",
}


def missed_floors(overall: dict, floors: dict[str, float | None]) -> list[str]:
    """One line per floor the overall figures miss; a metric with no value misses its floor."""
    missed = []
    for metric, floor in floors.items():
        if floor is None:
            continue
        value = overall.get(metric)
        label = FLOORS.get(metric, metric.replace("_", " "))
        if value is None:
            missed.append(f"{label}: no question to measure it on (floor {floor:.2f})")
        elif value < floor - 1e-9:  # 7/10 meets a floor of 0.7 despite float rounding
            missed.append(f"{label} {value:.3f} is below the floor {floor:.2f}")
    return missed
