"""A body asked about by name speaks, in the article that names it, as "the company" or "the
ministry": "In a statement, the company said it ..." is Salvik Energy's statement when the
question is "What did Salvik Energy say?" and the article is Salvik Energy's story."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.terms import stems
from index.vocabulary import vocabulary

_THE_BODY = re.compile(r"the ([a-z]+)")


def give_body_voice(q, candidates, people) -> None:
    """Give the asked body the statements its article makes in the voice of "the <body noun>"."""
    if q.kind not in ("what", "why") or not q.speaker_phrase or q.role:
        return
    speaker = q.speaker_phrase
    # A person is named with a title, or described where the article names them ("chief executive").
    # (Not by gender-guesser's first names: loading them costs a cold `ask` most of a second.)
    if vocabulary().is_title(speaker.split()[0]):
        return
    names = set(stems(speaker))
    named_in = {c.chunk.chunk.article_id for c in candidates if names <= c.terms}
    bodies = vocabulary().body_nouns
    for c in candidates:
        st = c.statement
        m = _THE_BODY.fullmatch(st.speaker.lower()) if st is not None else None
        if m is None or m.group(1) not in bodies or c.chunk.chunk.article_id not in named_in:
            continue
        surname = speaker.split()[-1]
        if any((p.name == speaker or p.surname == surname) and p.description for p in people.get(c.chunk.chunk.article_id, ())):
            continue
        c.statement = replace(st, speaker=speaker)


def name_the_body(q, candidates) -> None:
    """"What does Jua Flow plan to do with the money?": "The company will use the funds to ..." is
    about Jua Flow where the paragraph, or the one before it, names Jua Flow. The sentence is given
    the name's terms, as if it had written it."""
    from index.world import country_for, is_place

    # "the Porto company": a place qualifies the body; the body itself is not named.
    names = frozenset(n for n in q.names if not (country_for(n) or is_place(n)))
    if q.kind in ("who", "compare") or not names:
        return
    bodies = vocabulary().body_nouns
    named_at = {(c.chunk.chunk.article_id, c.chunk.chunk.paragraph) for c in candidates if names <= c.terms}
    if not named_at:
        return
    for c in candidates:
        if names <= c.terms:
            continue
        where = c.chunk.chunk.article_id, c.chunk.chunk.paragraph
        if where not in named_at and (where[0], where[1] - 1) not in named_at:
            continue
        m = _BODY_SUBJECT.match(c.text)
        if m and m.group(1).lower() in bodies:
            c.terms = c.terms | names


# "The company will ...": the sentence's subject is a body named by its noun (not "the company's
# headquarters", nor "reports that the company had ...", which may be another body's story).
_BODY_SUBJECT = re.compile(r"\s*The ([a-z]+)\b(?!['’])")
