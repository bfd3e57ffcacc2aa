"""When the sentence chosen for a when-question times another event, the act's own dated sentence.

    When did the trustees vote on it?   lede: "Anglers will have nowhere to fish from June to October
                                         after the trust voted to close the lake"  (the closure's months)
                                         next: "Trustees voted six to two ... on Wednesday night"  -> answers

A lede names the act only inside a clause that times what follows from it (other_event_time.py
declines such a sentence), and it outscores the paragraph that tells the act itself with its own
day, since a lede repeats most of the question's words. Rather than decline, the sentences of the
same article that do the act (its verb or a derivation) and hold a time of their own are chosen
from; when none is good enough, the decline stands.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.event_dates import related
from bot.answering.other_event_time import timed_by_another
from bot.answering.parsing import parse
from index.statements.dates import find_time_phrases


def own_time_instead(q, chosen: list, candidates: list, reselect: Callable[[list], list]) -> list:
    """`chosen`, or, when every chosen sentence dates another event than the one asked, the
    selection (`reselect`) among the same article's sentences that do the act and hold a time."""
    if not chosen or q.kind != "when" or q.predicate is None or not timed_by_another(q, [c.text for c in chosen]):
        return chosen
    lemma = q.predicate.lemma
    article = chosen[0].chunk.chunk.article_id
    rest = [c for c in candidates if c.chunk.chunk.article_id == article and not any(c is x for x in chosen)
            and find_time_phrases(c.text) and _does(c.text, lemma)]
    again = reselect(rest) if rest else []
    if not again or timed_by_another(q, [c.text for c in again]):
        return chosen
    return again


def _does(text: str, lemma: str) -> bool:
    """The sentence has the asked act as a verb of its own ("Trustees voted ...")."""
    return any(t.pos_ in ("VERB", "AUX") and related(t.lemma_.lower(), lemma) for t in parse(text))
