"""Does a sentence say where: a place name, or a venue in other words?

    ... said Tomas Reyne, speaking to reporters outside the main gate.   -> "gate" (a venue noun)
    ... Bele wrote on X late Thursday.                                 -> "on X" (a channel)
    ... she told a news conference on Wednesday.                        -> "conference"
    ... talks in Tashkent on Monday.                                    -> "Tashkent" (a place entity)

A where-question is answered only by a sentence that holds one of these: a sentence merely on
the topic does not say where. Venue nouns and channels are data (index/vocabulary.yaml).
"""

from __future__ import annotations

import re
from bot.answering.parsing import kept, parse, parse_batch
from index.vocabulary import vocabulary
from index.world import country_for, is_place

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def prefetch_where(texts, countries: bool = False) -> None:
    """Parse together the sentences `says_where` will parse (bot/answering/parsing.py: half the cost)."""
    parse_batch((t for t in texts if not says_where.known(t, countries) and not names_place(t, countries=countries)),
                entities=True)


def names_place(text: str, countries: bool = False) -> bool:
    """A city, capital or state named in the sentence (index.world); a country only when asked for."""
    # A name of several words is one name: "Kettle Cove Road" is no town even where Kettle Cove is one.
    runs = re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*", text)
    if any(is_place(r) and (countries or country_for(r) is None) for r in runs):
        return True
    # "in northern France": a part of a country says where in it
    return any(country_for(m.group("country")) for m in _PART_OF.finditer(text))


_PART_OF = re.compile(r"\b(?i:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+"
                      r"(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


@kept(4096)
def says_where(text: str, countries: bool = False) -> bool:
    """The sentence names a place (entity or known place), a venue noun, or a channel it was said on;
    a country only when asked for ("in which country"): "in Peru" rarely says where in it."""
    if names_place(text, countries=countries):
        return True
    v = vocabulary()
    doc = parse(text, entities=True)
    if any(e.label_ in _PLACE_ENTITIES and (countries or country_for(e.text) is None) for e in doc.ents):
        return True
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if (t.lemma_.lower() in v.venue_nouns or t.lower_ in v.venue_nouns) and t.dep_ != "compound":
            return True  # "outside the port", not "the port authority said"
        # "wrote on X", "posted on her Telegram channel": the channel is where it was said.
        if t.lower_ in v.channels and t.head.lower_ in ("on", "in") and t.dep_ == "pobj":
            return True
    return False
