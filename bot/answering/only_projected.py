"""A question on what someone got or came to, answered only by a forecast of it.

    Which seed did the team get in the draw?   "was projected as the No. 2 seed" (before the draw)
    What grade did the plan receive?           "is expected to receive a B grade"
    What was the firm's profit for the year?   "expected full-year profit at the upper end of its guidance"

The question asks the outcome as done ("which X did ... get"); every use of its noun X in the chosen
sentences is a forecast ("projected as", "expected to", "tipped to", "could"). The decline cites the
forecast: the articles do not say what came of it. Read from the sentences' text with regexes.
"""

from __future__ import annotations

import re

# "which seed did ...", "what grade has ...": the noun asked of a done act.
_OUTCOME_ASKED = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+(?P<noun>[a-z]+)\s+(?:did|has|have|had)\b"
                            r"|^\s*(?:and\s+)?what\s+(?:was|were)\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?(?:[a-z\-]+\s+)?"
                            r"(?P<of>[a-z]+)\s*(?:\?|$|\b(?:for|in|at|of|on|over|during|last|this)\b)", re.I)
# A forecast (the question itself asking one is answered by it).
# (Not "would", "could": a modal of another clause is often near the noun of a told outcome.)
_FORECAST = r"(?:projected|predicted|forecast|forecasts|expected|expects|expecting|tipped|likely|set\s+to|poised|on\s+course|guidance)"
_FORECAST_ASKED = re.compile(rf"\b{_FORECAST}\b|\b(?:will|going\s+to)\b", re.I)
_NEAR = 50  # characters before the noun that a forecast governs ("was projected as the No. 2 seed")


def only_projected(q, chosen: list) -> object | None:
    """The first chosen sentence using the asked outcome's noun, when every use of it in the chosen
    sentences is a forecast; else None."""
    asked = _OUTCOME_ASKED.match(q.text)
    if asked is None or _FORECAST_ASKED.search(q.text):
        return None
    word = (asked.group("noun") or asked.group("of")).lower()
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    noun = re.compile(rf"\b{re.escape(stem)}s?\b", re.I)
    forecast = re.compile(rf"\b{_FORECAST}\b[^;]*$", re.I)
    found = None
    for c in chosen:
        for m in noun.finditer(c.text):
            if not forecast.search(c.text[max(0, m.start() - _NEAR):m.start()]):
                return None
            found = found or c
    return found
