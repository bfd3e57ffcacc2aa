"""The named person behind a statement the ledger gives to a role ("the District Commissioner said",
"Owner said"): a report names the person once with the role ("the District Commissioner for Pemberly,
Fenella Orritt"; "owner Tobin Hale") and then writes the role alone. A who-question is answered by
that sentence, so it counts as the person's."""

from __future__ import annotations

import re

from bot.answering.people import Person
from bot.answering.terms import stems

_ARTICLES = re.compile(r"^(?:the|a|an|our|their|its)\s+", re.I)


def person_of_role(speaker: str | None, group: tuple[Person, ...]) -> Person | None:
    """The one person of `group` whose description holds every word of the role `speaker` is, or
    None when the speaker is a name, no one is so described, or two people are."""
    if not speaker or not group:
        return None
    words = _ARTICLES.sub("", speaker.strip())
    role = stems(words)
    if not role or any(p.name == speaker for p in group) or not _is_role(words):
        return None
    found = [p for p in group if set(role) <= set(stems(p.description)) and p.name not in speaker]
    if len({p.name for p in found}) > 1:
        # ("owner NAME" may leave a shop's name described by the same words: the person's own
        # description is the role and little else)
        exact = [p for p in found if tuple(stems(_ARTICLES.sub("", p.description))) == tuple(role)]
        found = exact if exact else [p for p in found if _ARTICLES.sub("", p.description).lower().startswith(words.lower())]
    names = {p.name for p in found}
    return found[0] if len(names) == 1 else None


def unnamed_role(speaker: str) -> bool:
    """A speaker the ledger kept as a role written with an article ("the head coach", "a
    spokeswoman for the board"): a who-answer given by it alone names no one."""
    words = speaker.split()
    return len(words) >= 2 and words[0].lower() in ("the", "a", "an") and _is_role(speaker)


def _is_role(words: str) -> bool:
    """A role is written in common nouns, capitalised or not ("the District Commissioner", "Owner"),
    never as given name and surname: every capitalised word is also a job or title word."""
    from bot.answering.question import _asks_of_noun

    return any(_asks_of_noun(w.lower()) == "person" for w in re.findall(r"[\w\-]+", words))


def with_role_holder(chosen: list, people: dict[str, tuple[Person, ...]], corpus) -> list:
    """A who-answer whose best sentence is a role's ("the Harbour Commissioner said ...") brings the
    sentence that names the person with that role, the last before it in the article (or the first
    after), so the answer names whom it means."""
    from bot.answering.candidates import candidate_at, overlaps
    from bot.answering.mentions import named_people
    from index.models import ScoredChunk
    from index.sentence_vectors import sentence_text

    if not chosen or chosen[0].statement is None:
        return chosen
    best = chosen[0]
    group = people.get(best.chunk.chunk.article_id, ())
    person = person_of_role(best.statement.speaker, group)
    if person is None or any(person in named_people(c.text, group) for c in chosen):
        return chosen
    before, after = None, None
    for chunk in corpus.chunks_of(best.chunk.chunk.article_id):
        for span in chunk.sentences:
            if person.name not in sentence_text(chunk, span):
                continue
            if span.start < best.span.start:  # (absolute offsets in the article)
                before = (chunk, span)
            elif after is None:
                after = (chunk, span)
    found = before or after
    if found is None:
        return chosen
    naming = candidate_at(ScoredChunk(found[0], 0.0), best.rank, found[1], best.score)
    return chosen if overlaps(naming, chosen) else [naming, *chosen]
