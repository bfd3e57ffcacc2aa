"""A who-answer whose sentence names its person only by a pronoun ("He acknowledged the work had
started late.") brings the sentence before it that names that person in full ("Md Tariq Hossain,
executive engineer of the board's district office, said ..."): the name asked is written there, with
the role that tells who the person is."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, candidate_at, overlaps
from index.sentence_vectors import sentence_text

_PRONOUN = re.compile(r"^\W*(?:he|she)\b", re.I)
MAX_CHOSEN = 4


def with_naming_sentence(chosen: list[Candidate]) -> list[Candidate]:
    if not chosen or len(chosen) >= MAX_CHOSEN:
        return chosen
    best = chosen[0]
    st = best.statement
    if not _PRONOUN.match(best.text) or st is None or st.generic_speaker or not st.speaker[:1].isupper():
        return chosen
    surname = st.speaker.split()[-1]
    chunk = best.chunk.chunk
    before = [span for span in chunk.sentences if span.end <= best.span.start]
    if not before:
        return chosen
    span = before[-1]
    text = sentence_text(chunk, span)
    if not re.search(rf"\b{re.escape(surname)}\b", text):
        return chosen
    naming = candidate_at(best.chunk, best.rank, span, best.score)
    if overlaps(naming, chosen):
        return chosen
    return [naming, *chosen]


def with_first_mention(chosen: list[Candidate], corpus) -> list[Candidate]:
    """"What body does he sit on?" asked of a person whose chosen sentences are their words: the
    article's first sentence with their full name, where a story writes who they are ("Northern
    Council member Mr NAME raised the issue"), comes first."""
    if not chosen or len(chosen) >= MAX_CHOSEN:
        return chosen
    best = chosen[0]
    st = best.statement
    if st is None or st.generic_speaker or len(st.speaker.split()) < 2 or st.speaker in best.text:
        return chosen
    from index.models import ScoredChunk

    for chunk in sorted(corpus.chunks_of(best.chunk.chunk.article_id), key=lambda ch: ch.start):
        for span in chunk.sentences:
            if st.speaker in sentence_text(chunk, span):
                naming = candidate_at(ScoredChunk(chunk, best.chunk.score), best.rank, span, best.score)
                return chosen if overlaps(naming, chosen) else [naming, *chosen]
    return chosen

