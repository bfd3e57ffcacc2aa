"""`other_party.set_beside` finds two names joined by "and" / "or" / "&" (a role between) exactly
where the per-pair pattern it replaced did: compared on invented and randomly assembled texts."""

from __future__ import annotations

import random
import re

import pytest

from bot.answering.other_party import set_beside


def _by_pattern(name: str, other: str, text: str) -> bool:
    """The pattern made for each pair before (a millisecond to compile each time)."""
    role = r"(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}"
    beside = (rf"\b(?:{re.escape(name)}\s+(?:and|or|&)\s+{role}{re.escape(other)}"
              rf"|{re.escape(other)}\s+(?:and|or|&)\s+{role}{re.escape(name)})\b")
    return re.search(beside, text, re.I) is not None


@pytest.mark.parametrize("text, expected", [
    ("Visits rose at Moss Lane and Fernleigh last year.", True),
    ("Fernleigh or Moss Lane will close.", True),
    ("Sreeja and wicketkeeper Anil Varma added 40.", True),
    ("Sreeja and the veteran wicketkeeper Anil Varma added 40.", True),
    ("Sreeja and the very old veteran wicketkeeper Anil Varma added 40.", False),  # three words between
    ("The Deputy Speaker, Dame Imelda, spoke.", False),
    ("Moss Laneside and Fernleigh", False),  # not the whole word
    ("MOSS LANE & FERNLEIGH", True),
])
def test_names_joined_with_a_role_between(text, expected):
    first, second = ("Sreeja", "Anil Varma") if "Sreeja" in text else ("Dame Imelda", "Deputy Speaker") \
        if "Imelda" in text else ("Moss Lane", "Fernleigh")
    assert set_beside(first, second, text) is expected
    assert _by_pattern(first, second, text) is expected


def test_the_scan_agrees_with_the_pattern_on_assembled_texts():
    rng = random.Random(7)
    pieces = ["Ana Roe", "Bo", "and", "or", "&", "the", "coach", "deputy", "head", ",", ".", "x", "Bo's",
              "ana roe", "Bo-Ana", "2", "_", "  ", "\n", "Roe", "and the", "ANA ROE", "bo"]
    disagreements = []
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", "  "]) for _ in range(rng.randint(1, 9)))
        for name, other in (("Ana Roe", "Bo"), ("Bo", "Ana Roe"), ("Roe", "Bo")):
            if set_beside(name, other, text) != _by_pattern(name, other, text):
                disagreements.append((name, other, text))
    assert disagreements == []
