"""Words a dated document says, quoted later with the document as their subject.

    In a post-mortem published late on Tuesday, the registry's head, X, wrote that ...   <- dates the post
    ...
    X's post acknowledges the point, saying that ...        <- the post's words: Tuesday's

A report, a post, a letter reported in the present ("the report says", "her post acknowledges") says
its words on the day the story dated it when it first named it ("published late on Tuesday", "in a
letter dated 3 May"): not on the day the story went out."""

from __future__ import annotations

import re
from datetime import date

from index.statements.dates import find_time_phrases

_NOUNS = r"post-mortem|postmortem|post|report|statement|letter|e-?mail|blog|memo|release|filing|review|submission|notice|article|piece|story|column"
# the document as the cue's subject: "X's post", "the report", "its statement", "The Courier piece"
_SUBJECT = re.compile(rf"(?:[A-Z][\w'’-]*['’]s|(?i:the|its|his|her|their))\s+(?P<kind>[a-z-]+\s+|(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}}))?({_NOUNS})\b")
# the subject dated where it stands: "The Courier article from 2 March quotes ...", "a letter dated 3 May"
_OWN_DAY = re.compile(r"\s+(?:from|of|dated|published(?:\s+on)?)\s+$", re.I)
# a named document dated before ("the Courier article from 2 March"): a later "the Courier piece" is the same one
_NAMED = r"(?P<named>(?:[A-Z][\w'’-]*\s+){1,3})"
# "its previous report", "an earlier letter": another document than the one the story dated
_OTHER = {"previous", "earlier", "last", "first", "original", "new", "latest", "next", "second", "annual"}
# the sentence that dated it: "in a post-mortem published late on Tuesday", "a letter dated 3 May"
_DATED = re.compile(rf"\b({_NOUNS})\b(?:[^.;]{{0,40}}?\b(?:published|posted|released|issued|dated|sent|filed)\s+(?:\w+\s+){{0,2}}"
                    # "in a letter to families Wednesday", "in a letter to parents on Monday"
                    rf"|(?:\s+to\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:on\s+)?)$", re.I)
# the cue reports the words as the writer's, written "in the letter" the story dated before
_IN_IT = re.compile(rf"\b(?:wrote|writes|said|says|added|adds|stated|states|explained|explains)\s+in\s+(?:the|that|his|her|its|their)\s+({_NOUNS})\b", re.I)
_NEAR = 80


def document_day(text: str, r, events: list[tuple[int, date, str]], pub: date) -> tuple | None:
    """(phrase, day, None, "context") of the document `r`'s cue names as its subject, or None."""
    if r.continued:
        return None
    m = _SUBJECT.match(text[r.span.start:r.content.start].lstrip())  # (the sentence's subject: "who wrote the report, said" is no document's)
    if m is None or (m.group("kind") or "").strip() in _OTHER:
        m = _IN_IT.search(text[r.span.start:r.content.start])  # "X wrote in the letter that ..."
        if m is None:
            return None
        noun = m.group(1).lower()
    else:
        noun = m.group(len(m.groups())).lower()
        subject_end = r.span.start + len(text[r.span.start:r.content.start]) - len(text[r.span.start:r.content.start].lstrip()) + m.end()
        for pos, day, _ in events:
            if subject_end <= pos <= subject_end + 30 and day < pub and _OWN_DAY.fullmatch(text[subject_end:pos]):
                return _phrase(text, pos), day, None, "context"
    stem = re.split(r"[-\s]", noun)[0]
    name = (m.groupdict().get("name") or "").strip() if m.re is _SUBJECT else ""
    for pos, day, _ in reversed(events):
        if pos >= r.span.start or day >= pub:
            continue  # (a document of the report's own day changes nothing)
        d = _DATED.search(text[max(0, pos - _NEAR):pos])
        if d and re.split(r"[-\s]", d.group(1).lower())[0] == stem:
            return _phrase(text, pos), day, None, "context"
        if name and re.search(rf"\b{re.escape(name)}\s+(?:{_NOUNS})\s+(?:from|of|dated|published(?:\s+on)?)\s+$", text[max(0, pos - _NEAR):pos]):
            return _phrase(text, pos), day, None, "context"  # "the Courier article from 2 March" ... "The Courier piece quotes"
    return None


def _phrase(text: str, pos: int) -> str | None:
    said = find_time_phrases(text[pos:pos + 40])
    return said[0].text if said and said[0].start == 0 else None
