"""An interview's turns: a reply that makes sense only with the question asked before it.

    So what replaces the shop?                               <- the interviewer's turn: asks, tells nothing
    "Farm shops on the edge of the village have offered ..." <- the reply: shares no word with
                                                                "What replaces the shop?"

A question turn that matches the question lends its match to the reply (the next paragraph), and
the reply, when chosen, is cited with the turn it answers. A press briefing's labelled question
turn ("Q: The governor said it is underfunded. Does the administration agree?") is one too, however
long: it sets the context of the reply after it and is never itself what anyone said.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, candidate_at, overlaps
from index.models import ScoredChunk
from index.sentence_vectors import sentence_text
from index.statements.nlp import TIMESTAMP

TURN_SHARE = 0.9  # of the question turn's match, lent to its reply
MAX_TURN_WORDS = 30
_A_TURN = re.compile(r"^[^\"“”]*\?[*_]*\s*$")  # a paragraph that is one question, not a quoted one ("**...?**" in bold)
# a question turn labelled by who asks, as briefings and interviews print them: "Q:", "[00:01] REPORTER:",
# a hearing transcript's "Q." (a full stop: counsel's question, the witness's "A." below it)
_ASKER_LABEL = re.compile(rf"^\s*{TIMESTAMP}(?:(?P<q>Q|QUESTION|(?i:question|interviewer))\s*:|Q\.|(?i:reporters?|journalists?)\s*:)\s+(?=\S)")


def asked_turn(c: Candidate) -> bool:
    """The candidate's paragraph is a question turn labelled by who asks ("Q: ..."); a reporter's
    label only over a question (a news item's subtitles label the reporter's narration too:
    "REPORTER: The route was closed on Monday ...")."""
    m = _ASKER_LABEL.match(c.chunk.chunk.text)
    return bool(m) and (m.group("q") is not None or m.group(0).startswith("Q.") or "?" in c.chunk.chunk.text)


def _is_turn(c: Candidate, corpus=None) -> bool:
    """The candidate is a whole paragraph of its own, asking: an interviewer's question, or a
    labelled prompt the next label's turn replies to."""
    text = c.chunk.chunk.text.strip()
    if asked_turn(c) or (corpus is not None and _prompt(c, corpus)):
        return True
    if len(text.split()) > MAX_TURN_WORDS or not _A_TURN.match(text):
        return False  # (the cheap tests first: most paragraphs are no question)
    # (A bold turn's closing "**" may be split off as a sentence of its own: it is no sentence.)
    worded = sum(1 for s in c.chunk.chunk.sentences if re.search(r"\w", sentence_text(c.chunk.chunk, s)))
    return worded <= 2


# a turn's label in capitals or initials: "HFM:", "J.K.:", "MARCHAND:"
_LABELLED = re.compile(rf"^\s*[*_]*{TIMESTAMP}(?P<label>[A-Z][A-Z.'’-]{{0,24}}(?: [A-Z][A-Z.'’-]+){{0,3}})[*_]*\s*:[*_]*\s+(?=\S)")


def _prompt(c: Candidate, corpus) -> bool:
    """"HFM: Then in February the deckhands stopped work." before "TQ: Yes, and ...": a labelled
    turn that no one's statement comes from, answered by the next paragraph under another label
    (a magazine's prompt asks without a question mark)."""
    m = _LABELLED.match(c.chunk.chunk.text)
    if m is None or c.statement is not None or len(c.chunk.chunk.text.split()) > MAX_TURN_WORDS:
        return False
    reply = _reply_chunk(c, corpus)
    other = _LABELLED.match(reply.text) if reply is not None else None
    if other is None or other.group("label") == m.group("label"):
        return False
    # the reply's label names whom the ledger gives its words ("TQ:" for Tobias Quarnstrom): a
    # conversation's turn, not a fact-check's "THE CLAIM:" above "OUR VERDICT:"
    from bot.answering.attribution import statement_at
    from bot.answering.shown import names_speaker

    ledger = corpus.ledger()
    st = statement_at(ledger.statements_for_article(reply.article_id), reply.sentences[0]) if ledger is not None else None
    return st is not None and names_speaker(other.group("label"), st.speaker, st.speaker_as_written)


def _reply_chunk(c: Candidate, corpus):
    chunks = corpus.chunks_of(c.chunk.chunk.article_id)
    return next((ch for ch in chunks if ch.paragraph == c.chunk.chunk.paragraph + 1 and ch.sentences), None)


# a reply's bare "Yes." or "No." (a hearing's "A.  No."): it says what only with the sentence after it
_BARE = re.compile(r"^\s*(?:[QA][.:]\s+)?(?:yes|no|yeah|correct|that's right|that is right|indeed)[.!,]?\s*$", re.I)


def _reply_opening(chunk):
    """The span of a reply's first sentence that says something: after a bare "Yes." or "No."."""
    spans = chunk.sentences
    return next((s for s in spans if not _BARE.match(sentence_text(chunk, s))), spans[0])


def lend_turns(candidates: list[Candidate], corpus) -> None:
    """Each question turn's reply scores at least `TURN_SHARE` of the turn (call before questions are
    weighed down): the reply's first sentence that says something, retrieved or not."""
    for c in list(candidates):
        if not _is_turn(c, corpus):
            continue
        chunk = _reply_chunk(c, corpus)
        if chunk is None:
            continue
        opening = _reply_opening(chunk)
        reply = next((r for r in candidates if r.chunk.chunk.id == chunk.id and r.span == opening), None)
        if reply is None:
            reply = candidate_at(ScoredChunk(chunk, c.chunk.score), c.rank, opening)
            if _is_turn(reply):
                continue
            candidates.append(reply)
        reply.score = max(reply.score, TURN_SHARE * c.score)


def with_turn(q, chosen: list[Candidate], corpus) -> list[Candidate]:
    """The best sentence, when it opens the reply to a question turn on what is asked (the turn
    shares a word of the question: not "Do you accept that?"), cited after that turn."""
    if not chosen:
        return chosen
    best = chosen[0]
    if best.span != _reply_opening(best.chunk.chunk) or best.chunk.chunk.paragraph < 2:
        return chosen
    before = next((ch for ch in corpus.chunks_of(best.chunk.chunk.article_id) if ch.paragraph == best.chunk.chunk.paragraph - 1), None)
    if before is None or not before.sentences:
        return chosen
    turn = candidate_at(ScoredChunk(before, best.chunk.score), best.rank, before.sentences[-1], best.score)
    if not _is_turn(turn, corpus) or overlaps(turn, chosen) or not set(q.terms) & turn.terms:
        return chosen
    return [turn, *chosen]
