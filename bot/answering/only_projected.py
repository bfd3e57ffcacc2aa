"""A question on what someone got or came to, answered only by a forecast of it.

    Which seed did the team get in the draw?   "was projected as the No. 2 seed" (before the draw)
    What grade did the plan receive?           "is expected to receive a B grade"

The question asks the outcome as done ("which X did ... get"); every use of its noun X in the chosen
sentences is a forecast ("projected as", "expected to", "tipped to", "could"). The decline cites the
forecast: the articles do not say what came of it. Read from the sentences' text with regexes.
"""

from __future__ import annotations

import re

# "which seed did ...", "what grade has ...": the noun asked of a done act.
_OUTCOME_ASKED = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+([a-z]+)\s+(?:did|has|have|had)\b", re.I)
# A forecast (the question itself asking one is answered by it).
_FORECAST = r"(?:projected|predicted|forecast|expected|tipped|likely|set|poised|on\s+course|in\s+line|could|might|may|would|hopes?|hoping)"
_FORECAST_ASKED = re.compile(rf"\b{_FORECAST}\b|\b(?:will|going\s+to)\b", re.I)
_NEAR = 50  # characters before the noun that a forecast governs ("was projected as the No. 2 seed")


def only_projected(q, chosen: list) -> object | None:
    """The first chosen sentence using the asked outcome's noun, when every use of it in the chosen
    sentences is a forecast; else None."""
    asked = _OUTCOME_ASKED.match(q.text)
    if asked is None or _FORECAST_ASKED.search(q.text):
        return None
    noun = re.compile(rf"\b{re.escape(asked.group(1).lower().rstrip('s'))}s?\b", re.I)
    forecast = re.compile(rf"\b{_FORECAST}\b[^;]*$", re.I)
    found = None
    for c in chosen:
        for m in noun.finditer(c.text):
            if not forecast.search(c.text[max(0, m.start() - _NEAR):m.start()]):
                return None
            found = found or c
    return found
