"""A body's short form, set in brackets after its name: "Garion Tile Company (GTC) will cut
40 jobs ... GTC said the cuts ...". The parser often reads an unknown all-capitals word as a common
noun, not a name; the bracket tells whose it is, so "GTC said" is the company's words under its
full name, as "the company said" is. Only a short form whose letters are the initials of the
capitalised words just before the bracket (all of them, or the last ones: "Pelwyn-Zenobel District
Roads Authority (DRA)") counts.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\(([A-Z]{2,7})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’&.-]*")
_JOINERS = {"of", "and", "for", "the", "&", "de", "du", "la"}
_REACH = 12  # words before the bracket


def short_forms(text: str) -> dict[str, str]:
    """{short form: the name it stands for} for each "Name Of Body (NOB)" in `text`."""
    out: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        short = m.group(1)
        words = text[max(0, m.start() - 200):m.start()].split()[-_REACH:]
        initials, first = "", None
        for k in range(len(words) - 1, -1, -1):
            w = words[k].strip(",")
            if _NAME_WORD.fullmatch(w):
                initials = w[0] + initials
                first = k
                if initials == short:
                    break
            elif w.lower() not in _JOINERS:
                break
            if len(initials) > len(short):
                break
        while first is not None and first > 0 and "-" in words[first - 1].strip("-–") \
                and _NAME_WORD.fullmatch(words[first - 1]):
            first -= 1  # "Pelwyn-Zenobel District Roads Authority (DRA)": a place's compound before the initials
        if initials == short and first is not None:
            out.setdefault(short, " ".join(words[first:]).strip(",").removeprefix("The ").removeprefix("the "))
    return out
