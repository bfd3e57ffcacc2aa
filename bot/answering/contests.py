"""A question about the outcome of a match, race or election that the article tells only as ahead.

    What was the final score in the cup tie between Harbury Town and Lenwick?
        "... spoke to reporters on Thursday, two days before Saturday's cup tie against Lenwick."
      -> "The articles do not say; they report only: ..." citing that sentence

A preview names the contest (index/vocabulary.yaml `contests`) often, in ways that do not say
whether it is over ("tickets for the tie had been sold", "will miss the tie"): the gate asks that one
sentence put it ahead ("before", "ahead of", "in the run-up to" it, or a future verb) and that the
article never names what the question asks of it (its "score", "result", "winner": the question's
subject, ahead.asked_nouns). A report of the result names it, or answers the question otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from index.statements.dates import MONTHS, WEEKDAYS
from index.vocabulary import vocabulary

_PAST_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.I)


@lru_cache(maxsize=1)
def _contest() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(vocabulary().contests, key=lambda w: (-len(w), w))))
    return re.compile(r"\b(?:in|at|of|from|during|after)\s+(?:the|a|an|this|that|their|its|his|her|[\w\-]+['’]s)\s+"
                      r"(?:[\w'’\-]+\s+){0,3}?(" + words + r")(?:es|s)?\b", re.I)


def contest_still_ahead(question: str, candidates: list[Candidate], names: tuple[str, ...], article_text) -> Candidate | None:
    """The sentence putting the contest asked about ahead, when the asked article tells nothing of
    what the question asks of it; else None. `article_text(id)` gives an article's text."""
    m = _contest().search(question) if candidates and _PAST_ASKED.search(question) else None
    if m is None:
        return None
    from bot.answering.afterwards import _asks_ahead, asked_article

    if _asks_ahead(question):
        return None
    from bot.answering.ahead import asked_nouns

    # "the final score in the cup tie": the score, not the tie the question places it in
    placed = {w.lower().rstrip("'’") for w in re.findall(r"[\w'’\-]+", question[m.start():])}
    placed |= {w[:-1] for w in placed if w.endswith("s")}  # "the members' vote": not "member" asked
    asked = asked_nouns(question) - placed
    if not asked:
        return None
    article_id = asked_article(candidates, names)
    text = article_text(article_id) or ""
    if any(re.search(rf"\b{re.escape(n)}", text, re.I) for n in asked):
        return None  # the article names the score, the result: the usual answer
    noun = m.group(1).lower()
    if re.search(rf"\bthe\s+(?:[\w'’\-]+\s+){{0,2}}?{re.escape(noun)}(?:es|s)?\s+(?:was|were|ended|finished)\b|\bby\s+\d[\d,]*\s+{re.escape(noun)}(?:es|s)?\s+to\s+\d",
                 text, re.I):
        return None  # "The vote was closer than hoped", "approved by 52 votes to 48": it is over ("a derby was a risk" is none)
    before = re.compile(rf"\b(?:before|ahead of|run-up to|build-up to|until|preview of)\s+(?:[\w'’\-]+\s+){{0,3}}?{re.escape(noun)}",
                        re.I)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    from bot.answering.afterwards import scheduled
    from bot.answering.predicate import happened

    for c in own:
        if not re.search(rf"\b{re.escape(noun)}", c.text, re.I):
            continue
        # "Members vote on Saturday on the merger": on the calendar, in the simple present with its day
        if before.search(c.text) or happened(c.text, noun) == "future" or scheduled(c.text, noun) \
                or _dated_without_past(c.text, noun):
            return c
    return None


_ON_A_DAY = r"s?\s+(?:on|this|next)\s+(?:this\s+|next\s+)?(?:" + "|".join([*WEEKDAYS, *MONTHS]) + r"|\d)"


def _dated_without_past(sentence: str, noun: str) -> bool:
    """"Members vote on Saturday on the merger" (which the parser may read as a noun): the contest with
    its day, in a sentence that tells nothing in the past tense."""
    if not re.search(rf"\b{re.escape(noun)}{_ON_A_DAY}", sentence, re.I):
        return False
    from bot.answering.predicate import _parse

    return not any(t.tag_ == "VBD" for t in _parse(sentence))


# "What was the score when A played B?", "Who won A's away match at B?", "Did A beat B?": a result asked of a meeting with B.
_RESULT_ASKED = re.compile(r"^\s*(?:and\s+)?(?:what\s+was\s+the\s+(?:final\s+|full-time\s+)?(?:score|result|scoreline)|"
                           r"who\s+(?:won|lost)|did\s+.+?\s+(?:win|lose|beat|draw)\b|how\s+did\s+.+?\s+(?:get\s+on|fare)\b)", re.I)
_OPPONENT = re.compile(r"\b(?:played|faced|met|hosted|visited|beat|against|at|versus|vs\.?)\s+(?:the\s+)?"
                       r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)")
# A result told: a past verb of the outcome or a scoreline ("2-1").
_RESULT_TOLD = re.compile(r"\b(?:won|beat|beaten|lost|drew|drawn|defeated|thrashed|edged|scored|equalised)\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\b", re.I)


@lru_cache(maxsize=1)
def _fixture() -> re.Pattern:
    words = sorted(vocabulary().contests | vocabulary().fixture_words, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:es|s)?\b", re.I)


@lru_cache(maxsize=1)
def _looking_forward() -> re.Pattern:
    words = sorted(vocabulary().fixture_ahead_words, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def meeting_still_ahead(question: str, candidates: list[Candidate], names: tuple[str, ...], article_text) -> Candidate | None:
    """"What was the score when Harbury played Lenwick?" / "Who won Harbury's away match at Lenwick?"
    where the article names the meeting with Lenwick only as to come ("expects him to be fit for
    Saturday's game against Lenwick", "likely to miss Tuesday's trip to Lenwick"), and no line of it
    tells a result beside Lenwick: that sentence; else None."""
    if not candidates or not _RESULT_ASKED.search(question):
        return None
    found = _OPPONENT.findall(question)
    if not found:
        return None
    opponent = found[-1]
    from bot.answering.afterwards import asked_article
    from index.body_dates import looks_ahead

    article_id = asked_article(candidates, names)
    naming = re.compile(rf"\b{re.escape(opponent)}\b")
    text = article_text(article_id) or ""
    if any(naming.search(s) and _RESULT_TOLD.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", text)):
        return None  # "Rovers beat Lenwick 2-1": the result is told
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    for c in own:
        if naming.search(c.text) and _fixture().search(c.text) and (looks_ahead(c.text) or _looking_forward().search(c.text)):
            return c
    return None
