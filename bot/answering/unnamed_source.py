"""The unnamed source a question asks about by a noun only such people get: "what happened to the pump
according to the agency insider" is asked of "A source at the agency, who asked not to be named ...,
said ...", the statement the ledger gives to that description (a generic speaker), not of the next
sentence that shares the topic's words ("The agency did not respond to questions about the pump").

Among several unnamed speakers, the one whose description shares most of the question's words
("the ministry source": a ministry's) is the one asked about."""

from __future__ import annotations

from bot.answering.question import Question
from bot.answering.terms import stems
from index.models import Statement
from index.vocabulary import vocabulary


def asks_unnamed(q: Question) -> bool:
    """The question's speaker is described by a noun only an unnamed person is given (insider, source)."""
    if not q.role or not q.role_phrase:
        return False
    v = vocabulary()
    head = q.role_phrase.split()[-1].lower().strip("?,.'’")
    return head in v.unnamed_only or any(m in q.role_phrase.lower() for m in v.anonymity_markers)


def unnamed_source(q: Question, statements: list[Statement]) -> str | None:
    """The speaker of the unnamed source the question describes, among `statements`, or None."""
    if not asks_unnamed(q):
        return None
    v = vocabulary()
    unnamed = [s for s in statements if _unnamed(s, v)]
    if not unnamed:
        return None
    # "source" and "insider" are one: the qualifiers ("ministry", "agency") tell which
    role = set(q.role) - {t for w in v.unnamed_only for t in stems(w)}
    best = max(unnamed, key=lambda s: len(role & set(stems(s.speaker))))
    return best.speaker


def _unnamed(s: Statement, v) -> bool:
    """A described, unnamed speaker: one that says it asked not to be named, or a source or insider."""
    low = s.speaker.lower()
    if any(m in low for m in v.anonymity_markers):
        return True
    described = low.split(",")[0].split()
    return any(w in v.unnamed_only for w in described)  # ("the source", as the next quote calls them)


def said_by_unnamed(q: Question, c, speaker: str | None) -> bool:
    """`c` is the statement of the unnamed source the question asks about (`speaker`, as found above)."""
    return speaker is not None and c.statement is not None and c.statement.speaker == speaker and asks_unnamed(q)


THEIRS = 1.3  # as bot/answering/asked_speaker.py's SAID_BY
NOT_THEIRS = 0.3  # a sentence not said by the unnamed source asked about does not say what they said


def weigh_unnamed(q: Question, candidates, speaker: str | None) -> None:
    """"According to the insider": the source's own statements, not lines sharing the body's name. Their
    next words, which the ledger may give to "the source" as written, are theirs too (in their story)."""
    if speaker is None or not asks_unnamed(q):
        return
    v = vocabulary()
    stories = {c.chunk.chunk.article_id for c in candidates if said_by_unnamed(q, c, speaker)}
    for c in candidates:
        if said_by_unnamed(q, c, speaker) or (c.chunk.chunk.article_id in stories and c.statement is not None
                                              and _unnamed(c.statement, v)):
            c.score *= THEIRS
        else:
            c.score *= NOT_THEIRS
