"""A company's incident statement in dated update blocks: its text is the company's own voice.

An airline, a utility or an operator keeps one page on an incident and adds a block on top as
things change, newest first:

    Acme Air
    Statement on the grounding of our fleet
    Last updated: 14 February 2026, 17:30
    UPDATE 2 – 14 February 2026, 17:30
    ... We accept this criticism ...
    UPDATE 1 – 13 February 2026, 09:15
    ... we have cancelled 86 flights ...
    ORIGINAL STATEMENT – 12 February 2026, 18:40
    As a precaution, Acme Air has grounded ...

No sentence names a speaker: the company speaks in each block ("we have grounded", "As a
precaution, Acme Air has ..."), so every sentence of the blocks is its statement, dated by its
block (`update_days`). The company is the page's masthead line, a short name the blocks name
again. A sentence another speaker's statement covers ("The manufacturer has told us ...", an
officer's quote) stays theirs; the "About Acme Air" boilerplate below the blocks is no statement.
"""

from __future__ import annotations

import re

from index.models import Article
from index.statements import own_pages, update_days
from index.statements.attribution import Raw
from index.textnorm import fold

# the boilerplate or contacts under the last block
_AFTER = re.compile(r"^[ \t*_#]*(?:About|ABOUT)[ \t]+[A-Z][^\n.]{1,60}$|^[ \t*_#]*(?:notes? to editors|media (?:enquiries|contacts?)|ends)\b",
                    re.M | re.I)


def read(article: Article, docs, bases: list[int]) -> list[Raw]:
    """The company's statements, one per sentence of its update blocks; [] on any other page."""
    text = article.text
    heads = [m.start() for m in update_days._UPDATE_LINE.finditer(text)]
    if len(heads) < 2 or not docs:
        return []
    owner = _owner(text, heads[0])
    if owner is None:
        return []
    after = _AFTER.search(text, heads[-1])
    end = after.start() if after else len(text)
    blocks = [doc.text for span, doc in docs if heads[0] <= span.start < end]
    if sum(own_pages._speaks_as_we(t) for t in blocks) < 2:
        return []  # a news story's "UPDATE" lines: the reporter's narration
    return own_pages._sentences(owner, docs, bases, lambda s: heads[0] <= s.start < end, "stated")


def _owner(text: str, first_block: int):
    """The company whose page it is: the masthead, the page's first line, when it is a short name
    (not a menu, not a sentence) that the blocks name again."""
    lines = [fold(ln).strip(" *_#\t") for ln in text[:first_block].splitlines() if ln.strip()]
    if not lines:
        return None
    name = lines[0]
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "and", "&") for w in words) \
            or re.search(r"[|>:.!?]", name):
        return None
    if not re.search(rf"\b{re.escape(name)}\b", text[first_block:]):
        return None
    return own_pages._body(name)


def own_nouns(raws: list[Raw], article: Article) -> list[Raw]:
    """"The airline says it will publish the findings" inside the blocks: the company whose page it is
    speaking of itself by its kind of business, not another body."""
    from index.vocabulary import vocabulary

    text = article.text
    heads = [m.start() for m in update_days._UPDATE_LINE.finditer(text)]
    if len(heads) < 2 or (owner := _owner(text, heads[0])) is None:
        return raws
    v = vocabulary()
    for r in raws:
        words = r.speaker.name.lower().split()
        if r.span.start > heads[0] and r.speaker.person is None and len(words) == 2 and words[0] == "the" and words[1] in v.companies:
            r.speaker = owner
    return raws
