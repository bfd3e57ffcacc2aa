"""Who-questions answered under a press-conference notes' topic subhead: "Who has the club hired as
assistant manager?" over "On the new assistant manager:" / "I'm delighted to have Ruth Roe in." The
words under the subhead rarely repeat the job, so a sentence elsewhere sharing the club's name and
"manager" outscores them; the first sentence in the block to name someone the question does not is
who the subhead's role is."""

from __future__ import annotations

import re

from bot.answering.mentions import named_people
from bot.answering.parsing import parse
from bot.answering.terms import stems
from index.statements.topic_heads import topic_blocks
from index.vocabulary import vocabulary

# the question's words the subhead's own lower-case words must hold ("assistant manager")
MIN_SHARED = 2
BONUS = 0.3
LEAD = 0.05
_MISTAKEN = frozenset({"ORG", "GPE"})  # labels the small model gives unfamiliar names
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def weigh_topic_people(q, candidates, people, article_of) -> None:
    """Weigh up, under each topic subhead whose own words hold at least two of a who-question's
    terms, the first sentence naming a person the question does not name."""
    if q.kind != "who" or not candidates:
        return
    asked = set(q.terms)
    named = set(q.names)  # (stems)
    blocks: dict[str, list] = {}
    hires = any(t.pos_ == "VERB" and t.lemma_.lower() in vocabulary().hiring_verbs for t in parse(q.text))
    top = max(c.score for c in candidates)
    done: set[tuple[str, int]] = set()
    for c in sorted(candidates, key=lambda c: c.span.start):
        aid = c.chunk.chunk.article_id
        if aid not in blocks:
            text = getattr(article_of(aid), "text", None)
            blocks[aid] = [(a, b) for a, b, topic in topic_blocks(text) if _shares_role(topic, asked)] if text else []
        block = next(((a, b) for a, b in blocks[aid] if a <= c.span.start < b), None)
        if block is None or (aid, block[0]) in done:
            continue
        if _names_someone(c.text, people.get(aid, ()), named):
            done.add((aid, block[0]))
            c.score += BONUS
            if hires:  # who took the post the subhead names: its block's sentence, over any sharing more words
                c.score = max(c.score, top + LEAD)


def _names_someone(text: str, people, named: set[str]) -> bool:
    """The sentence names a person the question does not: one the article's people hold, or one
    the parse finds (a new hire is often named once, in the speaker's words, with no description)."""
    if any(not set(stems(p.surname)) & named for p in named_people(text, people)):
        return True
    return any(_a_name(e) and not set(stems(e.text)) & named for e in parse(text, entities=True).ents)


def _a_name(entity) -> bool:
    """A person's name as the small model tags it: PERSON, or a given name and surname it takes for a
    body or a place ("Kirsty Dalgleish" as ORG) whose words are no organisation's."""
    if entity.label_ == "PERSON":
        return True
    words = entity.text.split()
    v = vocabulary()
    return (entity.label_ in _MISTAKEN and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w.lower() in v.organisations or w.lower() in v.organisation_name_words for w in words))


def _shares_role(topic: str, asked: set[str]) -> bool:
    """The topic's lower-case words (a job, not a name: "the new assistant manager") hold two of the question's terms."""
    own = set(stems(" ".join(w for w in _WORD.findall(topic) if w[:1].islower())))
    return len(own & asked) >= MIN_SHARED
