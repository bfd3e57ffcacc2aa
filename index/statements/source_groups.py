"""Wire stories name a group of unnamed sources once ("three people familiar with the matter
said") and come back to it in short: "the people said", "one of the people said", "another
person said", "the sources added". Those are the same group's words: the speaker is the group as
first described ("one of three people familiar with the matter"), so that a question about what
"people familiar with the matter" said finds them all. Only a group described by more than its
noun (who they are, why unnamed) is remembered; a bare "people say" is no one to come back to.
"""

from __future__ import annotations

_GROUP_NOUNS = {"people", "sources", "persons", "officials", "insiders"}
_ONE_NOUNS = {"person": "people", "source": "sources", "official": "officials", "insider": "insiders"}
_WINDOW = 30  # sentences: a wire story's later paragraphs still lean on its lead's sources


def note(ctx, head, name: str, sentence: int) -> None:
    """Remember `name` ("three people familiar with the matter") as the article's unnamed group."""
    if head.lower_ in _GROUP_NOUNS and len(name.split()) > 2:
        ctx.source_group = (sentence, head.lower_, name)


def back_reference(ctx, head, toks, sentence: int) -> str | None:
    """The group's name for "the people", "one of the people", "another person", else None."""
    if ctx.source_group is None or sentence - ctx.source_group[0] > _WINDOW:
        return None
    _, noun, name = ctx.source_group
    found = _reference(ctx, head, toks, sentence, noun, name)
    if found is not None:
        ctx.source_group = (sentence, noun, name)  # the group spoke again: "them" after it is still the group
    return found


def _reference(ctx, head, toks, sentence: int, noun: str, name: str) -> str | None:
    words = [t.lower_ for t in toks]
    if words in (["the", noun], ["those", noun], ["these", noun]):
        return name
    if words == ["they"] and sentence - ctx.source_group[0] <= 1 \
            and not (ctx.last_group and ctx.last_group[0] > ctx.source_group[0]):  # (no plural subject since)
        return name  # "No decision has been made, they said": the group that spoke just before
    of = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if head.lower_ in ("one", "two", "another", "some", "both") and of is not None and (
            (of.lower_ == noun and [t.lower_ for t in of.lefts] == ["the"])
            or (of.lower_ == "them" and sentence - ctx.source_group[0] <= 2)):  # "..., one of them said"
        return f"{head.lower_} of {_the(name)}"
    if len(words) == 2 and words[0] in ("another", "a") and _ONE_NOUNS.get(words[1]) == noun:
        return f"another of {_the(name)}" if words[0] == "another" else None
    return None


def _the(name: str) -> str:
    """"Three people familiar with the matter" -> "the three people familiar with the matter"."""
    first, _, rest = name.partition(" ")
    if first.lower() == "the":
        return f"the {rest}"
    return f"the {first.lower() if first.isalpha() and first[1:].islower() else first} {rest}"
