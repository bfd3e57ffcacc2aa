""""What does the union want to happen before the cuts go ahead?" is answered by the sentence that
states a demand ("the union would ask for the cuts to be frozen until ...", "called for an audit"),
not by the report of the cuts, which holds more of the question's words. The verbs of demanding are
index/vocabulary.yaml's `demand_verbs` and the paraphrase group of "ask for" / "want" / "call for".

Only the question's text is read to tell whether the step applies (a regular expression)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate, favour
from bot.answering.terms import stems
from index.vocabulary import vocabulary

# "what did they ask the council for" (the question ends on "for"),
# "What does the union want (to happen | done | from ...)", "what are the residents asking / calling for",
# "what are the nurses' demands", "what is the council demanding"
_ASKS_DEMAND = re.compile(r"^(?:and\s+)?what\s+(?:does|do|did|is|are|was|were)\s+(?P<who>(?:\S+\s+){1,6}?)"
                          r"(?:want|wants|wanted|demand|demanding|asking\s+for|calling\s+for|pressing\s+for|pushing\s+for|"
                          r"seeking|ask\s+for|call\s+for|press\s+for|push\s+for|seek|"
                          # "what did the campaigners ask the council for": the addressee between the verb and "for"
                          r"ask\s+(?:the\s+)?(?:[\w'’]+\s+){1,2}for(?=\s*\??\s*$))\b|"
                          r"^(?:and\s+)?what\s+(?:are|were|is|was)\s+(?P<whose>(?:\S+\s+){1,5}?)demands?\b", re.I)
DEMAND = 0.3
NO_DEMAND = 0.6


@lru_cache(maxsize=1)
def _states_demand() -> re.Pattern[str]:
    """A demand stated: a verb of demanding in any of its forms ("asked for", "calls on", "urging")."""
    v = vocabulary()
    group = next((g for g in v.paraphrases if "call for" in g and "demand" in g), ())
    verbs = {w.split()[0] for w in (*group, *v.demand_verbs) if w.split()}
    tails = {w.split()[1] for w in (*group, *v.demand_verbs) if len(w.split()) == 2}
    forms = "|".join(sorted({re.escape(w) for w in verbs if len(w) >= 3}, key=lambda w: (-len(w), w)))
    after = "|".join(sorted({re.escape(w) for w in tails}, key=lambda w: (-len(w), w))) or "for"
    # (a verb with its particle, "ask for", "call on"; a verb alone only where it is demanding alone: "demanded")
    return re.compile(rf"\b(?:(?:{forms})\w*\s+(?:\w+\s+)?(?:{after})\b|(?:demand|urg|insist|request|seek|sought)\w*\b|wants?\s+\w+\s+to\b)", re.I)


def asks_demand(question: str) -> bool:
    """"What does the union want ...", "what are they calling for", "what are the nurses' demands"."""
    return bool(_ASKS_DEMAND.match(question.strip()))


def demander(question: str) -> frozenset[str]:
    """The stems of who is asked to want something ("the union" of "what does the union want")."""
    m = _ASKS_DEMAND.match(question.strip())
    return frozenset(stems(m.group("who") or m.group("whose") or "")) if m else frozenset()


def weigh_demands(candidates: list[Candidate], who: frozenset[str] = frozenset(), speaker: str | None = None) -> None:
    """The sentences in which the asked party states a demand over those that do not (weighed down
    only when some sentence states one: else the best of them is all there is). Another party's
    demand ("residents called for ...", asked what the council wants) is no answer, so a sentence
    must name or be by the asked party when the question names one. A party asked about by
    description ("the campaigners") is the `speaker` it was found to be: "We asked for a lease",
    in her quote, is theirs. A demand denied ("Nobody is asking them for a blank cheque") is none."""
    def by_asked(c: Candidate) -> bool:
        said = speaker is not None and c.statement is not None and c.statement.speaker == speaker
        return (not who or said or bool(who & (c.terms | c.by | c.about))) and not _DENIED.search(c.text) and not _denied(c.text)
    favour(candidates, _states_demand(), DEMAND, NO_DEMAND, only=by_asked)


# "Nobody is asking for", "we are not calling for", "never asked for": a demand denied.
_DENIED = re.compile(r"\b(?:nobody|no\s+one|not|never|n[o']t)\b(?:\s+\w+){0,2}?\s+(?:ask|call|demand|seek|want|press|push|urg)\w*", re.I)


_NOT = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+){0,1}$|n['’]t\s+(?:\w+\s+){0,1}$", re.I)


def _denied(text: str) -> bool:
    """Every demand the sentence states is negated ("had not asked for", "never called for")."""
    found = list(_states_demand().finditer(text))
    return bool(found) and all(_NOT.search(text[max(0, m.start() - 30):m.start()]) for m in found)
