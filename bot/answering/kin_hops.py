"""Questions that name a person by a family tie to someone named by a job ("what did the captain's
father say ...", "where does the mayor's daughter work"), answered in two steps like `hops`:

    the captain's father   "captain Dai Lewis - the chairman's son, as most of you know - ..."
                           -> the captain is the chairman's son, so his father is the chairman
                           -> the person the article calls the chairman
    the mayor's daughter   "The mayor's daughter, Nia Hale, runs the cafe" -> Nia Hale

A sentence that holds the job word tells the tie either way round: the converse tie to another job
("the chairman's son": the job's holder is the other's son), or the tie itself followed by a name
("the mayor's daughter, Nia Hale"). Read with patterns over retrieved sentences: no parse.
"""

from __future__ import annotations

import re

from bot.answering.candidates import candidates_of
from bot.answering.hops import Hop
from bot.answering.people import people_of
from bot.answering.terms import stems
from index.statements.kin import ties
from index.vocabulary import vocabulary

LOOK_AT = 8  # passages retrieved for the tie
_NAME = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"


def _asked(question: str) -> tuple[str, str, str] | None:
    """(phrase, job, tie) of "the captain's father" in the question, or None."""
    v = vocabulary()
    for m in re.finditer(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?)([\w-]+)['’]s\s+([a-z]+)\b", question, re.I):
        job, tie = m.group(2).lower(), m.group(3).lower()
        # ("the shura member's brother": a member of a body named before it is a job too)
        if (v.is_role(job) or job == "member" and m.group(1).strip()) and job not in ties(job)[0] | ties(job)[1] and ties(tie)[0]:
            return m.group(0), job, tie
    return None


def kin_hop(question: str, corpus) -> Hop | None:
    """The question with its "the JOB's TIE" replaced by the person the articles say that is."""
    asked = _asked(question)
    if asked is None:
        return _tie_by_pronoun(question, corpus)
    phrase, job, tie = asked
    same, converse = ties(tie)
    job_word = re.compile(rf"\b{re.escape(job)}s?\b", re.I)
    tie_words = "|".join(sorted(map(re.escape, same), key=len, reverse=True))
    converse_words = "|".join(sorted(map(re.escape, converse), key=len, reverse=True))
    # "the chairman's son": the job's holder is the converse tie of another job's holder
    other_job = re.compile(rf"\bthe\s+([\w-]+)['’]s\s+(?:{converse_words})\b", re.I)
    # "the mayor's daughter, Nia Hale" / "Nia Hale, the mayor's daughter"
    named_tie = re.compile(rf"\b{re.escape(job)}['’]s\s+(?:{tie_words}),?\s+{_NAME}", re.I)
    tie_named = re.compile(rf"{_NAME},\s+(?:the\s+)?{re.escape(job)}['’]s\s+(?:{tie_words})\b", re.I)
    v = vocabulary()
    for c in candidates_of(corpus.retrieve(f"{phrase} {' '.join(sorted(converse))}", LOOK_AT)):
        text = c.text
        if not job_word.search(text):
            continue
        for pattern in (named_tie, tie_named):
            if (m := pattern.search(text)) is not None:
                return _hop(question, phrase, m.group(1), c)
        m = other_job.search(text)
        if m is None or not v.is_role(m.group(1).lower()) or m.group(1).lower() == job:
            continue
        article = corpus.article(c.chunk.chunk.article_id)
        # (not the one whose tie the sentence tells: "X - the councillor's sister -" is no councillor)
        holder = _holder([p for p in people_of(article, corpus) if p.name not in text], m.group(1).lower()) \
            if article is not None else None
        if holder is not None:
            return _hop(question, phrase, holder, c)
    # "Club president X told members ... His son, Y, ...": the tie told by a pronoun, as for "the son of the president".
    return _tie_by_pronoun(question, corpus, asked)


def _holder(people, job: str) -> str | None:
    """The one person the article describes by `job`, or None."""
    from bot.answering.roles import same_job

    stem = next(iter(stems(job)), job)
    held = [p for p in people if stem in p.terms]
    if not held:  # "the councillor", described only as a "council member"
        held = [p for p in people if any(f and all(t in p.terms for t in f) for f in same_job(job))]
    names = {p.name for p in held}
    return held[0].name if len(names) == 1 else None


def _hop(question: str, phrase: str, name: str, bridge) -> Hop | None:
    rewritten = question.replace(phrase, name, 1)
    return Hop(rewritten, name, bridge) if rewritten != question else None


def _asked_of(question: str) -> tuple[str, str, str] | None:
    """(phrase, job, tie) of "the mother of the player" in the question, or None."""
    v = vocabulary()
    for m in re.finditer(r"\bthe\s+([a-z]+)\s+of\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\b", question, re.I):
        tie, job = m.group(1).lower(), m.group(3).lower()
        if ties(tie)[0] and v.is_role(job) and not ties(job)[0]:
            return m.group(0), job, tie
    return None


def _tie_by_pronoun(question: str, corpus, asked: tuple[str, str, str] | None = None) -> Hop | None:
    """"the mother of the player" (or "the player's mother", `asked`): "The player, junior guard Ana
    Kerovan, ..." and later "Her mother, Eva Kerovan, said ...": the tie told by a possessive pronoun after
    the article has named the job's holder. Only where the article writes that tie so once, the job's
    word before it."""
    asked = asked or _asked_of(question)
    if asked is None:
        return None
    phrase, job, tie = asked
    job_word = re.compile(rf"\b{re.escape(job)}s?\b", re.I)
    told = re.compile(rf"(?:^|[.!?]\s+|\n)(?:Her|His)\s+{re.escape(tie)},\s+{_NAME},")
    seen: set[str] = set()
    for c in candidates_of(corpus.retrieve(f"{phrase} {tie}", LOOK_AT)):
        article_id = c.chunk.chunk.article_id
        if article_id in seen:
            continue
        seen.add(article_id)
        article = corpus.article(article_id)
        text = getattr(article, "text", None) or ""
        found = list(told.finditer(text))
        if len(found) != 1 or not job_word.search(text, 0, found[0].start()):
            continue
        at = found[0].start(1)
        bridge = next((b for b in candidates_of([ch for ch in _chunks_at(corpus, article_id, at)])
                       if b.span.start <= at < b.span.end), None)
        if bridge is not None:
            return _hop(question, phrase, found[0].group(1), bridge)
    return None


def _chunks_at(corpus, article_id: str, at: int):
    from index.models import ScoredChunk

    return [ScoredChunk(ch, 0.0) for ch in corpus.chunks_of(article_id) if ch.start <= at < ch.end]
