"""A why-question whose premise is a consequence the document never tells ("why was Nell sacked after
she kept the shop open in the storm") while it tells the event and what followed it ("The manager wrote
me a warning. And then he tore it up."): the answer corrects the premise with what followed.

    the question: "why was/were X <done> after/when <event>", a past participle for the consequence
    the document: no word of that act or of a phrase for it (index/vocabulary.yaml `event_phrases`:
        "sacked" / fired, dismissed, let go); a sentence sharing the event's words
    the correction: of the sentences right after the event's, the one nearest the consequence in
        meaning, with the sentence before it when it opens on "And" or "But"; when that is a question
        put about it (an interviewer's "Did you get into trouble?"), the reply that follows

Without an embedder nothing is corrected.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

_ASKED = re.compile(r"^\s*(?:and\s+)?why\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(.{1,60}?)\s+"
                    r"(?:being\s+)?([a-z]{3,}(?:ed|en))\s+(?:after|when|once|because)\s+(.+?)[?.!\s]*$", re.I)
FOLLOWING = 8  # sentences after the event's read for what followed
LEAST_SHARED = 2  # the event's content words a sentence must share to tell it
_OPENS_ON = re.compile(r"^\W*(?:and|but|then)\b", re.I)


def consequence_untold(q, article_id: str | None, corpus) -> list | None:
    """The sentences telling what followed the asked event, for a why-question whose consequence the
    asked article never names; else None."""
    if q.kind != "why" or article_id is None or corpus is None or getattr(corpus, "embedder", None) is None:
        return None
    asked = _ASKED.match(q.text)
    if asked is None:
        return None
    subject, done, event = asked.groups()
    from bot.answering.candidates import candidate_at
    from bot.answering.predicate import parse_question
    from index.models import ScoredChunk
    from index.vocabulary import vocabulary

    lemma = next((t.lemma_.lower() for t in parse_question(q.text) if t.lower_ == done.lower()), done.lower())
    words = {lemma, done.lower()} | {p.split()[0] for p in vocabulary().event_phrases.get(lemma, ())}
    act = {s for w in words for s in stems(w)}
    sentences = [candidate_at(ScoredChunk(chunk, 0.0), 1, span)
                 for chunk in corpus.chunks_of(article_id) for span in chunk.sentences]
    if not sentences or not act or any(act & c.terms for c in sentences):
        return None  # the act is told (or denied) somewhere: the usual answer
    wanted = set(stems(event)) - set(stems(subject))
    shared = [len(wanted & c.terms) for c in sentences]
    best = max(range(len(sentences)), key=lambda i: (shared[i], -i))
    if shared[best] < LEAST_SHARED:
        return None
    after = list(range(best + 1, min(len(sentences), best + 1 + FOLLOWING)))
    if not after:
        return None
    from bot.answering.alike import Alike

    alike = Alike(corpus.embedder)
    # the act's own word against each sentence without its turn label or bracketed aside: the subject's
    # name would draw the sentences that merely name them
    at = max(after, key=lambda i: alike.similarity(done.lower(), _bare(sentences[i].text)))
    if _put(sentences[at].text):
        # a question put about it ("Did you get into trouble?"): what follows is the reply
        at += 1
        if at >= len(sentences) or _put(sentences[at].text):
            return None
        found = [sentences[at]]
        if at + 1 < len(sentences) and _OPENS_ON.match(sentences[at + 1].text):
            found.append(sentences[at + 1])
        return found
    found = [sentences[at]]
    if _OPENS_ON.match(sentences[at].text) and at - 1 > best and not _put(sentences[at - 1].text):
        found.insert(0, sentences[at - 1])
    return found


_LABEL = re.compile(r"^\s*[A-Z][\w.\-' ]{0,30}:\s+")
_ASIDE = re.compile(r"\[[^\]]{1,40}\]\s*")


def _bare(text: str) -> str:
    """"NB: [laughs] The children came in.": "The children came in."."""
    return _ASIDE.sub("", _LABEL.sub("", text, count=1)).strip()


def _put(text: str) -> bool:
    """A question put (an interviewer's, a heading's)."""
    return text.rstrip(" \"”’").endswith("?")
