"""A body the article names in full once and by its short name after: "the Association of Coffee
Growers of the Upper Suaza (Acasu)" ... "Acasu estimates the losses and requests that ...".

A question asks about it by the words of its full name ("what are the coffee growers asking"):
a statement the ledger gives to the short name is given the full name's words too, for its
scoring (the sentence's terms) and for whom it is by (the speaker as written)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.answering.role_spellings import with_job_spellings
from bot.answering.terms import stems

_LINK = r"(?:of|the|for|and|on|in|de|del|la|los|las|des|du|von|van)"
# "Name Of The Body (ABC)": capitalised words and their links, then the short name in brackets.
_DEFINED = re.compile(rf"\b((?:[A-Z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]*|{_LINK})){{1,12}})\s+\(([A-Z][A-Za-z]{{1,11}})\)")

# What every match of _DEFINED ends with.
_BRACKETED = re.compile(r"\s\(([A-Z][A-Za-z]{1,11})\)")


@lru_cache(maxsize=256)
def full_names(text: str) -> dict[str, str]:
    """short name -> the full name the text gives it in brackets after."""
    out: dict[str, str] = {}
    if not _BRACKETED.search(text):  # (the full pattern tries every capitalised word of the article)
        return out
    for m in _DEFINED.finditer(text):
        full, short = m.group(1), m.group(2)
        words = full.split()
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if len(words) >= 2 and short not in out:
            out[short] = " ".join(words)
    return out


def spell_out(candidates, article_of) -> None:
    """Give each statement by a short name its full name's words (`article_of(id)` -> its text), and
    each sentence writing a job's acronym or its words ("CFO") the other form's."""
    with_job_spellings(candidates)
    texts: dict[str, dict[str, str]] = {}
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        if article_id not in texts:
            texts[article_id] = full_names(article_of(article_id) or "")
        if not texts[article_id]:
            continue
        st = c.statement
        # The statement's speaker, or the sentence's first word ("Fepart estimates ... and requests"),
        # which the ledger may not have read as a statement.
        short = st.speaker.strip() if st is not None else (re.match(r"\s*([A-Z][A-Za-z]+)\b(?!['’])", c.text) or [None, None])[1]
        full = texts[article_id].get(short or "")
        if full is None:
            continue
        c.terms = c.terms | frozenset(stems(full))
        if st is None:
            c.by = frozenset(stems(full))  # whom the sentence is by: its subject, the body
        elif full not in st.speaker_as_written:
            c.statement = replace(st, speaker_as_written=f"{st.speaker_as_written} ({full})")
