"""What the model writes from: the retrieved passages, and the ledger's statements that match.

A statement goes to the model as a numbered record (speaker, act, quote, resolved date with the
phrase it was resolved from, place, and the passage it sits in), so a "when" answer can use
the ledger's date instead of doing arithmetic on "on Tuesday". Records are numbered after the
passages ([n+1] .. [n+m]) so the model cites them like passages; the passage a record sits in
is always among the passages (added after the retrieved ones when retrieval missed it), and a
citation of a record points at the record's sentence of that passage.

Which statements match: those behind the ledger's own answer (when it has one), then those
inside the retrieved passages that share at least two of the question's terms (or its only
one), best first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.models import Answer, Chunk, ScoredChunk, Statement
from index.statements.topics import terms

MAX_RECORDS = 6


@dataclass(frozen=True)
class Record:
    """One ledger statement as evidence: `passage` is the 1-based number of the passage it sits in."""

    statement: Statement
    passage: int


@dataclass(frozen=True)
class Evidence:
    """Passages (retrieved, then any a record needed) and records, numbered 1..len(passages)+len(records)."""

    passages: list[Chunk]
    records: list[Record]

    def record(self, n: int) -> Record | None:
        """The record cited as [n], or None when [n] is a passage (or nothing)."""
        k = n - len(self.passages) - 1
        return self.records[k] if 0 <= k < len(self.records) else None


def gather(question: str, passages: Sequence[ScoredChunk | Chunk], ledger_answer: Answer | None, corpus,
           limit: int = MAX_RECORDS) -> Evidence:
    """The passages and the matching statements of the ledger as records (none without a ledger)."""
    chunks = [p.chunk if isinstance(p, ScoredChunk) else p for p in passages]
    ledger = corpus.ledger() if corpus is not None else None
    if ledger is None:
        return Evidence(chunks, [])
    statements = _behind(ledger_answer, ledger) + _in_passages(question, chunks, ledger)
    records: list[Record] = []
    seen: set[str] = set()
    for st in statements:
        if st.id in seen or len(records) >= limit:
            continue
        n = _passage_of(st, chunks, corpus)
        if n is not None:
            seen.add(st.id)
            records.append(Record(st, n))
    return Evidence(chunks, records)


def statement_span(record: Record, chunk: Chunk) -> tuple[int, int]:
    """Absolute (start, end) of the sentences of `chunk` that hold the record's statement."""
    st = record.statement
    spans = [s for s in chunk.sentences if s.start < st.end and st.start < s.end]
    if not spans:
        return chunk.start, chunk.end
    return min(s.start for s in spans), max(s.end for s in spans)


def _behind(answer: Answer | None, ledger) -> list[Statement]:
    """The statements whose spans the ledger's answer cites."""
    if answer is None:
        return []
    out: list[Statement] = []
    for c in answer.citations:
        out.extend(st for st in ledger.statements_for_article(c.article_id) if st.start < c.end and c.start < st.end)
    return out


def _in_passages(question: str, chunks: list[Chunk], ledger) -> list[Statement]:
    want = terms(question)
    need = min(2, len(want))
    if not need:
        return []
    scored = []
    by_article: dict[str, list[Statement]] = {}
    for rank, chunk in enumerate(chunks):
        if chunk.article_id not in by_article:
            by_article[chunk.article_id] = ledger.statements_for_article(chunk.article_id)
        for st in by_article[chunk.article_id]:
            if chunk.start <= st.start < chunk.end:
                shared = len(want & terms(f"{st.speaker} {st.speaker_as_written} {st.content}"))
                if shared >= need:
                    scored.append((-shared, rank, st.start, st))
    return [st for *_, st in sorted(scored, key=lambda x: x[:3])]


def _passage_of(st: Statement, chunks: list[Chunk], corpus) -> int | None:
    """The number of the passage holding the statement's start, appending its chunk when missing."""
    for n, chunk in enumerate(chunks, 1):
        if chunk.article_id == st.article_id and chunk.start <= st.start < chunk.end:
            return n
    for chunk in corpus.chunks_of(st.article_id):
        if chunk.start <= st.start < chunk.end:
            chunks.append(chunk)
            return len(chunks)
    return None


def facts(record: Record) -> str:
    """The record's fields as plain text: where a claim citing it may take names, dates and places from."""
    from bot.llm.prompts import record_date

    st = record.statement
    when = record_date(st) if st.when_start else None
    return "\n".join(x for x in (st.speaker, st.speaker_as_written, st.act, st.content, when, st.where) if x)
