""""What will the firm do with the money it raised?" asks what the money is for. The lede says the
money was raised and shares every word of the question; the answer is the sentence that says what
the money will pay for ("The company will use the funds to install ...", "Net proceeds will fund
..."), which often names neither the firm nor the raising.

    What does the firm plan to do with the money it raised?
      "... today announced that it has raised 1.2 billion in a funding round"   the raising: weighed down
      "The company will use the funds to install 40,000 pumps by 2027"          the use: weighed up

Only the question's text is read to tell whether the step applies (a regular expression)."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, favour

_MONEY = r"(?:money|funds|funding|proceeds|cash|capital|investment|grant|loan)"
_ASKS_USE = re.compile(
    rf"^(?:and\s+)?what\s+.{{0,60}}?\b(?:do\s+with|spen[dt]\s+on|used?\s+for|go\s+(?:to|towards?)|pay\s+for|fund)\b.{{0,60}}?\b{_MONEY}\b|"
    rf"^(?:and\s+)?what\s+.{{0,60}}?\b{_MONEY}\b.{{0,60}}?\b(?:do\s+with|spen[dt]\s+on|used?\s+for|go(?:ing)?\s+(?:to\s+be\s+spent\s+on|to|towards?)|pay\s+for)\b",
    re.I)
# The money's use: the money as the subject of paying, funding, going to, or the object of "use".
_STATES_USE = re.compile(
    rf"\b(?:use|used|using)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:new\s+)?{_MONEY}\b|"
    rf"\b{_MONEY}\s+(?:will|would|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?"
    r"(?:fund|pay|go|finance|cover|used|spent|invested|put)\b", re.I)
USE = 0.3
NO_USE = 0.5


def asks_money_use(question: str) -> bool:
    """"What will X do with the money it raised?", "what is the money going to be spent on?"."""
    return bool(_ASKS_USE.match(question.strip()))


def weigh_money_uses(candidates: list[Candidate]) -> None:
    """The sentences that say what money will pay for over the others (weighed down only when some
    sentence says it: else the best of them is all there is)."""
    favour(candidates, _STATES_USE, USE, NO_USE)
