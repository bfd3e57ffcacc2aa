"""Words said in a clip, thread, post or letter whose time the text gives the medium, not the saying:
"In a TikTok video posted on Monday night, she asked ...", "He posted a long thread on Monday night.
In it he said ...", "wrote an open letter on Monday. In it she said ...", ""This is what savings look
like," she says in the clip." The saying is present tense or has no time of its own; its day is the
medium's ("on Monday night"), not publication.

A medium is a noun of `vocabulary.yaml`'s `posted_media`, `written_media`, `record_nouns` or
`statement_nouns` that a time phrase dates, directly ("a thread on Monday night") or through a
posting verb (`posting_verbs`: "a video posted on Monday night", "wrote a letter on Monday"). A
statement uses it when its speech verb (or the verb it is joined to, or its sentence's opening) is
"in"/"on"/"via" that medium, "in it", or "in the clip" where the clip is the last dated medium of its
paragraph or the one before.
"""

from __future__ import annotations

import re
from functools import cache

from index.models import Span
from index.vocabulary import vocabulary

_DATE_LABELS = ("DATE", "TIME")
_PREPS = frozenset({"in", "on", "during", "through", "via"})
_BACK_REFERENCES = frozenset({"it", "which", "this", "that"})
_NEW = frozenset({"a", "an", "another"})  # determiners of a medium not named before
# a clock time names no day: "filmed the tables at 8pm and asked" is still the clip's day
_CLOCK = re.compile(r"(?:at|by|around|about|after|before)?\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|hrs)?|noon|midnight)", re.I)


def lend(raws: list, docs) -> None:
    """Give each statement made in a dated medium, with no time of its own, the medium's time."""
    media = _dated_media(docs)
    if not media:
        return
    for r in raws:
        if any(not _CLOCK.fullmatch(t.strip()) for _, t, _ in r.times) or r.continued or not r.cue or not isinstance(r.cue[0], int) or r.paragraph >= len(docs):
            continue
        medium = _medium_of(docs[r.paragraph][1][r.cue[0]])
        if medium is None:
            continue
        got = _time_for(medium, r.paragraph, media)
        if got is not None:
            r.times = [got]


def _dated_media(docs) -> list[tuple[int, int, str, tuple]]:
    """(paragraph, token index, medium noun, (span, time text, False)) of every dated medium."""
    v = vocabulary()
    out = []
    for pi, (span, doc) in enumerate(docs):
        seen: set[int] = set()
        for ent in doc.ents:
            if ent.label_ not in _DATE_LABELS or ent.start in seen:
                continue
            a, b = ent.start, ent.end  # "Sunday" "evening": NER's two entities are one time
            while a > 0 and doc[a - 1].ent_type_ in _DATE_LABELS:
                a -= 1
            while b < len(doc) and doc[b].ent_type_ in _DATE_LABELS:
                b += 1
            seen.update(range(a, b))
            noun = _dated_noun(doc[a:b].root, v)
            if noun is None:
                continue
            first = doc[a - 1] if a and doc[a - 1].dep_ == "prep" and doc[a:b].root.head.i == a - 1 else doc[a]
            time = (Span(span.start + first.idx, span.start + doc[b - 1].idx + len(doc[b - 1])), doc[first.i:b].text, False)
            out.append((pi, noun.i, _singular(noun.lower_), time))
    return out


@cache
def _media() -> frozenset[str]:
    """Every noun a saying can be made in, one word each ("press release" is read as "release")."""
    v = vocabulary()
    return frozenset(w for w in (*v.posted_media, *v.written_media, *v.record_nouns, *v.statement_nouns) if " " not in w)


def _dated_noun(root, v):
    """The medium noun a time phrase dates: "a thread on Monday", "a video posted on Monday",
    "posted a thread on Monday"."""
    tok = root.head if root.dep_ == "pobj" else root
    if tok.dep_ == "prep":
        tok = tok.head
    if _singular(tok.lower_) in _media():
        return tok
    if tok.pos_ == "VERB" and tok.lower_ in v.posting_verbs:
        if tok.dep_ == "acl" and _singular(tok.head.lower_) in _media():
            return tok.head
        return next((c for c in tok.children if c.dep_ == "dobj" and _singular(c.lower_) in _media()), None)
    return None


def _medium_of(verb):
    """The noun after "in"/"on" that the speech verb (or the verb it is joined to) is said in, or
    that opens its sentence ("In a video posted on Monday, ..., she asked")."""
    preps = [c for head in (verb, verb.head if verb.dep_ == "conj" else None) if head is not None
             for c in head.children if c.dep_ == "prep"]
    opening = verb.sent[0]
    if opening.dep_ == "prep" and opening.i < verb.i:
        preps.append(opening)
    for c in preps:
        if c.lower_ in _PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in _BACK_REFERENCES or _singular(obj.lower_) in _media()):
                return obj
    return None


def _time_for(medium, paragraph: int, media) -> tuple | None:
    """The time of the medium itself when a phrase dates it; else, for "it" or "the clip" (not "a
    clip"), that of the last dated medium before it in its paragraph or the one before."""
    own = next((t for p, i, _, t in media if p == paragraph and i == medium.i), None)
    if own is not None:
        return own
    if any(c.dep_ == "det" and c.lower_ in _NEW for c in medium.children):
        return None  # "In an email to us, she wrote": another message than the one dated before it
    before = [(p, i, t) for p, i, _, t in media
              if (p == paragraph and i < medium.i) or p == paragraph - 1]
    if not before:
        return None
    p, i, t = max(before, key=lambda x: (x[0], x[1]))
    return t


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
