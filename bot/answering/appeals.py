""""What did X tell members (not) to do?": an appeal or instruction asked for. The sentences that
tell one ("He urged members not to uproot young vines", "told growers to hold their stock") are
favoured over X's other words, which match the question only by X's name."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, favour

_ASKS_APPEAL = re.compile(r"^\s*(?:and\s+)?what\s+(?:did|does|do|has|have|had)\s+(?:\S+\s+){1,5}?"
                          r"(?:tell|ask|urge|advise|warn|want|encourage|instruct|beg|implore|call\s+on)\s+(?:\S+\s+){1,4}?"
                          r"(?P<neg>not\s+|never\s+)?to\s+do\b", re.I)
_APPEAL_VERBS = (r"(?:urg|tell|told|ask|advis|warn|encourag|instruct|beg|begged|implor|call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?\s+to)"
                 r"\w*")
_STATES = re.compile(rf"\b{_APPEAL_VERBS}\s+(?:\S+\s+){{0,4}}?to\s+[a-z]+", re.I)
_STATES_NOT = re.compile(rf"\b{_APPEAL_VERBS}\s+(?:\S+\s+){{0,4}}?(?:not|never)\s+to\s+[a-z]+", re.I)
APPEAL = 0.3
NO_APPEAL = 0.6


def asks_appeal(question: str) -> bool:
    """"What did the president tell members not to do?": an appeal or instruction asked for."""
    return _ASKS_APPEAL.match(question) is not None


def weigh_appeals(question: str, candidates: list[Candidate]) -> None:
    """The sentences stating an appeal (one not to act, when that is asked) over those that do not."""
    m = _ASKS_APPEAL.match(question)
    if m is None:
        return
    favour(candidates, _STATES_NOT if m.group("neg") else _STATES, APPEAL, NO_APPEAL)
