"""A who-question naming a role and an act ("Which engineer said bottled water would be handed out?"):
the sentence that reports the act must be by someone the role describes.

    the chief engineer said repairs would take three days       <- the role's, not the act asked
    the spokesperson said bottled water would be handed out     <- the act, by another's job
    -> the articles do not say the engineer said it: decline rather than name either.
"""

from __future__ import annotations

import re

from bot.answering.checks import has_own_job
from bot.answering.mentions import named_people
from bot.answering.roles import CLEAR_ROLE_MATCH, resolve_role
from bot.answering.terms import stems
from index.vocabulary import vocabulary

HOLDS_ACT = 0.75  # share of the act's (idf-weighted) words a sentence holds to report it
LACKS_ACT = 0.5  # ...below which the chosen sentence does not report it


def _coverage(terms, present, idf) -> float:
    total = sum(idf(t) for t in terms) or 1.0
    return sum(idf(t) for t in terms if t in present) / total


def act_by_another(q, chosen, candidates, people, idf, article_terms=None) -> bool:
    """The act asked is reported of people the role does not describe, while someone else in that
    article clearly holds the role: the chosen sentence is the act by another's job, or the role
    holder's sentence without the act while another's sentence has it."""
    if q.kind != "who" or not q.role or q.asks != "person" or not chosen:
        return False
    act = tuple(t for t in q.terms if t not in q.role and t not in q.names)
    if len(act) < 3:
        return False
    holders = {(a, p.name) for a, group in people.items() for s, p in resolve_role(q, {a: group}, idf, article_terms)
               if s >= CLEAR_ROLE_MATCH}
    if not holders:
        return False
    best = chosen[0]
    if _coverage(act, best.terms, idf) >= HOLDS_ACT:
        return _by_others(best, people, holders)
    if _coverage(act, best.terms, idf) >= LACKS_ACT:
        return False
    verb = _verb(q.text)
    # (a round-up's other case is no rival: its witness gave evidence about another defendant)
    return any(_coverage(act, c.terms, idf) >= HOLDS_ACT and _does(verb, c) and _by_others(c, people, holders)
               and not (best.scope and c.scope and c.scope != best.scope) for c in candidates)


def _verb(question: str) -> str | None:
    """The question's verb's lemma ("answer" of "Which minister answered ..."), None when unparsed."""
    from bot.answering.predicate import question_root

    root = question_root(question)
    return root.lemma_.lower() if root is not None and root.pos_ in ("VERB", "AUX") else None


def _does(verb: str | None, c) -> bool:
    """The sentence has the question's verb (any speech verb for a speech verb): "Question asked by X"
    holds the words of "answered the question about X", not its act."""
    if verb is None:
        return False
    speech = vocabulary().speech_words
    if verb in speech:
        return c.statement is not None or any(w in speech for w in re.findall(r"[a-z]+", c.text.lower()))
    return bool(set(stems(verb)) & c.terms)


def _by_others(c, people, holders) -> bool:
    """The sentence is by or names only people with a job of their own, none holding the role, in an
    article where someone holds it."""
    article = c.chunk.chunk.article_id
    if not any(a == article for a, _ in holders):
        return False
    group = people.get(article, ())
    named = list(named_people(c.text, group))
    if c.statement is not None:
        named += [p for p in group if p.name == c.statement.speaker]
    return bool(named) and all(has_own_job(p) and (article, p.name) not in holders for p in named)
