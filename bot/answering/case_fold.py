"""Text folded as a case-ignoring regular expression compares it: a cheap test, before building a
pattern, that the words it needs are there at all.

Compiling a pattern made from a question's words costs about half a millisecond (one per pair of
names, several an answer), and the regex cache never sees the same question twice. A pattern
that matches a literal `s` with `re.I` needs `folded(s)` inside `folded(text)`: `re` compares each
character's simple lower case, or one of a few extra equivalents (`re._casefix`: "ſ" is "s",
"ς" is "σ"), and `folded` maps each to one representative, character for character (str.lower
differs from the simple lower case only for "İ", taken to "i" first). So a folded miss is a
certain miss; a hit still goes to the pattern.
"""

from __future__ import annotations

from functools import cache


@cache
def _representatives() -> dict[int, int]:
    from re._casefix import _EXTRA_CASES  # the equivalents re's case-ignoring match adds

    out: dict[int, int] = {}
    for lower, others in _EXTRA_CASES.items():
        group = {lower, *others}
        for member in group:
            out[member] = min(group | {out.get(member, member)})
    return out


def folded(text: str) -> str:
    """`text` with every character replaced by one representative of those `re.I` takes for it."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    return text.lower().translate(_representatives())
