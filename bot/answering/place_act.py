"""A where-question that asks where something was done ("where were the suspects arrested?") is
answered by a sentence that tells the act ("had been arrested in Mbereni and Kasota"), not by one on
the story's subject that names a place or venue for another reason ("told parliament on Thursday that
cattle theft ..."). Where some sentence tells the act asked, those that do not are weighed down;
where none does (the act told in other words), nothing changes.
"""

from __future__ import annotations

from bot.answering.paraphrase import paraphrased
from bot.answering.question import Question, asks_about_speech
from bot.answering.terms import stems

WITHOUT_THE_ACT = 0.8
# verbs that ask where something is or happens, no act of its own ("taking place", "being held")
NO_ACT = frozenset("take be have hold happen go come get stage host".split())
LOOKED_AT = 0.24  # (extractive.MIN_SCORE) a sentence that tells the act must be one that could be chosen


def weigh_place_act(q: Question, candidates) -> None:
    """Weigh down, for "where was X done", the sentences lacking the act when one that holds it could answer."""
    if q.asks != "place" or q.predicate is None or asks_about_speech(q.text):
        return
    if q.predicate.lemma in NO_ACT:
        return  # "where is the meeting taking place / being held": the event's place, told by any verb
    act = set(stems(q.predicate.lemma)) & set(q.terms)
    if not act:
        return  # ("where is the depot": no act asked beyond being)
    # the act told in other words of its paraphrase group ("met" / "held talks") is told all the same
    others = [p for p in q.paraphrases if act & set(p.terms)]
    tells = lambda c: bool(act & c.terms) or any(paraphrased(p, c.text, c.terms) for p in others)  # noqa: E731
    if not any(tells(c) and c.score >= LOOKED_AT for c in candidates):
        return
    for c in candidates:
        if not tells(c):
            c.score *= WITHOUT_THE_ACT
