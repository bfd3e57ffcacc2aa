"""Words a forum post passes on from someone it has just named: "The council funds our night staff,
and they told us last month the grant will be cut", "When she came to get it she told me, '...'".

The post's reader leaves such a sentence out of the poster's words (index.statements.thread_posts);
this gives it to the one the pronoun stands for: the last body ("they") or person ("he", "she":
a name, a role, or a person noun such as "one woman") the post names before it.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.chat_export import _antecedent
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary

# "..., and they told us last month the grant ...", "When she came to get it she told me, '...'"
_RELAYED = re.compile(r"\b(?P<pro>he|she|they)\s+"
                      r"(?:told|tell|tells|said|says)\s+(?:(?:me|us)\b\s*)?(?P<when>(?:last|this)\s+(?:week|month|year)|afterwards|later|then|once)?"
                      r"\s*,?\s*(?:that\s+)?(?P<words>[\"“'‘]?[^\W\d_].*)$", re.I | re.S)
_FEMALE = {"woman", "girl", "mother", "daughter", "wife", "sister", "lady", "grandmother", "aunt", "niece"}
_MALE = {"man", "boy", "father", "son", "husband", "brother", "gentleman", "grandfather", "uncle", "nephew"}


def relayed(text: str, docs, post_start: int, a: int, b: int) -> tuple[Speaker, int, tuple | None] | None:
    """(whose words, where they start, the time phrase the cue gives as (span, phrase, False) or
    None) for the sentence text[a:b] of a post from `post_start`, when it relays a pronoun's
    words, else None."""
    m = _RELAYED.search(text[a:b])
    if m is None:
        return None
    pro = m.group("pro").lower()
    v = vocabulary()
    at = a + m.start("pro")
    who = _antecedent(docs, post_start, at, pro == "they", v) or (None if pro == "they" else _person_noun(docs, post_start, at, pro, v))
    when = m.group("when")
    day = (Span(a + m.start("when"), a + m.end("when")), when, False) if when and when.split()[0].lower() in ("last", "this") else None
    return (who, a + m.start("words"), day) if who is not None else None


def _person_noun(docs, start: int, end: int, pro: str, v) -> Speaker | None:
    """"one woman" for "she": the last person noun of the pronoun's gender the post names."""
    found = None
    for span, doc in docs:
        if span.end <= start or span.start >= end:
            continue
        for t in doc:
            if not (start <= span.start + t.idx < end) or t.pos_ != "NOUN" or t.lower_ not in v.person_nouns:
                continue
            if t.lower_ in (_MALE if pro == "she" else _FEMALE):
                continue
            found = Speaker(name=f"the {t.lower_}", as_written=f"the {t.lower_}", generic=True)
    return found
