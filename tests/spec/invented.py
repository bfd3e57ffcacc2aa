"""The specs' invented articles read as ingest reads them: cleaned, and their statements.

    from tests.spec.invented import cleaned, statements_of, the_one, speaker_of, day_of, contents_by_speaker
    from tests.spec.invented import candidates_of_paragraphs
"""

from __future__ import annotations

from index.articles import clean, parse_front_matter
from index.models import Article, Chunk, ScoredChunk, Span, Statement
from index.statements.extract import extract


def cleaned(text: str, meta: dict | None = None, *, name: str = "x.txt") -> Article:
    """The article of file `name` holding `text` (front matter, cleaning and its dates), with manifest `meta`."""
    return clean(parse_front_matter(text), name, meta)


def statements_of(text: str, name: str = "x.txt") -> list[Statement]:
    """The statement ledger's entries for the article of file `name` holding `text`."""
    return extract(cleaned(text, name=name))


def the_one(stmts: list[Statement], fragment: str) -> Statement:
    """The one statement whose content holds `fragment` (fails unless exactly one does)."""
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def speaker_of(stmts: list[Statement], fragment: str) -> str:
    """The speaker of the one statement whose content holds `fragment`."""
    return the_one(stmts, fragment).speaker


def day_of(stmts: list[Statement], fragment: str):
    """The first day of the first statement whose content holds `fragment`."""
    return next(s for s in stmts if fragment in s.content).when_start


def contents_by_speaker(stmts: list[Statement]) -> dict[str, set[str]]:
    """Each speaker's statement contents."""
    out: dict[str, set[str]] = {}
    for s in stmts:
        out.setdefault(s.speaker, set()).add(s.content)
    return out


def candidates_of_paragraphs(paragraphs: list[str]):
    """The candidate sentences of one invented article's paragraphs, retrieved in that order (the
    first scored 1, the next 1/2, ...), for testing an answering check without an index."""
    from bot.answering.candidates import candidates_of  # (imported on use: the other specs read no bot)

    scored, start = [], 0
    for i, text in enumerate(paragraphs, start=1):
        chunk = Chunk(f"c{i}", "a1", i, start, start + len(text), text, (Span(start, start + len(text)),))
        scored.append(ScoredChunk(chunk, 1.0 / i))
        start += len(text) + 2
    return candidates_of(scored)
