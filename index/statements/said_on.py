"""Which of a statement's own time phrases dates the saying: the one its speech verb takes."""

from __future__ import annotations

import re

_BOUND = re.compile(r"\s*(?:by|until|till|before|after|from|since|through)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def said_on_first(text: str, times: list) -> list:
    """The own time phrases with those the speech verb itself takes first ("described the first days
    as chaotic, saying on 30 January that ...", "telling NRK on 5 February"): when a sentence also
    dates another act ("On 29 January a ferry began ..."), the saying's day is the statement's."""
    from index.vocabulary import vocabulary

    v = vocabulary()

    def said_on(sp) -> bool:
        if _BOUND.match(text[sp.start:sp.end]):
            return False  # "asked for answers by 12 September": a deadline, not the day of asking
        before = _CLAUSE_END.split(text[max(0, sp.start - 60):sp.start])[-1].split()[-3:]
        return any(v.speech_lemma(w) is not None for w in before)

    return sorted(times, key=lambda t: not said_on(t[0]))
