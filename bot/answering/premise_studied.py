"""A question that takes something to be built when the articles say it is only being studied.

    When will construction start on the all-weather road the minister announced?
        "It's also why we have an all-weather road study under way for that corridor."
        "The study reports in the spring."
      -> "The articles do not say so; they report: ... an all-weather road study under way ... The study
         reports in the spring."

    Why is the council building a second bridge?
        "The council has commissioned a feasibility study into a second bridge."

The question asks about making a thing (index/vocabulary.yaml `making_acts`); the asked article names
that thing next to a word of studying it (`studied_only`: a study, a proposal, a consultation) and
no sentence of it, but a question put to someone, tells the thing being made. The answer is the
sentence that says it is studied, and the next sentence that tells of the study.
"""

from __future__ import annotations

from bot.answering.candidates import Candidate, candidate_at
from bot.answering.terms import stems

NEAR = 6  # words between the thing and the word of studying it ("all-weather road study", "a study into a bridge")
FOLLOW_PARAGRAPHS = 3  # paragraphs after the sentence read for the next one telling of the study
_THING_DEPS = frozenset(("dobj", "pobj", "nsubjpass", "nsubj"))


def _words(key: str) -> frozenset[str]:
    from index.vocabulary import vocabulary

    return frozenset(s for w in getattr(vocabulary(), key) for s in stems(w))


def only_studied(q, candidates: list[Candidate], corpus) -> list[Candidate] | None:
    """The sentences saying the thing the question has made is only studied, or None."""
    making, studying = _words("making_acts"), _words("studied_only")
    if not candidates or not making & set(q.terms):
        return None
    thing = _thing(q.text, making)
    if thing is None:
        return None
    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    told = [c for c in own if thing in c.terms and not _asks(c.text)]
    if not told or any(making & c.terms for c in told):
        return None  # the thing is made somewhere (or its making is denied: not this case)
    studied = next((c for c in told if studying & c.terms and _near(c.text, thing, studying)), None)
    if studied is None:
        return None
    follow = _next_on_study(studied, studying, corpus)
    return [studied, follow] if follow is not None else [studied]


def _asks(text: str) -> bool:
    return text.rstrip(" \"'”’*_").endswith("?")


def _thing(question: str, making: frozenset[str]) -> str | None:
    """The stem of the noun the making is of: "construction start on the road" -> road; "when will
    the bridge be built" -> bridge; "why are they building homes" -> home. Not a relative clause's doer."""
    from bot.answering.predicate import parse_question

    doc = parse_question(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    # The making is what the question asks about: its verb, its subject ("construction start"), or what the
    # verb goes on to ("begin to build"); not a detail of another act ("decide about building a car park").
    asked = [root, *(t for t in root.children if t.dep_ in ("nsubj", "nsubjpass", "xcomp"))]
    acts = [t for t in asked if set(stems(t.text)) & making]
    if not acts:
        return None
    for t in doc:
        if t.pos_ != "NOUN" or t.dep_ not in _THING_DEPS or t in acts or set(stems(t.text)) & making:
            continue
        if t.head.dep_ == "relcl" and t.dep_ == "nsubj":
            continue  # "the road the minister announced": the minister made nothing
        if any(a in t.ancestors or a.head in t.ancestors or a.head is t.head or t.head is a for a in acts):
            s = stems(t.text)
            if s:
                return s[-1]
    return None


def _near(text: str, thing: str, studying: frozenset[str]) -> bool:
    words = [stems(w) for w in text.split()]
    at_thing = [i for i, s in enumerate(words) if thing in s]
    at_study = [i for i, s in enumerate(words) if set(s) & studying]
    return any(abs(i - j) <= NEAR for i in at_thing for j in at_study)


def _next_on_study(studied: Candidate, studying: frozenset[str], corpus) -> Candidate | None:
    """The next sentence of the article, within a few paragraphs, that tells of the study ("The
    study reports in the spring"), not a question put about it."""
    chunk = studied.chunk.chunk
    later = [ch for ch in corpus.chunks_of(chunk.article_id)
             if chunk.paragraph <= ch.paragraph <= chunk.paragraph + FOLLOW_PARAGRAPHS]
    for ch in sorted(later, key=lambda ch: ch.paragraph):
        for span in ch.sentences:
            if ch.id == chunk.id and span.start <= studied.span.start:
                continue
            c = candidate_at(studied.chunk.__class__(ch, studied.chunk.score), studied.rank, span, studied.score)
            if studying & c.terms and not _asks(c.text):
                return c
    return None
